import { Injectable, type NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { AuthSessionsService } from './auth-sessions.service';

/** Resolves the session cookie to `request.viewer` on every API request. */
@Injectable()
export class ViewerMiddleware implements NestMiddleware {
  constructor(private readonly sessions: AuthSessionsService) {}

  async use(request: Request, _response: Response, next: NextFunction): Promise<void> {
    request.viewer = await this.sessions.viewerOf(request);
    next();
  }
}
