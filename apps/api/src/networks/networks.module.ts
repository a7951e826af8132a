import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Delegation } from './entities/delegation.entity';
import { Membership } from './entities/membership.entity';
import { Network } from './entities/network.entity';
import { NetworksController } from './networks.controller';
import { NetworksService } from './networks.service';

@Module({
  imports: [TypeOrmModule.forFeature([Network, Delegation, Membership])],
  controllers: [NetworksController],
  providers: [NetworksService],
})
export class NetworksModule {}
