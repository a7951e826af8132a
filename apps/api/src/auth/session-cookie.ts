import { SESSION_COOKIE, SESSION_COOKIE_SECURE } from '@praxis/contracts';
import { parse as parseCookies } from 'cookie';
import type { CookieOptions, Request, Response } from 'express';
import type { AppConfig } from '../config/app-config';

export function sessionCookieName(config: AppConfig): string {
  return config.auth.secureCookie ? SESSION_COOKIE_SECURE : SESSION_COOKIE;
}

function cookieOptions(config: AppConfig): CookieOptions {
  return { httpOnly: true, sameSite: 'lax', secure: config.auth.secureCookie, path: '/' };
}

export function setSessionCookie(response: Response, config: AppConfig, token: string): void {
  response.cookie(sessionCookieName(config), token, {
    ...cookieOptions(config),
    maxAge: config.auth.sessionTtlHours * 3_600_000,
  });
}

export function clearSessionCookie(response: Response, config: AppConfig): void {
  response.clearCookie(sessionCookieName(config), cookieOptions(config));
}

export function readSessionToken(request: Request, config: AppConfig): string | undefined {
  return plausibleToken(request.cookies?.[sessionCookieName(config)]);
}

/** The session token in a raw Cookie header: WebSocket upgrades, which cookie-parser never sees. */
export function sessionTokenFromHeader(
  cookieHeader: string | null | undefined,
  config: AppConfig,
): string | undefined {
  return plausibleToken(parseCookies(cookieHeader ?? '')[sessionCookieName(config)]);
}

function plausibleToken(value: unknown): string | undefined {
  return typeof value === 'string' && value.length > 0 && value.length < 200 ? value : undefined;
}
