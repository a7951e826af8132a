import { Injectable } from '@nestjs/common';
import {
  ErrorCode,
  type FieldError,
  FieldErrorCode,
  type putAgendaSchema,
  type Session as SessionBody,
} from '@praxis/contracts';
import { DataSource, In, IsNull, Not } from 'typeorm';
import type { z } from 'zod';
import { ApiException } from '../common/api-exception';
import { Delegation } from '../networks/entities/delegation.entity';
import { Membership } from '../networks/entities/membership.entity';
import { NotesServer } from '../notes/notes-server';
import { AgendaItem } from './entities/agenda-item.entity';
import { Session } from './entities/session.entity';
import { SessionsService } from './sessions.service';

type AgendaInput = z.output<typeof putAgendaSchema>['items'];

@Injectable()
export class AgendaService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly sessions: SessionsService,
    private readonly notes: NotesServer,
  ) {}

  /** Replaces the whole ordered agenda in one transaction: every item is checked before anything changes. */
  async replace(sessionId: string, items: AgendaInput): Promise<SessionBody> {
    await this.dataSource.transaction(async (manager) => {
      const session = await manager.findOne(Session, {
        where: { id: sessionId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!session) throw ApiException.notFound('The session');
      if (session.status === 'cancelled') {
        throw new ApiException(
          409,
          ErrorCode.sessionCancelled,
          'This session was cancelled; its agenda can no longer be changed.',
        );
      }
      const existing = await manager.find(AgendaItem, {
        where: { sessionId },
        select: { id: true },
      });
      const presenterIds = [...new Set(items.flatMap((i) => i.presenterIds))];
      const delegationIds = [...new Set(items.flatMap((i) => i.presenterDelegationIds))];
      const [members, delegations] = await Promise.all([
        presenterIds.length
          ? manager.find(Membership, {
              where: { networkId: session.networkId, userId: In(presenterIds) },
            })
          : [],
        delegationIds.length
          ? manager.find(Delegation, {
              where: { networkId: session.networkId, id: In(delegationIds), retiredAt: IsNull() },
            })
          : [],
      ]);
      const problems = this.check(
        items,
        new Set(existing.map((e) => e.id)),
        new Set(members.map((m) => m.userId)),
        new Set(delegations.map((d) => d.id)),
      );
      if (problems.length > 0) throw ApiException.validation(problems);

      const keep = items.map((i) => i.id).filter((id): id is string => id !== undefined);
      await manager.delete(
        AgendaItem,
        keep.length ? { sessionId, id: Not(In(keep)) } : { sessionId },
      );
      for (const [position, item] of items.entries()) {
        const values = {
          sessionId,
          position,
          title: item.title,
          kind: item.kind,
          minutes: item.minutes,
          presenterIds: [...new Set(item.presenterIds)],
          presenterDelegationIds: [...new Set(item.presenterDelegationIds)],
          notes: item.notes,
        };
        if (item.id) await manager.update(AgendaItem, { id: item.id, sessionId }, values);
        else await manager.insert(AgendaItem, values);
      }
      await manager.increment(Session, { id: sessionId }, 'sequence', 1);
    });
    // Notes open right now get the new items' sections at once; closed notes get them when opened.
    await this.notes.agendaChanged(sessionId);
    return this.sessions.get(sessionId);
  }

  private check(
    items: AgendaInput,
    existing: Set<string>,
    members: Set<string>,
    delegations: Set<string>,
  ): FieldError[] {
    const problems: FieldError[] = [];
    const seen = new Set<string>();
    for (const [index, item] of items.entries()) {
      if (item.id !== undefined) {
        if (seen.has(item.id))
          problems.push({
            path: `items.${index}.id`,
            message: 'appears twice in the agenda',
            code: FieldErrorCode.duplicate,
          });
        else if (!existing.has(item.id)) {
          problems.push({
            path: `items.${index}.id`,
            message: 'is not an item of this session',
            code: FieldErrorCode.notInSession,
          });
        }
        seen.add(item.id);
      }
      item.presenterIds.forEach((id, i) => {
        if (!members.has(id)) {
          problems.push({
            path: `items.${index}.presenterIds.${i}`,
            message: 'is not a member of this network',
            code: FieldErrorCode.notInNetwork,
          });
        }
      });
      item.presenterDelegationIds.forEach((id, i) => {
        if (!delegations.has(id)) {
          problems.push({
            path: `items.${index}.presenterDelegationIds.${i}`,
            message: 'is not an active delegation of this network',
            code: FieldErrorCode.notInNetwork,
          });
        }
      });
    }
    return problems;
  }
}
