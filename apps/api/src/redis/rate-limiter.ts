import {
  RateLimiterMemory,
  RateLimiterRedis,
  RateLimiterRes,
  type RateLimiterAbstract,
} from 'rate-limiter-flexible';
import { ApiException } from '../common/api-exception';
import type { RedisClient } from './redis.module';

/** A named limiter kept in Redis when configured (shared by every instance), in memory otherwise. */
export function createLimiter(
  redis: RedisClient,
  keyPrefix: string,
  points: number,
  durationSeconds: number,
): RateLimiterAbstract {
  const options = { keyPrefix, points, duration: durationSeconds };
  if (!redis) return new RateLimiterMemory(options);
  return new RateLimiterRedis({
    ...options,
    storeClient: redis,
    insuranceLimiter: new RateLimiterMemory(options),
  });
}

/** Takes one point, or throws 429 with Retry-After when the key has none left. */
export async function consumeOrThrow(limiter: RateLimiterAbstract, key: string): Promise<void> {
  try {
    await limiter.consume(key);
  } catch (result) {
    if (result instanceof RateLimiterRes)
      throw ApiException.tooManyRequests(result.msBeforeNext / 1000);
    throw result;
  }
}
