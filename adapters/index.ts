// The adapter registry: built-in helpdesks, and custom ones an admin described with selectors.
import { createCustomAdapter, urlMatchesPatterns, validateCustomAdapterConfig, type CustomAdapterConfig } from './custom';
import { freshdeskAdapter } from './freshdesk';
import { intercomAdapter } from './intercom';
import type { HelpdeskAdapter } from './types';
import { zendeskAdapter } from './zendesk';

export const adapters: HelpdeskAdapter[] = [zendeskAdapter, intercomAdapter, freshdeskAdapter];

/** The adapter for a page: a custom config whose urlPatterns match wins (an admin's description of their own
 *  instance beats our guess), then the first built-in that detects the page. Invalid configs are skipped. */
export function pickAdapter(url: string, doc: Document, custom: CustomAdapterConfig[] = []): HelpdeskAdapter | null {
  for (const raw of custom) {
    const checked = validateCustomAdapterConfig(raw);
    if (checked.ok && urlMatchesPatterns(url, checked.config.urlPatterns)) return createCustomAdapter(checked.config);
  }
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
