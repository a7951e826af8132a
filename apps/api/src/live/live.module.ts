import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuthModule } from '../auth/auth.module';
import { Membership } from '../networks/entities/membership.entity';
import { AgendaItem } from '../sessions/entities/agenda-item.entity';
import { Session } from '../sessions/entities/session.entity';
import { AttendanceService } from './attendance.service';
import { ChatWriter } from './chat-writer';
import { Attendance } from './entities/attendance.entity';
import { ChatMessage } from './entities/chat-message.entity';
import { HandRaise } from './entities/hand-raise.entity';
import { LiveKitEvent } from './entities/livekit-event.entity';
import { LiveParticipant } from './entities/live-participant.entity';
import { ModerationRecord } from './entities/moderation-record.entity';
import { Question, QuestionVote } from './entities/question.entity';
import { LiveAccess } from './live-access';
import { LiveController } from './live.controller';
import { LiveGateway } from './live.gateway';
import { LiveStateService } from './live-state.service';
import { LiveVideoService } from './live-video.service';
import { LiveWebhookService } from './live-webhook.service';
import { VideoAccessSweep } from './video-access-sweep';

@Module({
  imports: [
    TypeOrmModule.forFeature([
      Session,
      AgendaItem,
      Membership,
      ChatMessage,
      Question,
      QuestionVote,
      HandRaise,
      Attendance,
      LiveParticipant,
      ModerationRecord,
      LiveKitEvent,
    ]),
    AuthModule,
  ],
  controllers: [LiveController],
  providers: [
    LiveGateway,
    LiveAccess,
    LiveStateService,
    ChatWriter,
    LiveVideoService,
    LiveWebhookService,
    AttendanceService,
    VideoAccessSweep,
  ],
  exports: [AttendanceService, LiveAccess, LiveGateway],
})
export class LiveModule {}
