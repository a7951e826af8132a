import { Injectable, type NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { AppConfig } from '../config/app-config';
import { AuthSessionsService } from './auth-sessions.service';
import { readSessionToken } from './session-cookie';

/** Resolves the session cookie to `request.viewer` on every API request. */
@Injectable()
export class ViewerMiddleware implements NestMiddleware {
  constructor(
    private readonly sessions: AuthSessionsService,
    private readonly config: AppConfig,
  ) {}

  async use(request: Request, _response: Response, next: NextFunction): Promise<void> {
    const token = readSessionToken(request, this.config);
    if (token) request.viewer = await this.sessions.resolve(token);
    next();
  }
}
