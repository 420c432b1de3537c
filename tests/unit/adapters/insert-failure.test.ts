// Insert failures carry a code the panel translates, and a reason in the browser's language (the content script asks
// the browser's i18n: it carries no sentences of its own). Every code has its text in every locale.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import type { InsertFailureCode } from '../../../adapters/types';
import { insertFailure, insertFailureMessageName } from '../../../adapters/shared/insert-failure';
import { insertFailureText } from '../../../lib/hooks/useInsert';

const locale = (lang: string) => JSON.parse(readFileSync(`public/_locales/${lang}/messages.json`, 'utf8')) as Record<string, { message: string }>;
const CODES: InsertFailureCode[] = [
  'wrong-ticket', 'no-ticket-id', 'id-mismatch', 'reading-low', 'needs-confirmation', 'not-a-helpdesk', 'no-editor', 'editor-hidden',
  'editor-unreachable', 'read-only', 'no-text', 'not-accepted', 'shown-differently', 'error', 'unreachable', 'tab-no-answer',
];

afterEach(() => vi.restoreAllMocks());

describe('insert failure codes', () => {
  it('every code has its text in en, es, de, fr, with the same $n placeholders', () => {
    const en = locale('en');
    for (const code of CODES) expect(en[insertFailureMessageName(code)]?.message, code).toBeTruthy();
    for (const lang of ['es', 'de', 'fr']) {
      const m = locale(lang);
      for (const code of CODES) {
        const name = insertFailureMessageName(code);
        expect(m[name]?.message, `${lang} ${code}`).toBeTruthy();
        expect(m[name].message.match(/\$\d/g) ?? [], `${lang} ${code}`).toEqual(en[name].message.match(/\$\d/g) ?? []);
      }
    }
  });

  it('the reason is the browser\'s sentence with the params; the params are kept for the panel', () => {
    const getMessage = vi.spyOn(chrome.i18n, 'getMessage').mockImplementation((name: string, subs?: string | (string | number)[]) => `${name}: ${[subs ?? []].flat().join(' / ')}`);
    expect(insertFailure('wrong-ticket', '4521 (globex.zendesk.com)', '4521 (acme.zendesk.com)')).toEqual({
      ok: false,
      code: 'wrong-ticket',
      params: ['4521 (globex.zendesk.com)', '4521 (acme.zendesk.com)'],
      reason: 'insertFail_wrong_ticket: 4521 (globex.zendesk.com) / 4521 (acme.zendesk.com)',
    });
    getMessage.mockReturnValue('');
    // No sentence from the browser: the code stands for it.
    expect(insertFailure('read-only')).toEqual({ ok: false, code: 'read-only', reason: 'read-only' });
  });

  it("keeps the adapter contract's reason 'needs-confirmation'", () => {
    expect(insertFailure('needs-confirmation')).toEqual({ ok: false, code: 'needs-confirmation', reason: 'needs-confirmation' });
  });

  it('the panel words a coded failure from the locale, an uncoded one from its reason', () => {
    const getMessage = vi.spyOn(chrome.i18n, 'getMessage').mockImplementation((name: string) => (name === 'insertFail_read_only' ? `[de] ${name}` : ''));
    expect(insertFailureText(insertFailure('read-only'))).toBe('[de] insertFail_read_only');
    getMessage.mockReturnValue('');
    // (the panel falls back to the English locale text, lib/i18n.ts)
    expect(insertFailureText({ ok: false, code: 'read-only', reason: 'read-only' })).toBe('The reply editor is read-only right now.');
    expect(insertFailureText({ ok: false, reason: 'Something the page said.' })).toBe('Something the page said.');
  });
});
