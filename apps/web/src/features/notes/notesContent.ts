import type { NotesNode } from '@praxis/notes-schema';

/**
 * Whether anyone wrote something in the notes, beyond the structure the server puts in when the notes
 * are first opened: a heading per agenda item, its presenters line (an italic-only paragraph right
 * under the heading), and the "Commitments" heading with an empty task list. Headings never count;
 * any other text, or a delegation mention, does.
 */
export function hasWrittenNotes(doc: NotesNode | null | undefined): boolean {
  const blocks = doc?.content ?? [];
  return blocks.some((block, index) => {
    if (block.type === 'heading') return false;
    if (isPresentersLine(block, blocks[index - 1])) return false;
    return hasText(block);
  });
}

function isPresentersLine(block: NotesNode, previous: NotesNode | undefined): boolean {
  if (block.type !== 'paragraph' || previous?.type !== 'heading') return false;
  const inline = block.content ?? [];
  return (
    inline.length > 0 &&
    inline.every(
      (node) => node.type === 'text' && (node.marks ?? []).every((mark) => mark.type === 'italic'),
    ) &&
    inline.some((node) => node.marks?.some((mark) => mark.type === 'italic'))
  );
}

function hasText(node: NotesNode): boolean {
  if (node.type === 'heading') return false;
  if (node.type === 'text') return (node.text ?? '').trim() !== '';
  if (node.type === 'delegation') return true;
  return (node.content ?? []).some(hasText);
}
