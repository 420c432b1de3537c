// The one reader of a server's "wait before retrying" headers, for every HTTP client here (the AI client,
// lib/ai/client.ts; the knowledge syncs, lib/knowledge/sync/http.ts). Retry-After is seconds or an HTTP date (RFC 9110
// §10.2.3); Anthropic's API also sends retry-after-ms, which is more precise and wins.

type HeaderSource = { get(name: string): string | null };

/** How long the server asks us to wait, in ms; undefined when it says nothing usable. */
export function parseRetryAfter(headers: HeaderSource | undefined | null, now = Date.now()): number | undefined {
  if (!headers) return undefined;
  const ms = headers.get('retry-after-ms')?.trim();
  if (ms && Number.isFinite(Number(ms))) return Math.max(0, Number(ms));
  const value = headers.get('retry-after')?.trim();
  if (!value) return undefined;
  if (/^\d+(\.\d+)?$/.test(value)) return Math.round(Number(value) * 1000);
  const date = Date.parse(value);
  return Number.isFinite(date) ? Math.max(0, date - now) : undefined;
}
