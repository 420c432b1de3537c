// Issue 14 item 9: policy fails closed. A host list with no usable entry, or a managed storage that cannot be read,
// leaves Tandem working on no helpdesk (and, unread, with every feature off), says so on the options page, and the
// read is retried. And the switches that keep agents from adding helpdesks / knowledge of their own.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { isHelpdeskHostAllowed, loadEffective, mergeSettings, readManagedPolicy, watchEffective, type EffectiveSettings } from '../../../lib/policy/effective';
import { validatePolicy } from '../../../lib/policy/validate';
import { withDefaults } from '../../../lib/settings';
import { customAdaptersItem, loadCustomAdapters } from '../../../lib/custom-helpdesks';
import { clearSecretsForTests } from '../../../lib/secrets';
import { PolicySummary } from '../../../components/options/PolicySummary';
import { OptionsApp } from '../../../components/options/OptionsApp';
import { mount, waitFor, type Mounted } from './render';

const ZENDESK = 'https://acme.zendesk.com/agent/tickets/1';
const adapter = {
  id: 'acme-desk', name: 'Acme Desk', urlPatterns: ['https://support.acme.test/tickets/*'],
  selectors: { subject: 'h1', message: '.msg', messageBody: '.body', editor: '#reply' },
};

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

describe('an allowedHelpdeskHosts list with no usable entry', () => {
  it('closes Tandem on every helpdesk instead of opening it everywhere', async () => {
    await fakeBrowser.storage.managed.set({ allowedHelpdeskHosts: ['https://acme.zendesk.com/', 'https://acme.freshdesk.com'] });
    const e = await loadEffective();
    expect(e.policyReport.failedClosed).toBe('no-valid-hosts');
    expect(e.policyReport.rejected.map((r) => r.key)).toEqual(['allowedHelpdeskHosts[0]', 'allowedHelpdeskHosts[1]']);
    expect(isHelpdeskHostAllowed(e.settings, ZENDESK)).toBe(false);
    expect(isHelpdeskHostAllowed(e.settings, 'https://acme.freshdesk.com/a/tickets/1')).toBe(false);
    expect(e.locked.has('allowedHelpdeskHosts')).toBe(true);
  });

  it('a list that is not a list at all closes it too; an empty list is a deliberate "everywhere"', () => {
    expect(validatePolicy({ allowedHelpdeskHosts: 'acme.zendesk.com' }).policy.blockHelpdesks).toBe(true);
    const open = validatePolicy({ allowedHelpdeskHosts: [] });
    expect(open.policy.blockHelpdesks).toBeUndefined();
    expect(isHelpdeskHostAllowed(mergeSettings(withDefaults({}), '', open.policy).settings, ZENDESK)).toBe(true);
  });

  it('one good entry among bad ones: that host only (unchanged)', () => {
    const { policy } = validatePolicy({ allowedHelpdeskHosts: ['https://bad/', 'acme.zendesk.com'] });
    const { settings } = mergeSettings(withDefaults({}), '', policy);
    expect(isHelpdeskHostAllowed(settings, ZENDESK)).toBe(true);
    expect(isHelpdeskHostAllowed(settings, 'https://other.zendesk.com/')).toBe(false);
  });

  it('the agent cannot close or open it through their own settings', () => {
    const { settings } = mergeSettings(withDefaults({ blockHelpdesks: true }), '', {});
    expect(isHelpdeskHostAllowed(settings, ZENDESK)).toBe(true);
  });
});

