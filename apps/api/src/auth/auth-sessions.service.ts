import { createHmac, randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { MoreThan, Repository } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { AuthSession } from './entities/auth-session.entity';
import type { Viewer } from './viewer';

/** Opaque session tokens: the cookie holds 32 random bytes, the database only their keyed hash. */
@Injectable()
export class AuthSessionsService {
  constructor(
    @InjectRepository(AuthSession) private readonly sessions: Repository<AuthSession>,
    private readonly config: AppConfig,
  ) {}

  get ttlMs(): number {
    return this.config.auth.sessionTtlHours * 3_600_000;
  }

  async start(userId: string): Promise<string> {
    const token = randomBytes(32).toString('base64url');
    await this.sessions.insert({
      tokenHash: this.hash(token),
      userId,
      expiresAt: new Date(Date.now() + this.ttlMs),
    });
    return token;
  }

  /** The viewer behind a token, or undefined when it is unknown, expired, or its user is disabled. */
  async resolve(token: string): Promise<Viewer | undefined> {
    const session = await this.sessions.findOne({
      where: { tokenHash: this.hash(token), expiresAt: MoreThan(new Date()) },
      relations: { user: true },
    });
    if (!session?.user || session.user.disabledAt) return undefined;
    return { user: session.user, sessionId: session.id };
  }

  async end(sessionId: string): Promise<void> {
    await this.sessions.delete({ id: sessionId });
  }

  async endAllFor(userId: string): Promise<void> {
    await this.sessions.delete({ userId });
  }

  private hash(token: string): string {
    return createHmac('sha256', this.config.auth.sessionSecret).update(token).digest('hex');
  }
}
