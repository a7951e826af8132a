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
import type { Role } from '@praxis/contracts';
import { User } from '../../auth/entities/user.entity';
import { Delegation } from './delegation.entity';
import { Network } from './network.entity';

@Entity({ name: 'memberships' })
@Unique('UQ_memberships_user_network', ['userId', 'networkId'])
export class Membership {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: User;

  @Index()
  @Column({ name: 'network_id', type: 'uuid' })
  networkId!: string;

  @ManyToOne(() => Network, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'network_id' })
  network?: Network;

  @Column({ type: 'varchar', length: 16 })
  role!: Role;

  @Column({ name: 'delegation_id', type: 'uuid', nullable: true })
  delegationId!: string | null;

  @ManyToOne(() => Delegation, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'delegation_id' })
  delegation?: Delegation | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