describe('managed storage that cannot be read', () => {
  const failing = (message = 'IO error: policy service not ready') => ({ get: vi.fn(() => Promise.reject(new Error(message))) });

  it('is retried, then counts as unreadable (not as "no policy")', async () => {
    const area = failing();
    expect(await readManagedPolicy(area, [0, 0])).toEqual({ raw: {}, source: 'unreadable', readError: 'IO error: policy service not ready' });
    expect(area.get).toHaveBeenCalledTimes(3);
  });

  it('a read that fails once and then works applies the policy', async () => {
    const area = { get: vi.fn().mockRejectedValueOnce(new Error('busy')).mockResolvedValueOnce({ model: 'claude-opus-4-1' }) };
    expect(await readManagedPolicy(area, [0])).toMatchObject({ source: 'managed', raw: { model: 'claude-opus-4-1' } });
  });

  it("Firefox's \"no policies.json entry\" is no policy, not a failure", async () => {
    expect((await readManagedPolicy(failing('Managed storage manifest not found'), [0])).source).toBe('none');
  });

  it('fails closed: no helpdesk, every feature off, redaction on, nothing of the agent added', async () => {
    const e = await loadEffective({ managedArea: failing(), agent: withDefaults({ redact: false, customAdapters: [adapter] }), agentApiKey: 'k' });
    expect(e.policyReport).toMatchObject({ source: 'unreadable', failedClosed: 'unreadable', readError: expect.stringContaining('IO error') });
    expect(isHelpdeskHostAllowed(e.settings, ZENDESK)).toBe(false);
    expect(Object.values(e.features).every((on) => !on)).toBe(true);
    expect(e.settings.redact).toBe(true);
    expect(e.settings.customAdapters).toEqual([]);
  });

  it('open pages retry the read and open again once it works', async () => {
    vi.useFakeTimers();
    try {
      let fail = true;
      vi.spyOn(fakeBrowser.storage.managed, 'get').mockImplementation((async () => {
        if (fail) throw new Error('IO error');
        return {};
      }) as never);
      const seen: EffectiveSettings[] = [];
      const stop = watchEffective((e) => seen.push(e), { initial: true });
      await vi.advanceTimersByTimeAsync(5_000);
      expect(seen.at(-1)?.policyReport.source).toBe('unreadable');
      fail = false;
      await vi.advanceTimersByTimeAsync(20_000);
      expect(seen.at(-1)?.policyReport.source).toBe('none');
      expect(isHelpdeskHostAllowed(seen.at(-1)!.settings, ZENDESK)).toBe(true);
      stop();
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('the options page says so', () => {
  it('unreadable policy', async () => {
    page = await mount(<PolicySummary report={{ applied: [], rejected: [], source: 'unreadable', readError: 'IO error', failedClosed: 'unreadable' }} />);
    expect(page.container.querySelector('[data-testid="policy-unreadable"]')?.textContent).toMatch(/could not be read.*paused/);
  });

  it('no usable host', async () => {
    const { report } = validatePolicy({ allowedHelpdeskHosts: ['https://acme.zendesk.com/'] });
    page = await mount(<PolicySummary report={{ ...report, source: 'managed' }} />);
    expect(page.container.querySelector('[data-testid="policy-closed-hosts"]')?.textContent).toMatch(/works on no helpdesk/);
  });
});

describe("agentHelpdesks / agentKnowledgeSources: false", () => {
  it("the agent's own helpdesks are not handed to the content script", async () => {
    await customAdaptersItem.setValue([{ ...adapter, id: 'mine', name: 'Mine' }]);
    expect((await loadCustomAdapters([adapter])).map((c) => c.id)).toEqual(['acme-desk', 'mine']);
    expect((await loadCustomAdapters([adapter], false)).map((c) => c.id)).toEqual(['acme-desk']);
  });

  it("the agent's settings lists are dropped when the organisation sets none; the organisation's stay", () => {
    const agent = withDefaults({ customAdapters: [adapter], knowledgeSources: [{ id: 'k', kind: 'url', url: 'https://kb.test/a.md' }] });
    const off = mergeSettings(agent, '', validatePolicy({ agentHelpdesks: false, agentKnowledgeSources: false }).policy);
    expect(off.settings.customAdapters).toEqual([]);
    expect(off.settings.knowledgeSources).toEqual([]);
    expect(off.settings.agentHelpdesks).toBe(false);
    expect(off.locked.has('agentKnowledgeSources')).toBe(true);
    const org = mergeSettings(agent, '', validatePolicy({ agentKnowledgeSources: false, knowledgeSources: [{ id: 'org', url: 'https://kb.acme.test/a.json' }] }).policy);
    expect(org.settings.knowledgeSources.map((s) => s.id)).toEqual(['org']);
  });

  it('the options page offers no way to add them', async () => {
    await fakeBrowser.storage.managed.set({ agentHelpdesks: false, agentKnowledgeSources: false });
    page = await mount(<OptionsApp />);
    const q = (sel: string) => page!.container.querySelector<HTMLInputElement | HTMLButtonElement>(sel);
    await waitFor(() => q('[data-testid="ch-own-locked"]'));
    expect(q('[data-testid="ch-add"]')!.disabled).toBe(true);
    expect(q('[data-testid="kb-file-input"]')!.disabled).toBe(true);
    expect(q('[data-testid="kb-add-source"]')!.closest('fieldset')!.disabled).toBe(true);
  });
});
