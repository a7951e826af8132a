import { createHmac, randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { AppConfig } from '../config/app-config';

/**
 * Single-use secrets handed to a person (session cookies, invitation and reset links): 32 random bytes,
 * stored only as a keyed hash, so a leaked database does not leak working links.
 */
@Injectable()
export class SecretTokens {
  constructor(private readonly config: AppConfig) {}

  issue(): { token: string; hash: string } {
    const token = randomBytes(32).toString('base64url');
    return { token, hash: this.hash(token) };
  }

  hash(token: string): string {
    return createHmac('sha256', this.config.auth.sessionSecret).update(token).digest('hex');
  }

  /** Cheap shape check before any database work: tokens are 43 base64url characters. */
  looksValid(token: string): boolean {
    return /^[\w-]{43}$/.test(token);
  }
}
