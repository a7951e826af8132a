import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import {
  type CreateNetworkRequest,
  ErrorCode,
  FieldErrorCode,
  type Network as NetworkBody,
  type NetworkList,
  type NetworkStanding,
  type UpdateNetworkRequest,
} from '@praxis/contracts';
import { Repository } from 'typeorm';
import type { User } from '../auth/entities/user.entity';
import { ApiException } from '../common/api-exception';
import { isUniqueViolation } from '../common/database-errors';
import { Membership } from './entities/membership.entity';
import { Network } from './entities/network.entity';
import { networkBody } from './network-body';

@Injectable()
export class NetworksService {
  constructor(@InjectRepository(Network) private readonly networks: Repository<Network>) {}

  /** The networks a person belongs to, with their role; admins see all of them. */
  async listFor(user: User): Promise<NetworkList> {
    const query = this.networks
      .createQueryBuilder('network')
      .leftJoin(
        Membership,
        'membership',
        'membership.network_id = network.id AND membership.user_id = :userId',
        {
          userId: user.id,
        },
      )
      .addSelect('membership.role', 'role')
      .orderBy('network.name', 'ASC');
    if (!user.isAdmin) query.where('membership.id IS NOT NULL');
    const { entities, raw } = await query.getRawAndEntities<{ role: NetworkStanding }>();
    const items = entities.map((network, i) =>
      networkBody(network, user.isAdmin ? 'admin' : raw[i]!.role),
    );
    return { items, total: items.length };
  }

  async get(networkId: string, standing: NetworkStanding): Promise<NetworkBody> {
    const network = await this.networks.findOneByOrFail({ id: networkId });
    return networkBody(network, standing);
  }

  async create(body: Required<CreateNetworkRequest>): Promise<NetworkBody> {
    try {
      const network = await this.networks.save(this.networks.create(body));
      return networkBody(network, 'admin');
    } catch (error) {
      if (isUniqueViolation(error)) {
        throw new ApiException(
          409,
          ErrorCode.slugTaken,
          `The address "${body.slug}" is already used by another network.`,
          [
            {
              path: 'slug',
              message: 'is already used by another network',
              code: FieldErrorCode.taken,
            },
          ],
        );
      }
      throw error;
    }
  }

  async update(
    networkId: string,
    changes: UpdateNetworkRequest,
    standing: NetworkStanding,
  ): Promise<NetworkBody> {
    await this.networks.update({ id: networkId }, changes);
    return this.get(networkId, standing);
  }
}
