import { LINK_PROTOCOLS } from '@praxis/notes-schema';

export type LinkCheck = { kind: 'remove' } | { kind: 'link'; href: string } | { kind: 'refused' };

const SCHEME = /^([a-z][a-z0-9+.-]*):/i;

/**
 * What to do with the address typed for a link: nothing typed removes the link; a bare address
 * ("who.int/...") becomes https; only http, https and mailto are kept (the notes schema would drop
 * anything else, so the editor says so at once instead).
 */
export function checkLink(input: string): LinkCheck {
  const value = input.trim();
  if (value === '') return { kind: 'remove' };
  // eslint-disable-next-line no-control-regex -- control characters and spaces hide schemes
  if (/[\u0000-\u0020\u007f]/.test(value) || value.startsWith('//')) return { kind: 'refused' };
  const scheme = SCHEME.exec(value)?.[1]?.toLowerCase();
  if (scheme === undefined) {
    // "name@example.org" reads as an e-mail address; anything else as a web address.
    if (/^[^@/]+@[^@/]+\.[^@/]+$/.test(value)) return { kind: 'link', href: `mailto:${value}` };
    return /^[^/?#]+\.[^/?#]+/.test(value)
      ? { kind: 'link', href: `https://${value}` }
      : { kind: 'refused' };
  }
  if (!(LINK_PROTOCOLS as readonly string[]).includes(scheme)) return { kind: 'refused' };
  if (scheme !== 'mailto' && !/^[a-z]+:\/\/[^/?#]+/i.test(value)) return { kind: 'refused' };
  return { kind: 'link', href: value };
}
