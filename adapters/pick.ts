// Picking the adapter for a page out of a given list of built-ins, with the custom configs layered first. Apart from
// adapters/index.ts (which holds the list of every built-in) so that a helpdesk's own content script bundles only
// its adapter: entrypoints/<helpdesk>.content passes one, the generic helpdesk.content none (lib/content/generic.ts).
import { createCustomAdapter, type CustomAdapterConfig } from './custom';
import { urlMatchesPatterns } from './shared/match-pattern';
import { layerOver } from './layered';
import type { HelpdeskAdapter } from './types';

/** An agent's repair of this host (layer: 'override') first, laid over the built-in that detects the page; then a
 *  custom config whose urlPatterns match; then the first built-in that detects the page. Configs `check` refuses
 *  are skipped. */
export function pickAdapterFrom(
  builtIns: HelpdeskAdapter[],
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
    return config.layer === 'override' ? layerOver(adapter, builtInFor(builtIns, url, doc)) : adapter;
  }
  return builtInFor(builtIns, url, doc);
}

function builtInFor(builtIns: HelpdeskAdapter[], url: string, doc: Document): HelpdeskAdapter | null {
  for (const adapter of builtIns) {
    try {
      if (adapter.detect(url, doc)) return adapter;
    } catch {
      /* a broken detector must not hide the others */
    }
  }
  return null;
}
