// The toolbar button and the keyboard command open the panel for the current tab. Chrome: the side panel opens
// on action click (and `_execute_action`); Firefox: the sidebar_action is toggled from the action.
import { browser } from 'wxt/browser';
import { firefoxSidebarAction } from '../browser-extras';
import { toolbarAction } from './toolbar';

export function registerPanelOpening(): void {
  // Chrome only (typed by wxt/browser); undefined in Firefox.
  const sidePanel = browser.sidePanel;
  if (sidePanel?.setPanelBehavior) {
    sidePanel.setPanelBehavior({ openPanelOnActionClick: true }).catch(() => {});
    return;
  }
  const sidebar = firefoxSidebarAction();
  if (sidebar) toolbarAction()?.onClicked.addListener(() => void sidebar.toggle());
}
