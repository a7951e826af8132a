import type { AnyExtension } from '@tiptap/core';
import { TaskItem, TaskList } from '@tiptap/extension-list';
import Mention, { type MentionOptions } from '@tiptap/extension-mention';
import StarterKit from '@tiptap/starter-kit';

/** Link targets the notes keep; anything else (javascript:, data:, relative, …) renders as no link at all. */
export const LINK_PROTOCOLS = ['http', 'https', 'mailto'] as const;

/**
 * A **commitment** is a task item (`taskItem`, inside a `taskList`) that mentions a delegation of the
 * network (an inline `delegation` node) and may carry a due date:
 *
 * ```json
 * { "type": "taskItem", "attrs": { "checked": false, "dueDate": "2027-03-31" },
 *   "content": [{ "type": "paragraph", "content": [
 *     { "type": "delegation", "attrs": { "id": "<delegation uuid>", "label": "Thailand — MoH" } },
 *     { "type": "text", "text": " will pilot consumer advisory boards in 3 hospitals" } ] }] }
 * ```
 *
 * `dueDate` is an ISO calendar date (YYYY-MM-DD) or null. A task item without a delegation mention is an
 * ordinary to-do and is not published as a commitment. In HTML the item carries `data-due-date` and the
 * mention `data-type="delegation" data-id data-label`.
 */
export const CommitmentItem = TaskItem.extend({
  addAttributes() {
    return {
      ...this.parent?.(),
      dueDate: {
        default: null,
        keepOnSplit: false,
        parseHTML: (element: { getAttribute(name: string): string | null }) =>
          isoDate(element.getAttribute('data-due-date')),
        renderHTML: (attributes: { dueDate?: unknown }) => {
          const dueDate = isoDate(attributes.dueDate);
          return dueDate ? { 'data-due-date': dueDate } : {};
        },
      },
    };
  },
});

/** The inline mention of a delegation (`@Namibia — Ministry of Health`). */
export const DelegationMention = Mention.extend({ name: 'delegation' });

export interface NotesExtensionOptions {
  /** The editor's delegation picker (typing `@`); the server renders without one. */
  delegationSuggestion?: MentionOptions['suggestion'];
}

/**
 * The one extension list of session notes: the editor adds Collaboration and CollaborationCaret on top,
 * and the server renders proceedings with exactly this list.
 */
export function notesExtensions(options: NotesExtensionOptions = {}): AnyExtension[] {
  return [
    StarterKit.configure({
      undoRedo: false,
      heading: { levels: [1, 2, 3, 4] },
      codeBlock: false,
      underline: false,
      link: {
        openOnClick: false,
        autolink: true,
        protocols: [...LINK_PROTOCOLS],
        defaultProtocol: 'https',
        isAllowedUri: (url) => isAllowedLink(url),
        HTMLAttributes: { rel: 'noopener noreferrer nofollow', target: '_blank' },
      },
    }),
    TaskList,
    CommitmentItem.configure({ nested: true }),
    DelegationMention.configure({
      HTMLAttributes: { class: 'delegation-mention' },
      renderText: ({ node }) => `@${String(node.attrs.label ?? '')}`,
      renderHTML: ({ node, options: mention }) => [
        'span',
        { ...mention.HTMLAttributes, 'data-type': 'delegation' },
        `@${String(node.attrs.label ?? '')}`,
      ],
      ...(options.delegationSuggestion ? { suggestion: options.delegationSuggestion } : {}),
    }),
  ];
}

export function isAllowedLink(url: string): boolean {
  const trimmed = url.trim();
  // eslint-disable-next-line no-control-regex -- control characters hide schemes from naive checks
  if (/[\u0000-\u001f\u007f]/.test(trimmed)) return false;
  // Only absolute links: a relative one would point into Praxis itself from wherever the notes are read.
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(trimmed)?.[1]?.toLowerCase();
  return scheme !== undefined && (LINK_PROTOCOLS as readonly string[]).includes(scheme);
}

export function isoDate(value: unknown): string | null {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return null;
  const date = new Date(`${value}T00:00:00Z`);
  return Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value ? null : value;
}
