// Failed actions carry a code the panel translates (issue 18): every code has its text in every locale, the worker's
// message is the browser's sentence, and an error thrown deep in a call keeps its code.
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { ACTION_FAILURE_CODES, actionFailure, actionFailureMessageName, codedError, failureOf } from './action-failure';
import { PREVIEW_NOTE_CODES, previewNoteMessageName } from './drafts/types';

const locale = (lang: string) => JSON.parse(readFileSync(`public/_locales/${lang}/messages.json`, 'utf8')) as Record<string, { message: string }>;
const placeholders = (text: string) => text.match(/\$\d/g) ?? [];

afterEach(() => vi.restoreAllMocks());

describe('action failure codes', () => {
  it('every code has its text in en, es, de, fr, with the same $n placeholders', () => {
    const en = locale('en');
    for (const code of ACTION_FAILURE_CODES) expect(en[actionFailureMessageName(code)]?.message, code).toBeTruthy();
    for (const lang of ['es', 'de', 'fr']) {
      const m = locale(lang);
      for (const code of ACTION_FAILURE_CODES) {
        const name = actionFailureMessageName(code);
        expect(m[name]?.message, `${lang} ${code}`).toBeTruthy();
        expect(placeholders(m[name].message), `${lang} ${code}`).toEqual(placeholders(en[name].message));
      }
    }
  });

  it('every actionFail_ message belongs to a code (none left behind when a code goes)', () => {
    const names = new Set(ACTION_FAILURE_CODES.map(actionFailureMessageName));
    for (const lang of ['en', 'es', 'de', 'fr']) {
      for (const key of Object.keys(locale(lang)).filter((k) => k.startsWith('actionFail_'))) expect(names.has(key as never), `${lang} ${key}`).toBe(true);
    }
  });

  it("the message is the browser's sentence with the params; without an extension i18n, the code", () => {
    const getMessage = vi.spyOn(browser.i18n, 'getMessage').mockImplementation(((name: string, subs?: string[]) => `${name}: ${(subs ?? []).join(' / ')}`) as never);
    expect(actionFailure('background-unreachable', 'Receiving end does not exist.')).toEqual({
      ok: false,
      code: 'background-unreachable',
      params: ['Receiving end does not exist.'],
      message: 'actionFail_background_unreachable: Receiving end does not exist.',
    });
    getMessage.mockImplementation(() => {
      throw new Error('i18n.getMessage is not mocked');
    });
    expect(actionFailure('no-api-key')).toEqual({ ok: false, code: 'no-api-key', message: 'no-api-key' });
  });

  it('an error thrown with a code reports that code; any other error reports "failed" with its text', () => {
    vi.spyOn(browser.i18n, 'getMessage').mockReturnValue('');
    expect(failureOf(codedError(new Error('Tandem has not read this ticket yet.'), 'ticket-not-read'))).toEqual({ ok: false, code: 'ticket-not-read', message: 'ticket-not-read' });
    expect(failureOf(new Error('boom'))).toEqual({ ok: false, code: 'failed', params: ['boom'], message: 'failed' });
    expect(failureOf('odd')).toMatchObject({ code: 'failed', params: ['odd'] });
  });
});

describe('preview note codes', () => {
  it('every code has its text in en, es, de, fr', () => {
    const langs = ['en', 'es', 'de', 'fr'].map((lang) => [lang, locale(lang)] as const);
    for (const code of PREVIEW_NOTE_CODES) for (const [lang, m] of langs) expect(m[previewNoteMessageName(code)]?.message, `${lang} ${code}`).toBeTruthy();
  });
});
