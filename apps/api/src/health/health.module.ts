import { Module } from '@nestjs/common';
import { LiveModule } from '../live/live.module';
import { NotesModule } from '../notes/notes.module';
import { HealthController } from './health.controller';
import { HealthService } from './health.service';

@Module({
  imports: [LiveModule, NotesModule],
  controllers: [HealthController],
  providers: [HealthService],
})
export class HealthModule {}
