// JSON GETs against helpdesk APIs: 429 waits for Retry-After and retries (bounded), 401/403 become an
// AuthError with words an admin can act on. fetch is passed in (tests hand in a local server's fetch).
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

export interface RetryPolicy {
  /** Retries after a 429 (or 503 with Retry-After) before giving up. */
  maxRetries?: number;
  /** Longest single wait; a longer Retry-After gives up rather than hang a sync for minutes. */
  maxWaitMs?: number;
  sleep?: (ms: number) => Promise<void>;
}

const defaultSleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** Retry-After is seconds or an HTTP date. */
export function retryAfterMs(value: string | null, now = Date.now()): number {
  if (!value) return 1000;
  const secs = Number(value);
  if (Number.isFinite(secs)) return Math.max(0, secs * 1000);
  const at = Date.parse(value);
  return Number.isFinite(at) ? Math.max(0, at - now) : 1000;
}

/** GET with the syncs' rules: 401/403 -> AuthError, 429/503 waits Retry-After and retries (bounded). */
export async function getResponse(
  fetchFn: FetchLike,
  url: string,
  headers: Record<string, string>,
  service: string,
  policy: RetryPolicy = {},
): Promise<Response> {
  const { maxRetries = 3, maxWaitMs = 60_000, sleep = defaultSleep } = policy;
  for (let attempt = 0; ; attempt++) {
    const res = await fetchFn(url, Object.keys(headers).length ? { headers } : undefined);
    if (res.ok) return res;
    if (res.status === 401 || res.status === 403) throw new AuthError(res.status, service);
    if ((res.status === 429 || res.status === 503) && attempt < maxRetries) {
      const wait = retryAfterMs(res.headers.get('retry-after'));
      if (wait > maxWaitMs) throw new HttpError(res.status, `${service} asks to wait ${Math.round(wait / 1000)} s (rate limit); try again later.`);
      await res.body?.cancel();
      await sleep(wait);
      continue;
    }
    throw new HttpError(res.status, `${service} answered ${res.status} for ${new URL(url).pathname}`);
  }
}

export async function getJson(
  fetchFn: FetchLike,
  url: string,
  headers: Record<string, string>,
  service: string,
  policy: RetryPolicy = {},
): Promise<{ json: unknown; headers: Headers }> {
  const res = await getResponse(fetchFn, url, { Accept: 'application/json', ...headers }, service, policy);
  return { json: await res.json(), headers: res.headers };
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
