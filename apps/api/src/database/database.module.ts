import { type DynamicModule, Global, Module } from '@nestjs/common';
import { DatabaseTarget } from './database-handle';
import { PreparedStatements } from './prepared-statements';

/** What every feature module may use of the database besides TypeORM's repositories. */
@Global()
@Module({})
export class DatabaseModule {
  static forRoot(database: DatabaseTarget): DynamicModule {
    return {
      module: DatabaseModule,
      providers: [{ provide: DatabaseTarget, useValue: database }, PreparedStatements],
      exports: [PreparedStatements],
    };
  }
}
