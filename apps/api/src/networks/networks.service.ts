import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Network as NetworkBody, NetworkList } from '@praxis/contracts';
import { Repository } from 'typeorm';
import type { User } from '../auth/entities/user.entity';
import { ApiException } from '../common/api-exception';
import { Membership } from './entities/membership.entity';
import { Network } from './entities/network.entity';

@Injectable()
export class NetworksService {
  constructor(
    @InjectRepository(Network) private readonly networks: Repository<Network>,
    @InjectRepository(Membership) private readonly memberships: Repository<Membership>,
  ) {}

  /** The networks a person belongs to; admins see all of them. */
  async listFor(user: User): Promise<NetworkList> {
    const query = this.networks.createQueryBuilder('network').orderBy('network.name', 'ASC');
    if (!user.isAdmin) {
      query.innerJoin(Membership, 'membership', 'membership.network_id = network.id AND membership.user_id = :userId', {
        userId: user.id,
      });
    }
    const [items, total] = await query.getManyAndCount();
    return { items: items.map(toBody), total };
  }

  /** A network page: public networks for anyone, members-only ones for their members and admins. */
  async getFor(networkId: string, user: User | undefined): Promise<NetworkBody> {
    const network = await this.networks.findOneBy({ id: networkId });
    const allowed =
      network &&
      (network.visibility === 'public' ||
        user?.isAdmin ||
        (user && (await this.memberships.existsBy({ networkId, userId: user.id }))));
    // Not-a-member gets the same 404 as not-found, so ids of private networks cannot be probed.
    if (!allowed) throw ApiException.notFound('The network');
    return toBody(network);
  }
}

function toBody(network: Network): NetworkBody {
  return {
    id: network.id,
    name: network.name,
    slug: network.slug,
    description: network.description,
    visibility: network.visibility,
  };
}
