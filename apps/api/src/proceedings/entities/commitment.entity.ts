import type { CommitmentStatus } from '@praxis/contracts';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Delegation } from '../../networks/entities/delegation.entity';
import { ProceedingsVersion } from './proceedings-version.entity';

/** A commitment a delegation made, as published in one proceedings version. */
@Entity({ name: 'commitments' })
@Index(['proceedingsVersionId', 'position'])
@Index(['delegationId'])
export class Commitment {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'proceedings_version_id', type: 'uuid' })
  proceedingsVersionId!: string;

  @ManyToOne(() => ProceedingsVersion, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'proceedings_version_id' })
  proceedingsVersion?: ProceedingsVersion;

  @Column({ name: 'session_id', type: 'uuid' })
  sessionId!: string;

  @Column({ name: 'delegation_id', type: 'uuid' })
  delegationId!: string;

  @ManyToOne(() => Delegation, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'delegation_id' })
  delegation?: Delegation;

  @Column({ type: 'int' })
  position!: number;

  @Column({ type: 'varchar', length: 2000 })
  text!: string;

  @Column({ name: 'due_date', type: 'date', nullable: true })
  dueDate!: string | null;

  @Column({ type: 'varchar', length: 8, default: 'open' })
  status!: CommitmentStatus;
}
