import { isoDate } from '@praxis/notes-schema';
import { useEditorState, type Editor } from '@tiptap/react';
import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../ui/Button';
import { checkLink } from './linkHref';

interface ToolState {
  bold: boolean;
  italic: boolean;
  heading2: boolean;
  heading3: boolean;
  bulletList: boolean;
  orderedList: boolean;
  taskItem: boolean;
  link: boolean;
  href: string;
  dueDate: string;
}

function toolState(editor: Editor): ToolState {
  const href: unknown = editor.getAttributes('link').href;
  const dueDate: unknown = editor.getAttributes('taskItem').dueDate;
  return {
    bold: editor.isActive('bold'),
    italic: editor.isActive('italic'),
    heading2: editor.isActive('heading', { level: 2 }),
    heading3: editor.isActive('heading', { level: 3 }),
    bulletList: editor.isActive('bulletList'),
    orderedList: editor.isActive('orderedList'),
    taskItem: editor.isActive('taskItem'),
    link: editor.isActive('link'),
    href: typeof href === 'string' ? href : '',
    dueDate: isoDate(dueDate) ?? '',
  };
}

/**
 * Bold, italic, two heading levels, lists, commitments (task items), links, and the due date of the
 * commitment at the caret. Every control is a button with its name and pressed state, in tab order.
 */
export function NotesToolbar({ editor, editorId }: { editor: Editor; editorId: string }) {
  const { t } = useTranslation();
  const state = useEditorState({ editor, selector: ({ editor: current }) => toolState(current) });
  const [linkOpen, setLinkOpen] = useState(false);
  const dueDateId = useId();
  const chain = () => editor.chain().focus();

  const tool = (description: string, pressed: boolean, run: () => void, content: ReactNode) => {
    // The name must contain what the button shows (WCAG 2.5.3), e.g. "Heading H2".
    const label =
      typeof content === 'string' &&
      /[a-z0-9]/i.test(content) &&
      !description.toLowerCase().includes(content.toLowerCase())
        ? `${description} ${content}`
        : description;
    return (
      <button
        type="button"
        className="notes-tool"
        aria-label={label}
        title={label}
        aria-pressed={pressed}
        aria-controls={editorId}
        // A pointer press keeps the editor's selection; the keyboard gets it back through focus().
        onMouseDown={(event) => event.preventDefault()}
        onClick={run}
      >
        <span aria-hidden="true">{content}</span>
      </button>
    );
  };

  return (
    <div className="notes-toolbar stack">
      <div className="notes-toolbar__row" role="group" aria-label={t('notes.toolbar')}>
        {tool(t('notes.bold'), state.bold, () => chain().toggleBold().run(), <b>B</b>)}
        {tool(t('notes.italic'), state.italic, () => chain().toggleItalic().run(), <i>I</i>)}
        {tool(
          t('notes.heading2'),
          state.heading2,
          () => chain().toggleHeading({ level: 2 }).run(),
          'H2',
        )}
        {tool(
          t('notes.heading3'),
          state.heading3,
          () => chain().toggleHeading({ level: 3 }).run(),
          'H3',
        )}
        {tool(t('notes.bulletList'), state.bulletList, () => chain().toggleBulletList().run(), '•')}
        {tool(
          t('notes.orderedList'),
          state.orderedList,
          () => chain().toggleOrderedList().run(),
          '1.',
        )}
        {tool(t('notes.commitment'), state.taskItem, () => chain().toggleTaskList().run(), '☑')}
        {tool(t('notes.link'), state.link || linkOpen, () => setLinkOpen((open) => !open), '🔗')}
      </div>
      {linkOpen && (
        <LinkForm
          key={state.href}
          editor={editor}
          href={state.href}
          onDone={() => {
            setLinkOpen(false);
          }}
        />
      )}
      {state.taskItem && (
        <div className="notes-toolbar__due">
          <label htmlFor={dueDateId}>{t('notes.dueDateOf')}</label>
          <input
            id={dueDateId}
            type="date"
            className="field__input notes-toolbar__date"
            value={state.dueDate}
            onChange={(event) => {
              editor
                .chain()
                .updateAttributes('taskItem', { dueDate: isoDate(event.target.value) })
                .run();
            }}
          />
          {state.dueDate && (
            <Button
              variant="quiet"
              onClick={() => {
                chain().updateAttributes('taskItem', { dueDate: null }).run();
              }}
            >
              {t('notes.clearDueDate')}
            </Button>
          )}
          <p className="field__hint">{t('notes.commitmentHint')}</p>
        </div>
      )}
    </div>
  );
}

/** The address of a link: refused unless http, https or mailto; empty removes the link. */
function LinkForm({ editor, href, onDone }: { editor: Editor; href: string; onDone: () => void }) {
  const { t } = useTranslation();
  const [value, setValue] = useState(href);
  const [refused, setRefused] = useState(false);
  const inputId = useId();
  const hintId = useId();
  const errorId = useId();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const checked = checkLink(value);
    if (checked.kind === 'refused') {
      setRefused(true);
      return;
    }
    const chain = editor.chain().focus().extendMarkRange('link');
    if (checked.kind === 'remove') chain.unsetLink().run();
    else if (editor.state.selection.empty && !editor.isActive('link')) {
      chain
        .insertContent({
          type: 'text',
          text: checked.href.replace(/^mailto:/, ''),
          marks: [{ type: 'link', attrs: { href: checked.href } }],
        })
        .run();
    } else chain.setLink({ href: checked.href }).run();
    onDone();
  };

  return (
    <form className="notes-link" onSubmit={submit}>
      <label htmlFor={inputId} className="field__label">
        {t('notes.linkAddress')}
      </label>
      <p id={hintId} className="field__hint">
        {t('notes.linkHint')}
      </p>
      <input
        id={inputId}
        className="field__input"
        type="text"
        inputMode="url"
        autoComplete="url"
        autoFocus
        value={value}
        aria-invalid={refused || undefined}
        aria-describedby={refused ? `${errorId} ${hintId}` : hintId}
        onChange={(event) => {
          setValue(event.target.value);
          setRefused(false);
        }}
        onKeyDown={(event) => {
          if (event.key === 'Escape') {
            event.preventDefault();
            onDone();
            editor.commands.focus();
          }
        }}
      />
      {refused && (
        <p id={errorId} className="field__error" role="alert">
          {t('notes.linkRefused')}
        </p>
      )}
      <div className="button-row">
        <Button type="submit">{t('notes.linkApply')}</Button>
        {href && (
          <Button
            variant="secondary"
            onClick={() => {
              editor.chain().focus().extendMarkRange('link').unsetLink().run();
              onDone();
            }}
          >
            {t('notes.linkRemove')}
          </Button>
        )}
        <Button
          variant="quiet"
          onClick={() => {
            onDone();
            editor.commands.focus();
          }}
        >
          {t('common.cancel')}
        </Button>
      </div>
    </form>
  );
}
