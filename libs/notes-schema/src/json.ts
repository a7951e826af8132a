/** ProseMirror JSON as Tiptap produces it. */
export interface NotesNode {
  type: string;
  attrs?: Record<string, unknown>;
  content?: NotesNode[];
  marks?: { type: string; attrs?: Record<string, unknown> }[];
  text?: string;
}

export const emptyNotes = (): NotesNode => ({ type: 'doc', content: [] });

/** The text a reader sees, block by block, for search and previews. */
export function notesPlainText(node: NotesNode): string {
  const blocks: string[] = [];
  const walk = (current: NotesNode, line: string[]): void => {
    if (current.type === 'text') line.push(current.text ?? '');
    else if (current.type === 'delegation') line.push(`@${String(current.attrs?.label ?? '')}`);
    else if (current.type === 'hardBreak') line.push(' ');
    else if (isTextBlock(current.type)) {
      const own: string[] = [];
      for (const child of current.content ?? []) walk(child, own);
      const text = own.join('').trim();
      if (text) blocks.push(text);
    } else for (const child of current.content ?? []) walk(child, line);
  };
  walk(node, []);
  return blocks.join('\n');
}

export function isTextBlock(type: string): boolean {
  return type === 'paragraph' || type === 'heading' || type === 'codeBlock';
}

/** The plain text of one node's inline content. */
export function inlineText(node: NotesNode): string {
  return notesPlainText({ type: 'doc', content: [node] }).replace(/\n/g, ' ');
}
