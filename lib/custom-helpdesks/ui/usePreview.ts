// The live preview's state: the agent's open tabs, the one picked, whether Tandem may script it, and the last
// answer. After the first run that worked, edits re-run it (debounced) so each field's result follows what the
// agent types.
import { useEffect, useRef, useState } from 'react';
import { browser, type Browser } from 'wxt/browser';
import { sendMessage } from '../../messaging';
import { t } from '../../i18n';
import { defaultPreviewTab, originOfTabUrl, unscriptableReason, type UnscriptableReason } from '../access';
import { previewConfigFromForm, type CustomHelpdeskForm } from '../form';
import type { CustomPreviewReply } from '../preview';
import { notGranted, requestOrigins } from './host-access';
import { hostOf } from './labels';

export interface TabOption {
  id: number;
  url?: string;
  title?: string;
  active?: boolean;
  lastAccessed?: number;
}

export type TabAccess = { kind: 'ok' } | { kind: 'missing'; origin: string } | { kind: 'cannot'; reason: UnscriptableReason } | null;

export function usePreview(form: CustomHelpdeskForm) {
  const [tabs, setTabs] = useState<TabOption[]>([]);
  const [tabId, setTabId] = useState<number | undefined>();
  const [access, setAccess] = useState<TabAccess>(null);
  const [reply, setReply] = useState<CustomPreviewReply | null>(null);
  const [running, setRunning] = useState(false);
  const [live, setLive] = useState(false);
  const [note, setNote] = useState<string>();
  const request = useRef(0);

  // The agent's open tabs, kept current while the form is open.
  useEffect(() => {
    const api = browser.tabs;
    if (!api?.query) return;
    let alive = true;
    const load = () =>
      void api.query({}).then((all) => {
        if (!alive) return;
        const list = all.filter((tab): tab is Browser.tabs.Tab & { id: number } => tab.id !== undefined && unscriptableReason(tab.url) !== 'extension-page');
        setTabs(list.map(({ id, url, title, active, lastAccessed }) => ({ id, url, title, active, lastAccessed })));
        setTabId((current) => (current !== undefined && list.some((tab) => tab.id === current) ? current : defaultPreviewTab(list)?.id));
      });
    load();
    api.onUpdated?.addListener(load);
    api.onRemoved?.addListener(load);
    api.onCreated?.addListener(load);
    return () => {
      alive = false;
      api.onUpdated?.removeListener(load);
      api.onRemoved?.removeListener(load);
      api.onCreated?.removeListener(load);
    };
  }, []);

  const tab = tabs.find((x) => x.id === tabId);
  useEffect(() => {
    let alive = true;
    setAccess(null);
    if (!tab) return;
    const reason = unscriptableReason(tab.url);
    if (reason) return setAccess({ kind: 'cannot', reason });
    const origin = originOfTabUrl(tab.url!)!;
    void notGranted([origin]).then((m) => alive && setAccess(m.length ? { kind: 'missing', origin } : { kind: 'ok' }));
    return () => {
      alive = false;
    };
    // (the tab's id and URL are what the check reads; the tab object is new on every tabs update)
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [tab?.id, tab?.url]);

  async function run() {
    if (tabId === undefined) return;
    const mine = ++request.current;
    setRunning(true);
    setNote(undefined);
    const answer = await sendMessage('previewCustomAdapterInTab', { tabId, config: previewConfigFromForm(form) }).catch(
      (err: unknown): CustomPreviewReply => ({ ok: false, reason: 'failed', detail: err instanceof Error ? err.message : String(err) }),
    );
    if (mine !== request.current) return; // a newer run started: its answer wins
    setRunning(false);
    setReply(answer);
    if (answer.ok) setLive(true);
    else if (answer.reason === 'no-access' && answer.origin) setAccess({ kind: 'missing', origin: answer.origin });
  }

  function tryClick() {
    if (access?.kind === 'missing') {
      const origin = access.origin;
      // From the click itself: the browser shows its prompt only inside a user gesture.
      void requestOrigins([origin])
        .catch(() => false)
        .then((granted) => {
          if (!granted) return setNote(t('chPreviewAccessDenied', hostOf(origin)));
          setAccess({ kind: 'ok' });
          void run();
        });
      return;
    }
    void run();
  }

  function pickTab(id: number) {
    setTabId(id);
    setReply(null);
    setLive(false);
  }

  // Live: once a preview has worked, re-run it as the selectors change.
  const formKey = JSON.stringify([form.urlPatterns, form.selectors]);
  useEffect(() => {
    if (!live) return;
    const timer = setTimeout(() => void run(), 400);
    return () => clearTimeout(timer);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [formKey]);

  return { tabs, tabId, access, reply, running, note, tryClick, pickTab };
}
