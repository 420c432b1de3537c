// The pure helpers behind the options page's "Custom helpdesks" section: form <-> config, errors placed next
// to their fields, import/export, host access needed, and which tabs the live preview can use.
import { describe, expect, it } from 'vitest';
import { validateCustomAdapterConfig, type CustomAdapterConfig } from '../../adapters/custom';
import {
  configFromForm,
  coveredByPatterns,
  defaultPreviewTab,
  emptyCustomHelpdeskForm,
  errorsByField,
  exportConfigs,
  formFromConfig,
  idFromName,
  originOfTabUrl,
  originsForPatterns,
  parseImportedConfigs,
  previewConfigFromForm,
  splitPatterns,
  unscriptableReason,
  upsertConfig,
} from '.';

const HIVE: CustomAdapterConfig = {
  id: 'helphive',
  name: 'HelpHive',
  urlPatterns: ['https://desk.helphive.test/tickets/*'],
  selectors: { subject: '.hh-title', message: '.hh-entry', messageBody: '.hh-words', editor: '.hh-reply', tags: '.hh-labels li' },
};

describe('form <-> config', () => {
  it('round-trips a config through the form unchanged', () => {
    const form = formFromConfig(HIVE);
    expect(form.urlPatterns).toBe('https://desk.helphive.test/tickets/*');
    expect(form.selectors.requester).toBe('');
    const checked = validateCustomAdapterConfig(configFromForm(form));
    expect(checked).toEqual({ ok: true, config: HIVE, warnings: [] });
  });

  it('makes an id from the name for a new config, unique among the taken ones and never a built-in id', () => {
    expect(idFromName('Acme Support Desk', [])).toBe('acme-support-desk');
    expect(idFromName('Acme Support Desk', ['acme-support-desk', 'acme-support-desk-2'])).toBe('acme-support-desk-3');
    expect(idFromName('Zendesk', [])).toBe('zendesk-2');
    expect(idFromName('Café Crème', [])).toBe('cafe-creme');
    expect(idFromName('日本語', [])).toBe('helpdesk');
    const form = { ...emptyCustomHelpdeskForm(), name: 'HelpHive' };
    expect((configFromForm(form, ['helphive']) as CustomAdapterConfig).id).toBe('helphive-2');
    // An existing config keeps its id when renamed.
    expect((configFromForm({ ...formFromConfig(HIVE), name: 'Hive 2' }, ['helphive']) as CustomAdapterConfig).id).toBe('helphive');
  });

  it('reads URL patterns one per line (or comma separated) and leaves out empty optional selectors', () => {
    expect(splitPatterns(' https://a.test/*\n\n https://b.test/x/* , https://c.test/*\n')).toEqual(['https://a.test/*', 'https://b.test/x/*', 'https://c.test/*']);
    const raw = configFromForm({ ...formFromConfig(HIVE), selectors: { ...formFromConfig(HIVE).selectors, status: '   ' } }) as CustomAdapterConfig;
    expect(Object.keys(raw.selectors).sort()).toEqual(['editor', 'message', 'messageBody', 'subject', 'tags']);
  });

  it('gives the preview whatever was typed, even before the config is valid', () => {
    const form = emptyCustomHelpdeskForm();
    form.selectors.subject = 'h1';
    const config = previewConfigFromForm(form);
    expect(config.selectors).toEqual({ subject: 'h1' });
    expect(config.urlPatterns).toEqual([]);
    expect(validateCustomAdapterConfig(config).ok).toBe(false);
  });
});

describe('errorsByField', () => {
  it("puts each of validateCustomAdapterConfig's errors beside the field it is about", () => {
    const form = { ...formFromConfig(HIVE), name: ' ', urlPatterns: 'https://ok.test/*\nnot a pattern' };
    form.selectors.editor = '';
    form.selectors.tags = 'li[';
    // (strict, as the form validates: a bad pattern is the agent's to fix, not dropped behind their back)
    const checked = validateCustomAdapterConfig(configFromForm(form, []), { strict: true });
    expect(checked.ok).toBe(false);
    const byField = errorsByField(checked.ok ? [] : checked.errors);
    expect(Object.keys(byField).sort()).toEqual(['name', 'selectors.editor', 'selectors.tags', 'urlPatterns']);
    expect(byField['selectors.tags']![0]).toMatch(/not a valid CSS selector/);
    expect(byField.urlPatterns![0]).toMatch(/urlPatterns\[1\] "not a pattern"/);
    expect(byField['selectors.editor']).toEqual(['selectors.editor is required']);
  });

  it('keeps errors it cannot place (and id errors go with the name the id is made from)', () => {
    expect(errorsByField(['selectors is required', 'id "zendesk" is taken by a built-in adapter', 'selectors.bogus is not a known selector'])).toEqual({
      general: ['selectors is required', 'selectors.bogus is not a known selector'],
      name: ['id "zendesk" is taken by a built-in adapter'],
    });
  });
});

