import Redis from 'ioredis';
import { startTcpProxy } from './support/tcp-proxy';
import { startTestApp, testDatabaseUrl } from './support/test-app';

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
