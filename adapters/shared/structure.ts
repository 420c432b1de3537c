// Reading a page by its structure when the named selectors come up short, shared by the built-in and custom
// adapters (and the reading-health code, which counts "message-like blocks on the page" with
// findThreadByStructure):
//  - which of several mounted panes is the one on screen (helpdesks keep every open ticket in the DOM), decided
//    from several signals, never from "first in the DOM";
//  - where the conversation is when no thread selector matches: repeated sibling blocks with substantial text,
//    author and time cues, the reply editor nearby.
import type { Role, TicketMessage } from '../types';
import { isHiddenByMarkup } from './dom';
import { looksLikeBot, readMessages, sameName } from './read';

// Everything here is linear in the size of the part of the page it looks at, and runs only when needed.

/**
 * Whether el is out of sight: it or an ancestor (up to, not including, `stop`) is hidden by markup or by computed
 * style (display:none, visibility:hidden: Zendesk hides mounted tickets either way, support-toolkit
 * workflow-helper.js). Computed styles are asked only for the few elements this is called on and their ancestors.
 */
export function isOutOfSight(el: Element, stop?: Node | null): boolean {
  const win = el.ownerDocument?.defaultView;
  for (let node: Element | null = el; node && node !== stop; node = node.parentElement) {
    // (hidden by markup: `hidden`, `inert`, `aria-hidden="true"`, or an inline display:none / visibility:hidden)
    if (node.hasAttribute('inert') || isHiddenByMarkup(node)) return true;
    if (win && typeof win.getComputedStyle === 'function') {
      const cs = win.getComputedStyle(node);
      if (cs.display === 'none') return true;
      if (node === el && cs.visibility === 'hidden') return true; // (inherited: the element's own answer covers its ancestors')
    }
  }
  return false;
}

export interface PaneSignals {
  /** The ticket id the URL names. */
  urlId?: string;
  /** Ids of the tabs the page marks as selected (selectedTabIds). */
  selectedIds?: ReadonlySet<string>;
  /** The ticket id a pane carries. */
  idOf(pane: Element): string | null | undefined;
  /** Marks an active pane (or an element inside it, its own grid). */
  activeMarker?: string;
  /** Marks an inactive pane (or an element inside it). */
  inactiveMarker?: string;
}

/** Ticket ids of the tabs marked selected: `[data-entity-is-selected="true"]`, `aria-current="page"`,
 *  `aria-selected="true"` with a `data-entity-id` (Zendesk header tabs: ALT Copilot userscript, stored id
 *  60453746468; older `div[data-selected=true]`, toggl 2021). */
export function selectedTabIds(doc: ParentNode): Set<string> {
  const ids = new Set<string>();
  let found: ArrayLike<Element> = [];
  try {
    found = doc.querySelectorAll(
      '[data-entity-id][data-entity-is-selected="true"], [data-entity-id][aria-current="page"], [data-entity-id][aria-selected="true"], [data-entity-id][data-selected="true"]',
    );
  } catch {
    /* ignore */
  }
  for (let i = 0; i < found.length; i++) {
    const id = found[i].getAttribute('data-entity-id');
    if (id) ids.add(id);
  }
  return ids;
}

const matchesOrHas = (el: Element, selector: string | undefined): boolean => {
  if (!selector) return false;
  try {
    return el.matches(selector) || el.querySelector(selector) !== null;
  } catch {
    return false;
  }
};

/**
 * The pane on screen among several mounted ones, by weighing signals: the URL's ticket id decides when a pane
 * carries it; out of sight (hidden, inert, aria-hidden, not displayed) rules a pane out; a selected tab's id and an active marker
 * (`data-is-active="true"`, `.active`) count for it, an inactive marker against it. Null when no pane stands out
 * (two equally likely panes are not guessed between by DOM order).
 */
