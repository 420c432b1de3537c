// An agent's repair of one host ("Fix how Tandem reads this page") laid over the built-in adapter that detects the
// page: the subject, thread and editor the agent picked win; what the repair does not name (ticket id, requester,
// status, priority, tags) still comes from the built-in reader (the requester the repair derives only fills a gap). The ticket keeps the built-in's helpdesk id, so a
// repair does not turn an open ticket into another one.
import type { HelpdeskAdapter, TicketSnapshot } from './types';
import { neverThrow } from './shared/read';

export function mergeSnapshots(top: TicketSnapshot | null, base: TicketSnapshot | null): TicketSnapshot | null {
  if (!top) return base;
  if (!base) return top;
  const merged: TicketSnapshot = {
    ...base,
    subject: top.subject || base.subject,
    messages: top.messages.length ? top.messages : base.messages,
    ticketId: base.ticketId || top.ticketId,
    // (the repair's requester is derived, not picked: the built-in's reading of it wins when it has one)
    requester: base.requester.name || base.requester.email ? base.requester : top.requester,
    tags: top.tags.length ? top.tags : base.tags,
  };
  const status = top.status ?? base.status;
  const priority = top.priority ?? base.priority;
  if (status) merged.status = status;
  if (priority) merged.priority = priority;
  // Missing: what neither reader found.
  const missing = (top.missing ?? []).filter((f) => base.missing?.includes(f));
  if (missing.length) merged.missing = missing;
  else delete merged.missing;
  return merged;
}

export function layerOver(top: HelpdeskAdapter, base: HelpdeskAdapter | null): HelpdeskAdapter {
  if (!base) return top;
  /** Documents whose last read showed the built-in's thread (the repair picked none, or found no message). */
  const ownThread = new WeakMap<Document, boolean>();
  const findEditor = (doc: Document) => {
    try {
      return top.findEditor(doc) ?? base.findEditor(doc);
    } catch {
      return null;
    }
  };
  return {
    id: base.id,
    detect: (url, doc) => top.detect(url, doc),
    readTicket: neverThrow((doc: Document, url: string) => {
      const picked = top.readTicket(doc, url);
      const merged = mergeSnapshots(picked, base.readTicket(doc, url));
      ownThread.set(doc, !picked?.messages.length);
      return merged && { ...merged, repaired: true };
    }),
    findEditor,
    // The picked editor when it is on the page (the built-in's insertion knows its own editor best otherwise).
    insert: (doc, text, mode, options) => (top.findEditor(doc) ? top.insert(doc, text, mode, options) : base.insert(doc, text, mode, options)),
    watchRoots: (doc) => [...(top.watchRoots?.(doc) ?? []), ...(base.watchRoots?.(doc) ?? [])],
    // (what the built-in helpdesk's pages may rightly lack, they may still lack under a repair)
    subjectOptional: base.subjectOptional,
    // The page's own ticket id is the built-in's to find (the repair names no id): without it the "ticket id agrees
    // with the URL" health check would be inert on every repaired page.
    pageTicketId: base.pageTicketId?.bind(base),
    // So is its "authors found by the layout" signal (a redesign), while the thread shown is the built-in's: the
    // repair's picked thread is read by the agent's selectors, not by layout.
    readByLayout: (doc) => !!ownThread.get(doc) && !!base.readByLayout?.(doc),
    // (the built-in knows its helpdesk's "not all loaded" markers; a repair names none)
    threadPartial: base.threadPartial?.bind(base),
  };
}
