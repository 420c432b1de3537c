// Small DOM helpers the adapters share: selector lists tried in order (a helpdesk redesign adds a selector, the
// old one keeps working for users not yet migrated), e-mail and date extraction, visibility checks.
import { inlineText } from './text';

/** One named selector with ordered fallbacks and the fixture pages that must contain a match for it
 *  (checked by tests/unit/adapters/selectors.test.ts). Newest markup first. The fixtures and the note are left out of
 *  built bundles (scripts/strip-selector-fixtures.ts): nothing at run time may read them. */
export interface SelectorEntry {
  selectors: string[];
  /** Fixture files (relative to tests/fixtures/adapters/) where at least one of `selectors` must match. */
  fixtures: string[];
  /** Why the fallbacks exist / what markup each one is for. */
  note?: string;
}

export type SelectorMap = Record<string, SelectorEntry>;

type Root = ParentNode;

/** How the message reader runs selectors, when not with the page's plain querySelectorAll: the custom adapter
 *  passes one that also searches open shadow roots and same-origin frames (adapters/shared/deep-query.ts). */
export interface SelectorQuery {
  /** Matches under root (root's own tree first). Never throws. */
  all(root: ParentNode, selector: string): Element[];
  matches(el: Element, selector: string): boolean;
  /** The element above el, across shadow root and frame boundaries. */
  parent(el: Element): Element | null;
  /** The nodes an element shows (its shadow root's, a slot's assigned nodes), for reading text; absent: its
   *  children. */
  readonly childNodes?: (el: Element) => ArrayLike<Node>;
}

/** The selectors of a list or entry. */
export const listOf = (sel: string[] | SelectorEntry): string[] => (Array.isArray(sel) ? sel : sel.selectors);

/** First element matching any selector, trying selectors in order. Invalid selectors are skipped, not thrown. */
export function queryFirst<T extends Element = HTMLElement>(root: Root | null | undefined, selectors: string[] | SelectorEntry): T | null {
  if (!root) return null;
  for (const s of listOf(selectors)) {
    try {
      const el = root.querySelector(s);
      if (el) return el as unknown as T;
    } catch {
      /* invalid selector: try the next one */
    }
  }
  return null;
}

/**
 * The container of a thread when it holds the messages and nothing else (the usual log markup), else null.
 */
export function messagesOnlyContainer(messages: Element[]): Element | null {
  const parent = messages[0]?.parentElement;
  if (!parent || parent.childElementCount !== messages.length) return null;
  for (const m of messages) if (m.parentElement !== parent) return null;
  return parent;
}

/** Finds ticket fields: queryFirst with fallbacks, as a function of the selectors. */
export type FieldFinder = <T extends Element = HTMLElement>(selectors: string[] | SelectorEntry) => T | null;

/**
 * queryFirst over root without looking inside `skip` (a container holding only messages). Ticket fields never live
 * in the thread, yet a field placed after it (a side panel) or missing from the page makes querySelector match its
 * way through every message: about half a millisecond per field on a 2,000-message ticket. Searches what lies
 * before and after `skip` piece by piece, in document order, so the answer is queryFirst's whenever no match lies
 * inside `skip`. The pieces are worked out once, for all the fields of a read.
 */
export function fieldsOutside(root: Root | null | undefined, skip: Element | null): FieldFinder {
  if (!root || !skip || !(root as Node).contains(skip) || (root as Node) === skip) {
    return (selectors) => queryFirst(root, selectors);
  }
  // The path from root down to skip, and at each level the siblings before and after it.
  const path: Element[] = [];
  for (let node: Node | null = skip; node !== (root as Node); node = node.parentNode) {
    if (!node || node.nodeType !== 1) return (selectors) => queryFirst(root, selectors); // (never: root contains skip)
    path.unshift(node as Element);
  }
  const levels = path.map((self) => {
    const before: Element[] = [];
    let sib = (self.parentNode as ParentNode).firstElementChild;
    for (; sib && sib !== self; sib = sib.nextElementSibling) before.push(sib);
    const after: Element[] = [];
    for (sib = self.nextElementSibling; sib; sib = sib.nextElementSibling) after.push(sib);
    return { before, self, after };
  });
  const inSubtree = (el: Element, s: string): Element | null => (el.matches(s) ? el : el.querySelector(s));
  const first = (s: string): Element | null => {
    // Document order: each level's earlier siblings, then the ancestor itself (skip excluded), deeper levels;
    // then the later siblings from the innermost level out.
    for (const level of levels) {
      for (const el of level.before) {
        const hit = inSubtree(el, s);
        if (hit) return hit;
      }
      if (level.self !== skip && level.self.matches(s)) return level.self;
    }
    for (let i = levels.length - 1; i >= 0; i--) {
      for (const el of levels[i].after) {
        const hit = inSubtree(el, s);
        if (hit) return hit;
      }
    }
    return null;
  };
  return <T extends Element = HTMLElement>(selectors: string[] | SelectorEntry): T | null => {
    for (const s of listOf(selectors)) {
      try {
        const hit = first(s);
        if (hit) return hit as unknown as T;
      } catch {
        /* invalid selector: try the next one */
      }
    }
    return null;
  };
}

