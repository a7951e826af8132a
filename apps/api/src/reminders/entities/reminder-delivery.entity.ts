import {
  Column,
  CreateDateColumn,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
} from 'typeorm';
import { User } from '../../auth/entities/user.entity';
import { Session } from '../../sessions/entities/session.entity';

/**
 * One reminder to one person for one start time. The unique key is the claim: whichever worker inserts
 * the row sends the e-mail, so two API instances never send the same reminder twice.
 */
@Entity({ name: 'reminder_deliveries' })
@Unique('UQ_reminder_deliveries_once', ['sessionId', 'userId', 'minutesBefore', 'startsAt'])
export class ReminderDelivery {
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

  @Column({ name: 'minutes_before', type: 'int' })
  minutesBefore!: number;

  @Column({ name: 'starts_at', type: 'timestamptz' })
  startsAt!: Date;

  @CreateDateColumn({ name: 'sent_at', type: 'timestamptz' })
  sentAt!: Date;
}
