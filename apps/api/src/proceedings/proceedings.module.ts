import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { NotesModule } from '../notes/notes.module';
import { ProceedingsPage } from './proceedings-page';
import { ArchiveService } from './archive.service';
import { ProceedingsContent } from './proceedings-content';
import { ProceedingsController } from './proceedings.controller';
import { ProceedingsService } from './proceedings.service';

@Module({
  imports: [NotesModule, AuthModule],
  controllers: [ProceedingsController],
  providers: [ProceedingsService, ProceedingsContent, ArchiveService, ProceedingsPage],
  exports: [ProceedingsService],
})
export class ProceedingsModule {}
