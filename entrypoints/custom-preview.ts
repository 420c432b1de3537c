import type { CustomAdapterConfig } from '../lib/custom-helpdesks/config';
import { runCustomPreview } from '../lib/custom-helpdesks/preview';

// Injected on demand by the background (chrome.scripting.executeScript with files: ['/custom-preview.js']) into
// the tab the agent picked for the options page's live preview. executeScript serialises a `func`, so the
// adapter code cannot travel that way: this bundle brings it and leaves one global behind for the call that
// follows. Runs in the extension's isolated world, never in the page's own.
export default defineUnlistedScript(() => {
  (globalThis as { __tandemCustomPreview?: unknown }).__tandemCustomPreview = (config: CustomAdapterConfig) =>
    runCustomPreview(config, document, location.href);
});
