// A failed tool call carries a code beside its English error (issue 18), which the panel translates: every code has
// its text in every locale with the same placeholders, and the registry's failures give their code and params.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { TOOL_ERROR_CODES, toolErrorMessageName } from './tool-errors';
import { classifyError } from './registry';
import { ActionInputError } from './http';

const locale = (lang: string) => JSON.parse(readFileSync(`public/_locales/${lang}/messages.json`, 'utf8')) as Record<string, { message: string }>;
const placeholders = (text: string) => (text.match(/\$\d/g) ?? []).sort();

describe('tool error codes in the locales', () => {
  it('every code has its text in en, es, de, fr, with the same $n placeholders', () => {
    const en = locale('en');
    for (const lang of ['en', 'es', 'de', 'fr']) {
      const m = locale(lang);
      for (const code of TOOL_ERROR_CODES) {
        const name = toolErrorMessageName(code);
        expect(m[name]?.message, `${lang} ${code}`).toBeTruthy();
        expect(placeholders(m[name].message), `${lang} ${code}`).toEqual(placeholders(en[name].message));
      }
    }
  });

  it('every toolError_ message belongs to a code', () => {
    const names = new Set<string>(TOOL_ERROR_CODES.map(toolErrorMessageName));
    for (const lang of ['en', 'es', 'de', 'fr']) for (const key of Object.keys(locale(lang)).filter((k) => k.startsWith('toolError_'))) expect(names.has(key), `${lang} ${key}`).toBe(true);
  });
});

describe('failures carry codes', () => {
  const shop = { id: 'shop', name: 'Shop', url: 'https://shop.example.com/mcp' };
  it.each([
    ['the call timed out', new Error('x'), true, 'timeout', ['Shop', '15']],
    ['a request that cannot be built', new ActionInputError('order_id is missing'), false, 'bad-input', ['Shop', 'order_id is missing']],
    ['credentials refused', Object.assign(new Error('Unauthorized'), { code: 401 }), false, 'auth', ['Shop', '401']],
    ['the server timed out', new Error('Request timed out'), false, 'timeout-server', ['Shop']],
    ['an HTTP error', Object.assign(new Error('Bad gateway'), { code: 502 }), false, 'http', ['Shop', '502']],
    ['an error the tool reported', Object.assign(new Error('no such order'), { code: -32000 }), false, 'reported', ['Shop', 'no such order']],
    ['the server is down', new TypeError('fetch failed'), false, 'down', ['Shop', 'shop.example.com']],
    ['anything else', new Error('odd'), false, 'failed', ['Shop', 'odd']],
  ] as const)('%s', (_what, err, timedOut, code, params) => {
    const e = classifyError(err, shop, timedOut);
    expect(e.code).toBe(code);
    expect(e.params).toEqual(params);
    expect(e.message).toBeTruthy(); // the English error stays for the audit log and older readers
  });
});
