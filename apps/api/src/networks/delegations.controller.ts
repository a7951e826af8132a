import { Controller, Get, HttpCode, Param, Patch, Post, Req } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  createDelegationSchema,
  type Delegation,
  type DelegationList,
  updateDelegationSchema,
  type UpdateDelegationRequest,
} from '@praxis/contracts';
import type { Request } from 'express';
import { z } from 'zod';
import { Access } from '../access/access.decorator';
import { uuidParam } from '../common/uuid';
import { ZodBody, ZodQuery } from '../common/zod-body';
import { DelegationsService } from './delegations.service';

const listQuery = z.strictObject({ includeRetired: z.enum(['true', 'false']).default('false') });

@ApiTags('delegations')
@Controller('networks/:networkId/delegations')
export class DelegationsController {
  constructor(private readonly delegations: DelegationsService) {}

  @Get()
  @Access.network('network.view', { allowPublic: true })
  list(
    @ZodQuery(listQuery) query: z.infer<typeof listQuery>,
    @Req() request: Request,
  ): Promise<DelegationList> {
    return this.delegations.list(request.access!.networkId, query.includeRetired === 'true');
  }

  @Post()
  @HttpCode(201)
  @Access.network('delegations.manage')
  create(
    @ZodBody(createDelegationSchema) body: z.output<typeof createDelegationSchema>,
    @Req() request: Request,
  ): Promise<Delegation> {
    return this.delegations.create(request.access!.networkId, body);
  }

  @Patch(':delegationId')
  @Access.network('delegations.manage')
  update(
    @Param('delegationId', uuidParam('The delegation')) delegationId: string,
    @ZodBody(updateDelegationSchema) body: UpdateDelegationRequest,
    @Req() request: Request,
  ): Promise<Delegation> {
    return this.delegations.update(request.access!.networkId, delegationId, body);
  }
}
