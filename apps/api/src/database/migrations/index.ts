import { Identity1795450497779 } from './1795450497779-Identity';
import { InvitationsAndPasswordResets1795451214420 } from './1795451214420-InvitationsAndPasswordResets';
import { SessionsAgendasCalendarsReminders1795451626754 } from './1795451626754-SessionsAgendasCalendarsReminders';
import { LiveSessions1795451953749 } from './1795451953749-LiveSessions';
import { NotesAndProceedings1795459407419 } from './1795459407419-NotesAndProceedings';
import { OpenSessionsIndex1796437829277 } from './1796437829277-OpenSessionsIndex';

/** Every committed migration, oldest first (written by `nx run api:db-generate`). */
export const MIGRATIONS = [
  Identity1795450497779,
  InvitationsAndPasswordResets1795451214420,
  SessionsAgendasCalendarsReminders1795451626754,
  LiveSessions1795451953749,
  NotesAndProceedings1795459407419,
  OpenSessionsIndex1796437829277,
];
