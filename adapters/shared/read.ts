// The reading engine the built-in and custom adapters share: messages from a list of message elements, and the
// bookkeeping of a partial snapshot (`missing`). Each adapter supplies selectors and a role classifier.
// What is read from a message's own subtree is cached per message element (read-cache.ts keeps it exact), so the
// watcher's repeated reads only reparse the messages that changed.
import type { Role, TicketMessage, TicketSnapshot } from '../types';
import { findEmail, isoFrom, listOf, matchesAny, nameWithoutEmail, toIso, type SelectorEntry, type SelectorQuery } from './dom';
import { readCacheFor } from './read-cache';
import { MessageTextReader, QUOTE_SELECTORS, inlineText, textExclusion } from './text';

type Sel = string[] | SelectorEntry;

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
  /** Cached with the message: may read the message's attributes and subtree, but not its classes (a class
   *  change no selector names does not invalidate the cache). */
  id?: (el: Element) => string | undefined;
  /** When no body element is found inside a message, read the whole message (minus its author and time). */
  bodyFallbackToMessage?: boolean;
  /** Look for the author's e-mail address in the author element (mailto link or text). */
  authorEmail?: boolean;
  /** Named markers (internal note, agent reply...), each resolved for all messages with one query. */
  markers?: Record<string, { selectors: Sel; where: MarkerWhere }>;
  /** Further elements to find inside each message (first match, fallbacks in order), handed to classify. */
  lookups?: Record<string, Sel>;
  /** Called on every read (not cached): may look at the page around the message. Must not depend on anything
   *  but its arguments and the DOM. */
  classify: (
    el: Element,
    authorName: string | undefined,
    markers: ReadonlySet<string>,
    found: Readonly<Record<string, Element | undefined>>,
    /** The author's e-mail address when the author element shows one (with `authorEmail`). */
    authorEmail?: string,
  ) => { role: Role; internal?: boolean; email?: string };
  /** Runs the selectors instead of querySelectorAll (the custom adapter's search into shadow roots and frames). */
  query?: SelectorQuery;
  /** The helpdesk lists this thread newest first: read so when the times shown do not say either way. */
  newestFirst?: boolean;
}

/**
 * Per-message lookups done in bulk. A thread of 2,000 messages with ~20 selector fallbacks each would cost
 * 40,000 scoped querySelector calls; instead each selector runs once over the thread and every match is
 * credited to the message that contains it (its nearest message ancestor). Same results as querying inside
 * each message with the fallbacks in order: a later selector only fills messages the earlier ones left empty.
 * The `...Of` methods give the same answers for one message, querying inside it only: used when just a few
 * messages changed since the last read (see read-cache.ts).
 */
/** Whether each joined selector list parses in this browser (the lists are the adapters' own: a few dozen). */
const UNION_PARSES = new Map<string, boolean>();

export class MessageIndex {
  /** Each message's position in `messages`. (Results are kept in arrays by position: on a first read, Map
   *  lookups keyed by element, several per message, added up to a tenth of the read.) */
  readonly #positions: Map<Element, number>;
  readonly #query: SelectorQuery | undefined;

  constructor(
    readonly messages: Element[],
    /** The part of the page holding the thread; queries run here. */
    readonly scope: ParentNode,
    query?: SelectorQuery,
  ) {
    this.#query = query;
    this.#positions = new Map();
    // (last to first, so that an element listed twice keeps its first position: one Map operation per message)
    for (let i = messages.length - 1; i >= 0; i--) this.#positions.set(messages[i], i);
  }

  /** The message containing node (nearest message ancestor, excluding node itself). Stops at the scope: queries
   *  run inside it, and an element outside every message (a group's author line) would otherwise be followed up
   *  to the document root. */
  ownerOf(node: Element): Element | null {
    const i = this.ownerPosition(node);
    return i < 0 ? null : this.messages[i];
  }

