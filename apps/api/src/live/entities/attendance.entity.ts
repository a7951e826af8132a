import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { User } from '../../auth/entities/user.entity';
import { Session } from '../../sessions/entities/session.entity';

/**
 * One stretch of someone's presence in a session, from the live room (`room`) or LiveKit's webhooks
 * (`video`). `joinedAt` is null while a "left" event arrived before its "joined" (out of order).
 */
@Entity({ name: 'attendance' })
@Index(['sessionId', 'userId'])
export class Attendance {
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

  /** The delegation the person sat with at the time (kept even if they move later). */
  @Column({ name: 'delegation_id', type: 'uuid', nullable: true })
  delegationId!: string | null;

  @Column({ name: 'country_code', type: 'char', length: 2, nullable: true })
  countryCode!: string | null;

  @Column({ type: 'varchar', length: 8 })
  source!: 'room' | 'video';

  @Column({ name: 'joined_at', type: 'timestamptz', nullable: true })
  joinedAt!: Date | null;

  @Column({ name: 'left_at', type: 'timestamptz', nullable: true })
  leftAt!: Date | null;
}
