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

/** Whether a URL matches one match pattern (ports honoured); an invalid pattern matches nothing. */
export function urlMatchesPattern(url: string, raw: string): boolean {
  const p = parse(raw.trim());
  if (typeof p === 'string') return false;
  if (!p.pattern.includes(url)) return false;
  if (p.port === undefined) return true;
  try {
    const u = new URL(url);
    return (u.port || DEFAULT_PORTS[u.protocol] || '') === p.port;
  } catch {
    return false;
  }
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
