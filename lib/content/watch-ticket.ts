// The content script's work on a helpdesk page with every built-in adapter and the custom ones, as the module tests
// and benches use it: lib/content/watch-core.ts with adapters/index.ts's list. The content scripts themselves carry
// less: a built-in helpdesk's own script its adapter and the custom one (lib/content/built-in.ts), the generic
// script on custom hosts the custom one and the built-ins' detectors (lib/content/generic.ts).
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { adapters } from '../../adapters/index';
import type { CustomAdapterConfig } from '../../adapters/custom';
import { pickWithCustom } from './pick-with-custom';
import { startContentScriptWith, watchTicketWith, type WatcherDeps } from './watch-core';

export { MAX_WATCHED_ROOTS, READ_DEBOUNCE_MS, READ_MAX_WAIT_MS } from './watch-core';
export type { InsertTarget, TicketWatcher, WatcherDeps } from './watch-core';

export const watchTicket = (deps: WatcherDeps) => watchTicketWith(pickWithCustom(adapters), deps);

export const startContentScript = (ctx: Pick<ContentScriptContext, 'onInvalidated'>, loadCustomAdapters: () => Promise<CustomAdapterConfig[]>) =>
  startContentScriptWith(pickWithCustom(adapters), ctx, loadCustomAdapters);