/** A NodeList as an array. An indexed copy: Array.from goes through the iterator protocol, which costs about a
 *  millisecond more for the 2,000 messages of a long thread in Chromium. */
export function listToArray<T extends Node>(list: ArrayLike<T>): T[] {
  const out = new Array<T>(list.length);
  for (let i = 0; i < list.length; i++) out[i] = list[i];
  return out;
}

/** All matches of the first selector in the list that matches anything (never mixes markup generations). */
export function queryAllFirst<T extends Element = HTMLElement>(root: Root | null | undefined, selectors: string[] | SelectorEntry): T[] {
  if (!root) return [];
  for (const s of listOf(selectors)) {
    try {
      const found = root.querySelectorAll(s);
      if (found.length) return listToArray(found) as unknown as T[];
    } catch {
      /* invalid selector: try the next one */
    }
  }
  return [];
}

/** Whether el matches any of the selectors (invalid ones ignored). */
export function matchesAny(el: Element, selectors: string[] | SelectorEntry | undefined): boolean {
  if (!selectors) return false;
  for (const s of listOf(selectors)) {
    try {
      if (el.matches(s)) return true;
    } catch {
      /* ignore */
    }
  }
  return false;
}

/** el itself or a descendant matches. */
export function hasMatch(el: Element, selectors: string[] | SelectorEntry | undefined): boolean {
  if (!selectors) return false;
  return matchesAny(el, selectors) || queryFirst(el, selectors) !== null;
}

const EMAIL = /(?<![A-Z0-9._%+'-])[A-Z0-9._%+'-]+@[A-Z0-9.-]+\.[A-Z]{2,}/i;

const MAILTO = 'a[href^="mailto:" i]';
const EMAIL_ATTRIBUTES = ['data-email', 'title', 'aria-label'];

function emailInMailto(a: Element): string | undefined {
  const href = a.getAttribute('href') ?? '';
  let address = href.replace(/^mailto:/i, '').split('?')[0];
  try {
    address = decodeURIComponent(address);
  } catch {
    /* a malformed escape: read the address as written */
  }
  return emailIn(address);
}

/** An e-mail address in an element: a mailto: link, a data/title attribute, or its text. Runs once per message
 *  for some helpdesks, so the usual case (a name without any address) is kept to a few cheap checks. */
export function findEmail(el: Element | null | undefined): string | undefined {
  if (!el) return undefined;
  // (only a link can be a mailto: link; the tag is a cheaper question than the selector)
  const self = el.localName === 'a' && el.matches?.(MAILTO) ? emailInMailto(el) : undefined;
  if (self) return self;
  if (el.firstElementChild) {
    for (const a of Array.from(el.querySelectorAll(MAILTO))) {
      const found = emailInMailto(a);
      if (found) return found;
    }
  }
  if (el.hasAttributes()) {
    // One call for the names it has (usually just a class) instead of a getAttribute per candidate.
    const has = el.getAttributeNames();
    for (const attr of EMAIL_ATTRIBUTES) {
      if (!has.includes(attr)) continue;
      const found = emailIn(el.getAttribute(attr) ?? '');
      if (found) return found;
    }
  }
  const text = el.textContent ?? '';
  if (!text.includes('@')) return undefined;
  // Text of adjacent elements runs together in textContent ("Email" + "ana@x.com" -> "Emailana@x.com", and the
  // address pattern takes the label with it): look in each text node first.
  if (el.firstElementChild) {
    const walker = el.ownerDocument.createTreeWalker(el, 4 /* NodeFilter.SHOW_TEXT */);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const found = emailIn((n as Text).data);
      if (found) return found;
    }
  }
  return emailIn(text);
}

export function emailIn(text: string): string | undefined {
  // (an address has an @: most texts searched have none, and the regex is the slow part)
  return text.includes('@') ? EMAIL.exec(text)?.[0] : undefined;
}

/** A name without an e-mail address tacked on: "Jane Doe <jane@x.com>" -> "Jane Doe". */
export function nameWithoutEmail(text: string): string {
  return text
    .replace(/<[^<>@]*@[^<>]*>/g, '')
    .replace(/\([^()@]*@[^()]*\)/g, '')
    .replace(EMAIL, '')
    .replace(/\s+/g, ' ')
    .trim();
}

const TIME_ATTRIBUTES = ['datetime', 'data-datetime', 'data-timestamp', 'data-time', 'title'];

/** ISO 8601 from a <time datetime>, a data attribute or a title with a parseable date; undefined otherwise.
 *  A <time datetime> inside the element comes first. Lazy: it runs once per message on a first read, and the
 *  first attribute usually answers. */
