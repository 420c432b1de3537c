// The contract every helpdesk adapter implements (see ../shared/DESIGN.md). Tests outside this repo call these
// names: extend compatibly, never rename.

export type Role = 'customer' | 'agent' | 'bot' | 'system';

export interface TicketMessage {
  id?: string;
  author: { name?: string; email?: string; role: Role };
  /** ISO 8601 when the page has it */
  at?: string;
  text: string;
  internal?: boolean;
}

export interface TicketSnapshot {
  helpdesk: string;
  ticketId: string;
  url: string;
  subject: string;
  status?: string;
  priority?: string;
  tags: string[];
  requester: { name?: string; email?: string };
  /** oldest first */
  messages: TicketMessage[];
  /** Fields the adapter looked for and did not find on the page (a partial snapshot says so). */
  missing?: string[];
  /** The helpdesk account's host (acme.zendesk.com): part of the ticket's identity. Set by the content script
   *  from the page URL; the background checks it against the tab's own URL. */
  host?: string;
  /** Fields kept from an earlier read of the same ticket because this page does not show them (a reply form
   *  without the thread): lib/tickets/merge.ts. */
  mergedFrom?: string[];
  /** How far this read can be trusted, and why (adapters/shared/health.ts): set by the content script. */
  health?: { confidence: 'high' | 'low'; reasons: string[] /* codes */ };
  /** Read with an agent's repair of this host laid over the built-in (adapters/layered.ts). A stored reading by the
   *  other reader is not merged with this one's thread (lib/tickets/merge.ts): the two key messages differently. */
  repaired?: true;
}

export interface InsertResult {
  ok: boolean;
  /** Which rung of the insertion ladder landed the text, e.g. 'paste', 'execCommand', 'setRangeText'. */
  via?: string;
  /** Why it failed, in English words an agent understands (logs, audit); or 'needs-confirmation' when it would
   *  touch the agent's text. The panel shows `code` translated instead (adapters/shared/insert-failure.ts). */
  reason?: string;
  /** Why it failed, for code and for translation. 'wrong-ticket' (another ticket or account is on screen) and
   *  'no-ticket-id' must never be worked around (no clipboard copy of text written for another ticket); nor
   *  'id-mismatch' (the page shows another ticket than its URL: which one is meant cannot be told). 'reading-low':
   *  the reading of the page is unsure (adapters/shared/health.ts) and the agent has not confirmed it yet. */
  code?: InsertFailureCode;
  /** The values the code's text names (e.g. the two tickets of 'wrong-ticket'). */
  params?: string[];
}

export type InsertFailureCode =
  | 'wrong-ticket'
  | 'no-ticket-id'
  | 'id-mismatch'
  | 'reading-low'
  | 'needs-confirmation'
  | 'not-a-helpdesk'
  | 'no-editor'
  | 'editor-hidden'
  | 'editor-unreachable'
  | 'read-only'
  | 'no-text'
  | 'not-accepted'
  | 'shown-differently'
  | 'error'
  | 'unreachable'
  /** The background could not reach the tab's content script (not loaded yet, or gone). */
  | 'tab-no-answer';

export type InsertMode = 'cursor' | 'replace' | 'append';

export interface HelpdeskAdapter {
  /** 'zendesk' | 'intercom' | 'freshdesk' | custom id */
  id: string;
  detect(url: string, doc: Document): boolean;
  /** Pure: DOM in, data out, never throws. */
  readTicket(doc: Document, url: string): TicketSnapshot | null;
  findEditor(doc: Document): HTMLElement | null;
  insert(doc: Document, text: string, mode: 'cursor' | 'replace' | 'append', options?: InsertOptions): Promise<InsertResult>;
  /** Shadow roots and same-origin frame documents the last read of doc looked into (the custom adapter's deep
   *  search): the watcher observes them as well as doc, whose own observer cannot see mutations in there. */
  watchRoots?(doc: Document): { root: Document | ShadowRoot; host: Element }[];
  /** The ticket id the page itself shows (active pane, conversation element), read apart from the URL: the
   *  reading health compares the two (adapters/shared/health.ts). Built-in adapters, which take the id from the
   *  URL first; a custom adapter's snapshot already carries the page's id. */
  pageTicketId?(doc: Document, url: string): string | undefined;
  /** Whether the page may rightly show no subject (an untitled Intercom chat): the reading health then does not
   *  count a missing subject as a misread. Absent: a subject is expected. */
  subjectOptional?(doc: Document, url: string): boolean;
  /** Whether the last read of doc found who wrote each message by the page's layout (rows, their attribute words,
   *  avatar labels) because the helpdesk's known group markers were gone: a redesign, so the reading health says so. */
  readByLayout?(doc: Document): boolean;
  /** Whether the page shows that part of the thread is not rendered (a virtual list's "And 12 items before", a "load
   *  more" button): the snapshot is then right but partial, and the reading health says so. Absent: never partial. */
  threadPartial?(doc: Document): boolean;
}

export interface InsertOptions {
  /** The agent has confirmed that existing text in the editor may be replaced or written around. */
  confirmed?: boolean;
}
