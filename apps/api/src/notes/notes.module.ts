import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuthModule } from '../auth/auth.module';
import { LiveModule } from '../live/live.module';
import { Session } from '../sessions/entities/session.entity';
import { NotesAccess } from './notes-access';
import { NotesLog } from './notes-log';
import { NotesOutline } from './notes-outline.service';
import { NotesServer } from './notes-server';
import { NotesStore } from './notes-store.service';

@Module({
  imports: [TypeOrmModule.forFeature([Session]), AuthModule, LiveModule],
  providers: [NotesServer, NotesAccess, NotesLog, NotesStore, NotesOutline],
  exports: [NotesServer, NotesStore],
})
export class NotesModule {}
