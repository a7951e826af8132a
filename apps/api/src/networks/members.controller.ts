import { Controller, Delete, Get, HttpCode, Param, Patch, Req } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  can,
  type Member,
  type MemberList,
  updateMemberSchema,
  type UpdateMemberRequest,
} from '@praxis/contracts';
import type { Request } from 'express';
import { Access } from '../access/access.decorator';
import { uuidParam } from '../common/uuid';
import { ZodBody } from '../common/zod-body';
import { MembersService } from './members.service';

@ApiTags('members')
@Controller('networks/:networkId/members')
export class MembersController {
  constructor(private readonly members: MembersService) {}

  @Get()
  @Access.network('members.view')
  list(@Req() request: Request): Promise<MemberList> {
    const { networkId, standing } = request.access!;
    return this.members.list(networkId, can(standing, 'members.viewEmails'));
  }

  @Patch(':userId')
  @Access.network('members.manage')
  update(
    @Param('userId', uuidParam('The member')) userId: string,
    @ZodBody(updateMemberSchema) body: UpdateMemberRequest,
    @Req() request: Request,
  ): Promise<Member> {
    return this.members.update(request.access!.networkId, userId, body, true);
  }

  @Delete(':userId')
  @HttpCode(204)
  @Access.network('members.manage')
  remove(
    @Param('userId', uuidParam('The member')) userId: string,
    @Req() request: Request,
  ): Promise<void> {
    return this.members.remove(request.access!.networkId, userId);
  }
}
