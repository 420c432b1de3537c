import { INTERCOM_MATCHES } from '../../adapters/matches';
import { intercomAdapter } from '../../adapters/intercom';
import { startBuiltInContentScript } from '../../lib/content/built-in';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';

// This helpdesk's own content script: its adapter alone. Where a custom config or a repair may apply, it hands the
// page to the generic script (lib/content/built-in.ts).
export default defineContentScript({
  matches: INTERCOM_MATCHES,
  runAt: 'document_idle',
  main(ctx: Pick<ContentScriptContext, 'onInvalidated'>) {
    startBuiltInContentScript(intercomAdapter, ctx);
  },
});
