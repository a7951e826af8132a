import { Body, Controller, Get, HttpCode, Param, Post, Req, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  type AcceptInvitationRequest,
  acceptInvitationSchema,
  type AcceptInvitationResponse,
  createInvitationSchema,
  type Invitation,
  type InvitationList,
  type InvitationPreview,
} from '@praxis/contracts';
import type { Request, Response } from 'express';
import type { z } from 'zod';
import { Access } from '../access/access.decorator';
import { setSessionCookie } from '../auth/session-cookie';
import { uuidParam } from '../common/uuid';
import { ZodBody, ZodValidationPipe } from '../common/zod-body';
import { AppConfig } from '../config/app-config';
import { InvitationsService } from './invitations.service';

@ApiTags('invitations')
@Controller('networks/:networkId/invitations')
export class NetworkInvitationsController {
  constructor(private readonly invitations: InvitationsService) {}

  @Get()
  @Access.network('invitations.manage')
  list(@Req() request: Request): Promise<InvitationList> {
    return this.invitations.list(request.access!.networkId);
  }

  @Post()
  @HttpCode(201)
  @Access.network('invitations.manage')
  create(
    @ZodBody(createInvitationSchema) body: z.output<typeof createInvitationSchema>,
    @Req() request: Request,
  ): Promise<Invitation> {
    return this.invitations.create(request.access!.networkId, request.viewer!.user, body);
  }

  @Post(':invitationId/resend')
  @HttpCode(200)
  @Access.network('invitations.manage')
  resend(
    @Param('invitationId', uuidParam('The invitation')) id: string,
    @Req() request: Request,
  ): Promise<Invitation> {
    return this.invitations.resend(request.access!.networkId, id, request.viewer!.user);
  }

  @Post(':invitationId/revoke')
  @HttpCode(200)
  @Access.network('invitations.manage')
  revoke(
    @Param('invitationId', uuidParam('The invitation')) id: string,
    @Req() request: Request,
  ): Promise<Invitation> {
    return this.invitations.revoke(request.access!.networkId, id);
  }
}

const acceptBody = new ZodValidationPipe(acceptInvitationSchema.partial());

@ApiTags('invitations')
@Controller('invitations/:token')
export class InvitationLinksController {
  constructor(
    private readonly invitations: InvitationsService,
    private readonly config: AppConfig,
  ) {}

  @Get()
  @Access.public()
  preview(@Param('token') token: string): Promise<InvitationPreview> {
    return this.invitations.preview(token);
  }

  /** New people send `{displayName, password, locale, timeZone}`; an existing account sends `{}`. */
  @Post('accept')
  @HttpCode(200)
  @Access.public()
  async accept(
    @Param('token') token: string,
    @Body(acceptBody) body: Partial<AcceptInvitationRequest>,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<AcceptInvitationResponse> {
    const result = await this.invitations.accept(token, body, request.viewer?.user);
    if (result.sessionToken) setSessionCookie(response, this.config, result.sessionToken);
    return { networkId: result.networkId, signedIn: result.signedIn };
  }
}
