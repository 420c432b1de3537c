// The AI's failures written into draft and chat rows carry codes the panel translates (issue 18): every code has its
// text in every locale with the same placeholders, the client's errors carry the right code and params, and the panel
// puts a row's sentence together from them (rows from before the codes show their stored English).
import { readFileSync } from 'node:fs';
import Anthropic from '@anthropic-ai/sdk';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import {
  AI_ERROR_CODES,
  OFFLINE_BASIS_CODES,
  OFFLINE_WHY_CODES,
  ROW_NOTE_CODES,
  aiErrorMessageName,
  offlineBasisMessageName,
  offlineWhyMessageName,
  rowNoteMessageName,
  type RowErrorFields,
} from './error-codes';
import { offlineLabelText, rowErrorText } from './error-text';
import { toAiError } from './client';
import { OFFLINE_WHY_ENGLISH } from '../drafts/offline-draft';

const locale = (lang: string) => JSON.parse(readFileSync(`public/_locales/${lang}/messages.json`, 'utf8')) as Record<string, { message: string }>;
const placeholders = (text: string) => (text.match(/\$\d/g) ?? []).sort();
const FAMILIES = [
  ['aiError_', AI_ERROR_CODES.map(aiErrorMessageName)],
  ['rowNote_', ROW_NOTE_CODES.map(rowNoteMessageName)],
  ['offlineWhy_', OFFLINE_WHY_CODES.map(offlineWhyMessageName)],
  ['offlineBasis_', OFFLINE_BASIS_CODES.map(offlineBasisMessageName)],
] as const;

afterEach(() => vi.restoreAllMocks());

describe('AI error codes in the locales', () => {
  it('every code has its text in en, es, de, fr, with the same $n placeholders', () => {
    const en = locale('en');
    for (const lang of ['en', 'es', 'de', 'fr']) {
      const m = locale(lang);
      for (const [, names] of FAMILIES) {
        for (const name of names) {
          expect(m[name]?.message, `${lang} ${name}`).toBeTruthy();
          expect(placeholders(m[name].message), `${lang} ${name}`).toEqual(placeholders(en[name].message));
        }
      }
    }
  });

  it('every message of these families belongs to a code (none left behind when a code goes)', () => {
    for (const lang of ['en', 'es', 'de', 'fr']) {
      for (const [prefix, names] of FAMILIES) {
        for (const key of Object.keys(locale(lang)).filter((k) => k.startsWith(prefix))) expect((names as readonly string[]).includes(key), `${lang} ${key}`).toBe(true);
      }
    }
  });

  it("an offline draft's English opening is the en locale's text of its code", () => {
    const en = locale('en');
    for (const code of OFFLINE_WHY_CODES) expect(OFFLINE_WHY_ENGLISH[code]).toBe(en[offlineWhyMessageName(code)].message);
  });
});

describe("the client's errors carry codes and params", () => {
  const settings = { baseUrl: 'https://gateway.example', model: 'claude-x' };
  const apiError = (status: number, type: string, message = '', headers: Record<string, string> = {}) =>
    Anthropic.APIError.generate(status, { type: 'error', error: { type, message } }, message, new Headers(headers));

  it.each([
    [apiError(401, 'authentication_error'), 'key-refused', undefined],
    [apiError(429, 'rate_limit_error', '', { 'retry-after': '7' }), 'rate-limited-wait', ['7']],
    [apiError(429, 'rate_limit_error'), 'rate-limited', undefined],
    [apiError(529, 'overloaded_error'), 'overloaded', undefined],
    [apiError(500, 'api_error'), 'server-error', undefined],
    [apiError(404, 'not_found_error', 'model: claude-x'), 'model-unavailable', ['claude-x']],
    [apiError(400, 'invalid_request_error', 'prompt is too long'), 'too-long', undefined],
    [apiError(400, 'invalid_request_error', 'bad temperature'), 'rejected-because', ['bad temperature']],
    [new Anthropic.APIConnectionError({ message: 'down' }), 'unreachable', ['gateway.example']],
    [new Anthropic.APIConnectionTimeoutError(), 'timeout', ['gateway.example']],
    [new Error('socket hang up'), 'connection-broke', ['gateway.example']],
    [new Error('odd'), 'unexpected', ['odd']],
  ] as const)('%s -> %s', (err, code, params) => {
    const error = toAiError(err, settings);
    expect(error.code).toBe(code);
    expect(error.params).toEqual(params);
  });

  it('where the English sentence names no figure of its own, it is the en text of its code', () => {
    const en = locale('en');
    const fill = (text: string, params: readonly string[] = []) => params.reduce((s, p, i) => s.replace(`$${i + 1}`, p), text).replaceAll('“', '"').replaceAll('”', '"');
    for (const err of [apiError(401, 'authentication_error'), apiError(404, 'not_found_error', 'model: claude-x'), apiError(400, 'x', 'bad temperature'), new Error('odd')]) {
      const error = toAiError(err, settings);
      expect(error.message).toBe(fill(en[aiErrorMessageName(error.code!)].message, error.params));
    }
  });
});

describe("the panel's words for a row", () => {
  it('puts the sentence and its note together in the browser language, with their params', () => {
    vi.spyOn(browser.i18n, 'getMessage').mockImplementation(((name: string, subs?: string[]) => `<${name}|${(subs ?? []).join(',')}>`) as never);
    const row: RowErrorFields & { error: string } = { error: 'English', errorCode: 'rate-limited-wait', errorParams: ['7'], errorNote: 'retry-attempt', errorNoteParams: ['2', '4'] };
    expect(rowErrorText(row)).toBe('<aiError_rate_limited_wait|7> <rowNote_retry_attempt|2,4>');
    expect(offlineLabelText({ offlineLabel: 'English', offlineLabelCode: { why: 'offline', basis: 'knowledge' } })).toBe('<offlineWhy_offline|> <offlineBasis_knowledge|>');
  });

  it('rows from before the codes (or with a code this version does not know) show their stored text', () => {
    vi.spyOn(browser.i18n, 'getMessage').mockReturnValue('translated');
    expect(rowErrorText({ error: 'Stored English.' })).toBe('Stored English.');
    expect(rowErrorText({ error: 'Stored English.', errorCode: 'from-the-future' as never })).toBe('Stored English.');
    expect(rowErrorText({})).toBeUndefined();
    expect(offlineLabelText({ offlineLabel: 'Stored label.' })).toBe('Stored label.');
  });
});
