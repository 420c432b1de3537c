// The toolbar button's API: `action` in Manifest V3 (Chrome), `browserAction` in Manifest V2 (the Firefox build).
// Firefox MV2 has no `browser.action`: used directly, the badge was never set there and the button did not open
// the sidebar (the calls threw, or the listener was never added).
import { browser } from 'wxt/browser';

type ToolbarAction = typeof browser.action;

export function toolbarAction(api: { action?: ToolbarAction; browserAction?: ToolbarAction } = browser as never): ToolbarAction | undefined {
  return api.action ?? api.browserAction;
}
