import { Inject, Injectable, Logger } from '@nestjs/common';
import type { RateLimiterAbstract } from 'rate-limiter-flexible';
import { InjectRepository } from '@nestjs/typeorm';
import {
  type AcceptInvitationRequest,
  acceptInvitationSchema,
  ErrorCode,
  FieldErrorCode,
  INVITATION_TTL_DAYS,
  type Invitation as InvitationBody,
  type InvitationList,
  type InvitationPreview,
  type Locale,
  type Role,
  toFieldErrors,
} from '@praxis/contracts';
import { DataSource, IsNull, MoreThan, Repository } from 'typeorm';
import { AuthSessionsService } from '../auth/auth-sessions.service';
import { User } from '../auth/entities/user.entity';
import { hashPassword } from '../auth/passwords';
import { assertNotCommonPassword } from '../auth/password-policy';
import { SecretTokens } from '../auth/secret-tokens';
import { ApiException } from '../common/api-exception';
import { AppConfig } from '../config/app-config';
import { MailService } from '../mail/mail.service';
import { MESSAGES } from '../mail/messages';
import { consumeOrThrow, createLimiter } from '../redis/rate-limiter';
import { REDIS, type RedisClient } from '../redis/redis.module';
import { DelegationsService } from '../networks/delegations.service';
import { Membership } from '../networks/entities/membership.entity';
import { Invitation } from './entities/invitation.entity';
import { invitationBody, stateOf } from './invitation-body';

const TTL_MS = INVITATION_TTL_DAYS * 24 * 3_600_000;

export interface NewInvitation {
  email: string;
  role: Role;
  delegationId: string | null;
  locale?: Locale;
}

@Injectable()
export class InvitationsService {
  private readonly logger = new Logger('Invitations');
  private readonly sendsPerInviter: RateLimiterAbstract;

  constructor(
    @InjectRepository(Invitation) private readonly invitations: Repository<Invitation>,
    @InjectRepository(User) private readonly users: Repository<User>,
    @InjectRepository(Membership) private readonly memberships: Repository<Membership>,
    private readonly delegations: DelegationsService,
    private readonly mail: MailService,
    private readonly tokens: SecretTokens,
    private readonly sessions: AuthSessionsService,
    private readonly config: AppConfig,
    private readonly dataSource: DataSource,
    @Inject(REDIS) redis: RedisClient,
  ) {
    this.sendsPerInviter = createLimiter(redis, 'invitation-sends', 100, 3600);
  }

  async list(networkId: string): Promise<InvitationList> {
    const rows = await this.invitations.find({
      where: { networkId },
      relations: { invitedBy: true },
      order: { createdAt: 'DESC' },
    });
    return { items: rows.map((row) => invitationBody(row)), total: rows.length };
  }

  /** Stores the invitation first, then sends it: a failed e-mail leaves it listed with `sendError`. */
  async create(networkId: string, inviter: User, body: NewInvitation): Promise<InvitationBody> {
    await consumeOrThrow(this.sendsPerInviter, inviter.id);
    const email = body.email.trim().toLowerCase();
    if (body.delegationId && !(await this.delegations.isActiveIn(networkId, body.delegationId))) {
      throw ApiException.validation([
        {
          path: 'delegationId',
          message: 'is not an active delegation of this network',
          code: FieldErrorCode.notInNetwork,
        },
      ]);
    }
    const existing = await this.users.findOneBy({ email });
    if (existing && (await this.memberships.existsBy({ networkId, userId: existing.id }))) {
      throw new ApiException(
        409,
        ErrorCode.alreadyMember,
        `${email} is already a member of this network.`,
      );
    }
    const pending = await this.invitations.existsBy({
      networkId,
      email,
      acceptedAt: IsNull(),
      revokedAt: IsNull(),
      expiresAt: MoreThan(new Date()),
    });
    if (pending) {
      throw new ApiException(
        409,
        ErrorCode.invitationPending,
        `${email} already has a pending invitation: resend it instead.`,
      );
    }
    const { token, hash } = this.tokens.issue();
    const invitation = await this.invitations.save(
      this.invitations.create({
        networkId,
        email,
        role: body.role,
        delegationId: body.delegationId,
        locale: body.locale ?? inviter.locale,
        tokenHash: hash,
        expiresAt: new Date(Date.now() + TTL_MS),
        invitedById: inviter.id,
        acceptedAt: null,
        revokedAt: null,
        lastSentAt: null,
        sendError: null,
      }),
    );
    return this.send(invitation.id, token);
  }

  /** A new link (the old one stops working) with a fresh expiry, sent again. */
  async resend(networkId: string, invitationId: string, by: User): Promise<InvitationBody> {
    await consumeOrThrow(this.sendsPerInviter, by.id);
    const invitation = await this.find(networkId, invitationId);
    this.assertStillOpen(invitation);
    const { token, hash } = this.tokens.issue();
    await this.invitations.update(
      { id: invitation.id },
      { tokenHash: hash, expiresAt: new Date(Date.now() + TTL_MS) },
    );
    return this.send(invitation.id, token);
  }

  async revoke(networkId: string, invitationId: string): Promise<InvitationBody> {
    const invitation = await this.find(networkId, invitationId);
    if (invitation.acceptedAt) {
      throw new ApiException(
        409,
        ErrorCode.invitationUsed,
        'This invitation was already accepted; remove the member instead.',
      );
    }
    if (!invitation.revokedAt)
      await this.invitations.update({ id: invitation.id }, { revokedAt: new Date() });
    return invitationBody(await this.find(networkId, invitationId));
  }

