import { Module } from '@nestjs/common';
import { ProceedingsModule } from '../../proceedings/proceedings.module';
import { DemoProceedingsSeeder } from './demo-proceedings-seeder';
import { DemoSeeder } from './demo-seeder';

@Module({
  imports: [ProceedingsModule],
  providers: [DemoSeeder, DemoProceedingsSeeder],
  exports: [DemoSeeder],
})
export class DemoModule {}
