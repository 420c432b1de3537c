// Selectors for "Fix how Tandem reads this page": the agent clicks the subject, one message, its author and the
// reply editor; this turns those elements into selectors that should survive the next page load and the next
// ticket. @medv/finder searches for the shortest unique selector; we steer it to names a person or a framework
// keeps stable (data-* attributes, word-like classes and ids) and away from generated names, ticket-specific values
// and positions (finder uses :nth-child only when nothing else is unique). Every selector is checked to match the
// picked element(s) again. Pure: elements in, strings out (tests hand in fixture DOMs).
import { finder } from '@medv/finder';
import { DeepQuery, frameElementOf } from '../../adapters/shared/deep-query';

// Generated or state names: hashes (css-1x2y3z, Message_body__3xYz1, _a1b2c3), framework ids (ember123, :r1:,
// radix-…), anything with a run of digits (ids of this ticket or message), and classes that come and go with state.
const GENERATED = /\d{3,}|^(css|sc|jsx|emotion|svelte|styled|ng|v)-|^_[a-z0-9]{5,}$|^(ember|react|radix|headlessui|mui|rc|yui)[-_]?\d|:/i;
/** CSS-modules hashes ("Message_body__3xYz1"): a "__" followed by 4 or more name characters up to the end. (Found
 *  with lastIndexOf rather than a pattern that would retry at every "_" of a long run.) */
const hashSuffix = (name: string) => {
  const at = name.lastIndexOf('__');
  return at >= 0 && name.length - at - 2 >= 4 && /^[\w-]+$/.test(name.slice(at + 2));
};
const STATE_CLASS = /^(is|has|js)-|^(active|selected|focus(ed)?|hover(ed)?|open|closed|hidden|visible|expanded|collapsed|disabled|current|highlight(ed)?|new|unread|read|odd|even|first|last)$/i;
const WORDISH = /^[A-Za-z][\w-]{0,59}$/;

