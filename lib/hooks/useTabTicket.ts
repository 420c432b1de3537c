import { useLiveQuery } from 'dexie-react-hooks';
import { getDb, type StoredTicket, type TabState } from '../db';

/** The followed tab's state and ticket, live: writes from the service worker re-render the panel. */
export function useTabTicket(tabId: number | null | undefined): {
  loading: boolean;
  tab?: TabState;
  ticket?: StoredTicket;
} {
  const result = useLiveQuery(async () => {
    if (!tabId) return { tab: undefined, ticket: undefined };
    const db = getDb();
    const tab = await db.tabs.get(tabId);
    const ticket = tab?.ticketKey ? await db.tickets.get(tab.ticketKey) : undefined;
    return { tab, ticket };
  }, [tabId]);
  return { loading: result === undefined || tabId === undefined, ...result };
}
