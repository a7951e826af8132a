import type {
  ProceedingsAgendaItem,
  ProceedingsAttendance,
  ProceedingsQuestion,
  ProceedingsVisibility,
} from '@praxis/contracts';
import {
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
} from 'typeorm';
import { User } from '../../auth/entities/user.entity';
import { Proceedings } from './proceedings.entity';

/**
 * One published version: immutable once written. `search` is the weighted full-text vector (title A,
 * topics B, notes C) in the `praxis_search` configuration (simple + unaccent), with a GIN index made
 * by the migration.
 */
@Entity({ name: 'proceedings_versions' })
@Unique('UQ_proceedings_versions_version', ['proceedingsId', 'version'])
export class ProceedingsVersion {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'proceedings_id', type: 'uuid' })
  proceedingsId!: string;

  @ManyToOne(() => Proceedings, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'proceedings_id' })
  proceedings?: Proceedings;

  @Column({ type: 'int' })
  version!: number;

  @Column({ type: 'varchar', length: 8 })
  visibility!: ProceedingsVisibility;

  @Column({ type: 'varchar', length: 200 })
  title!: string;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  topics!: string[];

  /** Countries that attended, presented or made commitments: the archive's country facet. */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  countries!: string[];

  @Column({ name: 'starts_at', type: 'timestamptz' })
  startsAt!: Date;

  @Column({ name: 'time_zone', type: 'varchar', length: 64 })
  timeZone!: string;

  /** The year in the session's own time zone. */
  @Column({ type: 'int' })
  year!: number;

  @Column({ name: 'published_at', type: 'timestamptz', default: () => 'now()' })
  publishedAt!: Date;

  @Column({ name: 'published_by', type: 'uuid', nullable: true })
  publishedById!: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'published_by' })
  publishedBy?: User;

  @Column({ name: 'publisher_name', type: 'varchar', length: 120 })
  publisherName!: string;

  @Column({ type: 'text' })
  html!: string;

  @Column({ type: 'text' })
  markdown!: string;

  @Column({ name: 'notes_text', type: 'text' })
  notesText!: string;

  @Column({ type: 'jsonb' })
  agenda!: ProceedingsAgendaItem[];

  @Column({ type: 'jsonb' })
  attendance!: ProceedingsAttendance;

  @Column({ type: 'jsonb' })
  questions!: ProceedingsQuestion[];

  @Index('IDX_proceedings_versions_search', { synchronize: false })
  @Column({ type: 'tsvector', nullable: true, select: false, insert: false, update: false })
  search?: string;
}
