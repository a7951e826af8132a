import { type MiddlewareConsumer, Module, type NestModule } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Membership } from '../networks/entities/membership.entity';
import { AuthSessionsService } from './auth-sessions.service';
import { AuthController } from './auth.controller';
import { AuthService } from './auth.service';
import { AuthSession } from './entities/auth-session.entity';
import { User } from './entities/user.entity';
import { LoginThrottle } from './login-throttle';
import { SecretTokens } from './secret-tokens';
import { ViewerMiddleware } from './viewer.middleware';

@Module({
  imports: [TypeOrmModule.forFeature([User, AuthSession, Membership])],
  controllers: [AuthController],
  providers: [AuthService, AuthSessionsService, LoginThrottle, SecretTokens],
  exports: [AuthService, AuthSessionsService, SecretTokens],
})
export class AuthModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(ViewerMiddleware).forRoutes('*path');
  }
}
