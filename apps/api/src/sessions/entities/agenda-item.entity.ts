import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { AgendaKind } from '@praxis/contracts';
import { Session } from './session.entity';

@Entity({ name: 'agenda_items' })
@Index(['sessionId', 'position'])
export class AgendaItem {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'session_id', type: 'uuid' })
  sessionId!: string;

  @ManyToOne(() => Session, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'session_id' })
  session?: Session;

  @Column({ type: 'int' })
  position!: number;

  @Column({ type: 'varchar', length: 200 })
  title!: string;

  @Column({ type: 'varchar', length: 16 })
  kind!: AgendaKind;

  @Column({ type: 'int' })
  minutes!: number;

  @Column({ name: 'presenter_ids', type: 'uuid', array: true, default: () => "'{}'" })
  presenterIds!: string[];

  @Column({ name: 'presenter_delegation_ids', type: 'uuid', array: true, default: () => "'{}'" })
  presenterDelegationIds!: string[];

  @Column({ type: 'text', default: '' })
  notes!: string;

  /** When the item actually ran, as the live agenda recorded it (for the proceedings). */
  @Column({ name: 'actual_started_at', type: 'timestamptz', nullable: true })
  actualStartedAt!: Date | null;

  @Column({ name: 'actual_ended_at', type: 'timestamptz', nullable: true })
  actualEndedAt!: Date | null;
}
