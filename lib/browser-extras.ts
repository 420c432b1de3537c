// The extension APIs that `wxt/browser` has no types for, each behind one small typed accessor. `wxt/browser`'s
// types come from Chrome's (@types/chrome, through @wxt-dev/browser), so Chrome-only APIs (sidePanel, scripting,
// storage.managed, storage.local.setAccessLevel) are typed there and need nothing here; what is missing are the
// Firefox-only ones. Each cast sits here, once, rather than at its callers.
import { browser } from 'wxt/browser';

/** Firefox's sidebar (the Firefox build declares a `sidebar_action` instead of Chrome's side panel). */
export interface FirefoxSidebarAction {
  toggle(): Promise<void>;
}

/** Firefox's `browser.sidebarAction`; undefined in Chrome. */
export function firefoxSidebarAction(): FirefoxSidebarAction | undefined {
  return (browser as unknown as { sidebarAction?: FirefoxSidebarAction }).sidebarAction;
}
