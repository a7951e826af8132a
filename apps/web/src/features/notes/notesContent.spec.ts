import type { NotesNode } from '@praxis/notes-schema';
import { hasWrittenNotes } from './notesContent';

const heading = (text: string): NotesNode => ({
  type: 'heading',
  attrs: { level: 2 },
  content: [{ type: 'text', text }],
});
const paragraph = (text?: string, marks?: NotesNode['marks']): NotesNode => ({
  type: 'paragraph',
  content: text ? [{ type: 'text', text, marks }] : undefined,
});
const emptyTaskList: NotesNode = {
  type: 'taskList',
  content: [{ type: 'taskItem', attrs: { checked: false }, content: [paragraph()] }],
};

/** What the server puts in when the notes are first opened. */
const outline: NotesNode[] = [
  heading('Welcome'),
  paragraph(),
  heading('Stock-out dashboards in Namibia'),
  paragraph('Presenters: Namibia — Ministry of Health', [{ type: 'italic' }]),
  paragraph(),
  heading('Commitments'),
  emptyTaskList,
];

describe('hasWrittenNotes', () => {
  it('sees nothing written in the outline the server puts in', () => {
    expect(hasWrittenNotes({ type: 'doc', content: outline })).toBe(false);
    expect(hasWrittenNotes({ type: 'doc', content: [] })).toBe(false);
    expect(hasWrittenNotes(null)).toBe(false);
  });

  it('counts a paragraph, a list item or a commitment that names a delegation', () => {
    expect(
      hasWrittenNotes({
        type: 'doc',
        content: [...outline, paragraph('Dashboards cut stock-outs.')],
      }),
    ).toBe(true);
    const commitment: NotesNode = {
      type: 'taskList',
      content: [
        {
          type: 'taskItem',
          attrs: { checked: false, dueDate: '2027-03-31' },
          content: [
            {
              type: 'paragraph',
              content: [{ type: 'delegation', attrs: { id: 'x', label: 'Thailand — MoH' } }],
            },
          ],
        },
      ],
    };
    expect(hasWrittenNotes({ type: 'doc', content: [heading('Commitments'), commitment] })).toBe(
      true,
    );
  });

  it('ignores headings and blank text, but not italic text that is not under a heading', () => {
    expect(
      hasWrittenNotes({ type: 'doc', content: [heading('Extra heading'), paragraph('   ')] }),
    ).toBe(false);
    expect(
      hasWrittenNotes({
        type: 'doc',
        content: [paragraph('A first line'), paragraph('in italics', [{ type: 'italic' }])],
      }),
    ).toBe(true);
  });
});
