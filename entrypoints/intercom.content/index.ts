import { INTERCOM_MATCHES } from '../../adapters/matches';
import { intercomAdapter } from '../../adapters/intercom';
import { startBuiltInContentScript } from '../../lib/content/built-in';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';

// This helpdesk's own content script, on its hosts alone: its adapter, and the custom one for an admin's config or
// an agent's repair of these hosts (lib/content/built-in.ts). The other helpdesks' adapters are not in it.
export default defineContentScript({
  matches: INTERCOM_MATCHES,
  runAt: 'document_idle',
  main(ctx: Pick<ContentScriptContext, 'onInvalidated'>) {
    startBuiltInContentScript(intercomAdapter, ctx);
  },
});
