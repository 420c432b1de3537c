// Knowledge sync from a helpdesk's API. A sync fetches everything first and only then writes: a failed sync
// (auth, network, rate limit) leaves the stored knowledge as it was. A successful one updates changed articles
// and removes the articles of that source the helpdesk no longer has (other sources are untouched) — unless it was
// cut short by a cap (pages, bytes, a next link to another origin): then it adds and updates what it read and
// removes nothing, since it cannot know what it did not see.
import type { TandemDB } from '../../db';
import type { KbIndex } from '../../kb';
import { fitArticle, isPartial, type KbLimits, type Skipped } from '../limits';
import { assertHttpUrl } from '../safe-url';
import { articleIdsOfSource, removeArticles, upsertArticles, type UpsertProgress } from '../store';
import { fetchFreshdesk, type FreshdeskConfig } from './freshdesk';
import { SyncBudget, type FetchLike, type SyncRetryPolicy } from './http';
import { fetchIntercom, INTERCOM_API, type IntercomConfig } from './intercom';
import { fetchZendesk, type ZendeskConfig } from './zendesk';

export { AuthError, HttpError, SyncBudget, type FetchLike, type SyncRetryPolicy } from './http';
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
  /** What caps left out or changed (see lib/knowledge/limits.ts); a partial sync removed nothing. */
  skipped: Skipped[];
  index: KbIndex;
}

/** The base URL every request of a sync goes to (what is checked, named and granted host access). */
export const requestBaseOf = (cfg: SyncConfig): string => (cfg.kind === 'intercom' ? cfg.baseUrl ?? INTERCOM_API.us : cfg.baseUrl);

/** 'zendesk:acme.zendesk.com', 'intercom:api.intercom.io', ... */
export function sourceOf(cfg: SyncConfig): string {
  return `${cfg.kind}:${new URL(requestBaseOf(cfg)).host}`;
}

export async function syncKnowledge(
  db: TandemDB,
  cfg: SyncConfig,
  fetchFn: FetchLike,
  onProgress?: (p: UpsertProgress & { phase: 'fetch' | 'store' }) => void,
  policy?: SyncRetryPolicy,
  limits?: Partial<KbLimits>,
): Promise<SyncResult> {
  assertHttpUrl(requestBaseOf(cfg), `The ${cfg.kind} address`);
  const source = sourceOf(cfg);
  const budget = new SyncBudget(limits);
  onProgress?.({ phase: 'fetch', done: 0, total: 0 });
  const fetched =
    cfg.kind === 'zendesk'
      ? await fetchZendesk(fetchFn, cfg, source, policy, budget)
      : cfg.kind === 'intercom'
        ? await fetchIntercom(fetchFn, cfg, source, policy, budget)
        : await fetchFreshdesk(fetchFn, cfg, source, policy, budget);
  const { maxArticles } = budget.limits;
  const skipped: Skipped[] = [...budget.skipped];
  if (fetched.length > maxArticles) {
    skipped.push({ file: source, code: 'too-many-articles', reason: `more than ${maxArticles.toLocaleString('en')} articles: the rest were not kept, and no stored article was removed` });
  }
  const articles = fetched.slice(0, maxArticles).map((a) => fitArticle(a, budget.limits, (code, reason) => skipped.push({ file: source, code, reason })));
  const up = await upsertArticles(
    db,
    articles.map((a) => ({ ...a, source })),
    (p) => onProgress?.({ phase: 'store', ...p }),
  );
  const keep = new Set(articles.map((a) => a.id));
  const gone = isPartial(skipped) ? [] : (await articleIdsOfSource(db, source)).filter((id) => !keep.has(id));
  const index = gone.length ? await removeArticles(db, gone, up.index) : up.index;
  return { source, fetched: articles.length, added: up.added, updated: up.updated, unchanged: up.unchanged, removed: gone.length, skipped, index };
}
