import { prosemirrorJSONToYDoc } from '@tiptap/y-tiptap';
import * as Y from 'yjs';
import {
  addAgendaSections,
  extractCommitments,
  notesPlainText,
  notesSchema,
  notesToHtml,
  notesToMarkdown,
  yDocToNotes,
  type NotesNode,
} from './index';

const THAILAND = '6f1c1c52-8a4b-4c1e-9d7a-2b1d3c4e5f60';

const commitment: NotesNode = {
  type: 'taskList',
  content: [
    {
      type: 'taskItem',
      attrs: { checked: false, dueDate: '2027-03-31' },
      content: [
        {
          type: 'paragraph',
          content: [
            { type: 'delegation', attrs: { id: THAILAND, label: 'Thailand — MoH' } },
            { type: 'text', text: ' will pilot consumer advisory boards in 3 hospitals' },
          ],
        },
      ],
    },
    {
      type: 'taskItem',
      attrs: { checked: true },
      content: [{ type: 'paragraph', content: [{ type: 'text', text: 'send slides' }] }],
    },
  ],
};

const notes: NotesNode = {
  type: 'doc',
  content: [
    {
      type: 'heading',
      attrs: { level: 2 },
      content: [{ type: 'text', text: 'Pharmacy walkthrough' }],
    },
    {
      type: 'paragraph',
      content: [
        { type: 'text', text: 'Stock cards are ' },
        { type: 'text', text: 'checked daily', marks: [{ type: 'bold' }] },
        { type: 'text', text: ', see ' },
        {
          type: 'text',
          text: 'the guide',
          marks: [{ type: 'link', attrs: { href: 'https://who.int/x' } }],
        },
        { type: 'text', text: ' or ' },
        {
          type: 'text',
          text: 'this',
          marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }],
        },
      ],
    },
    commitment,
  ],
};

describe('the shared notes schema', () => {
  it('survives the trip through Yjs unchanged', () => {
    const doc = prosemirrorJSONToYDoc(notesSchema(), notes, 'default');
    const back = yDocToNotes(doc);
    expect(notesPlainText(back)).toBe(notesPlainText(notes));
    expect(extractCommitments(back)).toEqual(extractCommitments(notes));
  });

  it('finds commitments only in task items that name a delegation', () => {
    expect(extractCommitments(notes)).toEqual([
      {
        delegationId: THAILAND,
        text: 'will pilot consumer advisory boards in 3 hospitals',
        dueDate: '2027-03-31',
        done: false,
      },
    ]);
  });

  it('renders HTML with safe links only', () => {
    const html = notesToHtml(notes);
    expect(html).toContain('<strong>checked daily</strong>');
    expect(html).toContain('href="https://who.int/x"');
    expect(html).not.toContain('javascript:');
    expect(html).toContain('data-due-date="2027-03-31"');
    expect(html).toContain('data-type="delegation"');
  });

  it('writes Markdown with task lists, due dates and escaped text', () => {
    const markdown = notesToMarkdown(notes);
    expect(markdown).toContain('## Pharmacy walkthrough');
    expect(markdown).toContain('**checked daily**');
    expect(markdown).toContain('[the guide](<https://who.int/x>)');
    expect(markdown).not.toContain('javascript:');
    expect(markdown).toContain(
      '- [ ] **@Thailand — MoH** will pilot consumer advisory boards in 3 hospitals (due 2027-03-31)',
    );
    expect(markdown).toContain('- [x] send slides');
    expect(
      notesToMarkdown({
        type: 'doc',
        content: [{ type: 'paragraph', content: [{ type: 'text', text: '# not a heading *' }] }],
      }),
    ).toBe('\\# not a heading \\*');
  });

  it('drops elements the schema does not know when reading raw Yjs', () => {
    const doc = new Y.Doc();
    const fragment = doc.getXmlFragment('default');
    const script = new Y.XmlElement('script');
    script.insert(0, [new Y.XmlText('alert(1)')]);
    const paragraph = new Y.XmlElement('paragraph');
    paragraph.setAttribute('onclick', 'alert(1)');
    paragraph.insert(0, [new Y.XmlText('kept')]);
    fragment.insert(0, [script, paragraph]);
    const html = notesToHtml(yDocToNotes(doc));
    expect(html).toBe('<p>kept</p>');
  });

  it('adds a section per agenda item once, and new items above Commitments later', () => {
    const doc = new Y.Doc();
    const labels = { presenters: 'Presenters', commitments: 'Commitments' };
    expect(
      addAgendaSections(
        doc,
        [{ id: 'a', title: 'Opening', presenters: ['Namibia — MoH'] }],
        labels,
      ),
    ).toBe(true);
    expect(addAgendaSections(doc, [{ id: 'a', title: 'Opening', presenters: [] }], labels)).toBe(
      false,
    );
    addAgendaSections(
      doc,
      [
        { id: 'a', title: 'Renamed', presenters: [] },
        { id: 'b', title: 'Panel', presenters: [] },
      ],
      labels,
    );
    const headings = (yDocToNotes(doc).content ?? [])
      .filter((node) => node.type === 'heading')
      .map((node) => notesPlainText(node));
    expect(headings).toEqual(['Opening', 'Panel', 'Commitments']);
    expect(notesPlainText(yDocToNotes(doc))).toContain('Presenters: Namibia — MoH');
  });
});
