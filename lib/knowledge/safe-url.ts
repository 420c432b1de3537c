// Knowledge addresses (a source to fetch, an article's link) are only ever http(s). Anything else — javascript:,
// data:, file:, ftp:, blob: — is refused where a source is accepted and never becomes a link in a page.

/** The URL as given when it parses as http: or https:, else undefined. */
export function httpUrlOrUndefined(url: string | undefined | null): string | undefined {
  if (typeof url !== 'string') return undefined;
  try {
    const u = new URL(url.trim());
    return u.protocol === 'https:' || u.protocol === 'http:' ? url.trim() : undefined;
  } catch {
    return undefined;
  }
}

/** Not a TypeError on purpose: the syncs read a TypeError from fetch as "offline". */
export class UnsafeUrlError extends Error {
  override name = 'UnsafeUrlError';
}

/** Throws unless `url` is http(s): for the places a knowledge source's address is accepted or fetched. */
export function assertHttpUrl(url: string, what = 'A knowledge source'): void {
  if (!httpUrlOrUndefined(url)) {
    const shown = url.length > 60 ? `${url.slice(0, 60)}…` : url;
    throw new UnsafeUrlError(`${what} must be an http(s) address, not "${shown}"`);
  }
}
