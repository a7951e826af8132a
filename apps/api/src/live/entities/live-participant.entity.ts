import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
} from 'typeorm';
import { User } from '../../auth/entities/user.entity';
import { Session } from '../../sessions/entities/session.entity';

/**
 * The opaque LiveKit identity of a person in a session (never their e-mail or name), and whether a
 * convener let them present.
 */
@Entity({ name: 'live_participants' })
@Unique('UQ_live_participants_session_user', ['sessionId', 'userId'])
export class LiveParticipant {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'session_id', type: 'uuid' })
  sessionId!: string;

  @ManyToOne(() => Session, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'session_id' })
  session?: Session;

  @Column({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: User;

  @Index({ unique: true })
  @Column({ type: 'varchar', length: 40 })
  identity!: string;

  @Column({ name: 'may_present', type: 'boolean', default: false })
  mayPresent!: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
