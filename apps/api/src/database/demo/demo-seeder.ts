import { randomBytes } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { User } from '../../auth/entities/user.entity';
import { hashPassword } from '../../auth/passwords';
import { AppConfig } from '../../config/app-config';
import { Delegation } from '../../networks/entities/delegation.entity';
import { Membership } from '../../networks/entities/membership.entity';
import { Network } from '../../networks/entities/network.entity';
import { AgendaItem } from '../../sessions/entities/agenda-item.entity';
import { Session } from '../../sessions/entities/session.entity';
import { DEMO_ACCOUNTS, DEMO_IDS } from './demo-accounts';
import { DemoProceedingsSeeder } from './demo-proceedings-seeder';
import demoFacts from './demo-network.json';
import { DEMO_PEOPLE } from './demo-people';
import { DEMO_SESSIONS } from './demo-sessions';

type NetworkSlug = keyof typeof DEMO_IDS.networks;

const ORGANIZATIONS: Record<NetworkSlug, (country: string) => string[]> = {
  mcln: () => ['Ministry of Health — Quality Management Unit'],
  acln: () => ['Ministry of Health — National Quality Programme'],
  twinning: () => [
    'Ministry of Health — Quality and Accreditation',
    'District hospital, Northern Province',
    'District hospital, Southern Province',
  ],
};

const VISIBILITY: Record<NetworkSlug, 'members' | 'public'> = {
  mcln: 'members',
  acln: 'public',
  twinning: 'members',
};

/** Fills an empty database with the demo networks and accounts (never in production: see the config). */
@Injectable()
export class DemoSeeder {
  private readonly logger = new Logger('Demo');

  constructor(
    private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    private readonly proceedings: DemoProceedingsSeeder,
  ) {}

  async seedIfEmpty(): Promise<boolean> {
    if (this.config.isProduction) return false;
    if ((await this.dataSource.getRepository(User).count()) > 0) return false;
    const passwordHash = await hashPassword(this.config.demo.password);
    const nobodyHash = await hashPassword(randomBytes(24).toString('base64url'));
    await this.dataSource.transaction(async (manager) => {
      for (const facts of demoFacts.networks) {
        await this.seedNetwork(manager, facts.slug as NetworkSlug, facts, nobodyHash);
      }
      await this.seedAccounts(manager, passwordHash);
      await this.seedSessions(manager);
    });
    await this.proceedings.seed();
    this.logger.log('Seeded the demo networks and accounts.');
    return true;
  }

  private async seedNetwork(
    manager: EntityManager,
    slug: NetworkSlug,
    facts: { name: string; description: string; countries: string[] },
    nobodyHash: string,
  ): Promise<void> {
    const networkId = DEMO_IDS.networks[slug];
    await manager.insert(Network, {
      id: networkId,
      name: facts.name,
      slug,
      description: facts.description,
      visibility: VISIBILITY[slug],
    });
    for (const country of facts.countries) {
      const organizations = ORGANIZATIONS[slug](country);
      const delegations = await manager.save(
        Delegation,
        organizations.map((organization) =>
          manager.create(Delegation, { networkId, countryCode: country, organization }),
        ),
      );
      if (slug === 'acln') continue;
      for (const [index, person] of (DEMO_PEOPLE[country] ?? []).entries()) {
        const email = `${person.name
          .normalize('NFD')
          .replace(/[^A-Za-z]+/g, '.')
          .toLowerCase()}.${slug}@example.org`;
        const user = await manager.save(
          User,
          manager.create(User, {
            email,
            passwordHash: nobodyHash,
            displayName: person.name,
            locale: person.locale,
            timeZone: person.timeZone,
          }),
        );
        const delegation = delegations[index % delegations.length]!;
        await manager.insert(Membership, {
          userId: user.id,
          networkId,
          role: 'member',
          delegationId: delegation.id,
        });
      }
    }
  }

  private async seedSessions(manager: EntityManager): Promise<void> {
    const today = new Date();
    for (const demo of DEMO_SESSIONS) {
      const networkId = DEMO_IDS.networks[demo.network];
      const startsAt = new Date(
        Date.UTC(
          today.getUTCFullYear(),
          today.getUTCMonth(),
          today.getUTCDate() + demo.inDays,
          demo.hourUtc,
        ),
      );
      const session = await manager.save(
        manager.create(Session, {
          networkId,
          title: demo.title,
          description: demo.description,
          topics: demo.topics,
          startsAt,
          timeZone: demo.timeZone,
          durationMinutes: demo.durationMinutes,
          status: demo.inDays < 0 ? 'ended' : 'scheduled',
          timeSetAt: new Date(startsAt.getTime() - 30 * 86_400_000),
        }),
      );
      const delegations = await manager.findBy(Delegation, { networkId });
      for (const [position, item] of demo.agenda.entries()) {
        const presenterDelegationIds = delegations
          .filter((d) => item.presenters?.includes(d.countryCode))
          .slice(0, 2)
          .map((d) => d.id);
        await manager.insert(AgendaItem, {
          sessionId: session.id,
          position,
          title: item.title,
          kind: item.kind,
          minutes: item.minutes,
          presenterIds: [],
          presenterDelegationIds,
          notes: '',
        });
      }
    }
  }

  private async seedAccounts(manager: EntityManager, passwordHash: string): Promise<void> {
    const networkId = DEMO_IDS.networks.mcln;
    for (const account of DEMO_ACCOUNTS) {
      await manager.insert(User, {
        id: account.id,
        email: account.email,
        passwordHash,
        displayName: account.displayName,
        isAdmin: account.isAdmin,
        locale: account.locale,
        timeZone: account.timeZone,
      });
      if (!account.mcln) continue;
      const delegation = account.mcln.country
        ? await manager.findOneByOrFail(Delegation, {
            networkId,
            countryCode: account.mcln.country,
          })
        : null;
      await manager.insert(Membership, {
        userId: account.id,
        networkId,
        role: account.mcln.role,
        delegationId: delegation?.id ?? null,
      });
    }
  }
}
