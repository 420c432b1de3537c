// The one validator of a custom helpdesk (validate.ts), as the options form, the stored configs and managed policy
// all see it, and the facts it reads (config.ts).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { adapters } from '../../adapters/index';
import { originPatternOf } from '../../adapters/shared/match-pattern';
import { validatePolicy } from '../policy/validate';
import { BUILT_IN_HELPDESK_IDS, CUSTOM_SELECTOR_KEYS, CUSTOM_SELECTOR_REQUIRED } from './config';
import { installNoDomSelectorCheck, selectorError, validateCustomAdapterConfig, validateCustomHelpdesk } from './validate';
import { cssWhatSelectorError } from './selector-check-nodom';

const base = {
  id: 'acme',
  name: 'Acme',
  urlPatterns: ['https://support.acme.test/tickets/*'],
  selectors: { subject: 'h1', message: '.m', messageBody: '.b', editor: '#reply' },
};

describe('the facts, once', () => {
  it('the built-in ids are the registry\'s', () => {
    expect([...BUILT_IN_HELPDESK_IDS]).toEqual(adapters.map((a) => a.id));
  });

  it('the required selectors come first in the list of all', () => {
    expect(CUSTOM_SELECTOR_KEYS.slice(0, CUSTOM_SELECTOR_REQUIRED.length)).toEqual([...CUSTOM_SELECTOR_REQUIRED]);
  });
});

describe('policy and the options form share the validator', () => {
  it('a built-in id is refused in policy too, with the same reason the form gives', () => {
    const { policy, report } = validatePolicy({ customAdapters: [{ ...base, id: 'zendesk' }] });
    expect(policy.customAdapters).toBeUndefined();
    const form = validateCustomAdapterConfig({ ...base, id: 'zendesk' }, { strict: true });
    expect(!form.ok && form.errors).toEqual(['id "zendesk" is taken by a built-in adapter']);
    expect(report.rejected).toEqual([
      { key: 'customAdapters[0]', reason: 'id "zendesk" is taken by a built-in adapter', code: 'ch-id-taken', params: ['zendesk'], field: 'id' },
    ]);
  });

  it('an unknown selector: dropped with a reason in policy, an error where a person types', () => {
    const withExtra = { ...base, selectors: { ...base.selectors, assignee: '.who' } };
    const { policy, report } = validatePolicy({ customAdapters: [withExtra] });
    expect(policy.customAdapters?.[0].selectors).toEqual(base.selectors);
    expect(report.rejected).toEqual([
      { key: 'customAdapters[0].selectors.assignee', reason: 'is not a known selector', code: 'ch-selector-unknown', params: ['assignee'] },
    ]);
    const typed = validateCustomHelpdesk(withExtra, { strict: true });
    expect(typed).toEqual({ ok: false, problems: [{ path: 'selectors.assignee', reason: 'is not a known selector', code: 'ch-selector-unknown', params: ['assignee'] }] });
  });

  it('policy may leave the name out (the id stands in); a person typing may not', () => {
    const { name: _name, ...noName } = base;
    expect(validatePolicy({ customAdapters: [noName] }).policy.customAdapters?.[0].name).toBe('acme');
    expect(validateCustomAdapterConfig(noName, { strict: true })).toEqual({ ok: false, errors: ['name is required'] });
  });

  it('a repair layer is the agent\'s own tool, not a policy value', () => {
    const { policy } = validatePolicy({ customAdapters: [{ ...base, layer: 'override' }] });
    expect(policy.customAdapters?.[0]).not.toHaveProperty('layer');
    expect(validateCustomHelpdesk({ ...base, layer: 'override' })).toMatchObject({ ok: true, config: { layer: 'override' } });
  });

  it('caps what it takes and what it echoes', () => {
    const long = `.x${' .y'.repeat(400)}`;
    expect(selectorError(long)).toBe('is longer than 1000 characters');
    const r = validateCustomHelpdesk({ ...base, selectors: { ...base.selectors, status: long } });
    expect(!r.ok && r.problems[0].reason.length).toBeLessThan(200);
  });
});

describe('selectors without a DOM (service worker): css-what, as the background installs it', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('without the installed check, brackets must at least balance', () => {
    vi.stubGlobal('document', undefined);
    expect(selectorError('h1[')).toBe('is not a valid CSS selector');
    expect(selectorError('a:not(.b')).toBe('is not a valid CSS selector');
    expect(selectorError('div > .x')).toBeNull();
  });

  it('refuses what querySelector refuses, accepts what it takes', () => {
    installNoDomSelectorCheck(cssWhatSelectorError);
    vi.stubGlobal('document', undefined);
    for (const bad of ['hh-app!!', 'div >', '> div', 'h1[', 'a,', 'c)']) expect(selectorError(bad), bad).toBe('is not a valid CSS selector');
    for (const good of ['a:not(.b)', '[data-x="a]"]', '#reply', 'textarea, [contenteditable="true"]', 'a:has(> b)', 'div > .x']) {
      expect(selectorError(good), good).toBeNull();
    }
    expect(selectorError('hh-app >>> .x[')).toBe('has a part after the first ">>>" that is not a valid CSS selector: ".x["');
  });
});

describe('originPatternOf (adapters/shared/match-pattern)', () => {
  it('the host access of a valid pattern only', () => {
    expect(originPatternOf('https://support.acme.test/tickets/*')).toBe('https://support.acme.test/*');
    expect(originPatternOf('http://rt.local:8080/rt/*')).toBe('http://rt.local:8080/*');
    expect(originPatternOf('*://*.acme.test/a/*')).toBe('*://*.acme.test/*');
    expect(originPatternOf('https://sup*port.acme.test/*')).toBeNull(); // a "*" inside a host label
    expect(originPatternOf('ftp://files.acme.test/*')).toBeNull();
    expect(originPatternOf('<all_urls>')).toBeNull();
  });
});
