import { Controller, Delete, Get, Header, HttpCode, Param, Post, Req, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { CalendarFeed } from '@praxis/contracts';
import type { Request, Response } from 'express';
import { Access } from '../access/access.decorator';
import { CalendarService } from './calendar.service';

@ApiTags('calendar')
@Controller()
export class CalendarController {
  constructor(private readonly calendar: CalendarService) {}

  /** The network's sessions as iCalendar: readable with the session cookie or a personal `?token=`. */
  @Get('networks/:networkId/calendar.ics')
  @Access.network('sessions.view', { feedToken: true })
  async feed(@Req() request: Request, @Res() response: Response): Promise<void> {
    const body = await this.calendar.networkFeed(request.access!.networkId);
    response
      .type('text/calendar; charset=utf-8')
      .set('Cache-Control', 'private, no-cache')
      .send(body);
  }

  @Post('networks/:networkId/calendar-feed')
  @HttpCode(201)
  @Access.network('sessions.view')
  async issueFeed(@Req() request: Request): Promise<CalendarFeed> {
    return {
      url: await this.calendar.issueFeed(request.viewer!.user.id, request.access!.networkId),
    };
  }

  @Delete('networks/:networkId/calendar-feed')
  @HttpCode(204)
  @Access.network('sessions.view')
  revokeFeed(@Req() request: Request): Promise<void> {
    return this.calendar.revokeFeed(request.viewer!.user.id, request.access!.networkId);
  }

  @Get('sessions/:sessionId/calendar.ics')
  @Header('Cache-Control', 'private, no-cache')
  @Access.session('sessions.view')
  async sessionFile(
    @Param('sessionId') sessionId: string,
    @Res() response: Response,
  ): Promise<void> {
    const { filename, body } = await this.calendar.sessionFile(sessionId);
    response.type('text/calendar; charset=utf-8').attachment(filename).send(body);
  }
}
