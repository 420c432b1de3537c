// Saving a repair: nothing without the preview of exactly that config in that tab, only for the page it covers,
// and the content script gets it back as an override (first in the list pickAdapter walks).
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { CustomAdapterConfig } from '../../../adapters/custom';
import { recordPreview, saveRepair } from '../../../lib/background/repair';
import { adapterOverridesItem, loadAdapterOverrides } from '../../../lib/repair/overrides';

const URL_ = 'https://desk.example.test/tickets/9';
const config: CustomAdapterConfig = {
  id: 'repair-desk-example-test',
  name: 'desk.example.test',
  urlPatterns: ['https://desk.example.test/*'],
  selectors: { subject: '.title', message: '.entry', messageAuthor: '.who', messageBody: '.words', editor: '#reply' },
  layer: 'override',
};
const preview = { url: URL_, title: '', selectors: {}, snapshot: null, editor: null };

describe('saving a repair', () => {
  beforeEach(() => fakeBrowser.reset());

  it('refuses a config that was not previewed in that tab, or differs from the one previewed', async () => {
    expect(await saveRepair(1, config, URL_)).toMatchObject({ ok: false, errors: ['preview the repair before saving it'] });
    await recordPreview(1, { ok: true, host: 'desk.example.test', config, preview, positional: [] });
    expect((await saveRepair(2, config, URL_)).ok).toBe(false); // another tab
    const edited = { ...config, selectors: { ...config.selectors, subject: 'h1' } };
    expect((await saveRepair(1, edited, URL_)).ok).toBe(false);
    // A cancel forgets the preview.
    await recordPreview(1, { ok: false, reason: 'cancelled' });
    expect((await saveRepair(1, config, URL_)).ok).toBe(false);
    expect(await adapterOverridesItem.getValue()).toEqual({});
  });

  it('refuses a repair that does not cover the tab it was made on', async () => {
    await recordPreview(1, { ok: true, host: 'desk.example.test', config, preview, positional: [] });
    expect(await saveRepair(1, config, 'https://other.example.test/tickets/9')).toMatchObject({ ok: false });
    expect(await adapterOverridesItem.getValue()).toEqual({});
  });

  it('saves the previewed config for the host, once; the content script gets it as an override', async () => {
    await recordPreview(1, { ok: true, host: 'desk.example.test', config, preview, positional: [] });
    expect(await saveRepair(1, config, URL_)).toEqual({ ok: true, host: 'desk.example.test' });
    expect(Object.keys(await adapterOverridesItem.getValue())).toEqual(['desk.example.test']);
    expect((await saveRepair(1, config, URL_)).ok).toBe(false); // the preview was used up
    const loaded = await loadAdapterOverrides();
    expect(loaded).toEqual([{ ...config, layer: 'override' }]);
  });

  it('drops a stored override that is not a valid config', async () => {
    await adapterOverridesItem.setValue({ 'x.test': { id: 'bad id!', selectors: {} } as unknown as CustomAdapterConfig });
    expect(await loadAdapterOverrides()).toEqual([]);
  });
});