describe('list, import and export', () => {
  it('adds a new config and replaces one with the same id in place', () => {
    const other = { ...HIVE, id: 'other', name: 'Other' };
    expect(upsertConfig([HIVE], other).map((c) => c.id)).toEqual(['helphive', 'other']);
    const renamed = { ...HIVE, name: 'HelpHive EU' };
    expect(upsertConfig([HIVE, other], renamed)).toEqual([renamed, other]);
  });

  it('imports what it exported', () => {
    const text = exportConfigs([HIVE, { ...HIVE, id: 'two', name: 'Two' }]);
    const parsed = parseImportedConfigs(text);
    expect(parsed).toEqual({ ok: true, configs: [HIVE, { ...HIVE, id: 'two', name: 'Two' }] });
    expect(parseImportedConfigs(JSON.stringify(HIVE))).toEqual({ ok: true, configs: [HIVE] });
  });

  it('imports nothing when any config is invalid, and says which one and why', () => {
    const bad = { ...HIVE, id: 'bad', selectors: { ...HIVE.selectors, subject: 'h1[' } };
    const parsed = parseImportedConfigs(JSON.stringify([HIVE, bad]));
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.errors).toEqual([expect.stringMatching(/^\[1\] selectors\.subject "h1\[" is not a valid CSS selector/)]);
    expect(parseImportedConfigs('{ nope')).toMatchObject({ ok: false, errors: [expect.stringMatching(/^not valid JSON/)] });
    expect(parseImportedConfigs('[]')).toMatchObject({ ok: false, errors: ['the list is empty'], problems: [{ code: 'import-empty' }] });
    expect(parseImportedConfigs(JSON.stringify([HIVE, HIVE]))).toMatchObject({ ok: false, errors: ['[1] id "helphive" appears twice'] });
  });

  it("refuses an id the organisation's policy already uses (the policy's config would win anyway)", () => {
    expect(parseImportedConfigs(JSON.stringify(HIVE), ['helphive'])).toMatchObject({
      ok: false,
      errors: [`id "helphive" is used by your organisation's configuration`],
      problems: [{ code: 'import-id-org', params: ['helphive'] }],
    });
  });
});

describe('host access', () => {
  it('asks for each host once, for both schemes when the pattern says *://, and for everything on <all_urls>', () => {
    expect(originsForPatterns(['https://desk.helphive.test/tickets/*', 'https://desk.helphive.test/views/*', 'https://*.hive.test/*'])).toEqual([
      'https://desk.helphive.test/*',
      'https://*.hive.test/*',
    ]);
    expect(originsForPatterns(['*://desk.test/a/*'])).toEqual(['https://desk.test/*', 'http://desk.test/*']);
    expect(originsForPatterns(['<all_urls>'])).toEqual(['https://*/*', 'http://*/*']);
    expect(originsForPatterns(['not a pattern'])).toEqual([]);
  });

  it("names the origin a tab's page needs", () => {
    expect(originOfTabUrl('https://desk.helphive.test:8443/tickets/1?x=1')).toBe('https://desk.helphive.test/*');
    expect(originOfTabUrl('chrome://version')).toBeNull();
  });
});

describe('which tabs the preview can use', () => {
  it('says why browser pages, extension pages, stores and files cannot be scripted', () => {
    expect(unscriptableReason('https://desk.helphive.test/tickets/1')).toBeNull();
    expect(unscriptableReason('http://localhost:3000/')).toBeNull();
    expect(unscriptableReason('chrome://settings')).toBe('browser-page');
    expect(unscriptableReason('about:blank')).toBe('browser-page');
    expect(unscriptableReason('edge://newtab')).toBe('browser-page');
    expect(unscriptableReason('chrome-extension://abc/options.html')).toBe('extension-page');
    expect(unscriptableReason('moz-extension://abc/options.html')).toBe('extension-page');
    expect(unscriptableReason('https://chromewebstore.google.com/detail/x')).toBe('web-store');
    expect(unscriptableReason('https://chrome.google.com/webstore/detail/x')).toBe('web-store');
    expect(unscriptableReason('https://chrome.google.com/search')).toBeNull();
    expect(unscriptableReason('https://addons.mozilla.org/en-US/firefox/')).toBe('web-store');
    expect(unscriptableReason('file:///home/agent/page.html')).toBe('file');
    expect(unscriptableReason(undefined)).toBe('no-url');
  });

  it('starts on the most recently used tab that is not an extension page', () => {
    const tabs = [
      { id: 1, url: 'https://old.test/', lastAccessed: 100 },
      { id: 2, url: 'chrome-extension://abc/options.html', lastAccessed: 300, active: true },
      { id: 3, url: 'https://desk.helphive.test/tickets/1', lastAccessed: 200 },
      { id: undefined, url: 'https://no-id.test/', lastAccessed: 400 },
    ];
    expect(defaultPreviewTab(tabs)?.id).toBe(3);
    // Without lastAccessed (older browsers), the active one.
    expect(defaultPreviewTab([{ id: 1, url: 'https://a.test/' }, { id: 2, url: 'https://b.test/', active: true }])?.id).toBe(2);
    expect(defaultPreviewTab([{ id: 2, url: 'chrome-extension://abc/options.html' }])).toBeUndefined();
  });
});

describe('coveredByPatterns', () => {
  const manifest = ['https://*.zendesk.com/*', 'https://app.intercom.com/*'];
  it("knows when the manifest's content script already runs on a custom config's pages", () => {
    expect(coveredByPatterns('https://helphive-custom.zendesk.com/tickets/*', manifest)).toBe(true);
    expect(coveredByPatterns('https://*.zendesk.com/hc/*', manifest)).toBe(true);
    expect(coveredByPatterns('https://desk.helphive.test/tickets/*', manifest)).toBe(false);
    expect(coveredByPatterns('*://helphive-custom.zendesk.com/*', manifest)).toBe(false); // http is not covered
    expect(coveredByPatterns('https://*/*', manifest)).toBe(false);
    expect(coveredByPatterns('<all_urls>', manifest)).toBe(false);
  });
});
