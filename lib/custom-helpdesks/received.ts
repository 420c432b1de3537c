// The content script's check of the configs the background hands it (getCustomAdapters). The background already
// ran every one through the full validator (./validate.ts: managed policy, the agent's stored configs, repairs),
// so the content script does not carry that validator and its messages (its bundle has a 30 KB gzip budget): it
// only makes sure a config cannot make it misbehave. What it keeps of the validator's verdicts: the shape the
// adapter reads (./adapter.ts), and the browser's own parse of every selector, which the background, without a
// DOM, approximates (css-what): a config with a selector this browser refuses is skipped, as before.
// Content-safe: no storage, no extension API.
import { parsePiercing } from '../../adapters/shared/deep-query';
import { BUILT_IN_HELPDESK_IDS, CUSTOM_SELECTOR_KEYS, CUSTOM_SELECTOR_REQUIRED, MAX_SELECTOR_CHARS, type CustomAdapterConfig } from './config';

const isObject = (x: unknown): x is Record<string, unknown> => !!x && typeof x === 'object' && !Array.isArray(x);

/** Whether this browser parses every part of a selector (`>>>` splits it into parts, each CSS). */
function parses(doc: Document, selector: string): boolean {
  const parts = parsePiercing(selector)?.flat() ?? [selector];
  for (const part of parts) {
    if (!part.trim()) return false;
    try {
      doc.createDocumentFragment().querySelector(part);
    } catch {
      return false;
    }
  }
  return true;
}

/** The config as the adapter may take it, or null (skipped). */
export function receivedConfig(x: unknown, doc: Document): CustomAdapterConfig | null {
  if (!isObject(x) || typeof x.id !== 'string' || !x.id || BUILT_IN_HELPDESK_IDS.includes(x.id.toLowerCase())) return null;
  if (!Array.isArray(x.urlPatterns) || !x.urlPatterns.some((p) => typeof p === 'string')) return null;
  const phrases = x.internalPhrases;
  if (phrases !== undefined && (!Array.isArray(phrases) || phrases.some((w) => typeof w !== 'string'))) return null;
  const sel = x.selectors;
  if (!isObject(sel)) return null;
  for (const key of CUSTOM_SELECTOR_REQUIRED) if (typeof sel[key] !== 'string') return null;
  for (const key of CUSTOM_SELECTOR_KEYS) {
    const v = sel[key];
    // (an optional selector left '' is absent, as the validator takes it; the required ones' '' fails below)
    if (v === undefined || (v === '' && !(CUSTOM_SELECTOR_REQUIRED as readonly string[]).includes(key))) continue;
    if (typeof v !== 'string' || !v.trim() || v.length > MAX_SELECTOR_CHARS || !parses(doc, v.trim())) return null;
  }
  return x as unknown as CustomAdapterConfig;
}