export function pickActivePane<T extends Element>(panes: T[], signals: PaneSignals): T | null {
  if (panes.length === 0) return null;
  let best: T | null = null;
  let bestScore = -Infinity;
  let tied = false;
  for (const pane of panes) {
    let score = 0;
    if (isOutOfSight(pane)) score -= 100;
    const id = signals.idOf(pane) ?? undefined;
    // The URL is the app's routing state, updated on every tab switch before the panes are re-shown: a pane that
    // carries its id is the ticket on screen (or about to be). The other signals decide when no pane does (a view,
    // a URL from before the switch).
    if (id && signals.urlId && id === signals.urlId) score += 200;
    if (id && signals.selectedIds?.has(id)) score += 4;
    if (matchesOrHas(pane, signals.activeMarker)) score += 3;
    if (matchesOrHas(pane, signals.inactiveMarker)) score -= 3;
    if (score > bestScore) {
      best = pane;
      bestScore = score;
      tied = false;
    } else if (score === bestScore) tied = true;
  }
  if (panes.length === 1) return bestScore > -100 || (signals.urlId && signals.idOf(panes[0]) === signals.urlId) ? best : null;
  return tied || bestScore <= -100 ? null : best;
}

export interface StructureOptions {
  /** Elements to look at, at most (a bound on the cost on huge pages). Default 60,000. */
  maxElements?: number;
  /** Fewest repeated blocks that make a thread. Default 2. */
  minBlocks?: number;
  /** Subtrees never to look in (the ticket list, navigation): a selector. */
  exclude?: string;
}

const EDITOR = '[contenteditable="true"], [contenteditable=""], textarea, [role="textbox"]';

/** A shape key for a sibling: tag and attribute names (not values: hashed class names and ids differ per block). */
function shapeOf(el: Element): string {
  let key = el.localName;
  const names = el.getAttributeNames();
  names.sort();
  for (const n of names) if (n !== 'class' && n !== 'id' && n !== 'style' && !n.startsWith('aria-')) key += ` ${n}`;
  return key;
}

interface Candidate { container: Element; blocks: Element[]; score: number }

/**
 * The conversation on a page found by its structure alone: the element whose children include the largest run
 * of same-shaped blocks with substantial text and time cues (at least two), the reply editor nearby. Links-only
 * blocks (a ticket or conversation list) and hidden subtrees do not count. Linear in the elements looked at:
 * each element's text length is summed once, bottom-up. Returns null when nothing looks like a thread.
 */
export function findThreadByStructure(doc: Document | ParentNode, opts: StructureOptions = {}): { container: Element; blocks: Element[] } | null {
  const rootEl: Element | null = 'documentElement' in doc ? (doc as Document).body ?? (doc as Document).documentElement : (doc as Element).nodeType === 1 ? (doc as Element) : (doc as ParentNode).firstElementChild;
  if (!rootEl) return null;
  const max = opts.maxElements ?? 60_000;
  const minBlocks = opts.minBlocks ?? 2;
  // Post-order over the tree with an explicit stack: text length, link text length and cues per element, each
  // computed from its children's.
  const textLen = new Map<Element, number>();
  const linkLen = new Map<Element, number>();
  const hasTime = new Set<Element>();
  /** Holds the reply editor: never a message (the composer sits next to the thread, often shaped alike). */
  const hasEditor = new Set<Element>();
  let best: Candidate | null = null;
  let seen = 0;
  const stack: { el: Element; visited: boolean }[] = [{ el: rootEl, visited: false }];
  while (stack.length) {
    const top = stack.pop()!;
    const el = top.el;
    if (!top.visited) {
      if (++seen > max) break;
      const tag = el.localName;
      if (tag === 'script' || tag === 'style' || tag === 'template' || tag === 'iframe' || tag === 'svg' || tag === 'textarea' || tag === 'button') continue;
      if (opts.exclude) {
        try {
          if (el.matches(opts.exclude)) continue;
        } catch {
          /* ignore a bad selector */
        }
      }
      if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') continue;
      stack.push({ el, visited: true });
      for (let c = el.lastElementChild; c; c = c.previousElementSibling) stack.push({ el: c, visited: false });
      continue;
    }
    // Own text (direct text nodes) plus the children's.
    let len = 0;
    let links = 0;
    // (a time cue: <time>, [datetime], [data-timestamp], or a title with a clock time in it, "21 May 2024 07:40")
    let time = el.localName === 'time' || el.hasAttribute('datetime') || el.hasAttribute('data-timestamp') || !!el.getAttribute('title')?.includes(':');
    let editor = el.hasAttribute('contenteditable') && el.getAttribute('contenteditable') !== 'false';
    for (let n = el.firstChild; n; n = n.nextSibling) {
      if (n.nodeType === 3) len += (n as Text).data.trim().length;
      else if (n.nodeType === 1) {
        const c = n as Element;
        len += textLen.get(c) ?? 0;
        links += linkLen.get(c) ?? 0;
        if (hasTime.has(c)) time = true;
        if (hasEditor.has(c)) editor = true;
      }
    }
    if (el.localName === 'a' && el.hasAttribute('href')) links = len;
    textLen.set(el, len);
    linkLen.set(el, links);
    if (time) hasTime.add(el);
    if (editor) hasEditor.add(el);
    // As a container: its largest group of same-shaped children.
    if (el.childElementCount >= minBlocks) {
      const groups = new Map<string, Element[]>();
      for (let c = el.firstElementChild; c; c = c.nextElementSibling) {
        if (!textLen.has(c) || hasEditor.has(c)) continue; // (skipped: hidden, script; the composer)
        const k = shapeOf(c);
        const g = groups.get(k);
        if (g) g.push(c);
        else groups.set(k, [c]);
      }
      for (const blocks of groups.values()) {
        if (blocks.length < minBlocks) continue;
        let score = 0;
        let substantial = 0;
        let timed = 0;
        for (const b of blocks) {
          const t = textLen.get(b) ?? 0;
          const l = linkLen.get(b) ?? 0;
          if (t >= 20 && l * 2 < t) substantial++;
          if (hasTime.has(b)) timed++;
          // Text that is not link text, capped per block so one huge block does not outweigh a thread.
          score += Math.min(t - l, 1500) * (hasTime.has(b) ? 1.5 : 1);
        }
        // Messages show when they were written: a group with fewer timed blocks than a thread needs is page furniture
        // (status cards, headings, the page's own columns), never the best candidate (it would hide the thread)
        if (substantial * 2 < blocks.length || substantial < minBlocks || timed < minBlocks) continue;
        if (!best || score > best.score) best = { container: el, blocks, score };
      }
    }
  }
  if (!best) return null;
  if (isOutOfSight(best.container)) return null;
  // The reply editor near the thread (in the container's parent or grandparent) confirms it; without one the
  // thread must still hold several blocks with times.
  let near: Element | null = best.container.parentElement;
  let editorNear = false;
  for (let i = 0; i < 3 && near && !editorNear; i++, near = near.parentElement) editorNear = near.querySelector(EDITOR) !== null;
  // Without the editor nearby, most blocks must show a time.
  const timed = best.blocks.filter((b) => hasTime.has(b)).length;
  if (!editorNear && timed * 2 < best.blocks.length) return null;
  return { container: best.container, blocks: best.blocks };
}

