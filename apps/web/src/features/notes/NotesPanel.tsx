import { Component, lazy, Suspense, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useNotesStrings } from '../../i18n/notesStrings';
import { Spinner } from '../../ui/Spinner';
import { useWhenIdle } from '../../ui/useWhenIdle';
import { useMe } from '../auth/useMe';
import type { Delegation } from '@praxis/contracts';
import { useDelegations } from '../delegations/useDelegations';

const NO_DELEGATIONS: readonly Delegation[] = [];

// Tiptap, Yjs and the Hocuspocus provider load only when notes are shown (their own chunk), and only once
// the page around them is on screen.
const NotesEditor = lazy(async () => ({ default: (await import('./NotesEditor')).NotesEditor }));

export interface NotesPanelProps {
  sessionId: string;
  networkId: string;
  canWrite: boolean;
  onContentChange?: (hasNotes: boolean) => void;
}

/** The session's notes wherever they are shown (session page, live room): the editor, loaded on demand. */
export function NotesPanel({ sessionId, networkId, canWrite, onContentChange }: NotesPanelProps) {
  useNotesStrings();
  const { t } = useTranslation();
  const me = useMe();
  // For the `@` picker; without them the notes still work (mentions just offer nothing).
  const delegations = useDelegations(networkId);
  const idle = useWhenIdle();
  if (!me.data || !idle) return <Spinner label={t('notes.loading')} />;
  return (
    <NotesErrorBoundary fallback={<p className="alert">{t('notes.loadFailed')}</p>}>
      <Suspense fallback={<Spinner label={t('notes.loading')} />}>
        <NotesEditor
          sessionId={sessionId}
          viewerId={me.data.id}
          viewerName={me.data.displayName}
          canWrite={canWrite}
          delegations={delegations.data?.items ?? NO_DELEGATIONS}
          onContentChange={onContentChange}
        />
      </Suspense>
    </NotesErrorBoundary>
  );
}

/** A chunk that fails to load (a weak connection) costs the notes, not the whole page. */
class NotesErrorBoundary extends Component<
  { fallback: ReactNode; children: ReactNode },
  { failed: boolean }
> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override render() {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}
