// One ticket across its pages. Helpdesks such as Request Tracker show the thread on one page and the reply form on
// another (which shows the subject and little else); a live chat re-renders a window of its newest messages. A page
// that shows less of a ticket Tandem already knows (same helpdesk, host and ticket id) adds to what is stored and
// never wipes it: on the reply page the panel keeps the whole thread, and drafts are grounded in it.
import type { TicketMessage, TicketSnapshot } from '../../adapters/types';
import { healthAfterMerge } from '../../adapters/shared/health';

/** What identifies a message across pages: its id when the page gives one, else who wrote what. */
function messageKey(m: TicketMessage): string {
  return m.id ? `id:${m.id}` : `${m.author.role}|${m.internal ? 1 : 0}|${m.text.replace(/\s+/g, ' ').trim().slice(0, 500)}`;
}

/** Messages of both reads: the incoming ones when they include everything stored (the fuller view, in the
 *  page's order); otherwise the stored ones with the incoming ones they lack, in time order where times exist. */
export function mergeMessages(stored: TicketMessage[], incoming: TicketMessage[]): TicketMessage[] {
  if (!stored.length) return incoming;
  if (!incoming.length) return stored;
  const incomingKeys = new Set(incoming.map(messageKey));
  if (stored.every((m) => incomingKeys.has(messageKey(m)))) return incoming;
  const storedKeys = new Set(stored.map(messageKey));
  const added = incoming.filter((m) => !storedKeys.has(messageKey(m)));
  if (!added.length) return stored;
  const merged = [...stored, ...added];
  // A stable sort by time keeps undated messages next to the ones they came with.
  return merged.every((m) => m.at) ? merged.map((m, i) => [m, i] as const).sort((a, b) => (a[0].at! < b[0].at! ? -1 : a[0].at! > b[0].at! ? 1 : a[1] - b[1])).map(([m]) => m) : merged;
}

/** Whether `subject` is only the stand-in earlier builds gave a chat with no subject: the opening line of its first
 *  customer message, cut at 100 characters (adapters/intercom before subjectOptional). */
function isOpenerStandIn(subject: string, ...threads: TicketMessage[][]): boolean {
  const s = subject.trim();
  return threads.some((messages) => {
    const opener = messages.find((m) => m.author.role === 'customer')?.text.split('\n')[0].trim() ?? '';
    if (!opener) return false;
    return s === opener || (s.endsWith('…') && opener.length > 100 && opener.startsWith(s.slice(0, -1)));
  });
}

/**
 * The snapshot to store when `incoming` is a new read of the ticket `stored` holds (the caller checks the identity:
 * helpdesk, host, ticket id). Fields the page shows win; fields it does not show keep their stored value.
 * `missing` then lists only what neither read had. `mergedFrom` says which fields came from an earlier page.
 */
export function mergeSnapshots(stored: TicketSnapshot | undefined, incoming: TicketSnapshot): TicketSnapshot {
  if (!stored) return incoming;
  const merged: TicketSnapshot = { ...incoming, requester: { ...incoming.requester } };
  const kept: string[] = [];
  // A page that may rightly show no subject (an untitled chat: health code subject-optional) and shows none drops
  // a stored subject that was only the old stand-in for none; a real subject read earlier stays (an RT reply page
  // shows less than its display page, and its subject is never optional).
  const standIn = !merged.subject && !!incoming.health?.reasons.includes('subject-optional') && isOpenerStandIn(stored.subject, stored.messages, incoming.messages);
  if (!merged.subject && stored.subject && !standIn) {
    merged.subject = stored.subject;
    kept.push('subject');
  }
  if (!merged.status && stored.status) {
    merged.status = stored.status;
    kept.push('status');
  }
  if (!merged.priority && stored.priority) {
    merged.priority = stored.priority;
    kept.push('priority');
  }
  if (!merged.requester.name && stored.requester.name) {
    merged.requester.name = stored.requester.name;
    kept.push('requester.name');
  }
  if (!merged.requester.email && stored.requester.email) {
    merged.requester.email = stored.requester.email;
    kept.push('requester.email');
  }
  if (!merged.tags.length && stored.tags.length && incoming.missing?.includes('tags')) {
    merged.tags = stored.tags;
    kept.push('tags');
  }
  // A reading by another reader of the page (an agent's repair saved or removed since) replaces the thread: the
  // built-in keys messages by the page's ids, a repair by author and text, so merging them would store each twice.
  const sameReader = !!stored.repaired === !!incoming.repaired;
  // (a page that shows no thread under the new reader, a reply form, still keeps the stored one)
  const messages = sameReader || !incoming.messages.length ? mergeMessages(stored.messages, incoming.messages) : incoming.messages;
  if (messages !== incoming.messages) {
    merged.messages = messages;
    kept.push('messages');
  }
  if (incoming.missing) {
    const stillMissing = incoming.missing.filter((f) => !kept.includes(f));
    if (stillMissing.length) merged.missing = stillMissing;
    else delete merged.missing;
  }
  if (kept.length) merged.mergedFrom = kept;
  else delete merged.mergedFrom;
  // The page's reading health spoke of this page; what the merged ticket holds is judged again.
  if (kept.length && incoming.health) merged.health = healthAfterMerge(incoming.health, merged);
  return merged;
}
