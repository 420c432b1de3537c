import { useState } from 'react';
import { browser } from 'wxt/browser';
import { t } from '../../i18n';
import { countRateLimits, originToRequest, syncErrorKind, type SourceSyncResult, type SyncProgress } from '../sources';
import type { SourceSyncState } from '../refresh';
import type { FetchLike } from '../sync';
import { SkippedItem } from './SkippedItem';

type RunState =
  | { state: 'idle' }
  | { state: 'running'; progress: SyncProgress }
  | { state: 'done'; result: SourceSyncResult; rateLimited: number }
  | { state: 'error'; message: string };

/** Skipped items listed under a sync's result (the count says how many in all). */
const SHOWN_SKIPPED = 20;

/** Page fetch: requests leave from the options page, which holds the extension's host permissions. */
const pageFetch: FetchLike = (input, init) => fetch(input, init);

/**
 * One "Sync now" button with its progress and outcome. The host permission is requested first, straight from the
 * click (the browser shows its prompt only inside a user gesture), for hosts the manifest does not grant. Until
 * the button is used, the status shows `last`: the recorded outcome of the source's last sync (scheduled or not).
 */
export function KnowledgeSyncRun({ requestUrl, run, testId, last }: {
  requestUrl: string;
  run: (fetchFn: FetchLike, onProgress: (p: SyncProgress) => void) => Promise<SourceSyncResult>;
  testId: string;
  last?: SourceSyncState;
}) {
  const [s, setS] = useState<RunState>({ state: 'idle' });
  const origin = originToRequest(requestUrl);
  const host = (() => {
    try {
      return new URL(requestUrl).host;
    } catch {
      return requestUrl;
    }
  })();

  function click() {
    setS({ state: 'running', progress: { phase: 'fetch', done: 0, total: 0 } });
    const permission = origin ? browser.permissions.request({ origins: [origin] }) : Promise.resolve(true);
    void permission
      .then(async (granted) => {
        if (!granted) return setS({ state: 'error', message: t('kbPermissionRefused', host) });
        let rateLimited = 0;
        const fetchFn = countRateLimits(pageFetch, () => rateLimited++);
        const result = await run(fetchFn, (progress) => setS({ state: 'running', progress }));
        setS({ state: 'done', result, rateLimited });
      })
      .catch((e: unknown) => setS({ state: 'error', message: describeError(e, host) }));
  }

  return (
    <div className="kb-sync-run">
      <button type="button" onClick={click} disabled={s.state === 'running'} data-testid={`${testId}-sync`}>
        {t('kbSyncNow')}
      </button>
      {origin && <small className="hint"> {t('kbPermissionHint', host)}</small>}
      <p role="status" aria-live="polite" data-testid={`${testId}-status`}
        className={s.state === 'error' || (s.state === 'idle' && last && !last.ok) ? 'bad' : s.state === 'done' ? 'ok' : undefined}>
        {s.state === 'idle' && last && describeLast(last, host)}
        {s.state === 'running' &&
          (s.progress.phase === 'fetch' ? t('kbSyncFetching', host) : t('kbSyncStoring', String(s.progress.done), String(s.progress.total)))}
        {s.state === 'done' && (
          <>
            {t('kbSyncResult', ...[s.result.fetched, s.result.added, s.result.updated, s.result.unchanged, s.result.removed].map(String))}
            {s.rateLimited > 0 && <> {t('kbSyncRateLimited', String(s.rateLimited))}</>}
            {s.result.skipped.length > 0 && <> {t('kbSyncSkipped', String(s.result.skipped.length))}</>}
          </>
        )}
        {s.state === 'error' && s.message}
      </p>
      {s.state === 'done' && s.result.skipped.length > 0 && (
        // What a cap left out (pages, bytes, a next link to another origin) or a bad item, and why.
        <ul className="kb-sync-skipped" data-testid={`${testId}-skipped`}>
          {s.result.skipped.slice(0, SHOWN_SKIPPED).map((k, i) => (
            <SkippedItem key={i} item={k} />
          ))}
          {s.result.skipped.length > SHOWN_SKIPPED && <li>…</li>}
        </ul>
      )}
    </div>
  );
}

/** "Last sync 21/11/2026, 12:00 (scheduled): Fetched 4: …", or what went wrong. */
function describeLast(last: SourceSyncState, host: string): string {
  const when = new Date(last.at).toLocaleString();
  const how = last.trigger === 'scheduled' ? t('kbSyncTriggerScheduled') : t('kbSyncNow');
  if (last.ok && last.result) {
    const r = last.result;
    const counts = t('kbSyncResult', ...[r.fetched, r.added, r.updated, r.unchanged, r.removed].map(String));
    return t('kbLastSyncOk', when, how, r.skipped > 0 ? `${counts} ${t('kbSyncSkipped', String(r.skipped))}` : counts);
  }
  const kind = last.error?.kind ?? 'other';
  const text = kind === 'permission' ? t('kbErrorNoAccess', host) : describeKind(kind, last.error?.message ?? '', host);
  return t('kbLastSyncFailed', when, how, text);
}

function describeError(e: unknown, host: string): string {
  return describeKind(syncErrorKind(e), e instanceof Error ? e.message : String(e), host);
}

function describeKind(kind: ReturnType<typeof syncErrorKind>, detail: string, host: string): string {
  switch (kind) {
    case 'auth':
      return `${t('kbErrorAuth')} (${detail})`;
    case 'rate':
      return `${t('kbErrorRate')} (${detail})`;
    case 'network':
      return t('kbErrorNetwork', host);
    default:
      return `${t('kbErrorOther')} ${detail}`;
  }
}
