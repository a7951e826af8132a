import { SetMetadata } from '@nestjs/common';
import type { Permission } from '@praxis/contracts';

/**
 * What a route requires of its caller; every route declares one (the guard denies routes without).
 * Network rules resolve the caller's role from their membership in the network named by a route
 * parameter, never from the request body.
 */
export type AccessRule =
  | { kind: 'public' }
  | { kind: 'signedIn' }
  | { kind: 'admin' }
  | {
      kind: 'network';
      permission: Permission;
      scope: ScopeKind;
      param: string;
      allowPublic: boolean;
      /** A personal calendar-feed token in `?token=` may stand in for the session cookie. */
      feedToken: boolean;
    };

/** How a route parameter leads to the network it belongs to. */
export type ScopeKind = 'network' | 'session';

export const ACCESS_KEY = 'praxis:access';

const rule = (value: AccessRule) => SetMetadata(ACCESS_KEY, value);

export const Access = {
  /** Anyone, signed in or not. */
  public: () => rule({ kind: 'public' }),
  /** Any signed-in person. */
  signedIn: () => rule({ kind: 'signedIn' }),
  /** Installation administrators only. */
  admin: () => rule({ kind: 'admin' }),
  /**
   * A permission of the roles table in the network of `:networkId` (or `param`). With `allowPublic`,
   * anyone may also call it when the network is public.
   */
  network: (
    permission: Permission,
    options: { param?: string; allowPublic?: boolean; feedToken?: boolean } = {},
  ) =>
    rule({
      kind: 'network',
      permission,
      scope: 'network',
      param: options.param ?? 'networkId',
      allowPublic: options.allowPublic ?? false,
      feedToken: options.feedToken ?? false,
    }),
  /** A permission in the network of the session named by `:sessionId`. */
  session: (permission: Permission) =>
    rule({
      kind: 'network',
      permission,
      scope: 'session',
      param: 'sessionId',
      allowPublic: false,
      feedToken: false,
    }),
};
