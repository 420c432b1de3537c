// Stored settings carry a version (WXT storage item `version` + `migrations`, lib/agent-settings.ts): what an
// earlier version stored is upgraded once, when a context of the new version starts, and written back whole.
// Each test stores an old shape the way the old code left it (no version mark), then loads the module afresh, as
// the worker or a page does after an update.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

async function freshModule() {
  vi.resetModules();
  return import('../../../lib/agent-settings');
}

const stored = async () => fakeBrowser.storage.local.get(['settings', 'settings$']);

describe('settings migrations', () => {
  beforeEach(() => fakeBrowser.reset());

  it('the first version\'s six fields are upgraded to the whole shape on read, and the upgrade is stored', async () => {
    const v1 = { baseUrl: 'https://gw.acme.test', model: 'claude-haiku-4-5', maxTokens: 2048, redact: false, agentName: 'Sam', brandVoice: 'Brief.' };
    await fakeBrowser.storage.local.set({ settings: v1 });
    const { settingsItem, DEFAULT_SETTINGS } = await freshModule();
    const expected = { ...DEFAULT_SETTINGS, ...v1 };
    expect(await settingsItem.getValue()).toEqual(expected);
    expect(await stored()).toEqual({ settings: expected, settings$: { v: 2 } });
  });

  it('nested objects stored before a field existed gain it with its default (features before aiAlerts)', async () => {
    await fakeBrowser.storage.local.set({
      settings: { model: 'm', features: { drafts: false, chat: true, sentiment: true, knowledge: true, analytics: false }, alerts: { disabledKinds: ['urgency'] }, blockHelpdesks: true },
    });
    const { settingsItem } = await freshModule();
    const got = await settingsItem.getValue();
    expect(got.features).toEqual({ drafts: false, chat: true, sentiment: true, knowledge: true, analytics: false, aiAlerts: false });
    expect(got.alerts).toEqual({ extraPhrases: {}, thresholds: {}, disabledKinds: ['urgency'] });
    expect(got).not.toHaveProperty('blockHelpdesks'); // set only by policy, never stored
  });

  it('a value of the current version is left as it is, and a new profile is marked current on first save', async () => {
    const { settingsItem, DEFAULT_SETTINGS, SETTINGS_VERSION } = await freshModule();
    expect(await settingsItem.getValue()).toEqual(DEFAULT_SETTINGS); // nothing stored: the defaults
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, agentName: 'Ana' });
    expect((await stored())['settings$']).toEqual({ v: SETTINGS_VERSION });
    const again = await freshModule();
    expect((await again.settingsItem.getValue()).agentName).toBe('Ana');
  });
});
