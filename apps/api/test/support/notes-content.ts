import { notesSchema, type NotesNode } from '@praxis/notes-schema';
import { prosemirrorJSONToYXmlFragment } from '@tiptap/y-tiptap';
import type * as Y from 'yjs';
import { NotesStore } from '../../src/notes/notes-store.service';
import { encodeUpdateBatch } from '../../src/notes/update-batch';
import type { TestApp } from './test-app';

/** Replaces the notes of `doc` with `content`, through the shared schema (as the editor would write it). */
export function writeNotes(doc: Y.Doc, content: NotesNode[]): void {
  prosemirrorJSONToYXmlFragment(
    notesSchema(),
    { type: 'doc', content },
    doc.getXmlFragment('default'),
  );
}

/** Stores notes for a session straight through the notes log, as if an editor had written them. */
export async function storeNotes(
  t: TestApp,
  sessionId: string,
  write: (doc: Y.Doc) => void,
): Promise<void> {
  const store = t.app.get(NotesStore);
  const doc = await store.document(sessionId);
  const updates: Uint8Array[] = [];
  doc.on('update', (update: Uint8Array) => updates.push(update));
  write(doc);
  await t.dataSource.query(
    `INSERT INTO notes_updates (session_id, updates, update_count) VALUES ($1, $2, 1)`,
    [sessionId, Buffer.from(encodeUpdateBatch(updates))],
  );
}

export const paragraph = (text: string): NotesNode => ({
  type: 'paragraph',
  content: text ? [{ type: 'text', text }] : [],
});

export const commitmentItem = (
  delegation: { id: string; label: string },
  text: string,
  dueDate: string | null = null,
): NotesNode => ({
  type: 'taskList',
  content: [
    {
      type: 'taskItem',
      attrs: { checked: false, dueDate },
      content: [
        {
          type: 'paragraph',
          content: [
            { type: 'delegation', attrs: { id: delegation.id, label: delegation.label } },
            { type: 'text', text: ` ${text}` },
          ],
        },
      ],
    },
  ],
});
