import { Controller, Get, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { HealthResponse, ServerLoad } from '@praxis/contracts';
import type { Response } from 'express';
import { Access } from '../access/access.decorator';
import { LiveGateway } from '../live/live.gateway';
import { NotesServer } from '../notes/notes-server';
import { HealthService } from './health.service';

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthService,
    private readonly live: LiveGateway,
    private readonly notes: NotesServer,
  ) {}

  /** 200 while the process can serve (even with Redis or LiveKit down); 503 only without the database. */
  @Get()
  @Access.public()
  async get(@Res({ passthrough: true }) response: Response): Promise<HealthResponse> {
    const health = await this.health.check();
    response.status(health.parts.database === 'down' ? 503 : 200).set('Cache-Control', 'no-store');
    return health;
  }

  /** What this instance holds open: live-room and notes connections, notes documents, memory. */
  @Get('load')
  @Access.admin()
  load(@Res({ passthrough: true }) response: Response): ServerLoad {
    response.set('Cache-Control', 'no-store');
    const memory = process.memoryUsage();
    return {
      liveConnections: this.live.connectionCount,
      notesConnections: this.notes.hocuspocus.getConnectionsCount(),
      notesDocuments: this.notes.hocuspocus.getDocumentsCount(),
      rssBytes: memory.rss,
      heapUsedBytes: memory.heapUsed,
    };
  }
}
