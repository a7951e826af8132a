import { type CanActivate, type ExecutionContext, Injectable, Logger } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { NetworkStanding, Permission } from '@praxis/contracts';
import type { Request } from 'express';
import { isUuid } from '../common/uuid';
import { ApiException } from '../common/api-exception';
import { ACCESS_KEY, type AccessRule } from './access.decorator';
import { AccessPolicy } from './access-policy.service';

/**
 * Enforces each route's declared rule. Outcomes: anonymous → 401; signed in but not in a members-only
 * network (or removed from it) → 404, so network ids cannot be probed; in the network without the
 * permission → 403.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  private readonly logger = new Logger('AccessGuard');

  constructor(
    private readonly reflector: Reflector,
    private readonly policy: AccessPolicy,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    const rule = this.reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_KEY, [
      context.getHandler(),
      context.getClass(),
    ]);
    const request = context.switchToHttp().getRequest<Request>();
    const user = request.viewer?.user;
    if (!rule) {
      this.logger.error(`Route ${request.method} ${request.path} declares no access rule; denied.`);
      throw ApiException.forbidden();
    }
    switch (rule.kind) {
      case 'public':
        return true;
      case 'signedIn':
        if (!user) throw ApiException.unauthenticated();
        return true;
      case 'admin':
        if (!user) throw ApiException.unauthenticated();
        if (!user.isAdmin) throw ApiException.forbidden('Only administrators may do this.');
        return true;
      case 'network': {
        const id = request.params[rule.param];
        const network =
          typeof id === 'string' && isUuid(id) ? await this.policy.networkOf(rule.scope, id) : null;
        const what = rule.scope === 'session' ? 'The session' : 'The network';
        const token = rule.feedToken ? request.query.token : undefined;
        if (!user && typeof token === 'string') {
          const owner = network ? await this.policy.feedTokenOwner(token, network.id) : undefined;
          if (!owner) throw ApiException.unauthenticated();
          return this.admit(
            request,
            network!.id,
            await this.policy.standing(owner, network!.id),
            rule.permission,
          );
        }
        if (!network) throw user ? ApiException.notFound(what) : ApiException.unauthenticated();
        const standing = await this.policy.standing(user, network.id);
        request.access = { networkId: network.id, standing };
        if (this.policy.allows(standing, rule.permission)) return true;
        if (rule.allowPublic && network.visibility === 'public') return true;
        if (!user) throw ApiException.unauthenticated();
        if (standing === null) throw ApiException.notFound(what);
        throw ApiException.forbidden();
      }
    }
  }

  private admit(
    request: Request,
    networkId: string,
    standing: NetworkStanding,
    permission: Permission,
  ): boolean {
    if (!this.policy.allows(standing, permission)) throw ApiException.unauthenticated();
    request.access = { networkId, standing };
    return true;
  }
}
