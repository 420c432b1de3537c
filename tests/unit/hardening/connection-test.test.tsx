// Issue 14 item 2: "Test connection" must never pair a key with a base URL the agent typed but did not save, and
// the organisation's key goes only to the organisation's endpoint.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { AiSettings } from '../../../lib/ai/types';

const tested: AiSettings[] = [];
vi.mock('../../../lib/ai/client', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../../lib/ai/client')>()),
  testConnection: vi.fn(async (settings: AiSettings) => {
    tested.push(settings);
    return { ok: true, model: settings.model, latencyMs: 1 };
  }),
}));

import { OptionsApp } from '../../../components/options/OptionsApp';
import { apiKeyItem, settingsItem, withDefaults } from '../../../lib/settings';
import { clearSecretsForTests } from '../../../lib/secrets';
import { click, mount, typeInto, waitFor, type Mounted } from './render';

let page: Mounted | undefined;
beforeEach(async () => {
  fakeBrowser.reset();
  // The fake browser has no i18n: lib/i18n falls back to the English text.
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(() => '');
  vi.spyOn(fakeBrowser.permissions, 'contains').mockImplementation((async () => true) as never);
  await clearSecretsForTests();
  tested.length = 0;
});
afterEach(() => page?.unmount());

const q = <T extends Element>(sel: string) => page!.container.querySelector<T>(sel);

describe('options page: test connection', () => {
  it('uses the saved base URL, not the one typed and unsaved', async () => {
    await settingsItem.setValue(withDefaults({ baseUrl: 'https://gw.saved.test' }));
    await apiKeyItem.setValue('sk-agent');
    page = await mount(<OptionsApp />);
    const baseUrl = await waitFor(() => q<HTMLInputElement>('[data-testid="base-url"]:not(:disabled)'));
    await waitFor(() => baseUrl.value === 'https://gw.saved.test');
    await typeInto(baseUrl, 'https://collector.evil.test');
    await click(q('[data-testid="test-connection"]')!);
    await waitFor(() => tested.length === 1);
    expect(tested[0]).toMatchObject({ apiKey: 'sk-agent', baseUrl: 'https://gw.saved.test' });
  });

  it("with the organisation's key, the base URL is the organisation's (or Anthropic's) whatever the agent saved", async () => {
    await settingsItem.setValue(withDefaults({ baseUrl: 'https://collector.evil.test' }));
    await fakeBrowser.storage.managed.set({ apiKey: 'sk-org' });
    page = await mount(<OptionsApp />);
    await waitFor(() => q('[data-testid="locked-base-url"]'));
    expect(q<HTMLInputElement>('[data-testid="base-url"]')!.disabled).toBe(true);
    expect(q<HTMLInputElement>('[data-testid="base-url"]')!.value).toBe('');
    await click(q('[data-testid="test-connection"]')!);
    await waitFor(() => tested.length === 1);
    expect(tested[0].apiKey).toBe('sk-org');
    expect(tested[0].baseUrl).toBeUndefined(); // Anthropic's own endpoint
  });
});
