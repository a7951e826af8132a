import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import type { SessionStatus } from '@praxis/contracts';
import { Network } from '../../networks/entities/network.entity';

/** A live session of a network: an instant in UTC plus the convener's IANA zone. */
@Entity({ name: 'sessions' })
@Index(['networkId', 'startsAt'])
// The sessions whose rooms may be open (the video access sweep asks every 2 s): a small index, since most
// sessions are ended or cancelled.
@Index('IDX_sessions_open_by_start', ['status', 'startsAt'], {
  where: `"status" IN ('scheduled', 'live')`,
})
export class Session {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'network_id', type: 'uuid' })
  networkId!: string;

  @ManyToOne(() => Network, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'network_id' })
  network?: Network;

  @Column({ type: 'varchar', length: 200 })
  title!: string;

  @Column({ type: 'text', default: '' })
  description!: string;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  topics!: string[];

  @Column({ name: 'starts_at', type: 'timestamptz' })
  startsAt!: Date;

  @Column({ name: 'time_zone', type: 'varchar', length: 64 })
  timeZone!: string;

  @Column({ name: 'duration_minutes', type: 'int' })
  durationMinutes!: number;

  @Column({ type: 'varchar', length: 16, default: 'scheduled' })
  status!: SessionStatus;

  /** iCalendar SEQUENCE: grows with every change calendars must pick up. */
  @Column({ type: 'int', default: 0 })
  sequence!: number;

  /** When the start was last set; reminders due before it are skipped, not sent late. */
  @Column({ name: 'time_set_at', type: 'timestamptz', default: () => 'now()' })
  timeSetAt!: Date;

  /** The live agenda: the item running now and when it started (null before the convener starts). */
  @Column({ name: 'current_item_id', type: 'uuid', nullable: true })
  currentItemId!: string | null;

  @Column({ name: 'current_item_started_at', type: 'timestamptz', nullable: true })
  currentItemStartedAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
