import { HELPDESK_MATCHES } from '../../adapters/matches';
import { startContentScript } from '../../lib/content/watch-ticket';

// Thin entrypoint: the watcher in lib/content does the work. Runs on the known helpdesk hosts only; helpdesks an
// admin adds with selectors get this script registered at run time for the hosts they grant.
export default defineContentScript({
  matches: HELPDESK_MATCHES,
  runAt: 'document_idle',
  main(ctx) {
    startContentScript(ctx);
  },
});
