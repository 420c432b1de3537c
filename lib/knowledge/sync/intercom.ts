// Intercom Help Center articles.
import type { KbArticle } from '../../kb';
import { fromIntercomArticle } from '../import/shapes';
import { getJson, SyncBudget, type FetchLike, type SyncRetryPolicy } from './http';

export type IntercomRegion = 'us' | 'eu' | 'au';
/** Intercom's API for each data-hosting region: the one list (the options form's region picker shows it). */
export const INTERCOM_API: Readonly<Record<IntercomRegion, string>> = {
  us: 'https://api.intercom.io',
  eu: 'https://api.eu.intercom.io',
  au: 'https://api.au.intercom.io',
};

export interface IntercomConfig {
  accessToken: string;
  /** Defaults to INTERCOM_API.us. */
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
  const base = (cfg.baseUrl ?? INTERCOM_API.us).replace(/\/$/, '');
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
