import { HELPDESK_MATCHES } from '../../adapters/matches';
import { startContentScript } from '../../lib/content/watch-ticket';
import { sendMessage } from '../../lib/content/messaging';

// Thin entrypoint: the watcher in lib/content does the work. Runs on the known helpdesk hosts only; helpdesks an
// admin adds with selectors get this script registered at run time for the hosts they grant.
export default defineContentScript({
  matches: HELPDESK_MATCHES,
  runAt: 'document_idle',
  main(ctx) {
    // Selector configs for helpdesks described by an admin come from the background (never from storage).
    startContentScript(ctx, () => sendMessage('getCustomAdapters'));
  },
});
