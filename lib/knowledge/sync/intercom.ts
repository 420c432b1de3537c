// Intercom Help Center articles.
import type { KbArticle } from '../../kb';
import { fromIntercomArticle } from '../import/shapes';
import { getJson, SyncBudget, type FetchLike, type SyncRetryPolicy } from './http';

export interface IntercomConfig {
  accessToken: string;
  /** Defaults to https://api.intercom.io (regional: api.eu.intercom.io, api.au.intercom.io). */
  baseUrl?: string;
  /** Intercom-Version header. */
  version?: string;
}

export async function fetchIntercom(
  fetchFn: FetchLike,
  cfg: IntercomConfig,
  prefix: string,
  policy?: SyncRetryPolicy,
  budget = new SyncBudget(),
): Promise<KbArticle[]> {
  const base = (cfg.baseUrl ?? 'https://api.intercom.io').replace(/\/$/, '');
  const h = { Authorization: `Bearer ${cfg.accessToken}`, 'Intercom-Version': cfg.version ?? '2.11' };
  const out: KbArticle[] = [];
  let url: string | undefined = `${base}/articles?per_page=50`;
  const seen = new Set<string>();
  while (url && !seen.has(url) && budget.allowPage('Intercom')) {
    seen.add(url);
    const { json } = await getJson(fetchFn, url, h, 'Intercom', policy, budget);
    const page = json as {
      data?: Record<string, unknown>[];
      pages?: { page?: number; total_pages?: number; next?: string | { page?: number; starting_after?: string } | null };
    };
    for (const a of page.data ?? []) {
      if (a.state === 'draft') continue;
      out.push(fromIntercomArticle(a, prefix));
    }
    const next = page.pages?.next;
    if (typeof next === 'string') url = budget.next(next, url, 'Intercom');
    else if (next && typeof next === 'object' && next.starting_after) url = `${base}/articles?per_page=50&starting_after=${encodeURIComponent(next.starting_after)}`;
    else if (next && typeof next === 'object' && next.page) url = `${base}/articles?per_page=50&page=${next.page}`;
    else url = undefined;
  }
  return out;
}
