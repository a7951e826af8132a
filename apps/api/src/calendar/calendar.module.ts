import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuthModule } from '../auth/auth.module';
import { Network } from '../networks/entities/network.entity';
import { AgendaItem } from '../sessions/entities/agenda-item.entity';
import { Session } from '../sessions/entities/session.entity';
import { CalendarToken } from './calendar-token.entity';
import { CalendarController } from './calendar.controller';
import { CalendarService } from './calendar.service';

@Module({
  imports: [TypeOrmModule.forFeature([Session, AgendaItem, Network, CalendarToken]), AuthModule],
  controllers: [CalendarController],
  providers: [CalendarService],
})
export class CalendarModule {}
