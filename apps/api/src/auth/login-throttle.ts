import { Inject, Injectable } from '@nestjs/common';
import { RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import { ApiException } from '../common/api-exception';
import { createLimiter } from '../redis/rate-limiter';
import { REDIS, type RedisClient } from '../redis/redis.module';

const WINDOW_SECONDS = 15 * 60;
const FAILURES_PER_ACCOUNT_AND_ADDRESS = 5;
const FAILURES_PER_ADDRESS = 50;

/**
 * Counts failed logins per (address, e-mail) and per address; past the limit the caller gets 429 with
 * Retry-After. Counts live in Redis when configured, so every API instance sees the same numbers.
 */
@Injectable()
export class LoginThrottle {
  private readonly perAccount: RateLimiterAbstract;
  private readonly perAddress: RateLimiterAbstract;

  constructor(@Inject(REDIS) redis: RedisClient) {
    this.perAccount = createLimiter(
      redis,
      'login-fail-account',
      FAILURES_PER_ACCOUNT_AND_ADDRESS,
      WINDOW_SECONDS,
    );
    this.perAddress = createLimiter(
      redis,
      'login-fail-address',
      FAILURES_PER_ADDRESS,
      WINDOW_SECONDS,
    );
  }

  /** Throws 429 when this address or this address-and-account pair is blocked. */
  async assertAllowed(address: string, email: string): Promise<void> {
    const [account, ip] = await Promise.all([
      this.perAccount.get(`${address}|${email}`),
      this.perAddress.get(address),
    ]);
    const blocked = [
      account && account.consumedPoints >= FAILURES_PER_ACCOUNT_AND_ADDRESS ? account : null,
      ip && ip.consumedPoints >= FAILURES_PER_ADDRESS ? ip : null,
    ].filter((r): r is RateLimiterRes => r !== null);
    if (blocked.length > 0) {
      throw ApiException.tooManyRequests(Math.max(...blocked.map((r) => r.msBeforeNext)) / 1000);
    }
  }

  async recordFailure(address: string, email: string): Promise<void> {
    await Promise.all([
      this.perAccount.penalty(`${address}|${email}`, 1),
      this.perAddress.penalty(address, 1),
    ]);
  }

  async recordSuccess(address: string, email: string): Promise<void> {
    await this.perAccount.delete(`${address}|${email}`);
  }
}
