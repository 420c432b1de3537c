// JSON GETs against helpdesk APIs: 429 waits for Retry-After and retries (bounded), 401/403 become an
// AuthError with words an admin can act on. fetch is passed in (tests hand in a local server's fetch).
// Every page is read up to a byte cap, and a SyncBudget caps the pages and bytes of one sync and follows a
// "next" link only on the origin the sync started on (the credentials go with every request).
import { formatBytes, kbLimits, readCapped, type KbLimits, type Skipped } from '../limits';
import { parseRetryAfter } from '../../retry-after';

export type FetchLike = (input: string, init?: RequestInit) => Promise<Response>;

export class AuthError extends Error {
  constructor(
    public readonly status: number,
    service: string,
  ) {
    super(
      status === 401
        ? `${service} rejected the credentials (401): check the email/API token or access token.`
        : `${service} refused access (403): the token lacks permission to read the knowledge base.`,
    );
    this.name = 'AuthError';
  }
}

export class HttpError extends Error {
  constructor(
    public readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = 'HttpError';
  }
}

/** How a sync waits out a rate limit (not lib/ai/client.ts's RetryPolicy, the AI client's backoff). */
export interface SyncRetryPolicy {
  /** Retries after a 429 (or 503 with Retry-After) before giving up. */
  maxRetries?: number;
  /** Longest single wait; a longer Retry-After gives up rather than hang a sync for minutes. */
  maxWaitMs?: number;
  sleep?: (ms: number) => Promise<void>;
}

const defaultSleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** GET with the syncs' rules: 401/403 -> AuthError, 429/503 waits Retry-After and retries (bounded). */
export async function getResponse(
  fetchFn: FetchLike,
  url: string,
  headers: Record<string, string>,
  service: string,
  policy: SyncRetryPolicy = {},
): Promise<Response> {
  const { maxRetries = 3, maxWaitMs = 60_000, sleep = defaultSleep } = policy;
  for (let attempt = 0; ; attempt++) {
    const res = await fetchFn(url, Object.keys(headers).length ? { headers } : undefined);
    if (res.ok) return res;
    if (res.status === 401 || res.status === 403) throw new AuthError(res.status, service);
    if ((res.status === 429 || res.status === 503) && attempt < maxRetries) {
      // No usable Retry-After: a second, then try again.
      const wait = parseRetryAfter(res.headers) ?? 1000;
      if (wait > maxWaitMs) throw new HttpError(res.status, `${service} asks to wait ${Math.round(wait / 1000)} s (rate limit); try again later.`);
      await res.body?.cancel();
      await sleep(wait);
      continue;
    }
    throw new HttpError(res.status, `${service} answered ${res.status} for ${new URL(url).pathname}`);
  }
}

/** What one sync may still fetch, and what it left out (pages past a cap, a next link to another origin). */
export class SyncBudget {
  pages = 0;
  bytes = 0;
  readonly skipped: Skipped[] = [];
  readonly limits: KbLimits;

  constructor(limits?: Partial<KbLimits>) {
    this.limits = kbLimits(limits);
  }

  /** Whether one more page may be fetched; when not, says why (once per reason). */
  allowPage(service: string): boolean {
    const { maxPages, maxStreamedBytes } = this.limits;
    if (this.pages >= maxPages) {
      this.note({ file: service, code: 'too-many-pages', reason: `stopped after ${maxPages} pages: the rest was not read, and no stored article was removed` });
      return false;
    }
    if (this.bytes >= maxStreamedBytes) {
      this.note({
        file: service,
        code: 'total-too-large',
        reason: `stopped after ${formatBytes(this.bytes)} (the cap is ${formatBytes(maxStreamedBytes)}): the rest was not read, and no stored article was removed`,
      });
      return false;
    }
    this.pages++;
    return true;
  }

  /**
   * The next page's URL (resolved against the page that named it) when it is on that page's origin. A link to
   * another origin is not followed — the request would carry the credentials there — and is reported.
   */
  next(link: string | null | undefined, current: string, service: string): string | undefined {
    if (!link) return undefined;
    let url: URL;
    try {
      url = new URL(link, current);
    } catch {
      this.note({ file: service, code: 'next-other-origin', reason: 'the next page link is not a URL: not followed, and no stored article was removed' });
      return undefined;
    }
    if (url.origin === new URL(current).origin) return url.href;
    this.note({
      file: service,
      code: 'next-other-origin',
      reason: `the next page link points to ${url.protocol === 'https:' || url.protocol === 'http:' ? url.origin : url.protocol} (not ${new URL(current).origin}): not followed, so the credentials did not go there, and no stored article was removed`,
    });
    return undefined;
  }

  private note(s: Skipped): void {
    if (!this.skipped.some((x) => x.code === s.code)) this.skipped.push(s);
  }
}

export async function getJson(
  fetchFn: FetchLike,
  url: string,
  headers: Record<string, string>,
  service: string,
  policy: SyncRetryPolicy = {},
  budget: SyncBudget = new SyncBudget(),
): Promise<{ json: unknown; headers: Headers }> {
  const res = await getResponse(fetchFn, url, { Accept: 'application/json', ...headers }, service, policy);
  const bytes = await readCapped(res, budget.limits.maxFileBytes, `${service}'s answer for ${new URL(url).pathname}`);
  budget.bytes += bytes.byteLength;
  return { json: JSON.parse(new TextDecoder('utf-8').decode(bytes)), headers: res.headers };
}

/** RFC 8288 Link header: the rel="next" URL (Freshdesk pagination). */
export function nextLink(link: string | null): string | undefined {
  if (!link) return undefined;
  for (const part of link.split(',')) {
    const m = /<([^<>]+)>\s*;\s*rel="?next"?/i.exec(part);
    if (m) return m[1];
  }
  return undefined;
}

export const basicAuth = (user: string, password: string) => `Basic ${btoa(`${user}:${password}`)}`;
