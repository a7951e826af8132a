import {
  type CanActivate,
  type ExecutionContext,
  Injectable,
  Logger,
  SetMetadata,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import { ApiException } from './api-exception';

/**
 * What a route requires of its caller. Every route declares one (deny by default); the networks feature
 * adds the network-scoped permissions, resolved from the caller's membership.
 */
export type AccessRule = { kind: 'public' } | { kind: 'signedIn' };

export const ACCESS_KEY = 'praxis:access';

export const Access = {
  public: () => SetMetadata(ACCESS_KEY, { kind: 'public' } satisfies AccessRule),
  signedIn: () => SetMetadata(ACCESS_KEY, { kind: 'signedIn' } satisfies AccessRule),
};

export function accessRuleOf(reflector: Reflector, context: ExecutionContext): AccessRule | undefined {
  return reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_KEY, [context.getHandler(), context.getClass()]);
}

@Injectable()
export class AccessGuard implements CanActivate {
  private readonly logger = new Logger('AccessGuard');

  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    if (context.getType() !== 'http') return true;
    const rule = accessRuleOf(this.reflector, context);
    const request = context.switchToHttp().getRequest<Request>();
    if (!rule) {
      this.logger.error(`Route ${request.method} ${request.path} declares no access rule; denied.`);
      throw ApiException.forbidden();
    }
    switch (rule.kind) {
      case 'public':
        return true;
      case 'signedIn':
        if (!request.viewer) throw ApiException.unauthenticated();
        return true;
    }
  }
}
