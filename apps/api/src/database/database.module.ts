import { Global, Module } from '@nestjs/common';
import { PreparedStatements } from './prepared-statements';

/** What every feature module may use of the database besides TypeORM's repositories. */
@Global()
@Module({ providers: [PreparedStatements], exports: [PreparedStatements] })
export class DatabaseModule {}
