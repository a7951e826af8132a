import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import {
  ErrorCode,
  FieldErrorCode,
  type Member,
  type MemberList,
  type UpdateMemberRequest,
} from '@praxis/contracts';
import { DataSource, type EntityManager, Repository } from 'typeorm';
import { ApiException } from '../common/api-exception';
import { DelegationsService } from './delegations.service';
import { Membership } from './entities/membership.entity';
import { memberBody } from './network-body';

@Injectable()
export class MembersService {
  constructor(
    @InjectRepository(Membership) private readonly memberships: Repository<Membership>,
    private readonly delegations: DelegationsService,
    private readonly dataSource: DataSource,
  ) {}

  /** Members grouped by their delegation's country; e-mail addresses only when the caller may see them. */
  async list(networkId: string, withEmails: boolean): Promise<MemberList> {
    const rows = await this.memberships.find({
      where: { networkId },
      relations: { user: true, delegation: true },
      order: { user: { displayName: 'ASC' } },
    });
    const groups = new Map<string | null, Member[]>();
    for (const row of rows.filter((r) => !r.user!.disabledAt)) {
      const member = memberBody(row, withEmails);
      groups.set(member.countryCode, [...(groups.get(member.countryCode) ?? []), member]);
    }
    const ordered = [...groups.entries()].sort(([a], [b]) => (a ?? '~').localeCompare(b ?? '~'));
    return {
      groups: ordered.map(([countryCode, members]) => ({ countryCode, members })),
      total: ordered.reduce((n, [, members]) => n + members.length, 0),
    };
  }

  async update(
    networkId: string,
    userId: string,
    changes: UpdateMemberRequest,
    withEmail: boolean,
  ): Promise<Member> {
    if (
      changes.delegationId &&
      !(await this.delegations.isActiveIn(networkId, changes.delegationId))
    ) {
      throw ApiException.validation([
        {
          path: 'delegationId',
          message: 'is not an active delegation of this network',
          code: FieldErrorCode.notInNetwork,
        },
      ]);
    }
    await this.dataSource.transaction(async (manager) => {
      const membership = await this.findLocked(manager, networkId, userId);
      if (changes.role !== undefined && changes.role !== 'convener')
        await this.assertNotLastConvener(manager, membership);
      await manager.update(
        Membership,
        { id: membership.id },
        {
          ...(changes.role !== undefined ? { role: changes.role } : {}),
          ...(changes.delegationId !== undefined ? { delegationId: changes.delegationId } : {}),
        },
      );
    });
    const updated = await this.memberships.findOneOrFail({
      where: { networkId, userId },
      relations: { user: true, delegation: true },
    });
    return memberBody(updated, withEmail);
  }

  async remove(networkId: string, userId: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const membership = await this.findLocked(manager, networkId, userId);
      await this.assertNotLastConvener(manager, membership);
      await manager.delete(Membership, { id: membership.id });
    });
  }

  private async findLocked(
    manager: EntityManager,
    networkId: string,
    userId: string,
  ): Promise<Membership> {
    // Locking the network row serialises role changes within one network, so two conveners demoting
    // each other at once cannot leave it without any.
    await manager.query('SELECT 1 FROM networks WHERE id = $1 FOR UPDATE', [networkId]);
    const membership = await manager.findOneBy(Membership, { networkId, userId });
    if (!membership) throw ApiException.notFound('The member');
    return membership;
  }

  private async assertNotLastConvener(
    manager: EntityManager,
    membership: Membership,
  ): Promise<void> {
    if (membership.role !== 'convener') return;
    const conveners = await manager.countBy(Membership, {
      networkId: membership.networkId,
      role: 'convener',
    });
    if (conveners <= 1) {
      throw new ApiException(
        409,
        ErrorCode.lastConvener,
        'A network needs at least one convener: appoint another one first.',
      );
    }
  }
}