/** Below this many messages found by the named selectors, the page is also read by structure to see whether they
 *  found far fewer than it shows (a walk of the page per read: kept to short reads, where it costs a few ms). The
 *  reading health compares short reads with the page's blocks under the same bound (lib/content/watch-ticket.ts). */
export const FAR_FEWER_CHECK_BELOW = 20;

/**
 * The thread to read by structure instead of by the named selectors: when they found no message, or far fewer than
 * the page visibly holds (a redesign renamed the hook on most messages, so one odd message still matches). "Far
 * fewer": the structure shows at least twice as many blocks plus two. Returns null when the named selectors' read
 * stands.
 */
export function structuralThreadIfShort(
  found: number,
  root: Document | ParentNode,
  opts: StructureOptions = {},
): { container: Element; blocks: Element[] } | null {
  if (found >= FAR_FEWER_CHECK_BELOW) return null;
  const thread = findThreadByStructure(root, opts);
  if (!thread) return null;
  return found === 0 || thread.blocks.length >= found * 2 + 2 ? thread : null;
}

/** Words in a block's attribute values that say who wrote it (data-cluster-kind="bot", class="o__admin-note"). */
const KIND_WORDS: { re: RegExp; kind: { role: Role; internal?: boolean } }[] = [
  { re: /\b(note|internal|private|privatenote)\b/, kind: { role: 'agent', internal: true } },
  { re: /\b(bot|fin|ai-agent|automation)\b/, kind: { role: 'bot' } },
  { re: /\b(system|event)\b/, kind: { role: 'system' } },
  { re: /\b(agent|admin|teammate|staff)\b/, kind: { role: 'agent' } },
  { re: /\b(customer|user|end-user|contact|lead|requester|requestor)\b/, kind: { role: 'customer' } },
];

/** Who wrote a block, from its own attribute values and those of the wrappers it is made of (an only child, twice:
 *  Freshdesk's `div.ember-view > div.ticket-details__item.ticket-details__privatenote`), not its content's (a quote
 *  can name anything). */
