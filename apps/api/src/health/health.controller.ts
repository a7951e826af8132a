import { Controller, Get, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { HealthResponse } from '@praxis/contracts';
import type { Response } from 'express';
import { Access } from '../access/access.decorator';
import { HealthService } from './health.service';

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(private readonly health: HealthService) {}

  /** 200 while the process can serve (even with Redis or LiveKit down); 503 only without the database. */
  @Get()
  @Access.public()
  async get(@Res({ passthrough: true }) response: Response): Promise<HealthResponse> {
    const health = await this.health.check();
    response.status(health.parts.database === 'down' ? 503 : 200).set('Cache-Control', 'no-store');
    return health;
  }
}
