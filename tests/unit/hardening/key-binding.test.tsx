// The agent's API key goes only to the base URL it was saved for. Settings live in storage.local, which a Firefox
// content script can write: a page that got into the content script must not be able to point the key at its own
// server by rewriting `settings.baseUrl`. The options page's Save binds the key to the URL it shows.
import { act } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { keyForBaseUrl, loadEffective } from '../../../lib/policy/effective';
import { apiKeyBaseUrlSecret, apiKeySecret, clearSecretsForTests } from '../../../lib/secrets';
import { OptionsApp } from '../../../components/options/OptionsApp';
import { mount, waitFor, type Mounted } from './render';

let page: Mounted | undefined;
beforeEach(async () => {
  fakeBrowser.reset();
  await clearSecretsForTests();
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(() => '');
  vi.spyOn(fakeBrowser.permissions, 'contains').mockImplementation((async () => true) as never);
});
afterEach(() => {
  page?.unmount();
  page = undefined;
  vi.restoreAllMocks();
});

/** What a content script could do in Firefox: write the settings object in storage.local. */
const rewriteBaseUrl = async (baseUrl: string) => {
  const { settings } = (await fakeBrowser.storage.local.get('settings')) as { settings?: Record<string, unknown> };
  await fakeBrowser.storage.local.set({ settings: { ...(settings ?? {}), baseUrl } });
};

describe('the API key bound to its base URL', () => {
  it('is withheld when the settings name another base URL than the key was saved for', async () => {
    await apiKeySecret.setValue('sk-ant-agent');
    await apiKeyBaseUrlSecret.setValue('');
    expect((await loadEffective()).apiKey).toBe('sk-ant-agent');
    await rewriteBaseUrl('https://collector.evil.test');
    const e = await loadEffective();
    expect(e.settings.baseUrl).toBe('https://collector.evil.test');
    expect(e.apiKey).toBe('');
    expect(e.apiKeyWithheld).toBe(true);
  });

  it('a trailing slash is the same URL; a key from before the binding is bound on first use', async () => {
    expect(await keyForBaseUrl('k', 'https://gw.acme.test/v1', 'https://gw.acme.test/v1/')).toEqual({ key: 'k', withheld: false });
    const bind = vi.fn(async () => {});
    expect(await keyForBaseUrl('k', null, ' https://gw.acme.test ', bind)).toEqual({ key: 'k', withheld: false });
    expect(bind).toHaveBeenCalledWith('https://gw.acme.test');
    expect(await keyForBaseUrl('', 'https://a.test', 'https://b.test')).toEqual({ key: '', withheld: false });
  });

  it('the options page says so, and Save by the agent binds the key to the address shown', async () => {
    await apiKeySecret.setValue('sk-ant-agent');
    await apiKeyBaseUrlSecret.setValue('');
    await rewriteBaseUrl('http://127.0.0.1:9999');
    page = await mount(<OptionsApp />);
    const q = (sel: string) => page!.container.querySelector(sel);
    const note = await waitFor(() => q('[data-testid="api-key-withheld"]'));
    expect(note.textContent).toContain('does not send it to http://127.0.0.1:9999');
    // The form shows the rewritten address; the agent saves it (Save is the agent's own act on an extension page).
    await waitFor(() => (q('[data-testid="base-url"]') as HTMLInputElement | null)?.value === 'http://127.0.0.1:9999');
    await act(async () => (q('form') as HTMLFormElement).requestSubmit());
    let bound: string | null = null;
    for (let i = 0; i < 100 && bound !== 'http://127.0.0.1:9999'; i++) {
      bound = await apiKeyBaseUrlSecret.getValue();
      await new Promise((r) => setTimeout(r, 20));
    }
    expect(bound).toBe('http://127.0.0.1:9999');
    const e = await loadEffective();
    expect(e.apiKey).toBe('sk-ant-agent');
    expect(e.apiKeyWithheld).toBeUndefined();
  });
});
