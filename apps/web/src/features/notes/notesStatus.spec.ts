import { NOTES_CLOSE } from '@praxis/contracts';
import { createI18n } from '../../i18n/i18n';
import { addNotesStrings } from '../../i18n/notesStrings';
import {
  closeReasonOf,
  INITIAL_NOTES_STATUS,
  notesProblemText,
  notesStatus,
  notesStatusText,
  type NotesStatusInput,
} from './notesStatus';

const i18n = createI18n();
addNotesStrings(i18n);
void i18n.changeLanguage('en');
const t = i18n.t.bind(i18n);

/** A writer whose notes are synced and saved, on a device that keeps a copy. */
const saved: NotesStatusInput = {
  ...INITIAL_NOTES_STATUS,
  connection: 'connected',
  hasConnected: true,
  synced: true,
  keptOnDevice: true,
};

const sentence = (input: NotesStatusInput) => notesStatusText(t, notesStatus(input));

describe('notes status line', () => {
  it.each<[string, Partial<NotesStatusInput>, string]>([
    [
      'before the first connection',
      { connection: 'connecting', hasConnected: false, synced: false },
      'Connecting…',
    ],
    ['connected, first sync not finished', { synced: false, hasConnected: false }, 'Connecting…'],
    ['every update acknowledged', {}, 'All changes saved'],
    ['updates not yet acknowledged (not yet in the database)', { unsyncedChanges: 1 }, 'Saving…'],
    [
      'the socket dropped after having worked',
      { connection: 'disconnected', synced: false },
      'Reconnecting…',
    ],
    [
      'a new attempt under way',
      { connection: 'connecting', synced: false, unsyncedChanges: 3 },
      'Reconnecting…',
    ],
    [
      'the device is offline',
      { connection: 'disconnected', online: false, synced: false },
      'Offline — changes kept on this device',
    ],
    [
      'offline without a copy on the device',
      { connection: 'disconnected', online: false, keptOnDevice: false },
      'Offline — keep this page open: your changes are saved when the connection is back',
    ],
    ['an observer, connected', { readOnly: true }, 'Read only'],
    [
      'an observer, disconnected',
      { readOnly: true, connection: 'disconnected' },
      'Read only · Reconnecting…',
    ],
    [
      'an observer, offline',
      { readOnly: true, connection: 'disconnected', online: false },
      'Read only · Offline — showing the copy on this device',
    ],
    [
      'refused by the server',
      { refused: true, connection: 'disconnected' },
      'You cannot open these notes.',
    ],
  ])('%s', (_case, change, expected) => {
    expect(sentence({ ...saved, ...change })).toBe(expected);
  });

  it('lets writers edit offline and keeps observers and refused viewers out', () => {
    expect(notesStatus({ ...saved, connection: 'disconnected', online: false }).editable).toBe(
      true,
    );
    expect(notesStatus({ ...saved, readOnly: true }).editable).toBe(false);
    expect(notesStatus({ ...saved, refused: true }).editable).toBe(false);
  });

  it('names the reason the server closed the notes, by reason or by code', () => {
    expect(closeReasonOf({ code: 1000, reason: 'message-too-large' })).toBe('message-too-large');
    expect(closeReasonOf({ code: NOTES_CLOSE.documentFull.code })).toBe('document-full');
    expect(closeReasonOf({ code: 1006, reason: '' })).toBeNull();
    const status = notesStatus({ ...saved, synced: false, closeReason: 'notes-unavailable' });
    expect(notesStatusText(t, status)).toBe('Reconnecting…');
    expect(status.problem).toBe('notes-unavailable');
    expect(notesProblemText(t, 'message-too-large')).toBe(
      'Your last change is too large to save at once. Undo it, then paste the text in smaller parts.',
    );
  });

  it('has a sentence for every close reason in every language', () => {
    for (const locale of ['en', 'fr', 'pt', 'es']) {
      const translate = i18n.getFixedT(locale);
      for (const close of Object.values(NOTES_CLOSE)) {
        expect(translate(`notes.closed.${close.reason}`)).not.toContain('notes.closed');
      }
    }
  });
});
