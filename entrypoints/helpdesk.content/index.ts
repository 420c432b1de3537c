import { HELPDESK_MATCHES } from '../../adapters/matches';
import { startContentScript } from '../../lib/content/watch-ticket';
import { sendMessage } from '../../lib/content/messaging';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';

// Thin entrypoint: the watcher in lib/content does the work. Runs on the known helpdesk hosts only; helpdesks an
// admin adds with selectors get this script registered at run time for the hosts they grant.
export default defineContentScript({
  matches: HELPDESK_MATCHES,
  runAt: 'document_idle',
  // (typed as the slim context the build swaps in, lib/content/script-context.ts: onInvalidated alone)
  main(ctx: Pick<ContentScriptContext, 'onInvalidated'>) {
    // Selector configs for helpdesks described by an admin come from the background (never from storage).
    startContentScript(ctx, () => sendMessage('getCustomAdapters'));
  },
});
