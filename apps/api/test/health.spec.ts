import type { ServerLoad } from '@praxis/contracts';
import Redis from 'ioredis';
import { connected, liveClient } from './support/live-client';
import { notesClient } from './support/notes-client';
import { startTcpProxy } from './support/tcp-proxy';
import { startTestApp, testDatabaseUrl } from './support/test-app';
import { buildWorld } from './support/world';

describe('GET /api/health', () => {
  it('reports each part; Redis down degrades but still answers 200', async () => {
    const t = await startTestApp({ REDIS_URL: 'redis://127.0.0.1:1' });
    try {
      const response = await t.http.get('/api/health').expect(200);
      expect(response.body).toEqual({
        status: 'degraded',
        parts: { database: 'up', redis: 'down', livekit: 'not configured' },
      });
    } finally {
      await t.close();
    }
  });

  it('reports the real Redis as up (CI runs one; elsewhere whatever a direct ping says)', async () => {
    const url = process.env.REDIS_URL || 'redis://127.0.0.1:6379';
    const expected = process.env.CI === 'true' || (await redisAnswers(url)) ? 'up' : 'down';
    const t = await startTestApp({ REDIS_URL: url });
    try {
      const response = await t.http.get('/api/health').expect(200);
      expect(response.body.parts.redis).toBe(expected);
    } finally {
      await t.close();
    }
  });

  it('answers 503 once the database is gone, and keeps the process serving', async () => {
    const database = await startTcpProxy(testDatabaseUrl());
    const t = await startTestApp({}, database.url);
    try {
      await t.http.get('/api/health').expect(200);
      await database.cut();
      const response = await t.http.get('/api/health').expect(503);
      expect(response.body.parts.database).toBe('down');
      await t.http.get('/api/no-such-route').expect(404);
    } finally {
      await t.close().catch(() => undefined);
    }
  });
});

async function redisAnswers(url: string): Promise<boolean> {
  const client = new Redis(url, {
    lazyConnect: true,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
  });
  try {
    await client.connect();
    return (await client.ping()) === 'PONG';
  } catch {
    return false;
  } finally {
    client.disconnect();
  }
}

describe('GET /api/health/load', () => {
  it('counts the live-room and notes connections an instance holds, back to zero when they leave', async () => {
    const t = await startTestApp();
    const w = await buildWorld(t);
    const load = async () =>
      (await t.http.get('/api/health/load').set('Cookie', w.cookies.admin!).expect(200))
        .body as ServerLoad;
    try {
      expect(await load()).toMatchObject({
        liveConnections: 0,
        notesConnections: 0,
        notesDocuments: 0,
      });
      const socket = liveClient(t, w.cookies.member);
      await connected(socket);
      const { port } = t.app.getHttpServer().address() as { port: number };
      const editor = notesClient(`http://127.0.0.1:${port}`, w.session.id, w.cookies.member);
      await editor.ready;
      // The notes server answers "authenticated" before it has loaded the document.
      await until(async () => (await load()).notesDocuments === 1);
      const busy = await load();
      expect(busy).toMatchObject({ liveConnections: 1, notesConnections: 1, notesDocuments: 1 });
      expect(busy.rssBytes).toBeGreaterThan(busy.heapUsedBytes);
      socket.disconnect();
      editor.close();
      await until(async () => {
        const now = await load();
        return now.liveConnections === 0 && now.notesConnections === 0 && now.notesDocuments === 0;
      });
    } finally {
      await t.close();
    }
  });
});

async function until(condition: () => Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error('the condition did not become true');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
