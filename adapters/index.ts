// The adapter registry: built-in helpdesks, and custom ones an admin described with selectors.
import { validateCustomAdapterConfig, type CustomAdapterConfig } from './custom';
import { freshdeskAdapter } from './freshdesk';
import { intercomAdapter } from './intercom';
import { pickAdapterFrom } from './pick';
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
  return pickAdapterFrom(adapters, url, doc, custom, check);
}

export type { CustomAdapterConfig } from './custom';
export { createCustomAdapter, previewCustomAdapter, validateCustomAdapterConfig } from './custom';
export { htmlToTextPreservingLines } from './shared/text';
