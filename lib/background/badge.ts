// The toolbar badge of each helpdesk tab shows its alert level, so an agent with many tabs sees which one burns.
import type { TicketSnapshot } from '../../adapters/types';
import { ticketKeyOf, type TandemDB } from '../db';
import { alertLevel, assessTicket, type Alert } from '../sentiment';
import { loadSettings } from '../settings';
import { toolbarAction } from './toolbar';

const BADGE: Record<ReturnType<typeof alertLevel>, { text: string; color: string }> = {
  none: { text: '', color: '#00000000' },
  info: { text: '', color: '#1a5fd0' },
  warning: { text: '!', color: '#b26a00' },
  critical: { text: '!!', color: '#c62828' },
};

/** Alerts the agent has not dismissed for this ticket. */
export async function activeAlerts(db: TandemDB, snapshot: TicketSnapshot, alerts: Alert[]): Promise<Alert[]> {
  const dismissed = await db.dismissedAlerts.where('[ticketKey+kind]').between([ticketKeyOf(snapshot), ''], [ticketKeyOf(snapshot), '\uffff']).toArray();
  const kinds = new Set(dismissed.map((d) => d.kind));
  return alerts.filter((a) => !kinds.has(a.kind));
}

export async function updateBadge(db: TandemDB, tabId: number, snapshot: TicketSnapshot | null): Promise<void> {
  const options = (await loadSettings()).alerts;
  const level = snapshot ? alertLevel(await activeAlerts(db, snapshot, assessTicket(snapshot, options).alerts)) : 'none';
  const { text, color } = BADGE[level];
  const action = toolbarAction();
  if (!action) return;
  try {
    await action.setBadgeText({ tabId, text });
    if (text) await action.setBadgeBackgroundColor({ tabId, color });
    await action.setTitle({ tabId, title: level === 'none' ? 'Open Tandem' : `Tandem: ${level} alert on this ticket` });
  } catch {
    /* the tab closed meanwhile */
  }
}
