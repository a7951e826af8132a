import { Controller, Get, HttpCode, Patch, Post, Req } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  createNetworkSchema,
  type Network,
  type NetworkList,
  updateNetworkSchema,
  type UpdateNetworkRequest,
} from '@praxis/contracts';
import type { Request } from 'express';
import type { z } from 'zod';
import { Access } from '../access/access.decorator';
import { ZodBody } from '../common/zod-body';
import { NetworksService } from './networks.service';

@ApiTags('networks')
@Controller('networks')
export class NetworksController {
  constructor(private readonly networks: NetworksService) {}

  @Get()
  @Access.signedIn()
  list(@Req() request: Request): Promise<NetworkList> {
    return this.networks.listFor(request.viewer!.user);
  }

  @Post()
  @HttpCode(201)
  @Access.admin()
  create(
    @ZodBody(createNetworkSchema) body: z.output<typeof createNetworkSchema>,
  ): Promise<Network> {
    return this.networks.create(body);
  }

  @Get(':networkId')
  @Access.network('network.view', { allowPublic: true })
  get(@Req() request: Request): Promise<Network> {
    return this.networks.get(request.access!.networkId, request.access!.standing);
  }

  @Patch(':networkId')
  @Access.network('network.manage')
  update(
    @ZodBody(updateNetworkSchema) body: UpdateNetworkRequest,
    @Req() request: Request,
  ): Promise<Network> {
    return this.networks.update(request.access!.networkId, body, request.access!.standing);
  }
}