export function isoFrom(el: Element | null | undefined): string | undefined {
  if (!el) return undefined;
  if (el.firstElementChild) {
    const inner = el.querySelector?.('time[datetime]');
    const iso = inner ? toIso(inner.getAttribute('datetime')) : undefined;
    if (iso) return iso;
  }
  if (!el.hasAttributes()) return undefined;
  const datetime = toIso(el.getAttribute('datetime')); // (the usual place: one call)
  if (datetime) return datetime;
  // Then one call for the names the element has and a getAttribute only for candidates it has: a time in a title
  // (Freshdesk's legacy markup) otherwise took five calls into the browser, for every message.
  const has = el.getAttributeNames();
  for (const attr of TIME_ATTRIBUTES) {
    if (attr === 'datetime' || !has.includes(attr)) continue;
    const iso = toIso(el.getAttribute(attr));
    if (iso) return iso;
  }
  return undefined;
}

const CANONICAL_ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

/** Parses a date string or unix timestamp (seconds or ms) into ISO 8601; undefined when it is not a date. */
export function toIso(value: string | null | undefined): string | undefined {
  if (!value) return undefined;
  const v = value.trim();
  if (!v) return undefined;
  // Already canonical (what most helpdesks put in datetime attributes): no Date round trip needed.
  if (v.length === 24 && CANONICAL_ISO.test(v)) return v;
  if (/^\d{9,13}$/.test(v)) {
    const n = Number(v);
    const d = new Date(v.length <= 10 ? n * 1000 : n);
    return Number.isNaN(d.getTime()) ? undefined : d.toISOString();
  }
  // Only strings that look like dates: Date.parse accepts odd things ("1", "May") we do not want.
  if (!/\d{4}|\d{1,2}[:/.-]\d{1,2}/.test(v)) return undefined;
  const t = Date.parse(v);
  return Number.isNaN(t) ? undefined : new Date(t).toISOString();
}

/** Hidden by attribute or inline style (works on parsed documents, which have no layout). */
export function isHiddenByMarkup(el: Element): boolean {
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const style = (el.getAttribute('style') ?? '').replace(/\s+/g, '').toLowerCase();
  return style.includes('display:none') || style.includes('visibility:hidden');
}

const labelKey = (label: string) => label.toLowerCase().replace(/[\s-]/g, '');

/** The value shown beside a label in a panel of label/value rows ("Email" then the address), whatever the row
 *  markup: the first leaf element whose text is the label (`term`: lower case, no spaces or hyphens), and its next
 *  sibling. The panel is small (the contact sidebar), so its elements are walked once. */
export function labelledValue(panel: Element | null, term: string): Element | null {
  if (!panel) return null;
  const all = panel.querySelectorAll('*');
  for (let i = 0; i < all.length && i < 2000; i++) {
    const el = all[i];
    if (el.firstElementChild || !el.nextElementSibling) continue;
    // (a label's spelling varies with the UI's language: "Email", "E-Mail" in German, "E-mail")
    if (labelKey(inlineText(el)) === term) return el.nextElementSibling;
  }
  return null;
}

/** Text of the first match, collapsed to one line; '' when nothing matches. */
export function textAt(root: Root | null | undefined, selectors: string[] | SelectorEntry): string {
  return inlineText(queryFirst(root, selectors));
}

/** Value of a form control or text of an element (subjects live in <input> in some helpdesk generations). */
export function valueOrText(el: Element | null | undefined): string {
  if (!el) return '';
  const tag = el.tagName.toUpperCase();
  if (tag === 'INPUT' || tag === 'TEXTAREA') return ((el as HTMLInputElement).value || el.getAttribute('value') || '').trim();
  if (tag === 'SELECT') {
    const sel = el as HTMLSelectElement;
    const opt = sel.selectedOptions?.[0] ?? sel.querySelector('option[selected]');
    return inlineText(opt);
  }
  return untruncated(el, inlineText(el));
}

/** A header cut short with an ellipsis ("Anneliese Vandenbergh…") often keeps the whole in its tooltip (`title`, on
 *  the element or its first titled descendant): that whole, when it begins with the shown part (an Intercom Inbox 2
 *  title `span.truncate[title]`: tuning-7). Otherwise the text as shown. */
function untruncated(el: Element, text: string): string {
  const ellipsis = text.endsWith('…') ? 1 : text.endsWith('...') ? 3 : 0;
  if (!ellipsis) return text;
  const full = (el.getAttribute('title') ?? el.querySelector('[title]')?.getAttribute('title'))?.trim();
  const shown = text.slice(0, -ellipsis).trimEnd();
  return full && full.length > shown.length && full.startsWith(shown) ? full : text;
}

/** Unique, non-empty, trimmed strings in order. */
export function uniqueStrings(values: string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const v of values) {
    const t = v.trim();
    if (t && !seen.has(t.toLowerCase())) {
      seen.add(t.toLowerCase());
      out.push(t);
    }
  }
  return out;
}

/** The numeric/alphanumeric ticket id in a URL path matched by `re` (group 1). */
export function idFromUrl(url: string, re: RegExp): string | undefined {
  try {
    const path = new URL(url).pathname;
    return re.exec(path)?.[1];
  } catch {
    return re.exec(url)?.[1];
  }
}

export function hostOf(url: string): string {
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return '';
  }
}
