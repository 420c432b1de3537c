import { useLiveQuery } from 'dexie-react-hooks';
import type { TicketSnapshot } from '../../adapters/types';
import { aiAlertsFor } from '../ai/alert-opinions';
import { getDb, ticketKeyOf } from '../db';
import type { Alert } from '../sentiment';

/** The AI's alerts for this ticket (issue 15), read live from the cache the background fills; none when off.
 *  Kinds the agent dismissed are hidden, as for the local alerts. */
export function useAiAlerts(snapshot: TicketSnapshot, enabled: boolean): Alert[] {
  const key = ticketKeyOf(snapshot);
  const rows = useLiveQuery(() => (enabled ? getDb().aiAlerts.where('ticketKey').equals(key).toArray() : []), [key, enabled], []);
  const dismissed = useLiveQuery(
    () => getDb().dismissedAlerts.where('[ticketKey+kind]').between([key, ''], [key, '\uffff']).toArray(),
    [key],
    [],
  );
  if (!enabled) return [];
  const kinds = new Set(dismissed.map((d) => d.kind));
  return aiAlertsFor(snapshot, rows).filter((a) => !kinds.has(a.kind)) as Alert[];
}
