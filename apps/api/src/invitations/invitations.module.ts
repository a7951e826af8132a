import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuthModule } from '../auth/auth.module';
import { User } from '../auth/entities/user.entity';
import { Membership } from '../networks/entities/membership.entity';
import { NetworksModule } from '../networks/networks.module';
import { Invitation } from './entities/invitation.entity';
import { InvitationLinksController, NetworkInvitationsController } from './invitations.controller';
import { InvitationsService } from './invitations.service';

@Module({
  imports: [TypeOrmModule.forFeature([Invitation, User, Membership]), AuthModule, NetworksModule],
  controllers: [NetworkInvitationsController, InvitationLinksController],
  providers: [InvitationsService],
})
export class InvitationsModule {}
