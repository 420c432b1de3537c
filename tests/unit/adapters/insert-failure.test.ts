// Insert failures carry a code the panel translates; the content script's English table must say what the English
// locale says (two copies of one sentence, kept equal here), and every code has its text in every locale.
import { describe, expect, it, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import { INSERT_FAILURE_EN, insertFailure } from '../../../adapters/shared/insert-failure';
import { insertFailureText } from '../../../lib/hooks/useInsert';

const locale = (lang: string) => JSON.parse(readFileSync(`public/_locales/${lang}/messages.json`, 'utf8')) as Record<string, { message: string }>;
const keyOf = (code: string) => `insertFail_${code.replace(/-/g, '_')}`;

describe('insert failure codes', () => {
  it('the English table equals the English locale, and every locale has every code with the same $n', () => {
    const en = locale('en');
    for (const [code, text] of Object.entries(INSERT_FAILURE_EN)) expect(en[keyOf(code)]?.message, code).toBe(text);
    for (const lang of ['es', 'de', 'fr']) {
      const m = locale(lang);
      for (const [code, text] of Object.entries(INSERT_FAILURE_EN)) {
        const translated = m[keyOf(code)]?.message;
        expect(translated, `${lang} ${code}`).toBeTruthy();
        expect(translated.match(/\$\d/g) ?? [], `${lang} ${code}`).toEqual(text.match(/\$\d/g) ?? []);
      }
    }
  });

  it('fills the params into the English reason and keeps them for translation', () => {
    const r = insertFailure('wrong-ticket', '4521 (globex.zendesk.com)', '4521 (acme.zendesk.com)');
    expect(r).toEqual({
      ok: false,
      code: 'wrong-ticket',
      params: ['4521 (globex.zendesk.com)', '4521 (acme.zendesk.com)'],
      reason: 'This tab now shows ticket 4521 (globex.zendesk.com); the text was written for ticket 4521 (acme.zendesk.com). Nothing was inserted.',
    });
    // (a param with "$1" in it is not expanded again)
    expect(insertFailure('error', 'bad $1 thing').reason).toBe('Insertion failed: bad $1 thing');
  });

  it("keeps the adapter contract's reason 'needs-confirmation'", () => {
    expect(insertFailure('needs-confirmation')).toEqual({ ok: false, code: 'needs-confirmation', reason: 'needs-confirmation' });
  });

  it('the panel words a coded failure from the locale, an uncoded one from its reason', () => {
    // The browser's translation of the code wins; with none (the fake browser's empty answer), the English text.
    const getMessage = vi.spyOn(chrome.i18n, 'getMessage').mockImplementation((name: string) => (name === 'insertFail_read_only' ? `[de] ${name}` : ''));
    expect(insertFailureText(insertFailure('read-only'))).toBe('[de] insertFail_read_only');
    getMessage.mockReturnValue('');
    expect(insertFailureText(insertFailure('read-only'))).toBe('The reply editor is read-only right now.');
    expect(insertFailureText({ ok: false, reason: 'Something the page said.' })).toBe('Something the page said.');
  });
});