  async preview(token: string): Promise<InvitationPreview> {
    const invitation = await this.findUsable(token);
    return {
      networkId: invitation.networkId,
      networkName: invitation.network!.name,
      email: invitation.email,
      role: invitation.role,
      delegation: invitation.delegation
        ? {
            countryCode: invitation.delegation.countryCode,
            organization: invitation.delegation.organization,
          }
        : null,
      locale: invitation.locale,
      accountExists: await this.users.existsBy({ email: invitation.email }),
    };
  }

  /**
   * Accepts the invitation once. A new person gets an account and is signed in; an existing account is
   * simply added to the network (signed in only if it is the caller's own session).
   */
  async accept(
    token: string,
    body: Partial<AcceptInvitationRequest>,
    viewer: User | undefined,
  ): Promise<{ networkId: string; signedIn: boolean; sessionToken?: string }> {
    const result = await this.dataSource.transaction(async (manager) => {
      const invitation = await this.findUsable(token, manager.getRepository(Invitation), true);
      let user = await manager.findOneBy(User, { email: invitation.email });
      let created = false;
      if (user?.disabledAt) throw ApiException.forbidden('This account is disabled.');
      if (!user) {
        const parsed = acceptInvitationSchema.safeParse(body);
        if (!parsed.success) throw ApiException.validation(toFieldErrors(parsed.error));
        assertNotCommonPassword(parsed.data.password);
        user = await manager.save(
          manager.create(User, {
            email: invitation.email,
            passwordHash: await hashPassword(parsed.data.password),
            displayName: parsed.data.displayName,
            locale: parsed.data.locale,
            timeZone: parsed.data.timeZone,
          }),
        );
        created = true;
      }
      if (
        !(await manager.existsBy(Membership, { networkId: invitation.networkId, userId: user.id }))
      ) {
        await manager.insert(Membership, {
          networkId: invitation.networkId,
          userId: user.id,
          role: invitation.role,
          delegationId: invitation.delegation?.retiredAt ? null : invitation.delegationId,
        });
      }
      await manager.update(Invitation, { id: invitation.id }, { acceptedAt: new Date() });
      return { networkId: invitation.networkId, user, created };
    });
    if (result.created) {
      return {
        networkId: result.networkId,
        signedIn: true,
        sessionToken: await this.sessions.start(result.user.id),
      };
    }
    return { networkId: result.networkId, signedIn: viewer?.id === result.user.id };
  }

  private async send(invitationId: string, token: string): Promise<InvitationBody> {
    const invitation = await this.invitations.findOneOrFail({
      where: { id: invitationId },
      relations: { network: true, invitedBy: true },
    });
    const link = `${this.config.server.publicUrl}/invitations/${token}`;
    const catalogue = MESSAGES[invitation.locale];
    const message = catalogue.invitation({
      network: invitation.network!.name,
      inviter: invitation.invitedBy?.displayName ?? 'Praxis',
      role: catalogue.roles[invitation.role],
      link,
      days: INVITATION_TTL_DAYS,
    });
    let sendError: string | null = null;
    try {
      await this.mail.send({ to: invitation.email, ...message });
    } catch (error) {
      sendError = `The e-mail could not be sent: ${(error as Error).message}`.slice(0, 500);
      this.logger.warn({ invitationId }, sendError);
    }
    await this.invitations.update(
      { id: invitation.id },
      { lastSentAt: sendError ? invitation.lastSentAt : new Date(), sendError },
    );
    const saved = await this.invitations.findOneOrFail({
      where: { id: invitation.id },
      relations: { invitedBy: true },
    });
    // Without SMTP (or when sending failed) the convener passes the link on by hand.
    return invitationBody(saved, this.mail.smtpConfigured && !sendError ? undefined : link);
  }

  private async find(networkId: string, invitationId: string): Promise<Invitation> {
    const invitation = await this.invitations.findOne({
      where: { id: invitationId, networkId },
      relations: { invitedBy: true },
    });
    if (!invitation) throw ApiException.notFound('The invitation');
    return invitation;
  }

  private assertStillOpen(invitation: Invitation): void {
    const state = stateOf(invitation);
    if (state === 'accepted')
      throw new ApiException(
        409,
        ErrorCode.invitationUsed,
        'This invitation was already accepted.',
      );
    if (state === 'revoked')
      throw new ApiException(409, ErrorCode.invitationRevoked, 'This invitation was revoked.');
  }

  /** The invitation behind a link, if it can still be accepted; otherwise an error saying why not. */
  private async findUsable(
    token: string,
    repository = this.invitations,
    lock = false,
  ): Promise<Invitation> {
    const invalid = new ApiException(
      404,
      ErrorCode.invitationInvalid,
      'This invitation link is not valid.',
    );
    if (!this.tokens.looksValid(token)) throw invalid;
    const found = await repository.findOne({
      where: { tokenHash: this.tokens.hash(token) },
      ...(lock ? { lock: { mode: 'pessimistic_write' as const, tables: ['invitations'] } } : {}),
    });
    if (!found) throw invalid;
    const invitation = await repository.findOneOrFail({
      where: { id: found.id },
      relations: { network: true, delegation: true },
    });
    switch (stateOf(invitation)) {
      case 'pending':
        return invitation;
      case 'accepted':
        throw new ApiException(410, ErrorCode.invitationUsed, 'This invitation was already used.');
      case 'revoked':
        throw new ApiException(
          410,
          ErrorCode.invitationRevoked,
          'This invitation was withdrawn by the network’s conveners.',
        );
      case 'expired':
        throw new ApiException(
          410,
          ErrorCode.invitationExpired,
          'This invitation has expired. Ask a convener to send a new one.',
        );
    }
  }
}
