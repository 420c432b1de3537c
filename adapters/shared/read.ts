// The reading engine the built-in and custom adapters share: messages from a list of message elements, and the
// bookkeeping of a partial snapshot (`missing`). Each adapter supplies selectors and a role classifier.
import type { Role, TicketMessage, TicketSnapshot } from '../types';
import { findEmail, isoFrom, nameWithoutEmail, type SelectorEntry } from './dom';
import { QUOTE_SELECTORS, htmlToTextPreservingLines, inlineText } from './text';

type Sel = string[] | SelectorEntry;
const listOf = (sel: Sel): string[] => (Array.isArray(sel) ? sel : sel.selectors);

/** Where a marker selector is looked for, relative to a message element. */
export type MarkerWhere = 'self' | 'inside' | 'any' /* self, a descendant or an ancestor */;

export interface MessageSpec {
  author?: Sel;
  /** For pages where the author is not inside the message element (shown once per group of messages). */
  authorName?: (el: Element, index: MessageIndex) => string | undefined;
  body: Sel;
  time?: Sel;
  /** UI chrome inside a message body to leave out of the text. */
  skip?: string;
  id?: (el: Element) => string | undefined;
  /** When no body element is found inside a message, read the whole message (minus its author and time). */
  bodyFallbackToMessage?: boolean;
  /** Look for the author's e-mail address in the author element (mailto link or text). */
  authorEmail?: boolean;
  /** Named markers (internal note, agent reply...), each resolved for all messages with one query. */
  markers?: Record<string, { selectors: Sel; where: MarkerWhere }>;
  classify: (el: Element, authorName: string | undefined, markers: ReadonlySet<string>) => { role: Role; internal?: boolean; email?: string };
}

/**
 * Per-message lookups done in bulk. A thread of 2,000 messages with ~20 selector fallbacks each would cost
 * 40,000 scoped querySelector calls; instead each selector runs once over the thread and every match is
 * credited to the message that contains it (its nearest message ancestor). Same results as querying inside
 * each message with the fallbacks in order: a later selector only fills messages the earlier ones left empty.
 */
export class MessageIndex {
  private readonly set: Set<Element>;
  constructor(
    readonly messages: Element[],
    /** The part of the page holding the thread; queries run here. */
    readonly scope: ParentNode,
  ) {
    this.set = new Set(messages);
  }

  /** The message containing node (nearest message ancestor, excluding node itself). */
  ownerOf(node: Element): Element | null {
    for (let p = node.parentElement; p; p = p.parentElement) if (this.set.has(p)) return p;
    return null;
  }

  private all(selector: string): Element[] {
    try {
      return Array.from(this.scope.querySelectorAll(selector));
    } catch {
      return [];
    }
  }

  /** For each message, its first descendant matching the selector list (fallbacks in order). */
  firstInside(sel: Sel | undefined): Map<Element, Element> {
    const out = new Map<Element, Element>();
    if (!sel) return out;
    for (const selector of listOf(sel)) {
      if (out.size === this.messages.length) break;
      // Document order: a message's first match of this selector wins; earlier selectors' matches stay.
      for (const found of this.all(selector)) {
        const owner = this.ownerOf(found);
        if (owner && !out.has(owner)) out.set(owner, found);
      }
    }
    return out;
  }

  /** The messages a marker applies to. */
  marked(sel: Sel, where: MarkerWhere): Set<Element> {
    const out = new Set<Element>();
    const matched = new Set<Element>();
    for (const selector of listOf(sel)) for (const m of this.all(selector)) matched.add(m);
    // Messages themselves can sit outside the scope's descendants only if scope is a message: check directly.
    for (const el of this.messages) if (matched.has(el)) out.add(el);
    if (where === 'self') return out;
    for (const m of matched) {
      const owner = this.ownerOf(m);
      if (owner) out.add(owner);
    }
    if (where === 'inside') return out;
    for (const el of this.messages) {
      if (out.has(el)) continue;
      for (let p = el.parentElement; p; p = p.parentElement) {
        if (matched.has(p)) {
          out.add(el);
          break;
        }
      }
    }
    return out;
  }
}

/** The nearest common container of the messages: where the bulk queries run. */
function threadScope(elements: Element[]): ParentNode {
  const first = elements[0];
  const doc = first.ownerDocument;
  if (elements.length === 1) return first.parentElement ?? doc;
  let scope: Element | null = first.parentElement;
  const last = elements[elements.length - 1];
  while (scope && !scope.contains(last)) scope = scope.parentElement;
  return scope ?? doc;
}

export function readMessages(elements: Element[], spec: MessageSpec, scope?: ParentNode): TicketMessage[] {
  if (!elements.length) return [];
  const index = new MessageIndex(elements, scope ?? threadScope(elements));
  const authors = index.firstInside(spec.author);
  const bodies = index.firstInside(spec.body);
  const times = index.firstInside(spec.time);
  const markerSets = Object.entries(spec.markers ?? {}).map(([name, m]) => [name, index.marked(m.selectors, m.where)] as const);
  // Everything to leave out of message text, found once for the whole thread.
  let excluded: Set<Element>;
  try {
    excluded = new Set(index.scope.querySelectorAll(spec.skip ? `${QUOTE_SELECTORS},${spec.skip}` : QUOTE_SELECTORS));
  } catch {
    excluded = new Set(index.scope.querySelectorAll(QUOTE_SELECTORS));
  }

  const out: TicketMessage[] = [];
  for (const el of elements) {
    const authorEl = authors.get(el);
    const timeEl = times.get(el);
    let bodyEl = bodies.get(el);
    if (!bodyEl && spec.bodyFallbackToMessage) {
      bodyEl = el;
      if (authorEl) excluded.add(authorEl);
      if (timeEl) excluded.add(timeEl);
    }
    const text = htmlToTextPreservingLines(bodyEl, { excluded });
    if (!text) continue;
    const name = nameWithoutEmail(authorEl ? inlineText(authorEl) : spec.authorName?.(el, index) ?? '') || undefined;
    const at = isoFrom(timeEl) ?? isoFrom(el);
    const markers = new Set<string>();
    for (const [name, set] of markerSets) if (set.has(el)) markers.add(name);
    const classified = spec.classify(el, name, markers);
    const { role, internal } = classified;
    const email = classified.email ?? (spec.authorEmail ? findEmail(authorEl) : undefined);
    const message: TicketMessage = { author: { role }, text };
    if (name) message.author.name = name;
    if (email) message.author.email = email;
    const id = spec.id?.(el);
    if (id) message.id = id;
    if (at) message.at = at;
    if (internal) message.internal = true;
    out.push(message);
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

const normCache = new Map<string, string>();
function normName(s: string): string {
  let n = normCache.get(s);
  if (n === undefined) {
    n = s.normalize('NFKD').replace(/\p{M}/gu, '').replace(/\s+/g, ' ').trim().toLowerCase();
    if (normCache.size > 5000) normCache.clear();
    normCache.set(s, n);
  }
  return n;
}

/** Same person? Names compared without case, accents or extra spaces. */
export function sameName(a: string | undefined, b: string | undefined): boolean {
  if (!a || !b) return false;
  return normName(a) === normName(b);
}

const BOT_NAME = /\b(bot|answer ?bot|fin|operator|ai agent|autoresponder|automation)\b/i;
/** Names helpdesks give their automated senders. */
export const looksLikeBot = (name: string | undefined) => !!name && BOT_NAME.test(name);
