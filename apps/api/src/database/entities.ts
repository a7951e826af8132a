import { PasswordReset } from '../accounts/entities/password-reset.entity';
import { CalendarToken } from '../calendar/calendar-token.entity';
import { Attendance } from '../live/entities/attendance.entity';
import { ChatMessage } from '../live/entities/chat-message.entity';
import { HandRaise } from '../live/entities/hand-raise.entity';
import { LiveKitEvent } from '../live/entities/livekit-event.entity';
import { LiveParticipant } from '../live/entities/live-participant.entity';
import { ModerationRecord } from '../live/entities/moderation-record.entity';
import { Question, QuestionVote } from '../live/entities/question.entity';
import { ReminderDelivery } from '../reminders/entities/reminder-delivery.entity';
import { AgendaItem } from '../sessions/entities/agenda-item.entity';
import { SessionChange } from '../sessions/entities/session-change.entity';
import { Session } from '../sessions/entities/session.entity';
import { AuthSession } from '../auth/entities/auth-session.entity';
import { User } from '../auth/entities/user.entity';
import { Invitation } from '../invitations/entities/invitation.entity';
import { Delegation } from '../networks/entities/delegation.entity';
import { Membership } from '../networks/entities/membership.entity';
import { Network } from '../networks/entities/network.entity';
import { NotesSnapshot } from '../notes/entities/notes-snapshot.entity';
import { NotesUpdate } from '../notes/entities/notes-update.entity';
import { Commitment } from '../proceedings/entities/commitment.entity';
import { ProceedingsVersion } from '../proceedings/entities/proceedings-version.entity';
import { Proceedings } from '../proceedings/entities/proceedings.entity';

/** Every entity the data source knows; a feature adds its own here. */
export const ENTITIES = [
  User,
  AuthSession,
  Network,
  Delegation,
  Membership,
  Invitation,
  PasswordReset,
  Session,
  AgendaItem,
  SessionChange,
  CalendarToken,
  ReminderDelivery,
  ChatMessage,
  Question,
  QuestionVote,
  HandRaise,
  Attendance,
  LiveParticipant,
  ModerationRecord,
  LiveKitEvent,
  NotesSnapshot,
  NotesUpdate,
  Proceedings,
  ProceedingsVersion,
  Commitment,
];
