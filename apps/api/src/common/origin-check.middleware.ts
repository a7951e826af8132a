import { ErrorCode } from '@praxis/contracts';
import type { NextFunction, Request, Response } from 'express';
import type { AllowedOrigins } from '../config/allowed-origins';
import { ApiException } from './api-exception';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Cross-site request forgery guard: a state-changing request that carries an Origin header must come from
 * one of the configured public origins. Requests without Origin (non-browser clients) rely on the cookie.
 */
export function originCheck(allowed: AllowedOrigins) {
  return (request: Request, _response: Response, next: NextFunction): void => {
    const origin = request.headers.origin;
    if (SAFE_METHODS.has(request.method) || isAllowedOrigin(origin, allowed)) return next();
    next(
      new ApiException(
        403,
        ErrorCode.forbiddenOrigin,
        'This request came from a site that may not act on Praxis.',
      ),
    );
  };
}

/** The same rule for WebSocket handshakes: no Origin (a non-browser client), or an allowed one. */
export function isAllowedOrigin(origin: string | undefined, allowed: AllowedOrigins): boolean {
  return origin === undefined || allowed.has(origin);
}
