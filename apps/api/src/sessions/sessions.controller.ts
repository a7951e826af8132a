import { Controller, Get, HttpCode, Param, Patch, Post, Put, Req } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  createSessionSchema,
  listSessionsQuerySchema,
  putAgendaSchema,
  type Session,
  type SessionList,
  type TopicSuggestions,
  updateSessionSchema,
} from '@praxis/contracts';
import type { Request } from 'express';
import type { z } from 'zod';
import { Access } from '../access/access.decorator';
import { ZodBody, ZodQuery } from '../common/zod-body';
import { AgendaService } from './agenda.service';
import { SessionsService } from './sessions.service';

@ApiTags('sessions')
@Controller('networks/:networkId')
export class NetworkSessionsController {
  constructor(private readonly sessions: SessionsService) {}

  @Get('sessions')
  @Access.network('sessions.view')
  list(
    @ZodQuery(listSessionsQuerySchema) query: z.output<typeof listSessionsQuerySchema>,
    @Req() request: Request,
  ): Promise<SessionList> {
    return this.sessions.list(request.access!.networkId, query);
  }

  @Post('sessions')
  @HttpCode(201)
  @Access.network('sessions.manage')
  create(
    @ZodBody(createSessionSchema) body: z.output<typeof createSessionSchema>,
    @Req() request: Request,
  ): Promise<Session> {
    return this.sessions.create(request.access!.networkId, body);
  }

  /** The network's topics so far, most used first: suggestions for the session form. */
  @Get('topics')
  @Access.network('sessions.view')
  topics(@Req() request: Request): Promise<TopicSuggestions> {
    return this.sessions.topics(request.access!.networkId);
  }
}

@ApiTags('sessions')
@Controller('sessions/:sessionId')
export class SessionsController {
  constructor(
    private readonly sessions: SessionsService,
    private readonly agenda: AgendaService,
  ) {}

  @Get()
  @Access.session('sessions.view')
  get(@Param('sessionId') sessionId: string): Promise<Session> {
    return this.sessions.get(sessionId);
  }

  @Patch()
  @Access.session('sessions.manage')
  update(
    @Param('sessionId') sessionId: string,
    @ZodBody(updateSessionSchema) body: z.output<typeof updateSessionSchema>,
    @Req() request: Request,
  ): Promise<Session> {
    return this.sessions.update(sessionId, body, request.viewer!.user);
  }

  /** Replaces the whole ordered agenda; all or nothing. */
  @Put('agenda')
  @Access.session('sessions.manage')
  replaceAgenda(
    @Param('sessionId') sessionId: string,
    @ZodBody(putAgendaSchema) body: z.output<typeof putAgendaSchema>,
  ): Promise<Session> {
    return this.agenda.replace(sessionId, body.items);
  }
}
