import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Request } from 'express';
import { MoreThan, Repository } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { AuthSession } from './entities/auth-session.entity';
import { SecretTokens } from './secret-tokens';
import { readSessionToken } from './session-cookie';
import type { Viewer } from './viewer';

/** Sign-in sessions: the cookie holds a secret token, the database only its keyed hash. */
@Injectable()
export class AuthSessionsService {
  constructor(
    @InjectRepository(AuthSession) private readonly sessions: Repository<AuthSession>,
    private readonly config: AppConfig,
    private readonly tokens: SecretTokens,
  ) {}

  get ttlMs(): number {
    return this.config.auth.sessionTtlHours * 3_600_000;
  }

  async start(userId: string): Promise<string> {
    const { token, hash } = this.tokens.issue();
    await this.sessions.insert({
      tokenHash: hash,
      userId,
      expiresAt: new Date(Date.now() + this.ttlMs),
    });
    return token;
  }

  /** The viewer behind a token, or undefined when it is unknown, expired, or its user is disabled. */
  resolve(token: string): Promise<Viewer | undefined> {
    return this.resolveHash(this.tokens.hash(token));
  }

  /** As `resolve`, for a caller that kept the token's stored hash (a long-lived socket). */
  async resolveHash(tokenHash: string): Promise<Viewer | undefined> {
    const session = await this.sessions.findOne({
      where: { tokenHash, expiresAt: MoreThan(new Date()) },
      relations: { user: true },
    });
    if (!session?.user || session.user.disabledAt) return undefined;
    return { user: session.user, sessionId: session.id, tokenHash: session.tokenHash };
  }

  /** The viewer behind a request's session cookie, if any. */
  async viewerOf(request: Request): Promise<Viewer | undefined> {
    const token = readSessionToken(request, this.config);
    return token ? this.resolve(token) : undefined;
  }

  async end(sessionId: string): Promise<void> {
    await this.sessions.delete({ id: sessionId });
  }

  async endAllFor(userId: string): Promise<void> {
    await this.sessions.delete({ userId });
  }
}
