import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuthModule } from '../auth/auth.module';
import { Delegation } from '../networks/entities/delegation.entity';
import { Membership } from '../networks/entities/membership.entity';
import { NotesModule } from '../notes/notes.module';
import { AgendaService } from './agenda.service';
import { AgendaItem } from './entities/agenda-item.entity';
import { SessionChange } from './entities/session-change.entity';
import { Session } from './entities/session.entity';
import { SessionNotices } from './session-notices';
import { SessionPagePreloads } from './session-page-preloads';
import { NetworkSessionsController, SessionsController } from './sessions.controller';
import { SessionsService } from './sessions.service';

@Module({
  imports: [
    TypeOrmModule.forFeature([Session, AgendaItem, SessionChange, Membership, Delegation]),
    NotesModule,
    AuthModule,
  ],
  controllers: [NetworkSessionsController, SessionsController],
  providers: [SessionsService, AgendaService, SessionNotices, SessionPagePreloads],
  exports: [SessionsService, SessionNotices, SessionPagePreloads],
})
export class SessionsModule {}
