import { Controller, Get, Param, ParseUUIDPipe, Req } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Network, NetworkList } from '@praxis/contracts';
import type { Request } from 'express';
import { Access } from '../common/access';
import { ApiException } from '../common/api-exception';
import { NetworksService } from './networks.service';

const networkId = new ParseUUIDPipe({ exceptionFactory: () => ApiException.notFound('The network') });

@ApiTags('networks')
@Controller('networks')
export class NetworksController {
  constructor(private readonly networks: NetworksService) {}

  @Get()
  @Access.signedIn()
  list(@Req() request: Request): Promise<NetworkList> {
    return this.networks.listFor(request.viewer!.user);
  }

  @Get(':networkId')
  @Access.public()
  get(@Param('networkId', networkId) id: string, @Req() request: Request): Promise<Network> {
    return this.networks.getFor(id, request.viewer?.user);
  }
}
