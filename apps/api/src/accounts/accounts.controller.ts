import { Controller, HttpCode, Param, Patch, Post, Req, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  type ChangePasswordRequest,
  changePasswordSchema,
  type MeResponse,
  requestPasswordResetSchema,
  type RequestPasswordResetRequest,
  resetPasswordSchema,
  type ResetPasswordRequest,
  updateProfileSchema,
  type UpdateProfileRequest,
} from '@praxis/contracts';
import type { Request, Response } from 'express';
import { Access } from '../access/access.decorator';
import { AuthService } from '../auth/auth.service';
import { setSessionCookie } from '../auth/session-cookie';
import { ZodBody } from '../common/zod-body';
import { AppConfig } from '../config/app-config';
import { AccountsService } from './accounts.service';

@ApiTags('account')
@Controller()
export class AccountsController {
  constructor(
    private readonly accounts: AccountsService,
    private readonly auth: AuthService,
    private readonly config: AppConfig,
  ) {}

  @Patch('account')
  @Access.signedIn()
  async updateProfile(
    @ZodBody(updateProfileSchema) body: UpdateProfileRequest,
    @Req() request: Request,
  ): Promise<MeResponse> {
    return this.auth.describe(await this.accounts.updateProfile(request.viewer!.user, body));
  }

  /** Ends every session of the person (other devices are signed out) and renews the caller's. */
  @Post('account/password')
  @HttpCode(204)
  @Access.signedIn()
  async changePassword(
    @ZodBody(changePasswordSchema) body: ChangePasswordRequest,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<void> {
    const token = await this.accounts.changePassword(request.viewer!.user, body);
    setSessionCookie(response, this.config, token);
  }

  @Post('auth/password-reset')
  @HttpCode(202)
  @Access.public()
  async requestReset(
    @ZodBody(requestPasswordResetSchema) body: RequestPasswordResetRequest,
    @Req() request: Request,
  ): Promise<void> {
    await this.accounts.requestReset(body.email, request.ip ?? 'unknown');
  }

  @Post('auth/password-reset/:token')
  @HttpCode(204)
  @Access.public()
  reset(
    @Param('token') token: string,
    @ZodBody(resetPasswordSchema) body: ResetPasswordRequest,
  ): Promise<void> {
    return this.accounts.reset(token, body.password);
  }
}
