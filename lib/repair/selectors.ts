// Selectors for "Fix how Tandem reads this page": the agent clicks the subject, one message, its author and the
// reply editor; this turns those elements into selectors that should survive the next page load and the next
// ticket. @medv/finder searches for the shortest unique selector; we steer it to names a person or a framework
// keeps stable (data-* attributes, word-like classes and ids) and away from generated names, ticket-specific values
// and positions (finder uses :nth-child only when nothing else is unique). Every selector is checked to match the
// picked element(s) again. Pure: elements in, strings out (tests hand in fixture DOMs).
import { finder } from '@medv/finder';

// Generated or state names: hashes (css-1x2y3z, Message_body__3xYz1, _a1b2c3), framework ids (ember123, :r1:,
// radix-…), anything with a run of digits (ids of this ticket or message), and classes that come and go with state.
const GENERATED = /\d{3,}|^(css|sc|jsx|emotion|svelte|styled|ng|v)-|__[A-Za-z0-9_-]{4,}$|^_[A-Za-z0-9]{5,}$|^(ember|react|radix|headlessui|mui|rc|yui)[-_]?\d|[:]/i;
const STATE_CLASS = /^(is|has|js)-|^(active|selected|focus(ed)?|hover(ed)?|open|closed|hidden|visible|expanded|collapsed|disabled|current|highlight(ed)?|new|unread|read|odd|even|first|last)$/i;
const WORDISH = /^[A-Za-z][\w-]{0,59}$/;

export function stableName(name: string): boolean {
  return WORDISH.test(name) && !GENERATED.test(name);
}

export function stableClass(name: string): boolean {
  return stableName(name) && !STATE_CLASS.test(name);
}

/** Attributes that describe what an element is (role, name, data-*, aria-*), with short word-like values: never
 *  a value carrying this ticket's text or a number (data-id="4521" names one message, not "a message"). */
export function stableAttr(name: string, value: string): boolean {
  const known = name === 'role' || name === 'name' || name === 'type' || name === 'itemprop' || name.startsWith('aria-') || name.startsWith('data-');
  if (!known || /^data-(reactid|v-|react|ember)/.test(name) || name === 'aria-hidden' || name === 'aria-selected' || name === 'aria-expanded') return false;
  return value.length <= 40 && stableName(value);
}

const FINDER_OPTIONS = { idName: stableName, className: stableClass, attr: stableAttr, timeoutMs: 500, seedMinLength: 2 };

export interface Derived {
  selector: string;
  /** How many elements it matches where it is used (document, or inside the message). */
  count: number;
  /** The selector fell back on positions (:nth-child / :nth-of-type): it may break when the page changes. */
  positional: boolean;
}

