import { type DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, DiscoveryModule } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { LoggerModule } from 'nestjs-pino';
import { AccountsModule } from './accounts/accounts.module';
import { AuthModule } from './auth/auth.module';
import { CalendarModule } from './calendar/calendar.module';
import { AccessModule } from './access/access.module';
import { HttpExceptionFilter } from './common/http-exception.filter';
import { AppConfig } from './config/app-config';
import type { DatabaseTarget } from './database/database-handle';
import { DatabaseModule } from './database/database.module';
import { dataSourceOptions } from './database/data-source';
import { DemoModule } from './database/demo/demo.module';
import { HealthModule } from './health/health.module';
import { InvitationsModule } from './invitations/invitations.module';
import { LiveModule } from './live/live.module';
import { LiveKitModule } from './livekit/livekit.module';
import { MailModule } from './mail/mail.module';
import { NetworksModule } from './networks/networks.module';
import { NotesModule } from './notes/notes.module';
import { ProceedingsModule } from './proceedings/proceedings.module';
import { RedisModule } from './redis/redis.module';
import { RemindersModule } from './reminders/reminders.module';
import { SessionsModule } from './sessions/sessions.module';
import { UsersModule } from './users/users.module';
import { loggerOptions } from './logging';

@Module({})
export class AppModule {
  static forRoot(config: AppConfig, database: DatabaseTarget): DynamicModule {
    return {
      module: AppModule,
      imports: [
        {
          module: ConfigHolder,
          global: true,
          providers: [{ provide: AppConfig, useValue: config }],
          exports: [AppConfig],
        },
        LoggerModule.forRoot(loggerOptions(config)),
        TypeOrmModule.forRoot(dataSourceOptions(database.url, database.embedded)),
        DatabaseModule.forRoot(database),
        DiscoveryModule,
        RedisModule,
        AccessModule,
        MailModule,
        AuthModule,
        AccountsModule,
        UsersModule,
        NetworksModule,
        InvitationsModule,
        NotesModule,
        SessionsModule,
        ProceedingsModule,
        CalendarModule,
        RemindersModule,
        LiveKitModule,
        LiveModule,
        HealthModule,
        DemoModule,
      ],
      providers: [{ provide: APP_FILTER, useClass: HttpExceptionFilter }],
    };
  }
}

@Module({})
class ConfigHolder {}
