// The drafts and co-work chat of one ticket, live from IndexedDB (the background writes them as they stream), and
// the actions the panel can ask for. The panel's own network view goes with every request, and the panel tells
// the background when the network returns so queued requests run.
import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useEffect, useState } from 'react';
import { getDb, type TicketKey } from '../db';
import type { DraftAction, DraftActionResult, SendPreview } from '../drafts/types';
import { sendMessage } from '../messaging';
import { actionFailure } from '../action-failure';

export function useOnline(): boolean {
  const [online, setOnline] = useState(() => navigator.onLine);
  useEffect(() => {
    const up = () => setOnline(true);
    const down = () => setOnline(false);
    window.addEventListener('online', up);
    window.addEventListener('offline', down);
    return () => {
      window.removeEventListener('online', up);
      window.removeEventListener('offline', down);
    };
  }, []);
  return online;
}

export function useDrafts(ticketKey: TicketKey | undefined) {
  const online = useOnline();
  const drafts = useLiveQuery(
    async () => (ticketKey ? await getDb().drafts.where('ticketKey').equals(ticketKey).sortBy('createdAt') : []),
    [ticketKey],
  );
  const chat = useLiveQuery(
    async () => (ticketKey ? await getDb().chats.where('ticketKey').equals(ticketKey).sortBy('at') : []),
    [ticketKey],
  );

  // Back online: run what was queued while offline.
  useEffect(() => {
    const onOnline = () => void sendMessage('draftsOnline', undefined).catch(() => {});
    window.addEventListener('online', onOnline);
    return () => window.removeEventListener('online', onOnline);
  }, []);

  const run = useCallback(
    (action: DraftAction): Promise<DraftActionResult> =>
      sendMessage('draftsRun', { action, online: navigator.onLine }).catch((e: Error) => actionFailure('background-unreachable', e.message)),
    [],
  );
  const preview = useCallback(
    (action: DraftAction): Promise<SendPreview> =>
      sendMessage('draftsPreview', { action, online: navigator.onLine }).catch((e: Error) => ({ text: '', redactions: [], note: e.message })),
    [],
  );
  const stop = useCallback((id: string) => sendMessage('draftsStop', { id }).catch(() => false), []);

  return { loading: drafts === undefined || chat === undefined, drafts: drafts ?? [], chat: chat ?? [], online, run, preview, stop };
}

/** Seconds left until `at` (epoch ms), re-rendered each second while counting; null when not waiting. */
export function useDraftCountdown(at: number | undefined): number | null {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!at || at <= Date.now()) return;
    const timer = setInterval(() => setNow(Date.now()), 250);
    return () => clearInterval(timer);
  }, [at]);
  if (!at) return null;
  const left = Math.ceil((at - now) / 1000);
  return left > 0 ? left : null;
}
