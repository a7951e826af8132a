import { checkLink } from './linkHref';

describe('checkLink', () => {
  it.each([
    ['https://www.who.int/news', 'https://www.who.int/news'],
    ['http://moh.gov.na', 'http://moh.gov.na'],
    ['mailto:amara@example.org', 'mailto:amara@example.org'],
    ['who.int/publications', 'https://who.int/publications'],
    ['  amara@example.org ', 'mailto:amara@example.org'],
  ])('keeps %s as %s', (input, href) => {
    expect(checkLink(input)).toEqual({ kind: 'link', href });
  });

  it.each([
    'javascript:alert(1)',
    'data:text/html,<b>x</b>',
    'ftp://files.example.org',
    '//evil.example.org',
    'java\tscript:alert(1)',
    'not a link',
    'https:nohost',
  ])('refuses %s', (input) => {
    expect(checkLink(input)).toEqual({ kind: 'refused' });
  });

  it('removes the link when nothing is typed', () => {
    expect(checkLink('   ')).toEqual({ kind: 'remove' });
  });
});
