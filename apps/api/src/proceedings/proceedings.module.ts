import { Module } from '@nestjs/common';
import { NotesModule } from '../notes/notes.module';
import { ArchiveService } from './archive.service';
import { ProceedingsContent } from './proceedings-content';
import { ProceedingsController } from './proceedings.controller';
import { ProceedingsService } from './proceedings.service';

@Module({
  imports: [NotesModule],
  controllers: [ProceedingsController],
  providers: [ProceedingsService, ProceedingsContent, ArchiveService],
  exports: [ProceedingsService],
})
export class ProceedingsModule {}
