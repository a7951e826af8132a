import type { Proceedings } from '@praxis/contracts';
import { type ChildNode, type Element, isTag } from 'domhandler';
import { parseDocument } from 'htmlparser2';
import * as Y from 'yjs';
import { Session } from '../src/sessions/entities/session.entity';
import { storeNotes, writeNotes } from './support/notes-content';
import { startTestApp, type TestApp } from './support/test-app';
import { buildWorld, type World } from './support/world';
import { xssPayloads } from './support/xss-payloads';

const ALLOWED_TAGS = new Set([
  'h1',
  'h2',
  'h3',
  'h4',
  'p',
  'br',
  'strong',
  'em',
  's',
  'code',
  'pre',
  'blockquote',
  'hr',
  'ul',
  'ol',
  'li',
  'a',
  'span',
  'label',
  'input',
  'div',
]);

/** Every way stored HTML could run script: a disallowed element, an on* or style attribute, a bad URL. */
function executableParts(html: string): string[] {
  const problems: string[] = [];
  const visit = (nodes: ChildNode[]) => {
    for (const node of nodes) {
      if (!isTag(node)) continue;
      const element = node as Element;
      if (!ALLOWED_TAGS.has(element.name)) problems.push(`<${element.name}>`);
      for (const [name, value] of Object.entries(element.attribs)) {
        if (/^on/i.test(name) || name === 'style' || name === 'src' || name === 'srcdoc')
          problems.push(`${element.name}[${name}]`);
        if (name === 'href' && !/^(https?:|mailto:)/i.test(value.trim()))
          problems.push(`href=${value}`);
        if (/javascript:|vbscript:|data:text/i.test(value)) problems.push(`${name}=${value}`);
      }
      visit(element.children);
    }
  };
  visit(parseDocument(html).children);
  return problems;
}

describe('proceedings never carry script, whatever the notes hold', () => {
  let t: TestApp;
  let w: World;
  const payloads = xssPayloads();

  beforeAll(async () => {
    t = await startTestApp();
    w = await buildWorld(t);
  });
  afterAll(() => t.close());

  const publishWith = async (write: (doc: Y.Doc) => void): Promise<Proceedings> => {
    const session = await t.dataSource.getRepository(Session).save({
      networkId: w.network.id,
      title: 'XSS corpus',
      startsAt: new Date(Date.now() - 3_600_000),
      timeZone: 'UTC',
      durationMinutes: 60,
      status: 'ended' as const,
    });
    await storeNotes(t, session.id, write);
    const response = await t.http
      .post(`/api/sessions/${session.id}/proceedings`)
      .set('Cookie', w.cookies.convener!)
      .send({ visibility: 'public' })
      .expect(201);
    return response.body as Proceedings;
  };

  it(`has a corpus to test (${payloads.length} payloads)`, () => {
    expect(payloads.length).toBeGreaterThan(500);
  });

  it('written through the editor schema: as text, link targets, mentions and due dates', async () => {
    const body = await publishWith((doc) =>
      writeNotes(
        doc,
        payloads.flatMap((payload) => [
          { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: payload }] },
          {
            type: 'paragraph',
            content: [
              { type: 'text', text: payload },
              { type: 'text', text: ' link', marks: [{ type: 'link', attrs: { href: payload } }] },
              {
                type: 'text',
                text: ' js',
                marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }],
              },
            ],
          },
          {
            type: 'taskList',
            content: [
              {
                type: 'taskItem',
                attrs: { checked: false, dueDate: payload },
                content: [
                  {
                    type: 'paragraph',
                    content: [
                      { type: 'delegation', attrs: { id: w.delegation.id, label: payload } },
                    ],
                  },
                ],
              },
            ],
          },
        ]),
      ),
    );
    expect(executableParts(body.html)).toEqual([]);
    expect(body.html).toContain('&lt;script&gt;');
    const markdown = await t.http.get(`/api/proceedings/${body.id}/markdown`).expect(200);
    expect(markdown.text).not.toMatch(/\]\(<?\s*javascript:/i);
  });

  it('written as raw Yjs: unknown elements, event-handler attributes and javascript: links', async () => {
    const body = await publishWith((doc) => {
      const fragment = doc.getXmlFragment('default');
      const elements: Y.XmlElement[] = [];
      for (const payload of payloads) {
        const paragraph = new Y.XmlElement('paragraph');
        paragraph.setAttribute('onclick', payload);
        paragraph.setAttribute('style', payload);
        const text = new Y.XmlText();
        text.insert(0, payload, { link: { href: payload } });
        text.insert(payload.length, ' click', {
          link: { href: 'javascript:alert(document.domain)' },
        });
        text.insert(payload.length + 6, ' bold', { bold: { onmouseover: payload } });
        paragraph.insert(0, [text]);
        const image = new Y.XmlElement('img');
        image.setAttribute('src', 'x');
        image.setAttribute('onerror', payload);
        const script = new Y.XmlElement('script');
        script.insert(0, [new Y.XmlText(payload)]);
        const named = new Y.XmlElement('iframe');
        named.setAttribute('srcdoc', payload);
        elements.push(paragraph, image, script, named);
      }
      fragment.insert(0, elements);
    });
    expect(executableParts(body.html)).toEqual([]);
    expect(body.html).toContain('&lt;script&gt;');
  });
});
