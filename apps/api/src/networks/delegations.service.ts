import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type {
  Delegation as DelegationBody,
  DelegationList,
  UpdateDelegationRequest,
} from '@praxis/contracts';
import { IsNull, Repository } from 'typeorm';
import { ApiException } from '../common/api-exception';
import { Delegation } from './entities/delegation.entity';
import { Membership } from './entities/membership.entity';
import { delegationBody } from './network-body';

@Injectable()
export class DelegationsService {
  constructor(
    @InjectRepository(Delegation) private readonly delegations: Repository<Delegation>,
    @InjectRepository(Membership) private readonly memberships: Repository<Membership>,
  ) {}

  async list(networkId: string, includeRetired: boolean): Promise<DelegationList> {
    const query = this.delegations
      .createQueryBuilder('delegation')
      .addSelect(
        (sub) =>
          sub
            .select('count(*)::int')
            .from(Membership, 'membership')
            .innerJoin('membership.user', 'user')
            .where('membership.delegation_id = delegation.id AND user.disabled_at IS NULL'),
        'member_count',
      )
      .where('delegation.network_id = :networkId', { networkId })
      .orderBy('delegation.country_code', 'ASC')
      .addOrderBy('delegation.organization', 'ASC');
    if (!includeRetired) query.andWhere('delegation.retired_at IS NULL');
    const { entities, raw } = await query.getRawAndEntities<{ member_count: number }>();
    return {
      items: entities.map((d, i) => delegationBody(d, raw[i]!.member_count)),
      total: entities.length,
    };
  }

  async create(
    networkId: string,
    body: { countryCode: string; organization: string },
  ): Promise<DelegationBody> {
    const delegation = await this.delegations.save(this.delegations.create({ networkId, ...body }));
    return delegationBody(delegation, 0);
  }

  async update(
    networkId: string,
    delegationId: string,
    changes: UpdateDelegationRequest,
  ): Promise<DelegationBody> {
    const delegation = await this.find(networkId, delegationId);
    if (changes.countryCode !== undefined) delegation.countryCode = changes.countryCode;
    if (changes.organization !== undefined) delegation.organization = changes.organization;
    if (changes.retired !== undefined)
      delegation.retiredAt = changes.retired ? (delegation.retiredAt ?? new Date()) : null;
    await this.delegations.save(delegation);
    return delegationBody(delegation, await this.memberships.countBy({ delegationId }));
  }

  /** A delegation of this network, or 404: an id from another network is treated as unknown. */
  async find(networkId: string, delegationId: string): Promise<Delegation> {
    const delegation = await this.delegations.findOneBy({ id: delegationId, networkId });
    if (!delegation) throw ApiException.notFound('The delegation');
    return delegation;
  }

  /** True when the id names an active delegation of this network. */
  isActiveIn(networkId: string, delegationId: string): Promise<boolean> {
    return this.delegations.existsBy({ id: delegationId, networkId, retiredAt: IsNull() });
  }
}
