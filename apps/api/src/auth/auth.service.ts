import { Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { ErrorCode, type LoginRequest, type MeResponse } from '@praxis/contracts';
import { Repository } from 'typeorm';
import { ApiException } from '../common/api-exception';
import { Membership } from '../networks/entities/membership.entity';
import { AuthSessionsService } from './auth-sessions.service';
import { User } from './entities/user.entity';
import { LoginThrottle } from './login-throttle';
import { verifyAgainstNobody, verifyPassword } from './passwords';

@Injectable()
export class AuthService {
  private readonly logger = new Logger('Auth');

  constructor(
    @InjectRepository(User) private readonly users: Repository<User>,
    @InjectRepository(Membership) private readonly memberships: Repository<Membership>,
    private readonly sessions: AuthSessionsService,
    private readonly throttle: LoginThrottle,
  ) {}

  /** Checks the credentials and starts a session; the same 401 whether the e-mail or the password is wrong. */
  async login(credentials: LoginRequest, address: string): Promise<{ user: User; token: string }> {
    const email = credentials.email.trim().toLowerCase();
    await this.throttle.assertAllowed(address, email);
    const user = await this.users.findOneBy({ email });
    const valid = user
      ? await verifyPassword(user.passwordHash, credentials.password)
      : await verifyAgainstNobody(credentials.password);
    if (!user || !valid || user.disabledAt) {
      await this.throttle.recordFailure(address, email);
      this.logger.warn({ event: 'login_failed', address }, 'Failed sign-in attempt');
      throw new ApiException(
        401,
        ErrorCode.invalidCredentials,
        'The e-mail address or password is not correct.',
      );
    }
    await this.throttle.recordSuccess(address, email);
    return { user, token: await this.sessions.start(user.id) };
  }

  async describe(user: User): Promise<MeResponse> {
    const memberships = await this.memberships.find({
      where: { userId: user.id },
      relations: { network: true },
      order: { createdAt: 'ASC' },
    });
    return {
      id: user.id,
      email: user.email,
      displayName: user.displayName,
      locale: user.locale,
      timeZone: user.timeZone,
      isAdmin: user.isAdmin,
      memberships: memberships.map((m) => ({
        networkId: m.networkId,
        networkName: m.network!.name,
        networkSlug: m.network!.slug,
        role: m.role,
        delegationId: m.delegationId,
      })),
    };
  }
}
