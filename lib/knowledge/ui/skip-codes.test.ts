// Every reason an import or sync can give for leaving something out has its words in every locale.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';

const codesIn = (file: string) => {
  const src = readFileSync(file, 'utf8');
  const union = src.slice(src.indexOf('export type SkipCode'), src.indexOf(';', src.indexOf('export type SkipCode')));
  return [...union.matchAll(/'([a-z-]+)'/g)].map((m) => m[1]);
};

describe('knowledge skip codes', () => {
  it('each SkipCode has a kbSkip_ text in en, es, de, fr', () => {
    const codes = codesIn('lib/knowledge/limits.ts');
    expect(codes.length).toBeGreaterThan(10);
    for (const lang of ['en', 'es', 'de', 'fr']) {
      const m = JSON.parse(readFileSync(`public/_locales/${lang}/messages.json`, 'utf8')) as Record<string, { message: string }>;
      for (const c of codes) expect(m[`kbSkip_${c.replace(/-/g, '_')}`]?.message, `${lang} ${c}`).toBeTruthy();
    }
  });
});
