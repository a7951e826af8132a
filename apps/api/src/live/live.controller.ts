import { Body, Controller, HttpCode, Param, Post, Req } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  type JoinResponse,
  type ModerationAction,
  moderationActionSchema,
} from '@praxis/contracts';
import type { Request } from 'express';
import { Access } from '../access/access.decorator';
import { ApiException } from '../common/api-exception';
import { ZodBody } from '../common/zod-body';
import { LiveKitService } from '../livekit/livekit.service';
import { AttendanceService } from './attendance.service';
import { LiveVideoService } from './live-video.service';
import { LiveWebhookService } from './live-webhook.service';

@ApiTags('live')
@Controller()
export class LiveController {
  constructor(
    private readonly video: LiveVideoService,
    private readonly webhooks: LiveWebhookService,
    private readonly livekit: LiveKitService,
    private readonly attendance: AttendanceService,
  ) {}

  /** A LiveKit token for the session's room, with grants that follow the caller's role. */
  @Post('sessions/:sessionId/join')
  @HttpCode(200)
  @Access.session('live.participate')
  join(@Param('sessionId') sessionId: string, @Req() request: Request): Promise<JoinResponse> {
    return this.video.join(request.viewer!.user, sessionId);
  }

  /** Convener controls: mute, remove, let present, stop presenting. Each is recorded. */
  @Post('sessions/:sessionId/moderation')
  @HttpCode(200)
  @Access.session('live.moderate')
  moderate(
    @Param('sessionId') sessionId: string,
    @ZodBody(moderationActionSchema) body: ModerationAction,
    @Req() request: Request,
  ) {
    return this.video.moderate(request.viewer!.user, sessionId, body);
  }

  /** Ends the video room for everyone and closes the open attendance. */
  @Post('sessions/:sessionId/end-video')
  @HttpCode(200)
  @Access.session('live.moderate')
  async endVideo(@Param('sessionId') sessionId: string, @Req() request: Request) {
    const appliedToVideo = await this.video.endForAll(request.viewer!.user, sessionId);
    await this.webhooks.reconcile(sessionId);
    await this.attendance.closeAll(sessionId, new Date(), 'video');
    return { appliedToVideo };
  }

  /** LiveKit's signed webhooks (attendance). The raw body is verified by the SDK's receiver. */
  @Post('livekit/webhook')
  @HttpCode(200)
  @Access.public()
  async webhook(@Body() rawBody: unknown, @Req() request: Request): Promise<{ handled: boolean }> {
    if (!this.livekit.configured)
      throw new ApiException(404, 'not_found', 'LiveKit is not configured here.');
    if (typeof rawBody !== 'string')
      throw new ApiException(
        400,
        'validation_failed',
        'The webhook body must be LiveKit’s signed JSON.',
      );
    return { handled: await this.webhooks.handle(rawBody, request.headers.authorization) };
  }
}
