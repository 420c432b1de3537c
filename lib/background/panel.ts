// The toolbar button and the keyboard command open the panel for the current tab. Chrome: the side panel opens
// on action click (and `_execute_action`); Firefox: the sidebar_action is toggled from the action.
import browser from 'webextension-polyfill';
import { toolbarAction } from './toolbar';

export function registerPanelOpening(): void {
  const sidePanel = (globalThis as { chrome?: typeof chrome }).chrome?.sidePanel;
  if (sidePanel?.setPanelBehavior) {
    sidePanel.setPanelBehavior({ openPanelOnActionClick: true }).catch(() => {});
    return;
  }
  const sidebar = (browser as unknown as { sidebarAction?: { toggle(): Promise<void> } }).sidebarAction;
  if (sidebar) toolbarAction()?.onClicked.addListener(() => void sidebar.toggle());
}
