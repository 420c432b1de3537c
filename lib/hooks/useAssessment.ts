import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import type { TicketSnapshot } from '../../adapters/types';
import { getDb, ticketKeyOf } from '../db';
import { assessTicket, type Alert, type AssessOptions, type TicketAssessment } from '../sentiment';

/** How the customer feels and what needs care, computed locally from the snapshot; dismissed alerts hidden. */
export function useAssessment(
  snapshot: TicketSnapshot,
  options?: AssessOptions,
): TicketAssessment & { dismiss(alert: Alert): Promise<void> } {
  // Admins tune thresholds and add phrases through managed policy (options).
  const assessment = useMemo(() => assessTicket(snapshot, options), [snapshot, options]);
  const key = ticketKeyOf(snapshot);
  const dismissed = useLiveQuery(
    () => getDb().dismissedAlerts.where('[ticketKey+kind]').between([key, ''], [key, '\uffff']).toArray(),
    [key],
    [],
  );
  const kinds = new Set(dismissed.map((d) => d.kind));
  return {
    ...assessment,
    alerts: assessment.alerts.filter((a) => !kinds.has(a.kind)),
    dismiss: async (alert) => {
      await getDb().dismissedAlerts.put({ ticketKey: key, kind: alert.kind, at: Date.now() });
    },
  };
}
