import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import {
  type ChangePasswordRequest,
  ErrorCode,
  type UpdateProfileRequest,
} from '@praxis/contracts';
import type { RateLimiterAbstract } from 'rate-limiter-flexible';
import { IsNull, MoreThan, Repository } from 'typeorm';
import { AuthSessionsService } from '../auth/auth-sessions.service';
import { User } from '../auth/entities/user.entity';
import { assertNotCommonPassword } from '../auth/password-policy';
import { hashPassword, verifyPassword } from '../auth/passwords';
import { SecretTokens } from '../auth/secret-tokens';
import { ApiException } from '../common/api-exception';
import { AppConfig } from '../config/app-config';
import { MailService } from '../mail/mail.service';
import { MESSAGES } from '../mail/messages';
import { consumeOrThrow, createLimiter } from '../redis/rate-limiter';
import { REDIS, type RedisClient } from '../redis/redis.module';
import { PasswordReset } from './entities/password-reset.entity';

const RESET_TTL_MINUTES = 60;

@Injectable()
export class AccountsService {
  private readonly logger = new Logger('Accounts');
  private readonly resetsPerAccount: RateLimiterAbstract;
  private readonly resetsPerAddress: RateLimiterAbstract;

  constructor(
    @InjectRepository(User) private readonly users: Repository<User>,
    @InjectRepository(PasswordReset) private readonly resets: Repository<PasswordReset>,
    private readonly sessions: AuthSessionsService,
    private readonly tokens: SecretTokens,
    private readonly mail: MailService,
    private readonly config: AppConfig,
    @Inject(REDIS) redis: RedisClient,
  ) {
    this.resetsPerAccount = createLimiter(redis, 'reset-account', 3, 3600);
    this.resetsPerAddress = createLimiter(redis, 'reset-address', 20, 3600);
  }

  async updateProfile(user: User, changes: UpdateProfileRequest): Promise<User> {
    await this.users.update({ id: user.id }, changes);
    return this.users.findOneByOrFail({ id: user.id });
  }

  /** Changes the password and ends every session of the person; returns a fresh session for the caller. */
  async changePassword(user: User, body: ChangePasswordRequest): Promise<string> {
    if (!(await verifyPassword(user.passwordHash, body.currentPassword))) {
      throw new ApiException(400, ErrorCode.wrongPassword, 'The current password is not correct.', [
        { path: 'currentPassword', message: 'is not correct', code: ErrorCode.wrongPassword },
      ]);
    }
    assertNotCommonPassword(body.newPassword, 'newPassword');
    await this.users.update(
      { id: user.id },
      { passwordHash: await hashPassword(body.newPassword) },
    );
    await this.sessions.endAllFor(user.id);
    return this.sessions.start(user.id);
  }

  /** Always answers the same way, whether or not the address has an account. */
  async requestReset(email: string, address: string): Promise<void> {
    const normalized = email.trim().toLowerCase();
    await consumeOrThrow(this.resetsPerAddress, address);
    await consumeOrThrow(this.resetsPerAccount, normalized);
    const user = await this.users.findOneBy({ email: normalized });
    if (!user || user.disabledAt) return;
    const { token, hash } = this.tokens.issue();
    await this.resets.insert({
      userId: user.id,
      tokenHash: hash,
      expiresAt: new Date(Date.now() + RESET_TTL_MINUTES * 60_000),
    });
    const link = `${this.config.server.publicUrl}/reset-password/${token}`;
    try {
      await this.mail.send({
        to: user.email,
        ...MESSAGES[user.locale].passwordReset({ link, minutes: RESET_TTL_MINUTES }),
      });
    } catch (error) {
      this.logger.error(`A password-reset e-mail could not be sent: ${(error as Error).message}`);
    }
  }

  async reset(token: string, password: string): Promise<void> {
    const invalid = new ApiException(
      400,
      ErrorCode.resetLinkInvalid,
      'This password-reset link is not valid any more. Ask for a new one.',
    );
    if (!this.tokens.looksValid(token)) throw invalid;
    assertNotCommonPassword(password);
    const passwordHash = await hashPassword(password);
    // Marking the link used and checking it is unused happen in one statement: a link works once.
    const used = await this.resets
      .createQueryBuilder()
      .update()
      .set({ usedAt: () => 'now()' })
      .where('token_hash = :hash AND used_at IS NULL AND expires_at > now()', {
        hash: this.tokens.hash(token),
      })
      .returning('user_id')
      .execute();
    const userId = (used.raw as { user_id: string }[])[0]?.user_id;
    if (!userId) throw invalid;
    await this.users.update({ id: userId, disabledAt: IsNull() }, { passwordHash });
    await this.sessions.endAllFor(userId);
    await this.resets.update(
      { userId, usedAt: IsNull(), expiresAt: MoreThan(new Date()) },
      { usedAt: new Date() },
    );
  }
}