export function stableName(name: string): boolean {
  return WORDISH.test(name) && !GENERATED.test(name) && !hashSuffix(name);
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

type Tree = Document | ShadowRoot;

/** The tree el sits in, and the element that shows it in the tree above: the shadow host, or the iframe of a
 *  same-origin frame (null: the top document, or a frame we cannot reach). */
function treeOf(el: Element): { tree: Tree; host: Element | null } {
  const root = el.getRootNode() as Node;
  if (root.nodeType === 11) return { tree: root as ShadowRoot, host: (root as ShadowRoot).host };
  const d = root as Document;
  return { tree: d, host: frameElementOf(d) };
}

/** finder within one tree (a document, a shadow root or an element's subtree); unique there. */
function plainUnique(el: Element, base: Element | Tree): string | null {
  const scope = base.nodeType === 9 ? ((base as Document).body ?? (base as Document).documentElement) : (base as Element);
  if (el === scope || !scope.contains(el)) return null;
  try {
    const selector = finder(el, { ...FINDER_OPTIONS, root: scope as Element });
    return scope.querySelectorAll(selector).length === 1 && scope.querySelector(selector) === el ? selector : null;
  } catch {
    return null;
  }
}

/**
 * A selector for `el` from `root` (the document, or a message), crossing open shadow roots and same-origin frames
 * with `>>>` (the custom adapter's syntax): each part unique in its own tree. Checked with the reader's own query
 * (adapters/shared/deep-query.ts): it must find `el`, and first.
 */
export function uniqueSelector(el: Element, root: Document | Element): Derived | null {
  const parts: string[] = [];
  const rootTree = root.nodeType === 9 ? (root as Document) : (root.getRootNode() as Tree);
  let cur: Element = el;
  for (let depth = 0; depth < 12; depth++) {
    const { tree, host } = treeOf(cur);
    if (tree === rootTree) {
      const part = plainUnique(cur, root);
      if (!part) return null;
      parts.unshift(part);
      break;
    }
    if (!host) return null; // a tree we cannot name from root
    const part = plainUnique(cur, tree);
    if (!part) return null;
    parts.unshift(part);
    cur = host;
    if (root.nodeType !== 9 && cur === root) break; // a component of the message itself: the inner part alone
  }
  if (!parts.length) return null;
  const selector = parts.join(' >>> ');
  const q = new DeepQuery();
  const found = q.find(root as ParentNode, selector);
  if (found[0] !== el) return null;
  return { selector, count: found.length, positional: positionalRe.test(selector) };
}

const stableClasses = (el: Element) => Array.from(el.classList).filter(stableClass);

/** Elements beside `el` that look like it: same tag, and sharing a stable class when it has one. */
export function similarSiblings(el: Element): Element[] {
  // (the parent may be a shadow root: a component's top-level elements are siblings too)
  const parent = el.parentNode as ParentNode | null;
  if (!parent || parent.nodeType === 9) return [el];
  const own = stableClasses(el);
  return Array.from(parent.children).filter(
    (c) => c === el || (c.tagName === el.tagName && (!own.length || own.some((k) => c.classList.contains(k)))),
  );
}

/** What a click anywhere in a message most likely means: the nearest element (itself or an ancestor) that has
 *  look-alike siblings, i.e. one entry of the thread. The clicked element itself when none has. */
export function messageCandidateOf(el: Element): Element {
  for (let cur: Element | null = el; cur && cur.tagName !== 'BODY' && cur.tagName !== 'HTML'; cur = cur.parentElement ?? treeOf(cur).host) {
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
  if (peers.length < 2) return null;
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
  // Inside a shadow root or frame: the way there ("od-shell >>> "), then the message part in its own tree.
  const { tree, host } = treeOf(message);
  const way = tree === doc ? null : host ? uniqueSelector(host, doc) : undefined;
  if (way === undefined || (tree !== doc && !way)) return null;
  const prefix = way ? `${way.selector} >>> ` : '';
  const container = message.parentElement ? plainUnique(message.parentElement, tree) : null;
  const candidates: string[] = [];
  for (const item of items) {
    const scoped = item === tag || item.startsWith('[') ? `${tag}${item === tag ? '' : item}` : item;
    candidates.push(prefix + scoped);
    if (container) candidates.push(`${prefix}${container} > ${scoped}`);
  }
  const peerSet = new Set(peers);
  const q = new DeepQuery();
  for (const selector of candidates) {
    const found = q.find(doc, selector);
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
  if (part === message || !composedContains(message, part)) return null;
  const derived = uniqueSelector(part, message);
  if (!derived) return null;
  // As the reader looks inside a message: its own tree first, then its components.
  const q = new DeepQuery();
  if (q.all(message, derived.selector)[0] !== part) return null;
  const inMessages = messages.filter((m) => q.all(m, derived.selector).length > 0).length;
  return { ...derived, inMessages };
}

/** Whether `inner` is inside `outer`, across shadow roots and frames. */
export function composedContains(outer: Element, inner: Element): boolean {
  for (let cur: Element | null = inner; cur; ) {
    if (cur === outer) return true;
    cur = cur.parentElement ?? treeOf(cur).host;
  }
  return false;
}

/** The message's text: its descendant with the most text that is not the author (nor holds it). null when the
 *  text sits in the message itself (the reader then takes the message minus its author). */
export function bodyElementOf(message: Element, author: Element | null): Element | null {
  const len = (el: Element | null) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim().length;
  let best: Element | null = null;
  let bestLen = 0;
  let aside = message.contains(author) ? len(author) : 0;
  for (const el of Array.from(message.querySelectorAll('*'))) {
    if (author && (el === author || el.contains(author) || author.contains(el))) continue;
    if (/^(TIME|BUTTON|SCRIPT|STYLE|SVG|IMG)$/i.test(el.tagName)) {
      if (el.tagName === 'TIME' && !el.parentElement?.closest('time')) aside += len(el);
      continue;
    }
    const n = len(el);
    if (n > bestLen) {
      best = el;
      bestLen = n;
    }
  }
  // It must hold most of the message's words: one paragraph of several is not "the text" (the reader then takes
  // the whole message, minus its author and time, which is right).
  return best && bestLen >= 0.6 * (len(message) - aside) ? best : null;
}

const CUSTOMER_WORDS = /customer|client|requester|end-?user|visitor|contact|inbound|incoming|public/i;

/**
 * What sets the picked message (the customer's: the picker asks for one) apart from the others of the thread: a
 * stable class or attribute value it has and some of its look-alike siblings do not ("from-customer",
 * [from="customer"]). Customer-like words win a tie; null when nothing tells them apart.
 */
export function customerMarkOf(message: Element): string | null {
  const peers = similarSiblings(message);
  if (peers.length < 2) return null;
  const candidates: string[] = [];
  for (const c of stableClasses(message)) if (peers.some((p) => !p.classList.contains(c))) candidates.push(`.${c}`);
  for (const a of Array.from(message.attributes)) {
    if (a.name === 'class' || a.name === 'id' || !stableName(a.name) || !stableAttr(a.name.startsWith('data-') || a.name.startsWith('aria-') ? a.name : 'data-x', a.value)) continue;
    if (peers.some((p) => p.getAttribute(a.name) !== a.value) && peers.filter((p) => p.hasAttribute(a.name)).length >= 2) candidates.push(`[${a.name}="${a.value}"]`);
  }
  return candidates.find((c) => CUSTOMER_WORDS.test(c)) ?? (candidates.length === 1 ? candidates[0] : null);
}
