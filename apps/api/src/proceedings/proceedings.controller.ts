import { Controller, Get, Header, HttpCode, Param, Post, Query, Req, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  archiveQuerySchema,
  type ArchiveResult,
  type Proceedings,
  publishProceedingsSchema,
  type SessionProceedingsSummary,
} from '@praxis/contracts';
import type { Request, Response } from 'express';
import { z } from 'zod';
import { Access } from '../access/access.decorator';
import { ApiException } from '../common/api-exception';
import { isUuid } from '../common/uuid';
import { ZodBody, ZodQuery, ZodValidationPipe } from '../common/zod-body';
import { ArchiveService } from './archive.service';
import { ProceedingsService } from './proceedings.service';

const versionSchema = z.object({ version: z.coerce.number().int().min(1).max(100_000).optional() });

@ApiTags('proceedings')
@Controller()
export class ProceedingsController {
  constructor(
    private readonly proceedings: ProceedingsService,
    private readonly archive: ArchiveService,
  ) {}

  /** Publishes a new immutable version of the session's proceedings. */
  @Post('sessions/:sessionId/proceedings')
  @HttpCode(201)
  @Access.session('proceedings.publish')
  publish(
    @Param('sessionId') sessionId: string,
    @ZodBody(publishProceedingsSchema) body: z.output<typeof publishProceedingsSchema>,
    @Req() request: Request,
  ): Promise<Proceedings> {
    return this.proceedings.publish(sessionId, body.visibility, request.viewer!.user);
  }

  @Get('sessions/:sessionId/proceedings')
  @Access.session('sessions.view')
  forSession(
    @Param('sessionId') sessionId: string,
  ): Promise<{ items: SessionProceedingsSummary[] }> {
    return this.proceedings.forSession(sessionId);
  }

  /** The archive: full-text search and facets over the proceedings the caller may read. */
  @Get('proceedings')
  @Access.public()
  search(
    @ZodQuery(archiveQuerySchema) query: z.output<typeof archiveQuerySchema>,
    @Req() request: Request,
  ): Promise<ArchiveResult> {
    return this.archive.search(query, request.viewer?.user);
  }

  @Get('proceedings/:proceedingsId')
  @Access.public()
  get(
    @Param('proceedingsId') id: string,
    @Query() query: unknown,
    @Req() request: Request,
  ): Promise<Proceedings> {
    return this.proceedings.get(checkId(id), versionOf(query), request.viewer?.user);
  }

  @Get('proceedings/:proceedingsId/markdown')
  @Access.public()
  @Header('Content-Type', 'text/markdown; charset=utf-8')
  async markdown(
    @Param('proceedingsId') id: string,
    @Query() query: unknown,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<string> {
    const { filename, body } = await this.proceedings.markdown(
      checkId(id),
      versionOf(query),
      request.viewer?.user,
    );
    response.setHeader('Content-Disposition', `attachment; filename="${filename}"`);
    return body;
  }
}

function checkId(id: string): string {
  if (!isUuid(id)) throw ApiException.notFound('These proceedings');
  return id;
}

function versionOf(query: unknown): number | undefined {
  return new ZodValidationPipe(versionSchema).transform(query).version;
}
