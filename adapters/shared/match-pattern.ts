// Match patterns as a manifest takes them ("https://support.example.com/tickets/*"), with one extension the
// library we use refuses: a port ("http://helpdesk.local:8080/rt/*"). On-prem helpdesks (Request Tracker, OTRS,
// Zammad) often run on a port; Chrome honours a port in match patterns and host permissions, so an admin's
// pattern with one must work. Firefox ignores the port of a match pattern (it matches every port of the host):
// the README says so. A pattern without a port matches every port, as in both browsers.
import { MatchPattern } from '@webext-core/match-patterns';

export type PatternCheck = { ok: true; pattern: string } | { ok: false; reason: string };

interface Parsed {
  pattern: MatchPattern;
  /** The port the pattern names ('' = the scheme's default port), or undefined for any port. */
  port?: string;
}

const DEFAULT_PORTS: Record<string, string> = { 'http:': '80', 'https:': '443', 'ws:': '80', 'wss:': '443' };
// scheme://host:port/path; the host part has no '/' in it, so the split is one linear scan.
const WITH_PORT = /^([a-z*]+:\/\/)([^/:]+):(\d{1,5})(\/.*)$/i;

const cache = new Map<string, Parsed | string>();

function parse(raw: string): Parsed | string {
  const hit = cache.get(raw);
  if (hit !== undefined) return hit;
  let out: Parsed | string;
  const m = WITH_PORT.exec(raw);
  try {
    if (m) {
      const port = Number(m[3]);
      if (port < 1 || port > 65535) throw new Error(`port ${m[3]} is out of range`);
      if (m[2].includes('*') && m[2] !== '*' && !m[2].startsWith('*.')) throw new Error('a "*" in the host must be the first label');
      out = { pattern: new MatchPattern(`${m[1]}${m[2]}${m[4]}`), port: String(port) };
    } else out = { pattern: new MatchPattern(raw) };
  } catch (e) {
    out = e instanceof Error ? e.message.replace(/^Invalid match pattern "[^"]*": /, '') : 'invalid';
  }
  if (cache.size > 500) cache.clear();
  cache.set(raw, out);
  return out;
}

/** Whether a string is a usable match pattern, and why not. */
export function checkMatchPattern(raw: unknown): PatternCheck {
  if (typeof raw !== 'string' || !raw.trim()) return { ok: false, reason: 'is empty' };
  const p = parse(raw.trim());
  return typeof p === 'string' ? { ok: false, reason: p } : { ok: true, pattern: raw.trim() };
}

// ---------------------------------------------------------------------------------------------- matching
// Matching without the library, which stays out of the content script (30 KB gzip budget): the content script only
// matches URLs against patterns the background validated with parse() above. This is the library's own `includes`
// (@webext-core/match-patterns 1.x: the same split, checks and regexes) without its error messages; a test runs both
// over the same patterns and URLs (tests/unit/adapters/match-pattern-same.test.ts).

const PROTOCOLS = ['http', 'https', 'file', 'ftp', 'urn', 'ws', 'wss'];

/** The library's glob: "*" is any run of characters, everything else literal, whole string. Matched without a
 *  regex: the library's `^.*a.*b.*$` backtracks polynomially on a long URL the page controls (history.pushState);
 *  prefix, suffix and each middle part at its first place after the last is linear and gives the same answer. */
function glob(pattern: string): (s: string) => boolean {
  const parts = pattern.split('*');
  const first = parts[0];
  const last = parts[parts.length - 1];
  return (s) => {
    if (parts.length === 1) return s === pattern;
    if (!s.startsWith(first) || !s.endsWith(last) || first.length + last.length > s.length) return false;
    let at = first.length;
    const end = s.length - last.length;
    for (const part of parts.slice(1, -1)) {
      const i = s.indexOf(part, at);
      if (i < 0 || i + part.length > end) return false;
      at = i + part.length;
    }
    return true;
  };
}

/** The library's split, /(.*):\/\/(.*?)(\/.*)/.exec, in linear time: in the first line where one is, the last "://"
 *  with a "/" after it, then up to the first "/" after that ("." stops at line ends, as this does). */
