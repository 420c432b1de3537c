// Freshdesk solutions (categories -> folders -> articles) and, optionally, canned responses.
import type { KbArticle } from '../../kb';
import { fromFreshdeskArticle, fromFreshdeskCanned } from '../import/shapes';
import { basicAuth, getJson, nextLink, SyncBudget, type FetchLike, type SyncRetryPolicy } from './http';

export interface FreshdeskConfig {
  /** https://acme.freshdesk.com */
  baseUrl: string;
  apiKey: string;
  includeCanned?: boolean;
}

/** All items of a list endpoint, following the Link rel="next" header. */
async function list(
  fetchFn: FetchLike,
  first: string,
  h: Record<string, string>,
  policy: SyncRetryPolicy | undefined,
  budget: SyncBudget,
): Promise<Record<string, unknown>[]> {
  const out: Record<string, unknown>[] = [];
  let url: string | undefined = first;
  const seen = new Set<string>();
  while (url && !seen.has(url) && budget.allowPage('Freshdesk')) {
    seen.add(url);
    const { json, headers } = await getJson(fetchFn, url, h, 'Freshdesk', policy, budget);
    if (Array.isArray(json)) out.push(...(json as Record<string, unknown>[]));
    url = budget.next(nextLink(headers.get('link')), url, 'Freshdesk');
  }
  return out;
}

const DRAFT = 1;

export async function fetchFreshdesk(
  fetchFn: FetchLike,
  cfg: FreshdeskConfig,
  prefix: string,
  policy?: SyncRetryPolicy,
  budget = new SyncBudget(),
): Promise<KbArticle[]> {
  const base = cfg.baseUrl.replace(/\/$/, '');
  const h = { Authorization: basicAuth(cfg.apiKey, 'X') };
  const out: KbArticle[] = [];
  for (const cat of await list(fetchFn, `${base}/api/v2/solutions/categories`, h, policy, budget)) {
    for (const folder of await list(fetchFn, `${base}/api/v2/solutions/categories/${cat.id}/folders`, h, policy, budget)) {
      for (const a of await list(fetchFn, `${base}/api/v2/solutions/folders/${folder.id}/articles?per_page=100`, h, policy, budget)) {
        if (a.status === DRAFT) continue;
        out.push(fromFreshdeskArticle(a, prefix, base));
      }
    }
  }
  if (cfg.includeCanned) {
    for (const folder of await list(fetchFn, `${base}/api/v2/canned_response_folders`, h, policy, budget)) {
      for (const c of await list(fetchFn, `${base}/api/v2/canned_response_folders/${folder.id}/responses`, h, policy, budget)) {
        out.push(fromFreshdeskCanned(c, prefix));
      }
    }
  }
  return out;
}
