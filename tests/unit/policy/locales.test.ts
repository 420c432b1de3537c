// Every UI string exists in every shipped language, with the same substitutions ($1, $2...). Lives with the
// policy tests because the options page is where most of these strings are used.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const dir = join(__dirname, '../../../public/_locales');
const load = (lang: string) => JSON.parse(readFileSync(join(dir, lang, 'messages.json'), 'utf8')) as Record<string, { message: string }>;
const en = load('en');
const subs = (s: string) => [...s.matchAll(/\$(\d)/g)].map((m) => m[1]).sort().join(',');

describe('locales', () => {
  const langs = readdirSync(dir);
  it('ships English, Spanish, German and French', () => {
    expect(langs.sort()).toEqual(expect.arrayContaining(['de', 'en', 'es', 'fr']));
  });
  for (const lang of langs.filter((l) => l !== 'en')) {
    it(`${lang} has every English key, with the same substitutions, and nothing left in English by mistake`, () => {
      const messages = load(lang);
      expect(Object.keys(messages).sort()).toEqual(Object.keys(en).sort());
      for (const [key, { message }] of Object.entries(en)) {
        expect(messages[key].message.trim(), `${lang}.${key}`).not.toBe('');
        expect(subs(messages[key].message), `${lang}.${key}`).toBe(subs(message));
      }
      const untranslated = Object.keys(en).filter((k) => messages[k].message === en[k].message && en[k].message.length > 12);
      expect(untranslated).toEqual([]);
    });
  }
  it('the manifest strings exist', () => {
    for (const key of ['extName', 'extDescription', 'openPanelCommand']) expect(en[key]?.message).toBeTruthy();
  });
});
