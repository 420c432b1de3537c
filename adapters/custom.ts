// The custom (selector-config) adapter's public module, a stable contract for outside tests (DESIGN.md). The
// feature itself lives in lib/custom-helpdesks/ (ARCHITECTURE.md); this file only re-exports its content-safe
// parts, so the content script bundles no storage through it.
export type { CustomAdapterConfig, CustomSelectorKey } from '../lib/custom-helpdesks/config';
export { CUSTOM_SELECTOR_KEYS } from '../lib/custom-helpdesks/config';
export { selectorError, validateCustomAdapterConfig } from '../lib/custom-helpdesks/validate';
import type { HelpdeskAdapter } from './types';
import type { CustomAdapterConfig } from '../lib/custom-helpdesks/config';
import { createCustomAdapter as createFromConfig } from '../lib/custom-helpdesks/adapter';
export { ticketIdFromUrl } from '../lib/custom-helpdesks/adapter';

/** The adapter of a helpdesk described by selectors (DESIGN.md's contract; built in lib/custom-helpdesks/). */
export function createCustomAdapter(config: CustomAdapterConfig): HelpdeskAdapter {
  return createFromConfig(config);
}
export { previewCustomAdapter, type SelectorPreview } from '../lib/custom-helpdesks/preview';
export { urlMatchesPatterns } from './shared/match-pattern';
