// Which browser tab the panel speaks about. A real side panel follows the active tab of its window; the panel
// opened as a tab (tests, the demo) follows the last active tab other than itself; `?tabId=` pins one tab.
import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { sendMessage } from '../messaging';

export function useFollowedTab(): number | null | undefined {
  const [tabId, setTabId] = useState<number | null | undefined>(undefined);

  useEffect(() => {
    const pinned = Number(new URLSearchParams(location.search).get('tabId'));
    if (pinned) {
      setTabId(pinned);
      return;
    }
    let ownTabId: number | undefined;
    let cancelled = false;
    const follow = (id: number | undefined) => {
      if (cancelled || id === undefined || id === ownTabId) return;
      setTabId(id);
    };
    const onActivated = ({ tabId: id }: { tabId: number }) => follow(id);
    const onFocus = async (windowId: number) => {
      if (windowId === browser.windows.WINDOW_ID_NONE) return;
      const [tab] = await browser.tabs.query({ active: true, windowId });
      follow(tab?.id);
    };
    (async () => {
      ownTabId = (await browser.tabs.getCurrent())?.id;
      const tabs = await browser.tabs.query({ active: true, currentWindow: true });
      const candidate = tabs.find((t) => t.id !== ownTabId);
      if (candidate) follow(candidate.id);
      else if (!cancelled) setTabId((current) => current ?? null);
    })();
    browser.tabs.onActivated.addListener(onActivated);
    browser.windows.onFocusChanged.addListener(onFocus);
    return () => {
      cancelled = true;
      browser.tabs.onActivated.removeListener(onActivated);
      browser.windows.onFocusChanged.removeListener(onFocus);
    };
  }, []);

  // Ask the followed tab to report again: the panel may open long after the page was read.
  useEffect(() => {
    if (tabId) sendMessage('refreshTab', { tabId }).catch(() => {});
  }, [tabId]);

  return tabId;
}
