import { useTranslation } from 'react-i18next';
import { useNotesStrings } from '../../i18n/notesStrings';
import { NotesPanel, type NotesPanelProps } from './NotesPanel';

/** The notes section of the session page (its own chunk, with the notes' strings). */
export function SessionNotesSection(props: NotesPanelProps) {
  useNotesStrings();
  const { t } = useTranslation();
  return (
    <section className="stack section notes-section" aria-labelledby="notes-title">
      <h2 id="notes-title">{t('notes.title')}</h2>
      <p className="muted notes-intro">{t('notes.intro')}</p>
      <NotesPanel {...props} />
    </section>
  );
}
