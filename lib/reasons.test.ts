// Reasons an agent's value was refused carry codes the options page translates (issue 18): every code has its text
// in every locale with the same placeholders, and the connector checks (and the URL rule they share with the policy)
// refuse with a code and params while keeping their English reason.
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { REASON_CODES, reasonMessageName } from './reasons';
import { reasonText } from './reason-text';
import { checkConnector } from './connectors/validate';
import { checkHost, checkHttpUrl } from './policy/schema';
import { validateCustomHelpdesk } from './custom-helpdesks/validate';

const locale = (lang: string) => JSON.parse(readFileSync(`public/_locales/${lang}/messages.json`, 'utf8')) as Record<string, { message: string }>;
const placeholders = (text: string) => (text.match(/\$\d/g) ?? []).sort();

afterEach(() => vi.restoreAllMocks());

describe('reason codes in the locales', () => {
  it('every code has its text in en, es, de, fr, with the same $n placeholders', () => {
    const en = locale('en');
    for (const lang of ['en', 'es', 'de', 'fr']) {
      const m = locale(lang);
      for (const code of REASON_CODES) {
        const name = reasonMessageName(code);
        expect(m[name]?.message, `${lang} ${code}`).toBeTruthy();
        expect(placeholders(m[name].message), `${lang} ${code}`).toEqual(placeholders(en[name].message));
      }
    }
  });

  it('every reason_ message belongs to a code', () => {
    const names = new Set<string>(REASON_CODES.map(reasonMessageName));
    for (const lang of ['en', 'es', 'de', 'fr']) for (const key of Object.keys(locale(lang)).filter((k) => k.startsWith('reason_'))) expect(names.has(key), `${lang} ${key}`).toBe(true);
  });
});

describe('refusals carry codes', () => {
  const mcp = { id: 'shop', kind: 'mcp', url: 'https://mcp.shop.example.com/mcp' };
  it.each([
    [{ ...mcp, url: 'http://intranet.example.com/mcp' }, 'url-http-loopback-only', ['http://intranet.example.com/mcp']],
    [{ ...mcp, url: 'ftp://files.example.com' }, 'url-needs-https', ['ftp://files.example.com']],
    [{ ...mcp, url: 'not a url' }, 'not-a-url', ['not a url']],
    [{ ...mcp, url: 'https://user:pw@x.example.com' }, 'url-credentials', undefined],
    [{ ...mcp, url: 'https://x.example.com/mcp?token=SECRET' }, 'url-query', undefined],
    [{ ...mcp, kind: 'ftp' }, 'kind-invalid', ['mcp, http']],
    [{ ...mcp, id: '' }, 'id-missing', undefined],
    [{ ...mcp, id: 'has space' }, 'id-invalid', ['has space']],
    [{ ...mcp, name: '' }, 'name-length', undefined],
    [{ ...mcp, headers: [] }, 'headers-not-object', undefined],
    [{ ...mcp, headers: { 'Bad Name': 'x' } }, 'header-name-invalid', ['Bad Name']],
    [{ ...mcp, headers: { Authorization: 'a\nb' } }, 'header-value-invalid', ['Authorization']],
    [{ ...mcp, tools: ['not ok!'] }, 'tools-invalid', undefined],
    [{ ...mcp, kind: 'http' }, 'http-needs-actions', undefined],
    [{ ...mcp, kind: 'http', actions: [{ name: 'x' }] }, 'no-valid-action', undefined],
    ['nope', 'not-an-object', ['string']],
  ] as const)('%j -> %s', (raw, code, params) => {
    const c = checkConnector(raw);
    expect(c.ok).toBe(false);
    if (c.ok) return;
    expect(c.code).toBe(code);
    expect(c.params).toEqual(params);
    expect(c.reason).toBeTruthy(); // the English reason stays for policy reports and the audit log
    expect(c.reason).not.toContain('SECRET');
  });

  it('the URL and host rules shared with the policy have codes too', () => {
    expect(checkHttpUrl(42)).toMatchObject({ ok: false, code: 'url-not-string', params: ['number'] });
    expect(checkHost('https://support.example.com')).toMatchObject({ ok: false, code: 'host-invalid', params: ['https://support.example.com'] });
    expect(checkHost(7)).toMatchObject({ ok: false, code: 'host-not-string', params: ['number'] });
  });

  it("a custom helpdesk's problems carry codes beside their English reason", () => {
    const checked = validateCustomHelpdesk(
      { id: 'zendesk', name: ' ', urlPatterns: ['nope'], selectors: { subject: 'h1[', message: '.m', messageBody: 'x'.repeat(2000), editor: '' } },
      { strict: true },
    );
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    const byPath = Object.fromEntries(checked.problems.map((p) => [p.path, p]));
    expect(byPath.id).toMatchObject({ code: 'ch-id-taken', params: ['zendesk'], reason: expect.stringMatching(/taken by a built-in/) });
    expect(byPath.name).toMatchObject({ code: 'ch-name-required' });
    expect(byPath['urlPatterns[0]']).toMatchObject({ code: 'ch-pattern-invalid', params: ['nope', expect.any(String)] });
    expect(byPath['selectors.subject']).toMatchObject({ code: 'ch-selector-not-css', params: ['h1['] });
    expect(byPath['selectors.messageBody']).toMatchObject({ code: 'ch-selector-too-long' });
    expect(byPath['selectors.editor']).toMatchObject({ code: 'ch-selector-required' });
    expect(checked.problems.every((p) => !('soft' in p))).toBe(true);
  });

  it("reasonText words a coded refusal in the browser's language and shows an uncoded one as it is", () => {
    vi.spyOn(browser.i18n, 'getMessage').mockImplementation(((name: string, subs?: string[]) => `<${name}|${(subs ?? []).join(',')}>`) as never);
    expect(reasonText({ reason: 'English', code: 'id-invalid', params: ['x y'] })).toBe('<reason_id_invalid|x y>');
    expect(reasonText({ reason: 'English only' })).toBe('English only');
  });
});
