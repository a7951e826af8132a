import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import type { SessionStatus } from '@praxis/contracts';
import { User } from '../../auth/entities/user.entity';
import { Session } from './session.entity';

/** What members see as the session's history: "moved from …", "cancelled", status changes. */
@Entity({ name: 'session_changes' })
export class SessionChange {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index()
  @Column({ name: 'session_id', type: 'uuid' })
  sessionId!: string;

  @ManyToOne(() => Session, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'session_id' })
  session?: Session;

  @CreateDateColumn({ type: 'timestamptz' })
  at!: Date;

  @Column({ type: 'varchar', length: 16 })
  kind!: 'rescheduled' | 'cancelled' | 'status';

  @Column({ name: 'by_id', type: 'uuid', nullable: true })
  byId!: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'by_id' })
  by?: User | null;

  @Column({ name: 'from_starts_at', type: 'timestamptz', nullable: true })
  fromStartsAt!: Date | null;

  @Column({ name: 'to_starts_at', type: 'timestamptz', nullable: true })
  toStartsAt!: Date | null;

  @Column({ name: 'from_duration_minutes', type: 'int', nullable: true })
  fromDurationMinutes!: number | null;

  @Column({ name: 'to_duration_minutes', type: 'int', nullable: true })
  toDurationMinutes!: number | null;

  @Column({ type: 'varchar', length: 16, nullable: true })
  status!: SessionStatus | null;
}
