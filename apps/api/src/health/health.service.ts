import { Inject, Injectable } from '@nestjs/common';
import type { HealthResponse, PartState } from '@praxis/contracts';
import { DataSource } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { REDIS, type RedisClient } from '../redis/redis.module';

const CHECK_TIMEOUT_MS = 1500;

@Injectable()
export class HealthService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    @Inject(REDIS) private readonly redis: RedisClient,
  ) {}

  async check(): Promise<HealthResponse> {
    const [database, redis, livekit] = await Promise.all([
      this.database(),
      this.redisState(),
      this.livekit(),
    ]);
    const status =
      database === 'down'
        ? 'unavailable'
        : redis === 'down' || livekit === 'down'
          ? 'degraded'
          : 'ok';
    return { status, parts: { database, redis, livekit } };
  }

  private async database(): Promise<PartState> {
    return (await succeeds(this.dataSource.query('SELECT 1'))) ? 'up' : 'down';
  }

  private async redisState(): Promise<PartState> {
    if (!this.redis) return 'not configured';
    const redis = this.redis;
    // Still connecting (just after start): wait for it briefly; already failing: don't queue a command.
    if (redis.status === 'connecting' || redis.status === 'connect') {
      await succeeds(new Promise((resolve) => redis.once('ready', resolve)));
    }
    if (redis.status !== 'ready') return 'down';
    return (await succeeds(redis.ping())) ? 'up' : 'down';
  }

  private async livekit(): Promise<PartState> {
    if (!this.config.livekit) return 'not configured';
    const url = new URL(this.config.livekit.apiUrl);
    return (await succeeds(fetch(url, { signal: AbortSignal.timeout(CHECK_TIMEOUT_MS) })))
      ? 'up'
      : 'down';
  }
}

async function succeeds(work: Promise<unknown>): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('timeout')), CHECK_TIMEOUT_MS);
  });
  try {
    await Promise.race([work, timeout]);
    return true;
  } catch {
    return false;
  } finally {
    clearTimeout(timer);
  }
}
