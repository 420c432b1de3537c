// Size limits for ticket and chat text that comes from outside: one place for these caps, so the numbers can be read
// together. A feature that reads from outside keeps its own caps in its folder, beside the code they bound:
// knowledge imports and syncs in lib/knowledge/limits.ts, connector calls in lib/connectors/limits.ts.

// ---------------------------------------------------------------- text entering redaction, prompts and sentiment
// (issue 14: customer text must not stall the worker, the panel or the helpdesk page). Every pattern is linear, and
// these caps bound the work per text besides: what is cut is far beyond what a person reads or a prompt needs.
/** A ticket's subject (helpdesks cap theirs at 150-255 characters). */
export const MAX_SUBJECT_CHARS = 1000;
/** One message of a ticket, as it is stored and as it enters a prompt, sentiment or the knowledge query. */
export const MAX_MESSAGE_CHARS = 20_000;
/** One turn of the co-work chat (the agent's message, or an earlier answer sent back as history). */
export const MAX_CHAT_TURN_CHARS = 8000;
/** Earlier chat turns sent with a new message (the latest are kept). */
export const MAX_CHAT_TURNS = 40;
/** The draft being refined, and a custom refine instruction. */
export const MAX_REFINE_INPUT_CHARS = 20_000;

// ---------------------------------------------------------------- what is kept of a ticket
// (lib/background/tickets.ts applies them before storing). A ticket page is untrusted and can be huge (a years-long
// thread, a pasted log): without caps every change of a live chat rewrote all of it, and a few such tickets could
// fill the extension's storage.
/** Messages kept of one ticket: the first (how it started) and the newest MAX_MESSAGES_KEPT - 1. */
export const MAX_MESSAGES_KEPT = 200;
/** Short fields: status, priority, requester name and e-mail, author names, ids. */
export const MAX_FIELD_CHARS = 500;
export const MAX_TAGS = 100;

/** `text` cut to at most `max` characters (never inside a surrogate pair). */
export function capText(text: string, max: number): string {
  if (text.length <= max) return text;
  const end = /[\uD800-\uDBFF]/.test(text[max - 1] ?? '') ? max - 1 : max;
  return text.slice(0, end);
}
