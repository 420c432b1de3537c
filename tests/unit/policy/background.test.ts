import { vi, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { TandemDB } from '../../../lib/db';
import { loadEffective } from '../../../lib/policy/effective';
import { policyFingerprint, policyStatusItem, recordPolicy, registerPolicy } from '../../../lib/policy/background';

describe('recording the policy in the audit log', () => {
  let db: TandemDB;
  beforeEach(() => {
    fakeBrowser.reset();
    db = new TandemDB(`policy-bg-${Math.random()}`);
  });

  it('writes one entry per distinct policy, with keys but never values (they can be credentials)', async () => {
    await fakeBrowser.storage.managed.set({ apiKey: 'sk-org-secret', model: 'claude-opus-4-1', retentionDays: -1 });
    expect(await recordPolicy(db, await loadEffective(), 1)).toBe(true);
    expect(await recordPolicy(db, await loadEffective(), 2)).toBe(false); // same policy again (worker restart)
    const [entry] = await db.audit.toArray();
    expect(entry).toMatchObject({ action: 'policy_applied', detail: { source: 'managed', applied: ['apiKey', 'model'] } });
    expect((entry.detail!.rejected as string[])[0]).toMatch(/^retentionDays: /);
    expect(JSON.stringify(entry)).not.toContain('sk-org-secret');
    expect((await policyStatusItem.getValue())?.locked).toEqual(['apiKey', 'baseUrl', 'model', 'useGatewayWithoutKey']);

    await fakeBrowser.storage.managed.set({ model: 'claude-haiku-4-5' }); // a changed value is a new policy
    expect(await recordPolicy(db, await loadEffective(), 3)).toBe(true);
    await fakeBrowser.storage.managed.clear(); // policy removed: recorded too
    expect(await recordPolicy(db, await loadEffective(), 4)).toBe(true);
    expect((await db.audit.orderBy('at').toArray()).map((e) => e.detail?.source)).toEqual(['managed', 'managed', 'none']);
  });

  it('the codes a rejection carries for translation are not part of the fingerprint: an upgrade that adds them writes no entry', async () => {
    await fakeBrowser.storage.managed.set({ retentionDays: -3, features: { teleport: true } });
    const effective = await loadEffective();
    expect(effective.policyReport.rejected.every((r) => r.code)).toBe(true);
    // What the version before the codes stored: the same report, each rejection only its key and English reason.
    const before = { ...effective, policyReport: { ...effective.policyReport, rejected: effective.policyReport.rejected.map(({ key, reason }) => ({ key, reason })) } };
    expect(policyFingerprint(effective)).toBe(policyFingerprint(before));
    await policyStatusItem.setValue({ appliedAt: 1, fingerprint: policyFingerprint(before), report: before.policyReport, locked: [] });
    expect(await recordPolicy(db, effective, 2)).toBe(false);
    expect(await db.audit.count()).toBe(0);
    // A changed English reason is still a change.
    const reworded = { ...before, policyReport: { ...before.policyReport, rejected: [{ ...before.policyReport.rejected[0], reason: 'other' }, ...before.policyReport.rejected.slice(1)] } };
    expect(policyFingerprint(reworded)).not.toBe(policyFingerprint(before));
  });

  it('records nothing when there never was a policy', async () => {
    expect(await recordPolicy(db, await loadEffective(), 1)).toBe(false);
    expect(await db.audit.count()).toBe(0);
  });

  it('registerPolicy: start-up and a simultaneous change event give one entry, not two', async () => {
    await fakeBrowser.storage.managed.set({ model: 'claude-opus-4-1' });
    registerPolicy(() => db);
    await fakeBrowser.storage.managed.set({ model: 'claude-opus-4-1' }); // fires onChanged('managed') at once
    // (waits for the first entry rather than a fixed 100 ms, which a busy machine overran; then gives a second one
    // every chance to appear before counting)
    await vi.waitFor(async () => expect(await db.audit.where('action').equals('policy_applied').count()).toBeGreaterThan(0), { timeout: 5000 });
    await new Promise((r) => setTimeout(r, 300));
    expect(await db.audit.where('action').equals('policy_applied').count()).toBe(1);
  });
});
