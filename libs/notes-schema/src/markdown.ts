import { isAllowedLink, isoDate } from './extensions';
import type { NotesNode } from './json';

/** The notes as Markdown (CommonMark with GitHub task lists), for the proceedings download. */
export function notesToMarkdown(doc: NotesNode): string {
  return blocks(doc.content ?? [], '')
    .join('\n\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

function blocks(nodes: NotesNode[], indent: string): string[] {
  return nodes.map((node) => block(node, indent)).filter((text) => text.trim() !== '');
}

function block(node: NotesNode, indent: string): string {
  switch (node.type) {
    case 'heading': {
      const level = Math.min(Math.max(Number(node.attrs?.level) || 1, 1), 6);
      return `${indent}${'#'.repeat(level)} ${inline(node.content)}`;
    }
    case 'paragraph':
      return indent + inline(node.content).replace(/\n/g, `\n${indent}`);
    case 'blockquote':
      return blocks(node.content ?? [], '')
        .join('\n\n')
        .split('\n')
        .map((line) => `${indent}> ${line}`.trimEnd())
        .join('\n');
    case 'horizontalRule':
      return `${indent}---`;
    case 'codeBlock': {
      const text = (node.content ?? []).map((child) => child.text ?? '').join('');
      const fence = text.includes('```') ? '~~~~' : '```';
      return `${indent}${fence}\n${text}\n${fence}`.replace(/\n/g, `\n${indent}`);
    }
    case 'bulletList':
    case 'orderedList':
    case 'taskList':
      return list(node, indent);
    default:
      return blocks(node.content ?? [], indent).join('\n\n');
  }
}

function list(node: NotesNode, indent: string): string {
  const start = Number(node.attrs?.start) || 1;
  return (node.content ?? [])
    .map((item, index) => {
      let marker = node.type === 'orderedList' ? `${start + index}.` : '-';
      if (item.type === 'taskItem') {
        marker = `- [${item.attrs?.checked === true ? 'x' : ' '}]`;
      }
      const inner = indent + ' '.repeat(marker.length + 1);
      const [first = '', ...rest] = blocks(item.content ?? [], inner);
      const due = item.type === 'taskItem' ? isoDate(item.attrs?.dueDate) : null;
      const head = `${indent}${marker} ${first.slice(inner.length)}${due ? ` (due ${due})` : ''}`;
      return [head, ...rest].join('\n');
    })
    .join('\n');
}

function inline(nodes: NotesNode[] | undefined): string {
  return (nodes ?? [])
    .map((node) => {
      if (node.type === 'hardBreak') return '  \n';
      if (node.type === 'delegation') return `**@${escape(String(node.attrs?.label ?? ''))}**`;
      if (node.type !== 'text') return inline(node.content);
      let text = escape(node.text ?? '');
      const marks = node.marks ?? [];
      if (marks.some((mark) => mark.type === 'code')) text = code(node.text ?? '');
      if (marks.some((mark) => mark.type === 'bold')) text = `**${text}**`;
      if (marks.some((mark) => mark.type === 'italic')) text = `_${text}_`;
      if (marks.some((mark) => mark.type === 'strike')) text = `~~${text}~~`;
      const link = marks.find((mark) => mark.type === 'link');
      const href = typeof link?.attrs?.href === 'string' ? link.attrs.href : '';
      if (href && isAllowedLink(href))
        text = `[${text}](<${href.replace(/[<>\s]/g, encodeURIComponent)}>)`;
      return text;
    })
    .join('');
}

function escape(text: string): string {
  return text.replace(/([\\`*_[\]{}()#+!|<>~])/g, '\\$1').replace(/^(\d+)\./gm, '$1\\.');
}

function code(text: string): string {
  const fence = text.includes('`') ? '``' : '`';
  return `${fence}${fence.length > 1 ? ' ' : ''}${text}${fence.length > 1 ? ' ' : ''}${fence}`;
}
