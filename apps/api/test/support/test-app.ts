import { randomUUID } from 'node:crypto';
import type { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { User } from '../../src/auth/entities/user.entity';
import { hashPassword } from '../../src/auth/passwords';
import { loadConfig } from '../../src/config/app-config';
import { createApp } from '../../src/create-app';
import { DEMO_ACCOUNTS } from '../../src/database/demo/demo-accounts';
import { Membership } from '../../src/networks/entities/membership.entity';
import { Network } from '../../src/networks/entities/network.entity';
import type { Role } from '@praxis/contracts';
import { testEnv } from './test-env';

export const DEMO_PASSWORD = 'praxis-demo';
export const demoEmail = (role: 'admin' | 'convener' | 'member' | 'observer') =>
  DEMO_ACCOUNTS.find((a) => a.email.startsWith(`${role}@`))!.email;

export function testDatabaseUrl(): string {
  const url = process.env.PRAXIS_TEST_DATABASE_URL;
  if (!url) throw new Error('The integration global setup did not run.');
  return url;
}

export interface TestApp {
  app: NestExpressApplication;
  http: ReturnType<typeof request>;
  dataSource: DataSource;
  /** A supertest agent that keeps cookies, signed in as the given person. */
  signIn(email: string, password?: string): Promise<ReturnType<typeof request.agent>>;
  newUser(options?: {
    password?: string;
    isAdmin?: boolean;
    disabled?: boolean;
  }): Promise<User & { password: string }>;
  newNetwork(options?: { visibility?: 'members' | 'public' }): Promise<Network>;
  addMember(user: User, network: Network, role: Role): Promise<Membership>;
  close(): Promise<void>;
}

/** The real application on this run's database, listening on a free port. */
export async function startTestApp(
  env: Record<string, string> = {},
  databaseUrl = testDatabaseUrl(),
): Promise<TestApp> {
  // On the embedded fallback, the same single-connection pool as `npm start` uses.
  const embedded = process.env.PRAXIS_TEST_EMBEDDED === '1' && databaseUrl === testDatabaseUrl();
  const app = await createApp(loadConfig(testEnv(env)), { url: databaseUrl, embedded });
  await app.listen(0, '127.0.0.1');
  const server = app.getHttpServer();
  const dataSource = app.get(DataSource);
  return {
    app,
    http: request(server),
    dataSource,
    async signIn(email, password = DEMO_PASSWORD) {
      const agent = request.agent(server);
      await agent.post('/api/auth/login').send({ email, password }).expect(200);
      return agent;
    },
    async newUser({ password = `pw-${randomUUID()}`, isAdmin = false, disabled = false } = {}) {
      const user = await dataSource.getRepository(User).save({
        email: `person-${randomUUID()}@example.org`,
        passwordHash: await hashPassword(password),
        displayName: 'Test Person',
        isAdmin,
        disabledAt: disabled ? new Date() : null,
      });
      return Object.assign(user, { password });
    },
    async newNetwork({ visibility = 'members' } = {}) {
      const suffix = randomUUID().slice(0, 8);
      return dataSource.getRepository(Network).save({
        name: `Network ${suffix}`,
        slug: `net-${suffix}`,
        description: 'A network made by a test.',
        visibility,
      });
    },
    async addMember(user, network, role) {
      return dataSource
        .getRepository(Membership)
        .save({ userId: user.id, networkId: network.id, role, delegationId: null });
    },
    close: () => app.close(),
  };
}
