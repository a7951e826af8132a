import { Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuthModule } from '../auth/auth.module';
import { CalendarToken } from '../calendar/calendar-token.entity';
import { Membership } from '../networks/entities/membership.entity';
import { Network } from '../networks/entities/network.entity';
import { AccessGuard } from './access.guard';
import { AccessPolicy } from './access-policy.service';

@Global()
@Module({
  imports: [TypeOrmModule.forFeature([Membership, Network, CalendarToken]), AuthModule],
  providers: [AccessPolicy, { provide: APP_GUARD, useClass: AccessGuard }],
  exports: [AccessPolicy],
})
export class AccessModule {}
