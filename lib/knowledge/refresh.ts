// Scheduled refresh of the knowledge sources the settings name (the organisation's policy, or the agent's own
// settings): each with `refreshHours` is synced again once that long has passed since its last sync. The MV3
// worker is stopped whenever idle, so nothing here lives in memory: an alarm (which outlives the worker and
// browser restarts) wakes it every few minutes, and due-ness is computed from the last sync recorded in IndexedDB.
// "Sync now" in the options page records its outcome the same way, so a manual sync also restarts the clock, and
// the options page shows the last outcome, scheduled or manual, under each source.
import { browser } from 'wxt/browser';
import type { TandemDB } from '../db';
import type { KnowledgeSource } from '../policy/types';
import type { KbLimits } from './limits';
import { originToRequest, syncErrorKind, syncPolicySource, type SourceSyncResult, type SyncErrorKind } from './sources';
import type { FetchLike, SyncRetryPolicy } from './sync';

export const KB_REFRESH_ALARM = 'tandem-kb-refresh';
/** How often the worker wakes to look for due sources (cheap: one settings read, one IndexedDB read). */
export const KB_REFRESH_PERIOD_MINUTES = 15;
/** A failed sync is tried again after this long, or after refreshHours if that is shorter. */
export const RETRY_FAILED_AFTER_MS = 60 * 60 * 1000;
/** Clock moved back further than this since the last sync: do not wait for it to catch up. */
const CLOCK_SLACK_MS = 5 * 60 * 1000;
const HOUR_MS = 60 * 60 * 1000;

/** Outcome of a source's last sync, kept in kbMeta under syncStateKey(source id). */
export interface SourceSyncState {
  sourceId: string;
  /** The URL it was synced from: a source whose URL changed counts as never synced. */
  url: string;
  /** When the sync finished (ms). */
  at: number;
  trigger: 'manual' | 'scheduled';
  ok: boolean;
  result?: Omit<SourceSyncResult, 'skipped'> & { skipped: number };
  error?: { kind: SyncErrorKind | 'permission'; message: string };
}

export const syncStateKey = (sourceId: string) => `sync:${sourceId}`;

export async function readSyncState(db: TandemDB, sourceId: string): Promise<SourceSyncState | undefined> {
  return (await db.kbMeta.get(syncStateKey(sourceId)))?.value as SourceSyncState | undefined;
}

async function writeSyncState(db: TandemDB, state: SourceSyncState): Promise<void> {
  await db.kbMeta.put({ key: syncStateKey(state.sourceId), value: state, updatedAt: state.at });
}

/**
 * Whether a source should be synced now: it has a refresh interval, and it was never synced from this URL, or
 * its last successful sync is at least refreshHours old, or its last sync failed at least an hour (or
 * refreshHours, if shorter) ago. A sync that failed on a size cap would fail the same way within the hour, so
 * it waits the whole refreshHours.
 */
export function isDue(src: KnowledgeSource, state: SourceSyncState | undefined, now: number): boolean {
  const hours = src.refreshHours;
  if (typeof hours !== 'number' || !Number.isFinite(hours) || hours <= 0) return false;
  if (!state || state.url !== src.url) return true;
  if (now < state.at - CLOCK_SLACK_MS) return true;
  const interval = hours * HOUR_MS;
  const retryAfter = state.ok || state.error?.kind === 'limit' ? interval : Math.min(interval, RETRY_FAILED_AFTER_MS);
  return now - state.at >= retryAfter;
}

/** Runs a sync of `src` and records its outcome (success or error), then returns or rethrows as the sync did. */
export async function recordSync(
  db: TandemDB,
  src: KnowledgeSource,
  trigger: SourceSyncState['trigger'],
  run: () => Promise<SourceSyncResult>,
  now: () => number = Date.now,
): Promise<SourceSyncResult> {
  try {
    const result = await run();
    await writeSyncState(db, { sourceId: src.id, url: src.url, at: now(), trigger, ok: true, result: { ...result, skipped: result.skipped.length } });
    return result;
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    await writeSyncState(db, { sourceId: src.id, url: src.url, at: now(), trigger, ok: false, error: { kind: syncErrorKind(e), message } });
    throw e;
  }
}

