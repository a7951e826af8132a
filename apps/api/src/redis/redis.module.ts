import { Global, Logger, Module, type OnApplicationShutdown, Inject } from '@nestjs/common';
import Redis from 'ioredis';
import { AppConfig } from '../config/app-config';

export const REDIS = Symbol('REDIS');
export type RedisClient = Redis | null;

class RedisLifecycle implements OnApplicationShutdown {
  constructor(@Inject(REDIS) private readonly redis: RedisClient) {}

  async onApplicationShutdown(): Promise<void> {
    if (!this.redis) return;
    if (this.redis.status === 'ready') await this.redis.quit().catch(() => undefined);
    this.redis.disconnect();
  }
}

/** One shared Redis connection when `REDIS_URL` is set, or `null` (features then keep state in-process). */
@Global()
@Module({
  providers: [
    {
      provide: REDIS,
      inject: [AppConfig],
      useFactory: (config: AppConfig): RedisClient => {
        if (!config.redisUrl) return null;
        const logger = new Logger('Redis');
        const client = new Redis(config.redisUrl, {
          maxRetriesPerRequest: 1,
          enableOfflineQueue: false,
          lazyConnect: false,
        });
        let warned = false;
        client.on('error', (error: Error) => {
          if (!warned)
            logger.warn(`Redis is unreachable (${error.message}); retrying in the background.`);
          warned = true;
        });
        client.on('ready', () => {
          if (warned) logger.log('Redis is reachable again.');
          warned = false;
        });
        return client;
      },
    },
    RedisLifecycle,
  ],
  exports: [REDIS],
})
export class RedisModule {}
