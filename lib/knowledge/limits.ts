// Caps on what one import or one sync may read. Knowledge comes from files and servers Tandem does not control: a
// small zip that expands to gigabytes, a huge CSV or an endless response would otherwise crash the options page or
// the worker (and the scheduled refresh would try again every hour). Every cap says what it left out and why, in
// `Skipped` items with a code; a read that was cut short is "partial", and a partial sync never removes articles it
// did not see. Caps are parameters with defaults so tests can use small ones. (Caps on ticket and chat text, which
// ranking reads, are in lib/limits.ts.)
import type { KbArticle } from '../kb';
import { httpUrlOrUndefined } from './safe-url';

export interface KbLimits {
  /** Entries (files and folders) read from one zip; the rest are not read. */
  maxZipEntries: number;
  /** Size of a zip archive itself, as picked or downloaded. */
  maxZipBytes: number;
  /** Size of one file: a loose file, a zip entry once unzipped, a CSV, one downloaded file or API page. */
  maxFileBytes: number;
  /** Bytes unzipped or read from files in one import (zip entries count as they inflate, whether kept or not). */
  maxTotalBytes: number;
  /** Bytes one sync may download over all its pages; no further page is asked for past it. */
  maxStreamedBytes: number;
  /** Characters of one article body: a longer one is cut there (and said so). */
  maxArticleChars: number;
  /** Articles one import or one sync keeps. */
  maxArticles: number;
  /** Pages (requests) one sync follows. */
  maxPages: number;
}

const MB = 1024 * 1024;

export const DEFAULT_KB_LIMITS: Readonly<KbLimits> = Object.freeze({
  maxZipEntries: 5_000,
  maxZipBytes: 100 * MB,
  maxFileBytes: 20 * MB,
  maxTotalBytes: 50 * MB,
  maxStreamedBytes: 200 * MB,
  maxArticleChars: 200_000,
  maxArticles: 50_000,
  maxPages: 2_000,
});

export const kbLimits = (overrides?: Partial<KbLimits>): KbLimits => ({ ...DEFAULT_KB_LIMITS, ...overrides });

/** Why something was left out (or cut): stable codes for tests and the UI, next to the words in `reason`. */
export type SkipCode =
  | 'unsupported-type'
  | 'unreadable'
  | 'bad-item'
  | 'empty'
  | 'file-too-large'
  | 'zip-too-large'
  | 'zip-damaged'
  | 'too-many-entries'
  | 'total-too-large'
  | 'too-many-articles'
  | 'too-many-pages'
  | 'next-other-origin'
  | 'article-too-long'
  | 'unsafe-url';

export interface Skipped {
  file: string;
  /** 1-based row / item number inside the file, when the problem is one row. */
  row?: number;
  code: SkipCode;
  reason: string;
}

/**
 * Codes that mean part of the source was never read: a sync that hit one must not delete what it did not see (a
 * file over the cap is still there; its articles stay as they were).
 */
const PARTIAL: ReadonlySet<SkipCode> = new Set<SkipCode>([
  'file-too-large',
  'zip-too-large',
  'zip-damaged',
  'too-many-entries',
  'total-too-large',
  'too-many-articles',
  'too-many-pages',
  'next-other-origin',
]);

export const isPartial = (skipped: readonly Skipped[]): boolean => skipped.some((s) => PARTIAL.has(s.code));

/** A cap that stops a whole file or response (nothing of it is used). */
export class LimitError extends Error {
  constructor(
    public readonly code: SkipCode,
    message: string,
  ) {
    super(message);
    this.name = 'LimitError';
  }
}

export function formatBytes(n: number): string {
  if (n >= MB) return `${Math.round((n / MB) * 10) / 10} MB`;
  if (n >= 1024) return `${Math.round(n / 1024)} KB`;
  return `${n} bytes`;
}

/**
 * An article as it may be stored: a body over the cap is cut (at a space near the cap when there is one), and a
 * link that is not http(s) (javascript:, data:, file:…) is dropped. Each change is reported through `note`.
 */
export function fitArticle<T extends KbArticle>(a: T, limits: KbLimits, note: (code: SkipCode, reason: string) => void): T {
  let out = a;
  if (a.body.length > limits.maxArticleChars) {
    const cut = a.body.lastIndexOf(' ', limits.maxArticleChars);
    const end = cut > limits.maxArticleChars * 0.9 ? cut : limits.maxArticleChars;
    out = { ...out, body: a.body.slice(0, end).trimEnd() };
    note('article-too-long', `"${a.title.slice(0, 80)}" is longer than ${limits.maxArticleChars.toLocaleString('en')} characters: only its start was kept`);
  }
  if (a.url !== undefined && !httpUrlOrUndefined(a.url)) {
    out = { ...out, url: undefined };
    // An empty cell is no link at all, not worth a word.
    if (a.url.trim()) note('unsafe-url', `the link of "${a.title.slice(0, 80)}" is not an http(s) address and was dropped`);
  }
  return out;
}

/**
 * A response body read up to `maxBytes`: a larger Content-Length is refused before reading, and a body that goes
 * past the cap (an endless stream, a lying header) is cancelled there. Never `.json()` / `.text()` on an unbounded
 * body.
 */
export async function readCapped(res: Response, maxBytes: number, what: string): Promise<Uint8Array> {
  const tooLarge = () => new LimitError('file-too-large', `${what} is larger than ${formatBytes(maxBytes)}: not read`);
  const declared = Number(res.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > maxBytes) {
    await res.body?.cancel().catch(() => {});
    throw tooLarge();
  }
  if (!res.body) return new Uint8Array(0);
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => {});
      throw tooLarge();
    }
    chunks.push(value);
  }
  return concatBytes(chunks, size);
}

export function concatBytes(chunks: Uint8Array[], size: number): Uint8Array {
  if (chunks.length === 1) return chunks[0];
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}
