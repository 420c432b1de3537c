// The reading engine the built-in and custom adapters share: messages from a list of message elements, and the
// bookkeeping of a partial snapshot (`missing`). Each adapter supplies selectors and a role classifier.
import type { Role, TicketMessage, TicketSnapshot } from '../types';
import { isoFrom, queryFirst, type SelectorEntry } from './dom';
import { htmlToTextPreservingLines, inlineText } from './text';

type Sel = string[] | SelectorEntry;

export interface MessageSpec {
  author?: Sel;
  /** For pages where the author is not inside the message element (shown once per group of messages). */
  authorName?: (el: Element) => string | undefined;
  body: Sel;
  time?: Sel;
  /** UI chrome inside a message body to leave out of the text. */
  skip?: string;
  id?: (el: Element) => string | undefined;
  classify: (el: Element, authorName: string | undefined) => { role: Role; internal?: boolean; email?: string };
}

/** One message element into a TicketMessage; null when it holds no text (typing indicators, empty events). */
export function readMessage(el: Element, spec: MessageSpec): TicketMessage | null {
  const authorEl = spec.author ? queryFirst(el, spec.author) : null;
  const name = (authorEl ? inlineText(authorEl) : spec.authorName?.(el)) || undefined;
  const bodyEl = queryFirst(el, spec.body);
  const text = htmlToTextPreservingLines(bodyEl, { skip: spec.skip });
  if (!text) return null;
  const timeEl = spec.time ? queryFirst(el, spec.time) : null;
  const at = isoFrom(timeEl) ?? isoFrom(el);
  const { role, internal, email } = spec.classify(el, name);
  const message: TicketMessage = { author: { role }, text };
  if (name) message.author.name = name;
  if (email) message.author.email = email;
  const id = spec.id?.(el);
  if (id) message.id = id;
  if (at) message.at = at;
  if (internal) message.internal = true;
  return message;
}

export function readMessages(elements: Element[], spec: MessageSpec): TicketMessage[] {
  const out: TicketMessage[] = [];
  for (const el of elements) {
    const m = readMessage(el, spec);
    if (m) out.push(m);
  }
  return sortOldestFirst(out);
}

/** Oldest first. Keeps DOM order, but a thread rendered newest-first (Freshdesk and Zendesk both offer it) is
 *  reversed when its timestamps say so. Messages without a time keep their place relative to their neighbours. */
export function sortOldestFirst(messages: TicketMessage[]): TicketMessage[] {
  const times = messages.map((m) => (m.at ? Date.parse(m.at) : NaN)).filter((t) => !Number.isNaN(t));
  if (times.length >= 2) {
    let asc = 0;
    let desc = 0;
    for (let i = 1; i < times.length; i++) {
      if (times[i] > times[i - 1]) asc++;
      else if (times[i] < times[i - 1]) desc++;
    }
    if (desc > asc) return [...messages].reverse();
  }
  return messages;
}

/** Builds the snapshot and names the fields the page did not give. */
export function finishSnapshot(
  base: Omit<TicketSnapshot, 'missing'>,
  found: { tags: boolean },
): TicketSnapshot {
  const missing: string[] = [];
  if (!base.ticketId) missing.push('ticketId');
  if (!base.subject) missing.push('subject');
  if (!base.requester.name) missing.push('requester.name');
  if (!base.requester.email) missing.push('requester.email');
  if (!base.status) missing.push('status');
  if (!base.priority) missing.push('priority');
  if (!found.tags) missing.push('tags');
  if (base.messages.length === 0) missing.push('messages');
  const snapshot: TicketSnapshot = { ...base };
  if (!snapshot.status) delete snapshot.status;
  if (!snapshot.priority) delete snapshot.priority;
  if (!snapshot.requester.name) delete snapshot.requester.name;
  if (!snapshot.requester.email) delete snapshot.requester.email;
  if (missing.length) snapshot.missing = missing;
  return snapshot;
}

/** readTicket must never throw: a page mid-render or a redesign yields null rather than an exception. */
export function neverThrow<A extends unknown[], R>(fn: (...args: A) => R | null): (...args: A) => R | null {
  return (...args: A) => {
    try {
      return fn(...args);
    } catch {
      return null;
    }
  };
}

/** Same person? Names compared without case, accents or extra spaces. */
export function sameName(a: string | undefined, b: string | undefined): boolean {
  if (!a || !b) return false;
  const norm = (s: string) => s.normalize('NFKD').replace(/\p{M}/gu, '').replace(/\s+/g, ' ').trim().toLowerCase();
  return norm(a) === norm(b);
}

const BOT_NAME = /\b(bot|answer ?bot|fin|operator|ai agent|autoresponder|automation)\b/i;
/** Names helpdesks give their automated senders. */
export const looksLikeBot = (name: string | undefined) => !!name && BOT_NAME.test(name);
