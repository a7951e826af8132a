import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { can, type NetworkStanding, type Permission } from '@praxis/contracts';
import { Repository } from 'typeorm';
import type { User } from '../auth/entities/user.entity';
import { Membership } from '../networks/entities/membership.entity';
import { Network } from '../networks/entities/network.entity';

/**
 * The one place that answers "what may this person do in this network?". REST routes use it through the
 * guard; sockets and the notes server call it on every event, so a change of role, a removal or a
 * disabled account takes effect at once everywhere.
 */
@Injectable()
export class AccessPolicy {
  constructor(
    @InjectRepository(Membership) private readonly memberships: Repository<Membership>,
    @InjectRepository(Network) private readonly networks: Repository<Network>,
  ) {}

  async standing(user: User | undefined, networkId: string): Promise<NetworkStanding> {
    if (!user || user.disabledAt) return null;
    if (user.isAdmin) return 'admin';
    const membership = await this.memberships.findOne({ where: { userId: user.id, networkId }, select: { role: true } });
    return membership?.role ?? null;
  }

  allows(standing: NetworkStanding, permission: Permission): boolean {
    return can(standing, permission);
  }

  async can(user: User | undefined, networkId: string, permission: Permission): Promise<boolean> {
    return can(await this.standing(user, networkId), permission);
  }

  visibilityOf(networkId: string): Promise<Pick<Network, 'id' | 'visibility'> | null> {
    return this.networks.findOne({ where: { id: networkId }, select: { id: true, visibility: true } });
  }
}