function splitPattern(raw: string): [string, string, string] | null {
  for (const line of raw.split(/[\n\r\u2028\u2029]/)) {
    for (let i = line.lastIndexOf('://'); i >= 0; i = i > 0 ? line.lastIndexOf('://', i - 1) : -1) {
      const j = line.indexOf('/', i + 3);
      if (j >= 0) return [line.slice(0, i), line.slice(i + 3, j), line.slice(j)];
    }
  }
  return null;
}

/** A pattern as a test of a URL (throws where the library's includes throws: an unparseable URL, ftp, urn); null
 *  for an invalid pattern. */
function compile(raw: string): ((u: URL) => boolean) | null {
  if (raw === '<all_urls>') return (u) => PROTOCOLS.includes(u.protocol.slice(0, -1));
  let port: string | undefined;
  const m = WITH_PORT.exec(raw);
  if (m) {
    const n = Number(m[3]);
    if (n < 1 || n > 65535 || (m[2].includes('*') && m[2] !== '*' && !m[2].startsWith('*.'))) return null;
    port = String(n);
    raw = `${m[1]}${m[2]}${m[4]}`;
  }
  const g = splitPattern(raw);
  if (!g) return null;
  const [protocol, host, path] = g;
  if ((!PROTOCOLS.includes(protocol) && protocol !== '*') || host.includes(':') || (host.includes('*') && host.length > 1 && !host.startsWith('*.'))) return null;
  const hostRes = [glob(host), glob(host.replace(/^\*\./, ''))];
  const pathRe = glob(path);
  const hostPath = (u: URL) => !!host && hostRes.some((r) => r(u.hostname)) && pathRe(u.pathname);
  const protocols = protocol === '*' ? ['http', 'https'] : [protocol];
  const includes = (u: URL) =>
    protocols.some((p) => {
      if (p === 'ftp' || p === 'urn') throw Error(`Not implemented: ${p}:// pattern matching`);
      return p === 'file' ? u.protocol === 'file:' && pathRe(u.pathname) : (p === 'http' || p === 'https') && u.protocol === `${p}:` && hostPath(u);
    });
  return port === undefined ? includes : (u) => includes(u) && (u.port || DEFAULT_PORTS[u.protocol] || '') === port;
}

const compiled = new Map<string, ((u: URL) => boolean) | null>();

/** Whether a URL matches one match pattern (ports honoured); an invalid pattern matches nothing. */
export function urlMatchesPattern(url: string, raw: string): boolean {
  const key = raw.trim();
  let test = compiled.get(key);
  if (test === undefined) {
    test = compile(key);
    if (compiled.size > 500) compiled.clear();
    compiled.set(key, test);
  }
  return !!test && test(new URL(url));
}

/** Whether a URL matches any of the patterns; invalid ones match nothing. */
export function urlMatchesPatterns(url: string, patterns: readonly string[]): boolean {
  for (const p of patterns) if (typeof p === 'string' && urlMatchesPattern(url, p)) return true;
  return false;
}

// scheme://host[:port]/path of a pattern; the host part has no '/' in it, so the split is one linear scan.
const PARTS = /^(\*|[a-z][a-z0-9+.-]*):\/\/([^/]+)(\/.*)$/i;

/** The scheme, host (with its port, if any) and path of a valid match pattern; null for "<all_urls>", file
 *  patterns and anything invalid. */
export function patternParts(raw: string): { scheme: string; host: string; path: string } | null {
  const s = typeof raw === 'string' ? raw.trim() : '';
  if (!s || typeof parse(s) === 'string') return null;
  const m = PARTS.exec(s);
  return m ? { scheme: m[1].toLowerCase(), host: m[2], path: m[3] } : null;
}

/** "https://support.acme.test/tickets/*" -> "https://support.acme.test/*": the host access a pattern needs (for the
 *  schemes host permissions take). */
export function originPatternOf(matchPattern: string): string | null {
  const p = patternParts(matchPattern);
  return p && /^(\*|https?|wss?)$/.test(p.scheme) ? `${p.scheme}://${p.host}/*` : null;
}
