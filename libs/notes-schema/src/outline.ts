import * as Y from 'yjs';
import { NOTES_FRAGMENT } from './render';

export interface OutlineSection {
  /** The agenda item's id: a section is added once per item, whatever happens to it later. */
  id: string;
  title: string;
  presenters: string[];
}

export interface OutlineLabels {
  presenters: string;
  commitments: string;
}

const META = 'praxis';

/**
 * Gives the notes a heading per agenda item (with its presenters) and a "Commitments" section the first
 * time, and later adds a section for each new agenda item, just above "Commitments" when that heading is
 * still there. Never changes or removes what anyone wrote. Returns whether anything was added.
 */
export function addAgendaSections(
  doc: Y.Doc,
  sections: OutlineSection[],
  labels: OutlineLabels,
  origin: unknown = 'praxis-outline',
): boolean {
  const meta = doc.getMap<unknown>(META);
  const fragment = doc.getXmlFragment(NOTES_FRAGMENT);
  const seeded =
    meta.get('sections') instanceof Y.Map ? (meta.get('sections') as Y.Map<boolean>) : null;
  const missing = sections.filter((section) => !seeded?.get(section.id));
  const firstTime = seeded === null;
  if (!firstTime && missing.length === 0) return false;

  doc.transact(() => {
    const known = seeded ?? new Y.Map<boolean>();
    if (firstTime) meta.set('sections', known);
    const elements = missing.flatMap((section) => sectionElements(section, labels));
    if (firstTime) {
      // Sections go after anything already written (someone may have typed before the agenda existed).
      fragment.push([...elements, ...commitmentsElements(labels)]);
      meta.set('commitmentsTitle', labels.commitments);
    } else {
      const title = meta.get('commitmentsTitle');
      const index = fragment
        .toArray()
        .findIndex(
          (node) =>
            node instanceof Y.XmlElement && node.nodeName === 'heading' && textOf(node) === title,
        );
      if (index >= 0) fragment.insert(index, elements);
      else fragment.push(elements);
    }
    for (const section of missing) known.set(section.id, true);
  }, origin);
  return true;
}

function sectionElements(section: OutlineSection, labels: OutlineLabels): Y.XmlElement[] {
  const elements = [heading(section.title)];
  if (section.presenters.length > 0) {
    elements.push(paragraph(`${labels.presenters}: ${section.presenters.join(', ')}`, 'italic'));
  }
  elements.push(paragraph(''));
  return elements;
}

function commitmentsElements(labels: OutlineLabels): Y.XmlElement[] {
  const item = new Y.XmlElement('taskItem');
  item.setAttribute('checked', false as unknown as string);
  item.insert(0, [paragraph('')]);
  const list = new Y.XmlElement('taskList');
  list.insert(0, [item]);
  return [heading(labels.commitments), list];
}

function heading(text: string): Y.XmlElement {
  const element = new Y.XmlElement('heading');
  element.setAttribute('level', 2 as unknown as string);
  element.insert(0, [new Y.XmlText(text)]);
  return element;
}

function paragraph(text: string, mark?: 'italic'): Y.XmlElement {
  const element = new Y.XmlElement('paragraph');
  if (text) {
    const content = new Y.XmlText();
    content.insert(0, text, mark ? { [mark]: {} } : undefined);
    element.insert(0, [content]);
  }
  return element;
}

function textOf(element: Y.XmlElement): string {
  return element
    .toArray()
    .map((child) => (child instanceof Y.XmlText ? child.toString().replace(/<[^>]*>/g, '') : ''))
    .join('');
}
