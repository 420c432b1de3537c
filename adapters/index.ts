// The adapter registry: built-in helpdesks, and custom ones an admin described with selectors.
import { createCustomAdapter, urlMatchesPatterns, validateCustomAdapterConfig, type CustomAdapterConfig } from './custom';
import { freshdeskAdapter } from './freshdesk';
import { intercomAdapter } from './intercom';
import { layerOver } from './layered';
import type { HelpdeskAdapter } from './types';
import { zendeskAdapter } from './zendesk';

export const adapters: HelpdeskAdapter[] = [zendeskAdapter, intercomAdapter, freshdeskAdapter];

/** The adapter for a page: an agent's repair of this host (layer: 'override') first, laid over the built-in that
 *  detects the page; then a custom config whose urlPatterns match (an admin's description of their own instance
 *  beats our guess); then the first built-in that detects the page. Invalid configs are skipped. */
export function pickAdapter(url: string, doc: Document, custom: CustomAdapterConfig[] = []): HelpdeskAdapter | null {
  return pickAdapterWith(url, doc, custom, (raw) => {
    const checked = validateCustomAdapterConfig(raw);
    return checked.ok ? checked.config : null;
  });
}

/** pickAdapter with the check of each config given: the content script passes lib/custom-helpdesks/received.ts's,
 *  as its configs come from the background, which validated them in full (the validator stays out of its bundle). */
export function pickAdapterWith(
  url: string,
  doc: Document,
  custom: CustomAdapterConfig[],
  check: (raw: unknown) => CustomAdapterConfig | null,
): HelpdeskAdapter | null {
  const ordered = [...custom.filter((c) => c?.layer === 'override'), ...custom.filter((c) => c?.layer !== 'override')];
  for (const raw of ordered) {
    const config = check(raw);
    if (!config || !urlMatchesPatterns(url, config.urlPatterns)) continue;
    const adapter = createCustomAdapter(config);
    return config.layer === 'override' ? layerOver(adapter, builtInFor(url, doc)) : adapter;
  }
  return builtInFor(url, doc);
}

function builtInFor(url: string, doc: Document): HelpdeskAdapter | null {
  for (const adapter of adapters) {
    try {
      if (adapter.detect(url, doc)) return adapter;
    } catch {
      /* a broken detector must not hide the others */
    }
  }
  return null;
}

export type { CustomAdapterConfig } from './custom';
export { createCustomAdapter, previewCustomAdapter, validateCustomAdapterConfig } from './custom';
export { htmlToTextPreservingLines } from './shared/text';
