import { isoDate } from './extensions';
import { inlineText, type NotesNode } from './json';

export interface NotesCommitment {
  delegationId: string;
  /** The item's text without the mention itself, e.g. "will pilot consumer advisory boards". */
  text: string;
  dueDate: string | null;
  done: boolean;
}

/** Every commitment of the notes (see `CommitmentItem`), in document order. */
export function extractCommitments(doc: NotesNode): NotesCommitment[] {
  const found: NotesCommitment[] = [];
  const visit = (node: NotesNode): void => {
    if (node.type === 'taskItem') {
      const own = (node.content ?? []).filter((child) => child.type !== 'taskList');
      const delegationId = firstMention(own);
      if (delegationId) {
        const text = own
          .map((child) => inlineText(withoutMentions(child)))
          .join(' ')
          .replace(/\s+/g, ' ')
          .trim();
        found.push({
          delegationId,
          text,
          dueDate: isoDate(node.attrs?.dueDate),
          done: node.attrs?.checked === true,
        });
      }
    }
    for (const child of node.content ?? []) visit(child);
  };
  visit(doc);
  return found;
}

function firstMention(nodes: NotesNode[]): string | null {
  for (const node of nodes) {
    if (node.type === 'delegation' && typeof node.attrs?.id === 'string') return node.attrs.id;
    const inner = firstMention(node.content ?? []);
    if (inner) return inner;
  }
  return null;
}

function withoutMentions(node: NotesNode): NotesNode {
  return {
    ...node,
    content: node.content
      ?.filter((child) => child.type !== 'delegation')
      .map((child) => withoutMentions(child)),
  };
}
