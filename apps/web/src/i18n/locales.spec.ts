import { ErrorCode, SUPPORTED_LOCALES } from '@praxis/contracts';
import { ClientErrorCode } from '../api/ApiError';
import { resources } from './i18n';
import { liveResources } from './liveStrings';
import { notesResources } from './notesStrings';
import { proceedingsResources } from './proceedingsStrings';
import { sessionResources } from './sessionStrings';

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Record<string, string> {
  return Object.entries(tree).reduce<Record<string, string>>((flat, [key, value]) => {
    const path = prefix ? `${prefix}.${key}` : key;
    return typeof value === 'string'
      ? { ...flat, [path]: value }
      : { ...flat, ...flatten(value, path) };
  }, {});
}

const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;
// The session pages, the live room, the notes and the proceedings bring their own strings
// (sessionStrings.ts, liveStrings.ts, notesStrings.ts, proceedingsStrings.ts): checked here like the rest.
const messages = Object.fromEntries(
  SUPPORTED_LOCALES.map((locale) => [
    locale,
    {
      ...flatten(resources[locale].translation as Tree),
      ...flatten(sessionResources[locale] as Tree),
      ...flatten(liveResources[locale] as Tree),
      ...flatten(notesResources[locale] as Tree),
      ...flatten(proceedingsResources[locale] as Tree),
    },
  ]),
);
const baseKeys = (locale: string) =>
  [...new Set(Object.keys(messages[locale]).map((key) => key.replace(PLURAL_SUFFIX, '')))].sort();
const placeholders = (text: string) =>
  [...text.matchAll(/{{\s*(\w+)\s*}}/g)].map((m) => m[1]).sort();

describe('locale files', () => {
  it.each(SUPPORTED_LOCALES.filter((locale) => locale !== 'en'))(
    '%s has exactly the keys of en',
    (locale) => {
      expect(baseKeys(locale)).toEqual(baseKeys('en'));
    },
  );

  it.each(SUPPORTED_LOCALES)('%s has every plural form its language needs', (locale) => {
    const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
    const pluralBases = Object.keys(messages.en)
      .filter((key) => PLURAL_SUFFIX.test(key))
      .map((key) => key.replace(PLURAL_SUFFIX, ''));
    for (const base of new Set(pluralBases)) {
      for (const category of categories) {
        expect(messages[locale]).toHaveProperty([`${base}_${category}`]);
      }
    }
  });

  it.each(SUPPORTED_LOCALES)('%s has no empty text and keeps the placeholders of en', (locale) => {
    for (const [key, text] of Object.entries(messages[locale])) {
      expect(text.trim()).not.toBe('');
      const englishKey = key.replace(PLURAL_SUFFIX, '_other');
      const english = messages.en[key] ?? messages.en[englishKey];
      expect({ key, placeholders: placeholders(text) }).toEqual({
        key,
        placeholders: placeholders(english),
      });
    }
  });

  it.each(SUPPORTED_LOCALES)('%s session strings add keys without replacing any', (locale) => {
    const main = Object.keys(resources[locale].translation);
    const sessions = Object.keys(sessionResources[locale]);
    expect(sessions.filter((key) => main.includes(key))).toEqual([]);
  });

  it.each(SUPPORTED_LOCALES)('%s live-room strings add keys without replacing any', (locale) => {
    const others = [
      ...Object.keys(resources[locale].translation),
      ...Object.keys(sessionResources[locale]),
    ];
    const live = Object.keys(liveResources[locale]);
    expect(live.filter((key) => others.includes(key))).toEqual([]);
  });

  it.each(SUPPORTED_LOCALES)(
    '%s notes and proceedings strings add keys without replacing any',
    (locale) => {
      const others = [
        ...Object.keys(resources[locale].translation),
        ...Object.keys(sessionResources[locale]),
        ...Object.keys(liveResources[locale]),
      ];
      const notes = Object.keys(notesResources[locale]);
      const proceedings = Object.keys(proceedingsResources[locale]);
      expect([...notes, ...proceedings].filter((key) => others.includes(key))).toEqual([]);
      expect(notes.filter((key) => proceedings.includes(key))).toEqual([]);
    },
  );

  it('has a message for every API error code and every client error code', () => {
    const codes = [...Object.values(ErrorCode), ...Object.values(ClientErrorCode)];
    for (const locale of SUPPORTED_LOCALES) {
      for (const code of codes) expect(messages[locale]).toHaveProperty([`errors.${code}`]);
    }
  });
});
