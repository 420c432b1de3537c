// The background's side of managed policy: when the organisation's policy is first seen or changes, write one
// `policy_applied` audit entry (keys applied and rejected, never values: they can hold credentials) and keep
// the latest report in local storage, where the options page and tests can read what the worker applied.
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import type { TandemDB } from '../db';
import { audit } from '../audit';
import { loadEffective, UNREADABLE_RETRY_MS, type EffectiveSettings } from './effective';
import type { PolicyReport } from './types';

export interface PolicyStatus {
  appliedAt: number;
  fingerprint: string;
  report: PolicyReport;
  /** Which settings the organisation holds, as seen by the service worker. */
  locked: string[];
}

export const policyStatusItem = storage.defineItem<PolicyStatus | null>('local:policyStatus', { fallback: null });

/** Stable across key order; includes values (hashed away by never being stored) so a changed value counts. Of a
 *  rejection only its key and English reason count: a translation code added to the same rejection (or a change to
 *  its params) is not a new policy, and must not write an audit entry after an upgrade. */
export function policyFingerprint(effective: Pick<EffectiveSettings, 'policy' | 'policyReport'>): string {
  const sorted = (v: unknown): unknown =>
    Array.isArray(v) ? v.map(sorted) : v && typeof v === 'object'
      ? Object.fromEntries(Object.keys(v).sort().map((k) => [k, sorted((v as Record<string, unknown>)[k])]))
      : v;
  let h = 2166136261;
  const text = JSON.stringify(sorted({ p: effective.policy, r: effective.policyReport.rejected.map(({ key, reason }) => ({ key, reason })) }));
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619) >>> 0;
  return h.toString(16);
}

/** Record the current policy if it differs from the last one recorded. Returns whether it wrote an entry. */
export async function recordPolicy(db: TandemDB, effective: EffectiveSettings, now = Date.now()): Promise<boolean> {
  const fingerprint = policyFingerprint(effective);
  const previous = await policyStatusItem.getValue();
  if (previous?.fingerprint === fingerprint) return false;
  const { applied, rejected, source } = effective.policyReport;
  await policyStatusItem.setValue({ appliedAt: now, fingerprint, report: effective.policyReport, locked: [...effective.locked].sort() });
  if (source === 'none' && !previous) return false; // no policy now and never had one: nothing to record
  await audit(db, 'policy_applied', { detail: { source, applied, rejected: rejected.map((r) => `${r.key}: ${r.reason}`) } }, { now });
  return true;
}

/** For the background's `main`: record at start-up and on every change to managed storage. */
export function registerPolicy(getDb: () => TandemDB): void {
  // One run at a time: the start-up read and the first 'managed' change event arrive together, and two
  // concurrent runs would both see "no previous policy" and write two entries.
  let queue: Promise<void> = Promise.resolve();
  const run = () => {
    queue = queue.then(async () => {
      try {
        const effective = await loadEffective();
        await recordPolicy(getDb(), effective);
        // Closed until the policy can be read: no change event will say when, so try again.
        if (effective.policyReport.source === 'unreadable') setTimeout(run, UNREADABLE_RETRY_MS);
      } catch (err) {
        console.warn('Tandem: could not read the managed policy', err);
      }
    });
  };
  browser.storage.onChanged.addListener((_changes, area) => {
    if (area === 'managed') run();
  });
  run();
}
