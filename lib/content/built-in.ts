// A built-in helpdesk's own content script (entrypoints/<helpdesk>.content): its adapter and the custom
// (selector-config) one, for an admin's config or an agent's repair of this host, but not the other helpdesks'
// adapters. Each page of a known helpdesk loads its own reader only, so each stays well inside the 30 KB budget.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { HelpdeskAdapter } from '../../adapters/types';
import { sendMessage } from './messaging';
import { startContentScriptWith } from './watch-core';
import { pickWithCustom } from './pick-with-custom';

export function startBuiltInContentScript(adapter: HelpdeskAdapter, ctx: Pick<ContentScriptContext, 'onInvalidated'>) {
  return startContentScriptWith(pickWithCustom([adapter]), ctx, () => sendMessage('getCustomAdapters'));
}
