// adapters/shared/match-pattern.ts matches URLs without @webext-core/match-patterns (kept out of the content script
// for its size budget): it must answer exactly as the library-based matcher did, throws included, for every
// pattern (valid or not) and URL here. The reference below is that matcher as it was.
import { MatchPattern } from '@webext-core/match-patterns';
import { describe, expect, it } from 'vitest';
import { checkMatchPattern, urlMatchesPattern, urlMatchesPatterns } from '../../../adapters/shared/match-pattern';

const DEFAULT_PORTS: Record<string, string> = { 'http:': '80', 'https:': '443', 'ws:': '80', 'wss:': '443' };
const WITH_PORT = /^([a-z*]+:\/\/)([^/:]+):(\d{1,5})(\/.*)$/i;

function before(url: string, raw: string): boolean {
  const s = raw.trim();
  let pattern: MatchPattern;
  let port: string | undefined;
  try {
    const m = WITH_PORT.exec(s);
    if (m) {
      const n = Number(m[3]);
      if (n < 1 || n > 65535) throw new Error('port');
      if (m[2].includes('*') && m[2] !== '*' && !m[2].startsWith('*.')) throw new Error('star');
      pattern = new MatchPattern(`${m[1]}${m[2]}${m[4]}`);
      port = String(n);
    } else pattern = new MatchPattern(s);
  } catch {
    return false;
  }
  if (!pattern.includes(url)) return false;
  if (port === undefined) return true;
  const u = new URL(url);
  return (u.port || DEFAULT_PORTS[u.protocol] || '') === port;
}

const outcome = (f: () => boolean) => {
  try {
    return f();
  } catch {
    return 'throws';
  }
};

const PATTERNS = [
  '<all_urls>', ' <all_urls> ', '*://*/*', 'https://*/*', 'http://*/*', 'https://support.acme.test/tickets/*', 'https://support.acme.test/*',
  '*://*.acme.test/*', 'https://*.acme.test/desk/*/ticket', 'https://acme.test/', 'https://acme.test/exact', 'https://ACME.test/*',
  'HTTPS://acme.test/*', 'http://helpdesk.local:8080/rt/*', 'http://helpdesk.local:80/*', 'https://helpdesk.local:443/*', 'https://x.test:0/*',
  'https://x.test:65536/*', 'https://x.test:99999/*', 'https://x.test:08080/*', 'http://*:8080/*', 'http://*.local:8080/*', 'http://a*.local:8080/*',
  'https://a*.test/*', 'https://*a.test/*', 'https://x.test:abc/*', 'https://x.test', 'https:///path', 'https://acme.test/a?b=*',
  'https://acme.test/a+b(c)[d]{e}|$^.\\*', 'file:///home/*', 'file:///*', 'ftp://files.test/*', 'urn://x/*', 'ws://sock.test/*', 'wss://*/*',
  'chrome://extensions/*', 'foo://x/*', '*://x.test/*', 'https://x.test/*://y/*', 'https://a.test/b://c.test/d', '', '   ', 'nonsense',
  'https://*.*.test/*', 'https://*./*', 'https://*/', 'https://support.acme.test/tickets/*\n', 'https://acme.test/exact\nmore',
  'junk\nhttps://acme.test/*', 'https://acme.test\n/exact', 'https://acme.test:443/exact\rx', 'a://b://acme.test/*', 'https://acme.test/x://y',
  'https://x://', '://acme.test/*', 'https://acme.test/\u2028https://y.test/*',
  // several stars (the glob is matched without a regex now): parts that overlap, repeat, or meet at the ends
  'https://acme.test/a*a', 'https://acme.test/*a*a*', 'https://acme.test/*ab*b', 'https://acme.test/*b*a*', 'https://acme.test/**',
  'https://*.acme.test/*/x/*/ticket*', 'https://acme.test/a*b*c', 'https://acme.test/*?b=*',
];
const URLS = [
  'https://support.acme.test/tickets/12', 'https://support.acme.test/', 'http://support.acme.test/tickets/12', 'https://acme.test/exact',
  'https://acme.test/', 'https://deep.sub.acme.test/desk/x/ticket', 'https://acme.test/a?b=1', 'https://acme.test/a+b(c)[d]{e}|$^.\\x',
  'http://helpdesk.local:8080/rt/Ticket/Display.html?id=3', 'http://helpdesk.local/rt/', 'http://helpdesk.local:80/x', 'https://helpdesk.local/x',
  'https://x.test:8080/a', 'https://x.test/a', 'file:///home/me/a.html', 'ws://sock.test/a', 'wss://sock.test:443/a', 'chrome://extensions/',
  'https://y.test/b', 'https://aa.test/x', 'https://a.test/b://c.test/d', 'about:blank', 'data:text/html,hi', 'not a url',
  'https://acme.test/a', 'https://acme.test/ab', 'https://acme.test/aa', 'https://acme.test/aab', 'https://acme.test/abab',
  'https://acme.test/ba', 'https://acme.test/abc', 'https://acme.test/abcbc', 'https://acme.test/acb', 'https://deep.sub.acme.test/d/x/e/ticket/9',
];

describe('urlMatchesPattern without the library', () => {
  it('answers as the library-based matcher did, for every pattern and URL', () => {
    const differ: string[] = [];
    for (const p of PATTERNS) {
      for (const u of URLS) {
        const was = outcome(() => before(u, p));
        const now = outcome(() => urlMatchesPattern(u, p));
        if (was !== now) differ.push(`${JSON.stringify(p)} ${u}: was ${was}, now ${now}`);
      }
    }
    expect(differ).toEqual([]);
  });

  it('a pattern matches nothing exactly when checkMatchPattern refuses it (the validator and the matcher agree)', () => {
    for (const p of PATTERNS) {
      if (!checkMatchPattern(p).ok) for (const u of URLS) expect(outcome(() => urlMatchesPattern(u, p))).not.toBe(true);
    }
    expect(urlMatchesPatterns('http://helpdesk.local:8080/rt/x', ['https://nope.test/*', 'http://helpdesk.local:8080/rt/*'])).toBe(true);
  });
});
