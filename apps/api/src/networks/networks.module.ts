import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DelegationsController } from './delegations.controller';
import { DelegationsService } from './delegations.service';
import { Delegation } from './entities/delegation.entity';
import { Membership } from './entities/membership.entity';
import { Network } from './entities/network.entity';
import { MembersController } from './members.controller';
import { MembersService } from './members.service';
import { NetworksController } from './networks.controller';
import { NetworksService } from './networks.service';

@Module({
  imports: [TypeOrmModule.forFeature([Network, Delegation, Membership])],
  controllers: [NetworksController, DelegationsController, MembersController],
  providers: [NetworksService, DelegationsService, MembersService],
  exports: [DelegationsService, MembersService],
})
export class NetworksModule {}
