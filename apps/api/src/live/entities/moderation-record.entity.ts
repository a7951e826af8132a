import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** Who did what to whom in a live session, and when (mute, remove, let present, end for all). */
@Entity({ name: 'moderation_records' })
@Index(['sessionId', 'at'])
export class ModerationRecord {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'session_id', type: 'uuid' })
  sessionId!: string;

  @Column({ name: 'by_id', type: 'uuid' })
  byId!: string;

  @Column({ type: 'varchar', length: 24 })
  action!: string;

  @Column({ name: 'target_user_id', type: 'uuid', nullable: true })
  targetUserId!: string | null;

  /** False when LiveKit could not be reached; the change still applies to the next token. */
  @Column({ name: 'applied_to_video', type: 'boolean' })
  appliedToVideo!: boolean;

  @CreateDateColumn({ type: 'timestamptz' })
  at!: Date;
}
