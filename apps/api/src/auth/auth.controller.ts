import { Controller, Get, HttpCode, Post, Req, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { type LoginRequest, loginRequestSchema, type MeResponse } from '@praxis/contracts';
import type { Request, Response } from 'express';
import { Access } from '../access/access.decorator';
import { ZodBody } from '../common/zod-body';
import { AppConfig } from '../config/app-config';
import { AuthSessionsService } from './auth-sessions.service';
import { AuthService } from './auth.service';
import { clearSessionCookie, setSessionCookie } from './session-cookie';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly sessions: AuthSessionsService,
    private readonly config: AppConfig,
  ) {}

  @Post('login')
  @HttpCode(200)
  @Access.public()
  async login(
    @ZodBody(loginRequestSchema) body: LoginRequest,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<MeResponse> {
    const { user, token } = await this.auth.login(body, request.ip ?? 'unknown');
    setSessionCookie(response, this.config, token);
    return this.auth.describe(user);
  }

  @Post('logout')
  @HttpCode(204)
  @Access.public()
  async logout(
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<void> {
    if (request.viewer) await this.sessions.end(request.viewer.sessionId);
    clearSessionCookie(response, this.config);
  }

  @Get('me')
  @Access.signedIn()
  me(@Req() request: Request): Promise<MeResponse> {
    return this.auth.describe(request.viewer!.user);
  }
}