const positionalRe = /:nth-(child|of-type)\(/;

/** A unique selector for `el` within `root` (document or an element), checked to find `el` again. */
export function uniqueSelector(el: Element, root: Document | Element): Derived | null {
  const base = root.nodeType === 9 ? ((root as Document).body ?? (root as Document).documentElement) : (root as Element);
  if (el === base || !base.contains(el)) return null;
  let selector: string;
  try {
    selector = finder(el, { ...FINDER_OPTIONS, root: base });
  } catch {
    return null;
  }
  return verifyUnique(selector, el, base);
}

function verifyUnique(selector: string, el: Element, base: Element): Derived | null {
  try {
    const found = base.querySelectorAll(selector);
    if (found.length !== 1 || found[0] !== el) return null;
    return { selector, count: 1, positional: positionalRe.test(selector) };
  } catch {
    return null;
  }
}

const stableClasses = (el: Element) => Array.from(el.classList).filter(stableClass);

/** Elements beside `el` that look like it: same tag, and sharing a stable class when it has one. */
export function similarSiblings(el: Element): Element[] {
  const parent = el.parentElement;
  if (!parent) return [el];
  const own = stableClasses(el);
  return Array.from(parent.children).filter(
    (c) => c === el || (c.tagName === el.tagName && (!own.length || own.some((k) => c.classList.contains(k)))),
  );
}

/** What a click anywhere in a message most likely means: the nearest element (itself or an ancestor) that has
 *  look-alike siblings, i.e. one entry of the thread. The clicked element itself when none has. */
export function messageCandidateOf(el: Element): Element {
  for (let cur: Element | null = el; cur && cur.tagName !== 'BODY' && cur.tagName !== 'HTML'; cur = cur.parentElement) {
    if (similarSiblings(cur).length >= 2) return cur;
  }
  return el;
}

/**
 * The selector for every message of the thread, from the one picked: its stable class shared by the most of its
 * look-alike siblings (else a data-* attribute they all carry, else its tag), scoped to the thread's container when
 * it would also match elsewhere. Never a position. Checked: it matches the picked message and at least one other.
 */
export function messageSelector(message: Element, doc: Document): (Derived & { peers: number }) | null {
  const peers = similarSiblings(message);
  if (peers.length < 2 || !message.parentElement) return null;
  const esc = (s: string) => (typeof CSS !== 'undefined' && CSS.escape ? CSS.escape(s) : s.replace(/[^\w-]/g, '\\$&'));
  const parts: string[] = [];
  const classes = stableClasses(message)
    .map((c) => ({ c, n: peers.filter((p) => p.classList.contains(c)).length }))
    .filter((x) => x.n >= 2)
    .sort((a, b) => b.n - a.n);
  if (classes.length) parts.push(`.${esc(classes[0].c)}`);
  for (const a of Array.from(message.attributes)) {
    if (a.name.startsWith('data-') && stableName(a.name) && !/^data-(reactid|v-)/.test(a.name) && peers.filter((p) => p.hasAttribute(a.name)).length >= 2) {
      parts.push(`[${a.name}]`);
    }
  }
  const tag = message.tagName.toLowerCase();
  const items = [...parts, tag];
  const container = uniqueSelector(message.parentElement, doc);
  const candidates: string[] = [];
  for (const item of items) {
    const scoped = item === tag || item.startsWith('[') ? `${tag}${item === tag ? '' : item}` : item;
    candidates.push(scoped);
    if (container) candidates.push(`${container.selector} > ${scoped}`);
  }
  const peerSet = new Set(peers);
  for (const selector of candidates) {
    let found: Element[];
    try {
      found = Array.from(doc.querySelectorAll(selector));
    } catch {
      continue;
    }
    // It must find the picked message, others beside it, and nothing that is not one of them (a sidebar list
    // with the same class would add non-messages to the thread).
    if (found.includes(message) && found.length >= 2 && found.every((f) => peerSet.has(f))) {
      return { selector, count: found.length, positional: positionalRe.test(selector), peers: peers.length };
    }
  }
  return null;
}

/** A selector for `part` relative to its message (author, body): unique inside the picked message and finding it
 *  again there. `inMessages` says in how many of the thread's messages it finds something. */
export function selectorInMessage(part: Element, message: Element, messages: Element[]): (Derived & { inMessages: number }) | null {
  if (part === message || !message.contains(part)) return null;
  const derived = uniqueSelector(part, message);
  if (!derived) return null;
  const inMessages = messages.filter((m) => {
    try {
      return !!m.querySelector(derived.selector);
    } catch {
      return false;
    }
  }).length;
  return { ...derived, inMessages };
}

/** The message's text: its descendant with the most text that is not the author (nor holds it). null when the
 *  text sits in the message itself (the reader then takes the message minus its author). */
export function bodyElementOf(message: Element, author: Element | null): Element | null {
  const total = (message.textContent ?? '').trim().length;
  let best: Element | null = null;
  let bestLen = 0;
  for (const el of Array.from(message.querySelectorAll('*'))) {
    if (author && (el === author || el.contains(author) || author.contains(el))) continue;
    if (/^(TIME|BUTTON|SCRIPT|STYLE|SVG|IMG)$/i.test(el.tagName)) continue;
    const len = (el.textContent ?? '').trim().length;
    if (len > bestLen) {
      best = el;
      bestLen = len;
    }
  }
  // Something that holds less than a third of the message's text is a fragment (a link, a bold word).
  return best && bestLen * 3 >= total ? best : null;
}
