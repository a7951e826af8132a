import { isAllowedLink } from '@praxis/notes-schema';
import sanitizeHtml from 'sanitize-html';

/**
 * The allowlist every proceedings body passes through after rendering: the notes schema's elements
 * only, links only to http(s) and mailto, no scripts, event handlers, styles, images or frames.
 */
const OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: [
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
  ],
  allowedAttributes: {
    a: ['href', 'rel', 'target'],
    ol: ['start'],
    ul: ['data-type'],
    li: ['data-type', 'data-checked', 'data-due-date'],
    span: ['data-type', 'class'],
    input: ['type', 'checked', 'disabled'],
  },
  allowedClasses: { span: ['delegation-mention'] },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesByTag: {},
  allowedSchemesAppliedToAttributes: ['href'],
  allowProtocolRelative: false,
  disallowedTagsMode: 'discard',
  nonTextTags: [
    'script',
    'style',
    'textarea',
    'option',
    'noscript',
    'title',
    'iframe',
    'object',
    'embed',
    'svg',
    'math',
  ],
  transformTags: {
    a: (_tag, { href, ...attribs }) => ({
      tagName: 'a',
      attribs: {
        ...attribs,
        // Absolute links only: a relative one would lead into Praxis itself.
        ...(href && isAllowedLink(href) ? { href } : {}),
        rel: 'noopener noreferrer nofollow',
        target: '_blank',
      },
    }),
    input: (_tag, attribs) =>
      attribs.type === 'checkbox'
        ? {
            tagName: 'input',
            attribs: {
              type: 'checkbox',
              disabled: '',
              ...('checked' in attribs ? { checked: '' } : {}),
            },
          }
        : { tagName: 'span', attribs: {} },
  },
};

export function sanitizeNotesHtml(html: string): string {
  return sanitizeHtml(html, OPTIONS);
}
