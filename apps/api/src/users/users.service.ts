import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { AdminUser } from '@praxis/contracts';
import { Repository } from 'typeorm';
import { AuthSessionsService } from '../auth/auth-sessions.service';
import { User } from '../auth/entities/user.entity';
import { ApiException } from '../common/api-exception';

export const USERS_PAGE_SIZE = 50;

@Injectable()
export class UsersService {
  constructor(
    @InjectRepository(User) private readonly users: Repository<User>,
    private readonly sessions: AuthSessionsService,
  ) {}

  async list(q: string | undefined, page: number) {
    const query = this.users
      .createQueryBuilder('user')
      .orderBy('user.display_name', 'ASC')
      .addOrderBy('user.id', 'ASC');
    if (q) {
      const pattern = `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      query.where('(user.email ILIKE :pattern OR user.display_name ILIKE :pattern)', { pattern });
    }
    const [rows, total] = await query
      .skip((page - 1) * USERS_PAGE_SIZE)
      .take(USERS_PAGE_SIZE)
      .getManyAndCount();
    return { items: rows.map(adminUserBody), total, page, pageSize: USERS_PAGE_SIZE };
  }

  /** Disabling takes effect at once: every session of the person ends. */
  async setDisabled(userId: string, disabled: boolean, by: User): Promise<AdminUser> {
    if (userId === by.id && disabled)
      throw ApiException.forbidden('You cannot disable your own account.');
    const user = await this.users.findOneBy({ id: userId });
    if (!user) throw ApiException.notFound('The person');
    user.disabledAt = disabled ? (user.disabledAt ?? new Date()) : null;
    await this.users.save(user);
    if (disabled) await this.sessions.endAllFor(user.id);
    return adminUserBody(user);
  }
}

function adminUserBody(user: User): AdminUser {
  return {
    id: user.id,
    email: user.email,
    displayName: user.displayName,
    isAdmin: user.isAdmin,
    disabled: user.disabledAt !== null,
    createdAt: user.createdAt.toISOString(),
  };
}
