// Size caps for what Tandem keeps of a ticket (lib/background/tickets.ts applies them before storing). A ticket
// page is untrusted and can be huge (a years-long thread, a pasted log): without caps every change of a live
// chat rewrote all of it, and a few such tickets could fill the extension's storage.

/** Messages kept of one ticket: the first (how it started) and the newest MAX_MESSAGES_KEPT - 1. */
export const MAX_MESSAGES_KEPT = 200;
/** Characters kept of one message's text (the start; the end is marked as cut). */
export const MAX_MESSAGE_CHARS = 20_000;
export const MAX_SUBJECT_CHARS = 1_000;
/** Short fields: status, priority, requester name and e-mail, author names, ids. */
export const MAX_FIELD_CHARS = 500;
export const MAX_TAGS = 100;