  /** ownerOf as a position in `messages`, -1 for none. */
  ownerPosition(node: Element): number {
    const scope = this.scope;
    const positions = this.#positions;
    for (let p = node.parentElement; p; p = p.parentElement) {
      const i = positions.get(p);
      if (i !== undefined) return i;
      if (p === scope) return -1;
    }
    // Across shadow root and frame boundaries, when the selectors reach in there.
    if (this.#query) {
      for (let p = this.#query.parent(node); p && p !== scope; p = this.#query.parent(p)) {
        const i = positions.get(p);
        if (i !== undefined) return i;
      }
    }
    return -1;
  }

  #matchesList(el: Element, list: string[]): boolean {
    return this.#query ? list.some((s) => this.#query!.matches(el, s)) : matchesAny(el, list);
  }

  #all(selector: string, root: ParentNode = this.scope): ArrayLike<Element> {
    if (this.#query) return this.#query.all(root, selector);
    try {
      // (the NodeList itself, indexed: copying 2,000 matches into an array is measurable on a first read)
      return root.querySelectorAll(selector);
    } catch {
      return [];
    }
  }

  /** A marker's selectors as one list, so the thread is walked once for all of them (marked() wants their union:
   *  order does not matter there). Each apart when one of them does not parse here (it then matches nothing alone),
   *  or when the custom query reads them (its piercing syntax is no CSS list). */
  #union(list: string[]): string[] {
    if (this.#query || list.length < 2) return list;
    const joined = list.join(',');
    let parses = UNION_PARSES.get(joined);
    if (parses === undefined) {
      try {
        // (parsed on an empty fragment: a query over the scope would walk it for nothing)
        (this.messages[0]?.ownerDocument ?? document).createDocumentFragment().querySelector(joined);
        parses = true;
      } catch {
        parses = false;
      }
      if (UNION_PARSES.size > 500) UNION_PARSES.clear(); // (custom configs bring lists of their own: kept small)
      UNION_PARSES.set(joined, parses);
    }
    return parses ? [joined] : list;
  }

  /** For each message (by position), its first descendant matching the selector list (fallbacks in order). */
  firstInside(sel: Sel | undefined): (Element | undefined)[] {
    const out = new Array<Element | undefined>(this.messages.length).fill(undefined);
    if (!sel) return out;
    let filled = 0;
    for (const selector of listOf(sel)) {
      if (filled === this.messages.length) break;
      // Document order: a message's first match of this selector wins; earlier selectors' matches stay.
      const found = this.#all(selector);
      for (let i = 0, n = found.length; i < n; i++) {
        const owner = this.ownerPosition(found[i]);
        if (owner >= 0 && out[owner] === undefined) {
          out[owner] = found[i];
          filled++;
        }
      }
    }
    return out;
  }

  /** firstInside for one message. */
  firstInsideOf(el: Element, sel: Sel | undefined): Element | undefined {
    if (!sel) return undefined;
    for (const selector of listOf(sel)) {
      const found = this.#all(selector, el);
      for (let i = 0, n = found.length; i < n; i++) if (this.ownerOf(found[i]) === el) return found[i];
    }
    return undefined;
  }

  /** Whether a marker applies to each message (by position). */
  marked(sel: Sel, where: MarkerWhere): boolean[] {
    const messages = this.messages;
    const out = new Array<boolean>(messages.length).fill(false);
    const matched = new Set<Element>();
    for (const selector of this.#union(listOf(sel))) {
      const found = this.#all(selector);
      for (let i = 0, n = found.length; i < n; i++) matched.add(found[i]);
    }
    if (!matched.size) return out;
    // Messages themselves can sit outside the scope's descendants only if scope is a message: check directly.
    for (let i = 0; i < messages.length; i++) if (matched.has(messages[i])) out[i] = true;
    if (where === 'self') return out;
    for (const m of matched) {
      const owner = this.ownerPosition(m);
      if (owner >= 0) out[owner] = true;
    }
    if (where === 'inside') return out;
    for (let i = 0; i < messages.length; i++) {
      if (out[i]) continue;
      for (let p = messages[i].parentElement; p; p = p.parentElement) {
        if (matched.has(p)) {
          out[i] = true;
          break;
        }
      }
    }
    return out;
  }

  /** marked() for one message. */
  isMarked(el: Element, sel: Sel, where: MarkerWhere): boolean {
    const list = listOf(sel);
    if (this.#matchesList(el, list)) return true;
    if (where === 'self') return false;
    for (const selector of list) {
      const found = this.#all(selector, el);
      for (let i = 0, n = found.length; i < n; i++) if (this.ownerOf(found[i]) === el) return true;
    }
    if (where === 'inside') return false;
    // Ancestors up to (not including) the scope, as the bulk query over the scope would have found them.
    const scope = this.scope as Node;
    for (let p = el.parentElement; p && p !== scope; p = p.parentElement) if (this.#matchesList(p, list)) return true;
    return false;
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

/**
 * Runs `compute` for the elements whose cached value is missing or invalid, and returns every element's value,
 * by position in `elements` (undefined where compute gave none).
 * `compute` gets the positions to compute and answers in the same order. It is told whether to use bulk
 * (thread-wide) queries or per-element ones: per-element queries cost about four times more per element, so they
 * only pay when a small share of the thread changed.
 * `key` names what is cached (it must change whenever the selectors or the meaning of the value change);
 * `selectors` are all the selectors the value depends on (to know which DOM changes can affect it).
 */
export function cachedPerElement<T>(
  elements: Element[],
  key: string,
  selectors: string[],
  compute: (dirty: number[], bulk: boolean) => (T | undefined)[],
): (T | undefined)[] {
  const out = new Array<T | undefined>(elements.length).fill(undefined);
  if (!elements.length) return out;
  const cache = readCacheFor(elements[0].ownerDocument);
  cache?.sync();
  const table = cache?.table(key, selectors);
  const dirty: number[] = [];
  for (let i = 0; i < elements.length; i++) {
    const hit = table?.entries.get(elements[i]) as T | undefined;
    if (hit !== undefined) out[i] = hit;
    else dirty.push(i);
  }
  if (!dirty.length) return out;
  const fresh = compute(dirty, dirty.length * 4 > elements.length);
  const dirtyElements: Element[] = [];
  for (let d = 0; d < dirty.length; d++) {
    const el = elements[dirty[d]];
    dirtyElements.push(el);
    const value = fresh[d];
    if (value === undefined) continue;
    out[dirty[d]] = value;
    table?.entries.set(el, value);
  }
  if (cache && table) cache.noteAncestors(table, dirtyElements);
  return out;
}

/** For each element, its first descendant matching sel (as MessageIndex.firstInside), mapped through `value`;
 *  cached per element. `name` identifies `value` in the cache key. */
export function firstInsideCached<T>(
  elements: Element[],
  sel: Sel,
  scope: ParentNode,
  name: string,
  value: (found: Element) => T,
): Map<Element, T> {
  const selectors = listOf(sel);
  const values = cachedPerElement(elements, `first\u0000${name}\u0000${JSON.stringify(selectors)}`, selectors, (dirty, bulk) => {
    const index = new MessageIndex(elements, scope);
    const found = bulk ? index.firstInside(sel) : undefined;
    return dirty.map((i) => {
      const f = found ? found[i] : index.firstInsideOf(elements[i], sel);
      return f ? value(f) : undefined;
    });
  });
  const out = new Map<Element, T>();
  for (let i = 0; i < elements.length; i++) if (values[i] !== undefined) out.set(elements[i], values[i]!);
  return out;
}

/** What is worked out for one message from its own subtree (and the selectors): cached between reads. */
interface ParsedMessage {
  /** '' when the message has no readable text (it is left out). */
  text: string;
  /** Author name from the author element inside the message (undefined: none found there). */
  name?: string;
  hasAuthorEl: boolean;
  email?: string;
  at?: string;
  id?: string;
  markers: ReadonlySet<string>;
  found: Readonly<Record<string, Element | undefined>>;
}

function specSelectors(spec: MessageSpec): string[] {
  const out: string[] = [];
  const add = (sel: Sel | undefined) => sel && out.push(...listOf(sel));
  add(spec.author);
  add(spec.body);
  add(spec.time);
  if (spec.skip) out.push(spec.skip);
  out.push(QUOTE_SELECTORS);
  for (const m of Object.values(spec.markers ?? {})) add(m.selectors);
  for (const l of Object.values(spec.lookups ?? {})) add(l);
  return out;
}

function specKey(spec: MessageSpec): string {
  const markers = Object.entries(spec.markers ?? {}).map(([n, m]) => [n, listOf(m.selectors), m.where]);
  const lookups = Object.entries(spec.lookups ?? {}).map(([n, l]) => [n, listOf(l)]);
  return JSON.stringify([
    'messages',
    spec.author && listOf(spec.author),
    listOf(spec.body),
    spec.time && listOf(spec.time),
    spec.skip ?? '',
    !!spec.bodyFallbackToMessage,
    !!spec.authorEmail,
    markers,
    lookups,
    spec.id ? String(spec.id) : '',
  ]);
}

const NO_MARKERS: ReadonlySet<string> = new Set();
const NO_LOOKUPS: Readonly<Record<string, Element | undefined>> = Object.freeze({});

function parseMessages(elements: Element[], dirty: number[], spec: MessageSpec, scope: ParentNode, bulk: boolean): ParsedMessage[] {
  const index = new MessageIndex(elements, scope, spec.query);
  const markerEntries = Object.entries(spec.markers ?? {});
  const lookupEntries = Object.entries(spec.lookups ?? {});
  // Bulk: every lookup once over the thread. Per message: the same lookups inside each changed message only.
  let authors: (Element | undefined)[] | undefined;
  let bodies: (Element | undefined)[] | undefined;
  let times: (Element | undefined)[] | undefined;
  // (by index in markerEntries / lookupEntries: the loops below run per message, and destructuring iterators over
  // [name, value] pairs cost as much as an attribute read there)
  let markerSets: boolean[][] = [];
  let lookupMaps: (Element | undefined)[][] = [];
  if (bulk) {
    authors = index.firstInside(spec.author);
    bodies = index.firstInside(spec.body);
    times = index.firstInside(spec.time);
    markerSets = markerEntries.map(([, m]) => index.marked(m.selectors, m.where));
    lookupMaps = lookupEntries.map(([, l]) => index.firstInside(l));
  }

  const texts = new MessageTextReader(textExclusion(elements[0], true, spec.skip));
  const out: ParsedMessage[] = [];
  for (const i of dirty) {
    const el = elements[i];
    const authorEl = bulk ? authors![i] : index.firstInsideOf(el, spec.author);
    const timeEl = bulk ? times![i] : index.firstInsideOf(el, spec.time);
    let bodyEl = bulk ? bodies![i] : index.firstInsideOf(el, spec.body);
    // Quotes and chrome are left out by the text walk itself (text.ts: only elements that could match are tested).
    let excluded: Set<Element> | undefined;
    if (!bodyEl && spec.bodyFallbackToMessage) {
      bodyEl = el;
      excluded = new Set();
      if (authorEl) excluded.add(authorEl);
      if (timeEl) excluded.add(timeEl);
    }
    // (childNodes asked for each time: the deep query has one only once it has seen a shadow root)
    const words = texts.read(bodyEl, excluded, spec.query?.childNodes);
    const text = words || attachmentsOnly(el) || (bodyEl ? mediaOnly(bodyEl, excluded) : '');
    let markers: Set<string> | undefined;
    const found: Record<string, Element | undefined> = lookupEntries.length ? {} : NO_LOOKUPS;
    if (bulk) {
      for (let k = 0; k < markerSets.length; k++) if (markerSets[k][i]) (markers ??= new Set()).add(markerEntries[k][0]);
      for (let k = 0; k < lookupMaps.length; k++) found[lookupEntries[k][0]] = lookupMaps[k][i];
    } else {
      for (const [name, m] of markerEntries) if (index.isMarked(el, m.selectors, m.where)) (markers ??= new Set()).add(name);
      for (const [name, l] of lookupEntries) found[name] = index.firstInsideOf(el, l);
    }
    const at = isoFrom(timeEl) ?? isoFrom(el) ?? timeFromText(timeEl);
    const parsed: ParsedMessage = {
      text,
      // (every field set, in one order: one object shape for all messages keeps the loops over them fast)
      name: authorEl ? nameOf(authorName(authorEl)) || undefined : undefined,
      hasAuthorEl: !!authorEl,
      email: spec.authorEmail ? findEmail(authorEl) : undefined,
      at,
      id: spec.id?.(el) || undefined,
      markers: markers ?? NO_MARKERS,
      found,
    };
    out.push(parsed);
  }
  return out;
}

/** A message of attachments only (a customer sending the invoice and nothing else): the files' names stand as its
 *  text rather than the message being left out. Attachment links name the attachment in their address (Zendesk
 *  /attachments/token/..., Freshdesk /helpdesk/attachments/<id>), or are Agent Workspace's thumbnails
 *  (`a[data-test-id=attachment-thumbnail]`: tuning-2 SOURCES.md, liferay `src/attachments.ts`), whatever their
 *  href, or links in a part named for attachments (a Freshdesk `.attachment-list`: tuning-8) or named so themselves
 *  (an Intercom file link `a.attachment` to downloads.intercomcdn.com: tuning-10). Asked only of messages
 *  with no text. A link showing only the file's picture is named by the picture's alt (an Intercom part of one
 *  screenshot: tuning-16). */
const attachmentsOnly = (el: Element): string =>
  Array.from(el.querySelectorAll('a[href*="/attachments/"], a[data-test-id="attachment-thumbnail"], [class*="attachment"] a, a[class*="attachment"]'), (a) => inlineText(a) || a.querySelector('img')?.getAttribute('alt'))
    .filter(Boolean)
    .join('\n');

/** An author element's name: an avatar drawn as an image (`role="img"`) names its person in aria-label, its text
 *  being the initials (Intercom's `span.avatar__media[role=img][aria-label]`: ellysus/intercom-inbox-of-love); so does
 *  one whose text is empty or initials, a picture or letters drawn in a circle (an Inbox 2 `.inbox2__avatar[aria-label]`:
 *  public-tuning-36, -38). */
function authorName(el: Element): string {
  const text = inlineText(el);
  // (or an image's alt: a sender named only by the avatar's picture, public-tuning-47)
  return ((el.getAttribute('role') === 'img' || text.length < 4) && (el.getAttribute('aria-label') ?? el.getAttribute('alt'))?.trim()) || text;
}

/** A message body with no words, only a picture (a photo sent in a chat, a screenshot by e-mail): still a message,
 *  in its author's turn, so it stands as "[image]" rather than being left out. Images the page hides from screen
 *  readers (icons, spacers) do not count. Where the body is the whole message (no body selector matched), its
 *  author's avatar is an image too: images inside the author or time element, or inside anything named for an avatar,
 *  do not count there (an Intercom Inbox 2 part of one screenshot, its group's avatar beside it: tuning-9). */
const mediaOnly = (body: Element, excluded: Set<Element> | undefined): string => {
  for (const img of body.querySelectorAll('img:not([aria-hidden])')) {
    if (!excluded) return '[image]';
    const avatar = img.closest('[class*="avatar" i]');
    if ((avatar && body.contains(avatar)) || [...excluded].some((ex) => ex.contains(img))) continue;
    return '[image]';
  }
  return '';
};

// Names repeat across a thread (two or three people): remember the cleaned form instead of four regex passes per
// message per read.
const cleanNames = new Map<string, string>();
/** An author line as a name: already one line (inlineText); only an e-mail address in it needs cleaning. A line that
 *  is only an address names its author by it, as the page does (an outside sender with no name: tuning-11). */
const nameOf = (line: string) => (line.includes('@') ? cleanName(line) || line : line);

function cleanName(raw: string): string {
  let n = cleanNames.get(raw);
  if (n === undefined) {
    n = nameWithoutEmail(raw);
    if (cleanNames.size > 2000) cleanNames.clear();
    cleanNames.set(raw, n);
  }
  return n;
}

export function readMessages(elements: Element[], spec: MessageSpec, scope?: ParentNode): TicketMessage[] {
  if (!elements.length) return [];
  const parsed = cachedPerElement(elements, specKey(spec), specSelectors(spec), (dirty, bulk) =>
    parseMessages(elements, dirty, spec, scope ?? threadScope(elements), bulk),
  );

  const out: TicketMessage[] = [];
  let index: MessageIndex | undefined;
  for (let i = 0; i < elements.length; i++) {
    const el = elements[i];
    const p = parsed[i];
    if (!p || !p.text) continue;
    let name = p.name;
    if (!p.hasAuthorEl && spec.authorName) {
      index ??= new MessageIndex(elements, scope ?? threadScope(elements), spec.query);
      name = cleanName(spec.authorName(el, index) ?? '') || undefined;
    }
    const classified = spec.classify(el, name, p.markers, p.found, p.email);
    const { role, internal } = classified;
    const email = classified.email ?? p.email;
    const message: TicketMessage = { author: { role }, text: p.text };
    if (name) message.author.name = name;
    if (email) message.author.email = email;
    if (p.id) message.id = p.id;
    if (p.at) message.at = p.at;
    if (internal) message.internal = true;
    out.push(message);
  }
  return sortOldestFirst(out, spec.newestFirst);
}

/** Oldest first. Keeps DOM order, but a thread rendered newest-first (Freshdesk and Zendesk both offer it) is
 *  reversed when its timestamps say so, or when they say nothing (none, or all alike) and the helpdesk lists it
 *  newest first. Messages without a time keep their place relative to their neighbours.
 *  (Times are compared as strings: toIso always gives the canonical UTC form, whose text order is time order.) */
export function sortOldestFirst(messages: TicketMessage[], newestFirst?: boolean): TicketMessage[] {
  let asc = 0;
  let desc = 0;
  let previous: string | undefined;
  for (const m of messages) {
    const at = m.at;
    if (!at) continue;
    if (previous !== undefined) {
      if (at > previous) asc++;
      else if (at < previous) desc++;
    }
    previous = at;
  }
  return desc > asc || (newestFirst && desc === asc) ? [...messages].reverse() : messages;
}

/** A time shown only as text ("Sun Dec 06 04:17:04 2026": Request Tracker's history), read when it names a year:
 *  shorter texts ("5/12", "2 hours ago") are too ambiguous to turn into a date. */
function timeFromText(el: Element | null | undefined): string | undefined {
  const text = el && !el.firstElementChild ? el.textContent : null;
  if (!text || text.length > 64 || !/\b(19|20)\d\d\b/.test(text)) return undefined;
  return toIso(text.replace(/\s+/g, ' '));
}

/** Builds the snapshot and names the fields the page did not give. */
export function finishSnapshot(
  base: Omit<TicketSnapshot, 'missing'>,
  found: { tags: boolean; /** the page may rightly show none (an untitled chat): not "missing" then */ subjectOptional?: boolean },
): TicketSnapshot {
  const missing: string[] = [];
  if (!base.ticketId) missing.push('ticketId');
  if (!base.subject && !found.subjectOptional) missing.push('subject');
  if (!base.requester.name) missing.push('requester.name');
  if (!base.requester.email) missing.push('requester.email');
  if (!base.status) missing.push('status');
  if (!base.priority) missing.push('priority');
  if (!found.tags) missing.push('tags');
  if (base.messages.length === 0) missing.push('messages');
  const snapshot: TicketSnapshot = { ...base };
  // A system event (a rule's or a status change's line) has no speaker: the name some helpdesks print on it is whoever
  // triggered it, not a writer of the conversation (every public fixture set's system rows name no author).
  for (const m of snapshot.messages) if (m.author.role === 'system') delete m.author.name;
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
