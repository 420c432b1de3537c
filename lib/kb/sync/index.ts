// Knowledge sync from a helpdesk's API. A sync fetches everything first and only then writes: a failed sync
// (auth, network, rate limit) leaves the stored knowledge as it was. A successful one updates changed articles
// and removes the articles of that source the helpdesk no longer has (other sources are untouched).
import type { TandemDB } from '../../db';
import type { KbIndex } from '../index';
import { articleIdsOfSource, removeArticles, upsertArticles, type UpsertProgress } from '../store';
import { fetchFreshdesk, type FreshdeskConfig } from './freshdesk';
import type { FetchLike, RetryPolicy } from './http';
import { fetchIntercom, type IntercomConfig } from './intercom';
import { fetchZendesk, type ZendeskConfig } from './zendesk';

export { AuthError, HttpError, type FetchLike, type RetryPolicy } from './http';
export type { ZendeskConfig, IntercomConfig, FreshdeskConfig };

export type SyncConfig =
  | ({ kind: 'zendesk' } & ZendeskConfig)
  | ({ kind: 'intercom' } & IntercomConfig)
  | ({ kind: 'freshdesk' } & FreshdeskConfig);

export interface SyncResult {
  source: string;
  fetched: number;
  added: number;
  updated: number;
  unchanged: number;
  removed: number;
  index: KbIndex;
}

/** 'zendesk:acme.zendesk.com', 'intercom:api.intercom.io', ... */
export function sourceOf(cfg: SyncConfig): string {
  const base = cfg.kind === 'intercom' ? cfg.baseUrl ?? 'https://api.intercom.io' : cfg.baseUrl;
  return `${cfg.kind}:${new URL(base).host}`;
}

export async function syncKnowledge(
  db: TandemDB,
  cfg: SyncConfig,
  fetchFn: FetchLike,
  onProgress?: (p: UpsertProgress & { phase: 'fetch' | 'store' }) => void,
  policy?: RetryPolicy,
): Promise<SyncResult> {
  const source = sourceOf(cfg);
  onProgress?.({ phase: 'fetch', done: 0, total: 0 });
  const articles =
    cfg.kind === 'zendesk'
      ? await fetchZendesk(fetchFn, cfg, source, policy)
      : cfg.kind === 'intercom'
        ? await fetchIntercom(fetchFn, cfg, source, policy)
        : await fetchFreshdesk(fetchFn, cfg, source, policy);
  const up = await upsertArticles(
    db,
    articles.map((a) => ({ ...a, source })),
    (p) => onProgress?.({ phase: 'store', ...p }),
  );
  const keep = new Set(articles.map((a) => a.id));
  const gone = (await articleIdsOfSource(db, source)).filter((id) => !keep.has(id));
  const index = gone.length ? await removeArticles(db, gone, up.index) : up.index;
  return { source, fetched: articles.length, added: up.added, updated: up.updated, unchanged: up.unchanged, removed: gone.length, index };
}
