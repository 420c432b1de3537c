import { startGenericContentScript } from '../../lib/content/generic';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';

// The generic content script: the custom adapter and the built-ins' detectors (lib/content/generic.ts). Not in the
// manifest: the known helpdesk hosts load their own script (entrypoints/<helpdesk>.content); this one is
// registered at run time for the hosts an admin's or agent's custom helpdesks were granted
// (lib/custom-helpdesks/background.ts).
export default defineContentScript({
  registration: 'runtime',
  runAt: 'document_idle',
  // (typed as the slim context the build swaps in, lib/content/script-context.ts: onInvalidated alone)
  main(ctx: Pick<ContentScriptContext, 'onInvalidated'>) {
    // Selector configs for helpdesks described by an admin come from the background (never from storage).
    startGenericContentScript(ctx);
  },
});
