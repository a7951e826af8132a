import { getSchema } from '@tiptap/core';
import type { Schema } from '@tiptap/pm/model';
import { renderToHTMLString } from '@tiptap/static-renderer';
import { yXmlFragmentToProseMirrorRootNode } from '@tiptap/y-tiptap';
import type * as Y from 'yjs';
import { notesExtensions } from './extensions';
import type { NotesNode } from './json';

/** The Yjs XML fragment that holds the editor's content (Tiptap Collaboration's default). */
export const NOTES_FRAGMENT = 'default';

let schema: Schema | undefined;

export function notesSchema(): Schema {
  schema ??= getSchema(notesExtensions());
  return schema;
}

/**
 * The notes of a Yjs document as ProseMirror JSON, keeping only what the shared schema allows: elements
 * the schema does not know (say, a `script` element written as raw Yjs) are dropped, unknown attributes
 * ignored. May remove such elements from `doc`: pass a copy made for rendering.
 */
export function yDocToNotes(doc: Y.Doc): NotesNode {
  const root = yXmlFragmentToProseMirrorRootNode(doc.getXmlFragment(NOTES_FRAGMENT), notesSchema());
  return root.toJSON() as NotesNode;
}

/** The notes as HTML through the schema's own `renderHTML` (sanitise it before anyone reads it). */
export function notesToHtml(doc: NotesNode): string {
  return renderToHTMLString({ extensions: notesExtensions(), content: doc });
}
