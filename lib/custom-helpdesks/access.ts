// Which host access a custom helpdesk needs and which tabs can be scripted at all: the options page asks for
// the access, the background registers the content script where it was granted, the preview picks its tab.
import { originPatternOf, patternParts, urlMatchesPatterns } from '../../adapters/shared/match-pattern';

export { originPatternOf };

/** Whether every page `pattern` matches is already matched by one of `matches` (tested on a sample URL built
 *  from the pattern: wildcards filled in). The content script declared in the manifest already runs there, so
 *  registering it again for those pages would only risk a second copy. */
export function coveredByPatterns(pattern: string, matches: string[]): boolean {
  const p = patternParts(pattern);
  if (!p || !/^(\*|https?|wss?)$/.test(p.scheme)) return false;
  const scheme = p.scheme === '*' ? ['https', 'http'] : [p.scheme];
  const host = p.host.replace(/^\*\./, 'x-sample.');
  if (host === '*') return false;
  const path = p.path.replace(/\*/g, 'x-sample');
  return scheme.every((s) => urlMatchesPatterns(`${s}://${host}${path}`, matches));
}

/** Host permissions (match patterns for chrome.permissions) that the URL patterns need, without repeats.
 *  "<all_urls>" maps to the optional host permissions the manifest declares. */
export function originsForPatterns(patterns: string[]): string[] {
  const out = new Set<string>();
  for (const pattern of patterns) {
    if (pattern.trim() === '<all_urls>') {
      out.add('https://*/*').add('http://*/*');
      continue;
    }
    const origin = originPatternOf(pattern);
    if (!origin) continue;
    // "*://host/" covers http and https; optional_host_permissions only know those two schemes.
    if (origin.startsWith('*://')) out.add(origin.replace('*://', 'https://')).add(origin.replace('*://', 'http://'));
    else out.add(origin);
  }
  return [...out];
}

/** Why a tab cannot run the preview: browser pages, extension pages and web stores are closed to extensions. */
export type UnscriptableReason = 'browser-page' | 'extension-page' | 'web-store' | 'file' | 'no-url';

export function unscriptableReason(url: string | undefined): UnscriptableReason | null {
  if (!url) return 'no-url';
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return 'no-url';
  }
  if (u.protocol === 'chrome-extension:' || u.protocol === 'moz-extension:' || u.protocol === 'extension:') return 'extension-page';
  if (u.protocol === 'file:') return 'file';
  if (u.protocol !== 'https:' && u.protocol !== 'http:') return 'browser-page';
  const host = u.hostname.toLowerCase();
  if (host === 'chromewebstore.google.com' || (host === 'chrome.google.com' && u.pathname.startsWith('/webstore'))) return 'web-store';
  if (host === 'microsoftedge.microsoft.com' && u.pathname.startsWith('/addons')) return 'web-store';
  if (host === 'addons.mozilla.org') return 'web-store';
  return null;
}

/** The host permission a tab's page needs: "https://support.acme.test/*". */
export function originOfTabUrl(url: string): string | null {
  try {
    const u = new URL(url);
    return u.protocol === 'https:' || u.protocol === 'http:' ? `${u.protocol}//${u.hostname}/*` : null;
  } catch {
    return null;
  }
}

export interface TabChoice {
  id?: number;
  url?: string;
  title?: string;
  active?: boolean;
  lastAccessed?: number;
}

/** The tab the preview starts on: the most recently used tab that is not an extension page (the options page
 *  itself is usually the active one). */
export function defaultPreviewTab<T extends TabChoice>(tabs: T[]): T | undefined {
  const candidates = tabs.filter((tab) => tab.id !== undefined && unscriptableReason(tab.url) !== 'extension-page');
  return candidates.slice().sort((a, b) => (b.lastAccessed ?? (b.active ? 1 : 0)) - (a.lastAccessed ?? (a.active ? 1 : 0)))[0];
}
