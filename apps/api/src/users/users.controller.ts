import { Controller, Get, Param, Patch, Req } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  type AdminUser,
  adminUserListQuerySchema,
  updateUserSchema,
  type UpdateUserRequest,
} from '@praxis/contracts';
import type { Request } from 'express';
import type { z } from 'zod';
import { Access } from '../access/access.decorator';
import { uuidParam } from '../common/uuid';
import { ZodBody, ZodQuery } from '../common/zod-body';
import { UsersService } from './users.service';

@ApiTags('admin')
@Controller('admin/users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Get()
  @Access.admin()
  list(@ZodQuery(adminUserListQuerySchema) query: z.output<typeof adminUserListQuerySchema>) {
    return this.users.list(query.q, query.page);
  }

  @Patch(':userId')
  @Access.admin()
  update(
    @Param('userId', uuidParam('The person')) userId: string,
    @ZodBody(updateUserSchema) body: UpdateUserRequest,
    @Req() request: Request,
  ): Promise<AdminUser> {
    return this.users.setDisabled(userId, body.disabled, request.viewer!.user);
  }
}
