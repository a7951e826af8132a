import { flagOf, type Delegation } from '@praxis/contracts';
import { notesExtensions, type NotesNode } from '@praxis/notes-schema';
import Collaboration from '@tiptap/extension-collaboration';
import CollaborationCaret from '@tiptap/extension-collaboration-caret';
import { EditorContent, useEditor } from '@tiptap/react';
import { useEffect, useId, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { useCountryName, useLocale, intlLocale } from '../../i18n/format';
import { Spinner } from '../../ui/Spinner';
import { cursorColor, safeColor } from './cursorColor';
import { createDelegationPicker } from './delegationPicker';
import { delegationOptions } from './delegationOptions';
import { DelegationPickerPopup } from './DelegationPickerPopup';
import { hasWrittenNotes } from './notesContent';
import { openNotesConnection, type NotesConnection } from './notesConnection';
import { notesProblemText, notesStatus, notesStatusText } from './notesStatus';
import { NotesToolbar } from './NotesToolbar';
import './notes.css';

export interface NotesEditorProps {
  sessionId: string;
  viewerId: string;
  /** The name on this viewer's cursor until the server stamps its own (the same, with the country). */
  viewerName: string;
  /** Members, conveners and admins write; observers read (the server enforces it either way). */
  canWrite: boolean;
  /** The network's delegations, offered by the `@` picker. */
  delegations: readonly Delegation[];
  /** Told whether anything was written beyond the server's headings (for "publish without notes?"). */
  onContentChange?: (hasNotes: boolean) => void;
}

/**
 * The session's shared notes: Tiptap on a Yjs document, kept on this device (IndexedDB) and synced
 * through Hocuspocus. Loaded on demand (its own chunk): nothing of Tiptap or Yjs is in the first load.
 */
export function NotesEditor(props: NotesEditorProps) {
  const { t } = useTranslation();
  const { sessionId, viewerId, canWrite } = props;
  const key = `${sessionId}:${viewerId}:${String(canWrite)}`;
  const [opened, setOpened] = useState<{ key: string; connection: NotesConnection } | null>(null);

  useEffect(() => {
    const connection = openNotesConnection({ sessionId, userId: viewerId, canWrite });
    let active = true;
    void connection.ready.then(() => {
      if (active) setOpened({ key, connection });
    });
    return () => {
      active = false;
      connection.destroy();
    };
  }, [key, sessionId, viewerId, canWrite]);

  if (!opened || opened.key !== key) return <Spinner label={t('notes.loading')} />;
  return <ConnectedNotes {...props} connection={opened.connection} />;
}

function ConnectedNotes({
  connection,
  viewerId,
  viewerName,
  delegations,
  onContentChange,
}: NotesEditorProps & { connection: NotesConnection }) {
  const { t } = useTranslation();
  const countryName = useCountryName();
  const locale = useLocale();
  const editorId = useId();
  const [picker] = useState(() => createDelegationPicker(editorId.replace(/[^a-zA-Z0-9_-]/g, '')));
  const statusInput = useSyncExternalStore(connection.subscribe, connection.getStatus);
  const status = notesStatus(statusInput);
  const reported = useRef<boolean | null>(null);

  const options = useMemo(() => {
    const collator = new Intl.Collator(intlLocale(locale));
    return delegationOptions(delegations, countryName, (a, b) => collator.compare(a, b));
  }, [delegations, countryName, locale]);
  useEffect(() => {
    picker.setOptions(options);
  }, [picker, options]);

  const report = (doc: NotesNode) => {
    const hasNotes = hasWrittenNotes(doc);
    if (reported.current === hasNotes) return;
    reported.current = hasNotes;
    onContentChange?.(hasNotes);
  };

  const editor = useEditor(
    {
      immediatelyRender: true,
      extensions: [
        ...notesExtensions({ delegationSuggestion: picker.suggestion }),
        Collaboration.configure({ document: connection.doc }),
        CollaborationCaret.configure({
          provider: connection.provider,
          user: { name: viewerName, color: cursorColor(viewerId) },
          render: renderCaret,
        }),
      ],
      editable: status.editable,
      editorProps: {
        attributes: {
          id: editorId,
          class: 'notes-editor__content',
          role: 'textbox',
          'aria-multiline': 'true',
          'aria-label': t('notes.editorLabel'),
        },
      },
      onCreate: ({ editor: created }) => {
        report(created.getJSON() as NotesNode);
      },
      onUpdate: ({ editor: updated }) => {
        report(updated.getJSON() as NotesNode);
      },
    },
    [connection],
  );

  // Observers, refused connections and read-only grants from the server: no edits taken.
  useEffect(() => {
    if (editor.isEditable !== status.editable) editor.setEditable(status.editable, false);
  }, [editor, status.editable]);

  // The editor's accessible name follows the page's language.
  const label = t('notes.editorLabel');
  useEffect(() => {
    editor.view.dom.setAttribute('aria-label', label);
  }, [editor, label]);

  return (
    <div className="notes-editor stack">
      <p className="notes-status" role="status">
        {notesStatusText(t, status)}
      </p>
      {status.problem && (
        <p className="alert notes-problem" role="alert">
          {notesProblemText(t, status.problem)}
        </p>
      )}
      {status.editable && <NotesToolbar editor={editor} editorId={editorId} />}
      <EditorContent editor={editor} className="notes-editor__body" />
      <DelegationPickerPopup picker={picker} />
    </div>
  );
}

/** Another person's caret: their colour and name (with their country's flag), as the server stamps them. */
function renderCaret(user: Record<string, unknown>): HTMLElement {
  const color = safeColor(user.color);
  const caret = document.createElement('span');
  caret.classList.add('collaboration-carets__caret');
  caret.style.borderColor = color;
  const label = document.createElement('div');
  label.classList.add('collaboration-carets__label');
  label.style.backgroundColor = color;
  const flag =
    typeof user.countryCode === 'string' && /^[A-Za-z]{2}$/.test(user.countryCode)
      ? flagOf(user.countryCode)
      : '';
  const name = typeof user.name === 'string' ? user.name : '';
  label.textContent = [flag, name].filter(Boolean).join(' ');
  caret.append(label);
  return caret;
}
