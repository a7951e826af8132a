import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { Session } from '../../sessions/entities/session.entity';

/**
 * One group commit of a session's notes: every Yjs update that arrived for the session while the previous
 * group was being written, in order (lib0 encoding: a count, then each update as a length-prefixed array).
 */
@Entity({ name: 'notes_updates' })
@Index(['sessionId', 'id'])
export class NotesUpdate {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id!: string;

  @Column({ name: 'session_id', type: 'uuid' })
  sessionId!: string;

  @ManyToOne(() => Session, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'session_id' })
  session?: Session;

  @Column({ type: 'bytea' })
  updates!: Buffer;

  @Column({ name: 'update_count', type: 'int' })
  updateCount!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
