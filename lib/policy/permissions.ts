// Least privilege: the manifest asks only for the known helpdesks. Anything else the settings point at (a custom
// helpdesk, an allowed host outside the known ones, a knowledge URL, a gateway) needs an optional host
// permission, which only the user can grant, from a click (chrome.permissions.request needs a user gesture).
import { browser } from 'wxt/browser';
import { MatchPattern } from '@webext-core/match-patterns';
import { HELPDESK_MATCHES } from '../../adapters/matches';
import type { Settings } from '../settings';

export type OriginReason = 'helpdesk' | 'knowledge' | 'gateway' | 'connector';
export interface NeededOrigin {
  /** A match pattern for chrome.permissions: "https://support.acme.test/*". */
  origin: string;
  reason: OriginReason;
  /** What the admin/agent wrote, for the prompt. */
  label: string;
}

/** Anthropic's API answers CORS for browser clients: no host permission needed to reach it. */
const NEEDS_NO_PERMISSION = ['https://api.anthropic.com'];

function coveredByManifest(url: string): boolean {
  return HELPDESK_MATCHES.some((p) => {
    try {
      return new MatchPattern(p).includes(url);
    } catch {
      return false;
    }
  });
}

function originOfUrl(url: string): string | null {
  try {
    const u = new URL(url);
    if (u.protocol !== 'https:' && u.protocol !== 'http:') return null;
    return `${u.protocol}//${u.host}/*`;
  } catch {
    return null;
  }
}

/** Host patterns the settings point at that the manifest does not already grant. Pure. */
export function originsNeeded(
  settings: Pick<Settings, 'baseUrl' | 'allowedHelpdeskHosts' | 'customAdapters' | 'knowledgeSources'>,
  /** The organisation's connectors (issue 16): the background reaches their hosts for tool calls. */
  connectors: { id: string; name?: string; url: string }[] = [],
): NeededOrigin[] {
  const out = new Map<string, NeededOrigin>();
  const add = (origin: string | null, reason: OriginReason, label: string, sampleUrl: string) => {
    if (!origin || out.has(origin) || coveredByManifest(sampleUrl)) return;
    out.set(origin, { origin, reason, label });
  };
  if (settings.baseUrl && !NEEDS_NO_PERMISSION.some((p) => settings.baseUrl.startsWith(p))) {
    add(originOfUrl(settings.baseUrl), 'gateway', settings.baseUrl, settings.baseUrl);
  }
  for (const host of settings.allowedHelpdeskHosts) {
    // "*.example.com" -> "https://*.example.com/*"; the sample URL checks the manifest's own coverage.
    add(`https://${host}/*`, 'helpdesk', host, `https://${host.replace(/^\*\./, 'x.')}/`);
  }
  for (const adapter of settings.customAdapters) {
    for (const pattern of adapter.urlPatterns) {
      const m = /^(https?|\*):\/\/([^/]+)\//.exec(pattern);
      if (!m) continue;
      const scheme = m[1] === '*' ? 'https' : m[1];
      add(`${scheme}://${m[2]}/*`, 'helpdesk', adapter.name, `${scheme}://${m[2].replace(/^\*\./, 'x.')}/`);
    }
  }
  for (const source of settings.knowledgeSources) add(originOfUrl(source.url), 'knowledge', source.name ?? source.url, source.url);
  for (const c of connectors) add(originOfUrl(c.url), 'connector', c.name ?? c.id, c.url);
  return [...out.values()];
}

/** The subset not granted yet. Without the permissions API (tests), everything counts as missing. */
export async function missingOrigins(needed: NeededOrigin[]): Promise<NeededOrigin[]> {
  const api = browser.permissions;
  if (!api?.contains) return needed;
  const granted = await Promise.all(needed.map((n) => api.contains({ origins: [n.origin] }).catch(() => false)));
  return needed.filter((_, i) => !granted[i]);
}