export interface RefreshDeps {
  fetchFn: FetchLike;
  /** navigator.onLine: false means certainly offline. */
  online: () => boolean;
  /** Whether the extension may reach this origin (an optional host permission granted earlier). */
  hasHostAccess: (origin: string) => Promise<boolean>;
  now?: () => number;
  policy?: SyncRetryPolicy;
  /** Caps on what one sync reads (defaults: lib/knowledge/limits.ts). */
  limits?: Partial<KbLimits>;
}

export interface RefreshReport {
  offline: boolean;
  synced: string[];
  failed: string[];
}

/**
 * Syncs the due sources one after another. Offline, nothing is tried and nothing recorded (the sources stay due
 * and are tried at the next wake-up). A source whose host the agent never granted is not fetched: that is
 * recorded as its error, with what to do about it.
 */
export async function refreshDueSources(db: TandemDB, sources: KnowledgeSource[], deps: RefreshDeps): Promise<RefreshReport> {
  const now = deps.now ?? Date.now;
  const report: RefreshReport = { offline: false, synced: [], failed: [] };
  for (const src of sources) {
    const previous = await readSyncState(db, src.id);
    if (!isDue(src, previous, now())) continue;
    if (!deps.online()) {
      report.offline = true;
      break;
    }
    const origin = originToRequest(src.url);
    if (origin && !(await deps.hasHostAccess(origin))) {
      const message = `no access to ${new URL(src.url).host} was granted; use "Sync now" once to grant it`;
      await writeSyncState(db, { sourceId: src.id, url: src.url, at: now(), trigger: 'scheduled', ok: false, error: { kind: 'permission', message } });
      report.failed.push(src.id);
      continue;
    }
    try {
      await recordSync(db, src, 'scheduled', () => syncPolicySource(db, src, deps.fetchFn, undefined, deps.policy, deps.limits), now);
      report.synced.push(src.id);
    } catch (e) {
      if (syncErrorKind(e) === 'network' && !deps.online()) {
        // The connection went away during the sync: not the source's fault. Forget the attempt, try again later.
        if (previous) await writeSyncState(db, previous);
        else await db.kbMeta.delete(syncStateKey(src.id));
        report.offline = true;
        break;
      }
      report.failed.push(src.id);
    }
  }
  return report;
}

/**
 * For the background's `main` (synchronous, first turn): the alarm is created once (it persists across worker
 * and browser restarts) and each wake-up syncs what is due. `getDb` / `getSettings` are passed in so this module
 * does nothing at import time.
 */
export function registerKnowledgeRefresh(
  getDb: () => TandemDB,
  getSettings: () => Promise<{ knowledgeSources: KnowledgeSource[]; features: { knowledge: boolean } }>,
): void {
  let running: Promise<unknown> | undefined;
  const run = () => {
    running ??= (async () => {
      const settings = await getSettings();
      if (!settings.features.knowledge || settings.knowledgeSources.length === 0) return;
      await refreshDueSources(getDb(), settings.knowledgeSources, {
        // Requests leave from the worker, which holds the extension's host permissions (no CORS).
        fetchFn: (input, init) => fetch(input, init),
        online: () => navigator.onLine !== false,
        hasHostAccess: (origin) => browser.permissions.contains({ origins: [origin] }).catch(() => false),
      });
    })()
      .catch((err) => console.warn('Tandem: scheduled knowledge refresh failed', err))
      .finally(() => (running = undefined));
    return running;
  };
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === KB_REFRESH_ALARM) void run();
  });
  void browser.alarms.get(KB_REFRESH_ALARM).then((existing) => {
    if (!existing) void browser.alarms.create(KB_REFRESH_ALARM, { delayInMinutes: 1, periodInMinutes: KB_REFRESH_PERIOD_MINUTES });
  });
}