export function kindFromAttributes(block: Element): { role: Role; internal?: boolean } | undefined {
  let values = '';
  for (let el: Element | null = block, i = 0; el && i < 3; el = el.childElementCount === 1 ? el.firstElementChild : null, i++) {
    for (const name of el.getAttributeNames()) {
      if (name === 'style' || name === 'id') continue;
      values += ` ${(el.getAttribute(name) ?? '').slice(0, 200).toLowerCase().replace(/[_/]/g, '-')}`;
    }
  }
  // (an id names the kind of record, not who wrote it: Freshdesk's data-album="note_9100017" is on every reply)
  values = values.replace(/\b[a-z]+-\d+\b/g, '');
  for (const { re, kind } of KIND_WORDS) if (re.test(values)) return kind;
  return undefined;
}

/** Where an author's name usually sits inside a message block, in any helpdesk's words. */
export const STRUCTURAL_AUTHOR = [
  // (the name itself before the line around it: Freshdesk's `span.sender-info` holds the `user-name` and the verb,
  // "Amelia Clarke reported via email")
  '[data-test-id="user-name"]',
  '[class*="user-name" i]',
  '[class*="username" i]',
  '[class*="author" i]',
  '[class*="sender" i]',
  '[class*="meta" i] > span:first-child',
  'strong',
];
export const STRUCTURAL_TIME = ['time[datetime]', '[datetime]', 'time'];

/**
 * Messages from blocks found by structure: the block's text (less its author and time), the author from the
 * adapter's own author hooks and the usual author cues, the role from the block's attribute words, else the requester's name, else "customer"
 * for unnamed blocks. A best effort for when the named selectors failed: the caller says so (its snapshot is
 * partial), and the reading-health code flags it.
 */
export function readStructuralMessages(blocks: Element[], requesterName?: string, authorHooks: string[] = []): TicketMessage[] {
  return readMessages(blocks, {
    // (the helpdesk's own author hooks first: a redesign that renamed the message hook may have kept them)
    author: [...authorHooks, ...STRUCTURAL_AUTHOR],
    body: ['[class*="body" i]', '[class*="content" i]', '[class*="text" i]'],
    time: STRUCTURAL_TIME,
    bodyFallbackToMessage: true,
    skip: 'button, [role="button"], [aria-hidden="true"]',
    classify: (el, name) => {
      const kind = kindFromAttributes(el);
      if (kind) return kind;
      if (looksLikeBot(name)) return { role: 'bot' };
      if (!name || sameName(name, requesterName)) return { role: 'customer' };
      return { role: 'agent' };
    },
  });
}

/** A ticket id an element carries in an attribute whose name says so (`data-ticket-id`, `data-ticket-display-id`,
 *  `data-conversation-id`, `data-entity-id`): digits only. */
export function ticketIdAttribute(el: Element): string | undefined {
  for (const name of el.getAttributeNames()) {
    if (!/ticket|conversation|entity/.test(name)) continue;
    const v = el.getAttribute(name) ?? '';
    if (/^\d{1,20}$/.test(v)) return v;
  }
  return undefined;
}

/**
 * When a page keeps several copies of the ticket view mounted (split views, tabs, a cached pane), each found by an
 * anchor element that occurs once per copy (its subject heading), the copy on screen: each anchor's pane is its
 * largest ancestor holding no other anchor, and the panes are weighed by pickActivePane (the URL's id on the pane
 * or inside it, out of sight, inert). Undefined when there is one copy or none (read the whole page); null when
 * several are mounted and none stands out.
 */
export function activeCopy(anchors: Element[], urlId: string | undefined): Element | null | undefined {
  if (anchors.length < 2 || anchors.length > 50) return undefined;
  const panes = anchors.map((a) => {
    let pane = a;
    for (let p = a.parentElement; p; p = p.parentElement) {
      if (anchors.some((o) => o !== a && p.contains(o))) break;
      pane = p;
    }
    return pane;
  });
  return pickActivePane(panes, {
    urlId,
    idOf: (pane) => {
      const own = ticketIdAttribute(pane);
      if (own) return own;
      // (an id carried just inside the pane, by its first element)
      const first = pane.firstElementChild;
      return first ? ticketIdAttribute(first) : undefined;
    },
    activeMarker: '[data-is-active="true"]',
    inactiveMarker: '[data-is-active="false"]',
  });
}
