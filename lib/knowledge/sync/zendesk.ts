// Zendesk Guide articles and Zendesk Support macros.
import type { KbArticle } from '../../kb';
import { fromZendeskArticle, fromZendeskMacro } from '../import/shapes';
import { basicAuth, getJson, SyncBudget, type FetchLike, type SyncRetryPolicy } from './http';

export interface ZendeskConfig {
  /** https://acme.zendesk.com */
  baseUrl: string;
  /** Basic auth `email/token:apiToken`, or an OAuth bearer token. */
  auth: { email: string; apiToken: string } | { bearer: string };
  includeMacros?: boolean;
}

function headers(cfg: ZendeskConfig): Record<string, string> {
  return 'bearer' in cfg.auth
    ? { Authorization: `Bearer ${cfg.auth.bearer}` }
    : { Authorization: basicAuth(`${cfg.auth.email}/token`, cfg.auth.apiToken) };
}

/** Follows offset (`next_page`) or cursor (`meta.has_more` + `links.next`) pagination. */
async function* pages(fetchFn: FetchLike, first: string, h: Record<string, string>, policy: SyncRetryPolicy | undefined, budget: SyncBudget) {
  let url: string | undefined = first;
  const seen = new Set<string>();
  while (url && !seen.has(url) && budget.allowPage('Zendesk')) {
    seen.add(url);
    const { json } = await getJson(fetchFn, url, h, 'Zendesk', policy, budget);
    const page = json as { next_page?: string | null; meta?: { has_more?: boolean }; links?: { next?: string | null } } & Record<string, unknown>;
    yield page;
    url = budget.next(page.next_page ?? (page.meta?.has_more ? page.links?.next : undefined), url, 'Zendesk');
  }
}

export async function fetchZendesk(
  fetchFn: FetchLike,
  cfg: ZendeskConfig,
  prefix: string,
  policy?: SyncRetryPolicy,
  budget = new SyncBudget(),
): Promise<KbArticle[]> {
  const base = cfg.baseUrl.replace(/\/$/, '');
  const h = headers(cfg);
  const out: KbArticle[] = [];
  for await (const page of pages(fetchFn, `${base}/api/v2/help_center/articles.json?per_page=100`, h, policy, budget)) {
    for (const a of (page.articles as Record<string, unknown>[]) ?? []) {
      if (a.draft === true) continue;
      out.push(fromZendeskArticle(a, prefix));
    }
  }
  if (cfg.includeMacros) {
    for await (const page of pages(fetchFn, `${base}/api/v2/macros.json?per_page=100&active=true`, h, policy, budget)) {
      for (const m of (page.macros as Record<string, unknown>[]) ?? []) {
        if (m.active === false) continue;
        const macro = fromZendeskMacro(m, prefix);
        if (macro) out.push(macro);
      }
    }
  }
  return out;
}
