// Selectors that see into web components and frames, for the custom adapter. Many helpdesks render the ticket
// inside open shadow roots (web components) or a same-origin iframe, where document.querySelector cannot see.
// Two ways in:
//   - automatic: a selector that matches nothing in the document is looked for in every open shadow root and
//     same-origin frame document below it, depth first, in document order (bounded by DEEP_LIMITS, so a huge page
//     cannot make a read explode);
//   - explicit: `host >>> inner` finds `inner` inside the open shadow root of each element matching `host`, or in
//     the document of each iframe matching `host` (and, where there is neither or nothing matches there, in its
//     ordinary subtree). Parts chain: `app-shell >>> iframe#agent >>> .subject`.
// Closed shadow roots and cross-origin frames are out of reach of any script on the page: they stay invisible.
//
// A DeepQuery is made per read: it remembers which roots it found (one walk of the page per read at most). Each
// shadow root it enters is handed to the read cache of its document (read-cache.ts), whose observer on the
// document alone would not see mutations in there and would serve stale messages; frame documents have read
// caches of their own. The watcher observes every root found (`roots`, through the adapter's watchRoots).
import { listToArray, type SelectorQuery } from './dom';
import { frameElementOf, noteFrameOf } from './frames';
import { subscribeToPage, type PageSubscription } from './page-observer';
import { readCacheFor } from './read-cache';
import { splitOutside } from './selector-split';

export const PIERCE = '>>>';

export interface DeepLimits {
  /** Elements looked at, in all, while looking for shadow roots and frames. */
  elements: number;
  /** Shadow roots and frame documents entered. */
  roots: number;
  /** Roots nested inside roots. */
  depth: number;
}
export const DEEP_LIMITS: DeepLimits = { elements: 200_000, roots: 5_000, depth: 12 };

export type DeepRoot = Document | ShadowRoot;
/** A shadow root (host: its host element) or a same-origin frame's document (host: the iframe). */
export interface NestedRoot {
  root: DeepRoot;
  host: Element;
}

// ---------------------------------------------------------------------------------------------- parsing

const parsed = new Map<string, string[][] | null>();

/**
 * A selector with `>>>` as its alternatives (top-level commas), each a list of parts:
 * "a >>> b, c" -> [["a", "b"], ["c"]]. null for a selector without `>>>` (the browser runs it as it is).
 * A part is '' where `>>>` starts or ends the selector, or two follow each other.
 */
export function parsePiercing(selector: string): string[][] | null {
  let p = parsed.get(selector);
  if (p === undefined) {
    p = selector.includes(PIERCE) ? splitOutside(selector, ',').map((alt) => splitOutside(alt, PIERCE)) : null;
    if (p && p.every((alt) => alt.length === 1)) p = null; // ">>>" only inside quotes or brackets
    if (parsed.size > 500) parsed.clear();
    parsed.set(selector, p);
  }
  return p;
}

// ---------------------------------------------------------------------------------------------- frames

// (frameElementOf lives in frames.ts, which the page observer shares; exported here as before)
export { frameElementOf };

/** The element above el, crossing shadow root and frame boundaries: its parent, the shadow host of the root it
 *  sits at the top of, or the iframe showing its document. */
export function composedParent(el: Element): Element | null {
  const p = el.parentElement;
  if (p) return p;
  const node = el.parentNode;
  if (!node) return null;
  if (node.nodeType === 11) return (node as ShadowRoot).host ?? null;
  if (node.nodeType === 9) return frameElementOf(node as Document);
  return null;
}

function safeAll(root: ParentNode, selector: string): Element[] {
  try {
    return listToArray(root.querySelectorAll(selector));
  } catch {
    return [];
  }
}

function safeMatches(el: Element, selector: string): boolean {
  try {
    return el.matches(selector);
  } catch {
    return false;
  }
}

/** el and its ancestors across boundaries, outermost first. */
function composedPath(el: Element): Element[] {
  const path: Element[] = [];
  for (let n: Element | null = el; n; n = composedParent(n)) path.push(n);
  return path.reverse();
}

/** Document order across shadow roots and frames: a host comes before what its shadow root or frame holds. */
function sortComposed(elements: Element[]): Element[] {
  const paths = new Map<Element, Element[]>();
  const pathOf = (el: Element) => {
    let p = paths.get(el);
    if (!p) paths.set(el, (p = composedPath(el)));
    return p;
  };
  return elements.sort((a, b) => {
    if (a === b) return 0;
    const pa = pathOf(a);
    const pb = pathOf(b);
    const n = Math.min(pa.length, pb.length);
    for (let i = 0; i < n; i++) {
      if (pa[i] === pb[i]) continue;
      // First difference under one parent. In different trees (one at the top of the common host's shadow root
      // or frame, the other among its light children): what the host shows first, its shadow root or frame.
      if (pa[i].getRootNode() !== pb[i].getRootNode()) return pa[i].parentElement ? 1 : -1;
      const pos = pa[i].compareDocumentPosition(pb[i]);
      if (pos & 4 /* b follows */) return -1;
      if (pos & 2 /* b precedes */) return 1;
      return 0;
    }
    return pa.length - pb.length; // one contains the other: the outer one first
  });
}

// ---------------------------------------------------------------------------------------------- hosts per tree

/** A tree's list of hosts is trusted this long between full scans. A web component can attach a shadow root to
 *  an element already on the page without any mutation record (a custom element defined late); a full look at
 *  least this often finds it. */
export const FULL_SCAN_MS = 3000;
const MAX_PENDING_RECORDS = 2000;

/** Shadow hosts and frames (iframe, frame) in container's own tree, in document order, looking at no more than
 *  `budget` elements. Hosts can only be told by looking at every element; frames the selector engine finds. */
function scanForHosts(container: DeepRoot | Element, budget: number, withSelf = false): { hosts: Element[]; looked: number; truncated: boolean } {
  const all = container.querySelectorAll('*');
  const n = Math.min(all.length, Math.max(0, budget));
  const hosts: Element[] = [];
  const self = withSelf && container.nodeType === 1 ? (container as Element) : null;
  if (self?.shadowRoot) hosts.push(self);
  for (let i = 0; i < n; i++) if (all[i].shadowRoot) hosts.push(all[i]);
  const last = n ? all[n - 1] : null;
  let frames = n ? Array.from(container.querySelectorAll('iframe, frame')) : [];
  if (n < all.length) frames = frames.filter((f) => f === last || (last && f.compareDocumentPosition(last) & 4 /* last follows f */));
  if (self && (self.localName === 'iframe' || self.localName === 'frame')) frames.unshift(self);
  if (frames.length) {
    hosts.push(...frames);
    if (hosts.length > frames.length) sortComposed(hosts);
  }
  return { hosts, looked: n, truncated: n < all.length };
}

interface TreeState {
  hosts: Element[];
  pending: MutationRecord[];
  /** More records than are worth going through came in: look at everything again. */
  overflow: boolean;
  /** The last full scan saw every element (was not cut short by the element budget). */
  complete: boolean;
  scannedAt: number;
}

/**
 * The hosts of every tree (the document, its shadow roots) of one document looked into, kept from read to read:
 * after a full scan of a tree, only what mutation records say was added to it is looked at, so reading a big
 * page again does not mean looking at every element again, nor a 2,000-message thread of web components at
 * 2,000 shadow roots. One subscription per document to the page's observer (page-observer.ts: childList records
 * only), on each tree seen. Removed hosts are dropped; a tree is fully scanned again every FULL_SCAN_MS, after a
 * scan cut short by the element budget, and after a flood of records.
 */
class DocumentHosts {
  readonly #trees = new WeakMap<DeepRoot, TreeState>();
  readonly #page: PageSubscription | null;
  /** Disconnected (dropDeepQueryState): no longer trusted. */
  dropped = false;

  constructor(doc: Document) {
    // Without an observer, no incremental updates: every read scans.
    this.#page = subscribeToPage(doc, (records) => this.#note(records), { types: ['childList'] });
  }

  #note(records: MutationRecord[]): void {
    for (const record of records) {
      const tree = this.#trees.get(record.target.getRootNode() as DeepRoot);
      if (!tree || tree.overflow) continue;
      if (tree.pending.length >= MAX_PENDING_RECORDS) {
        tree.overflow = true;
        tree.pending = [];
      } else tree.pending.push(record);
    }
  }

  disconnect(): void {
    this.#page?.unsubscribe();
    this.dropped = true;
  }

  list(root: DeepRoot, budget: number): { hosts: Element[]; looked: number; truncated: boolean } {
    this.#page?.flush();
    const now = Date.now();
    let tree = this.#trees.get(root);
    if (!tree || !this.#page || !tree.complete || tree.overflow || now - tree.scannedAt > FULL_SCAN_MS) {
      const full = scanForHosts(root, budget);
      // (a tree that cannot be observed is not kept: it is scanned on every read)
      if (!tree && !this.#page?.observe(root)) return full;
      tree = { hosts: full.hosts, pending: [], overflow: false, complete: !full.truncated, scannedAt: now };
      this.#trees.set(root, tree);
      return full;
    }
    let looked = 0;
    let removed = false;
    const added: Element[] = [];
    for (const record of tree.pending) {
      if (record.removedNodes.length) removed = true;
      for (const node of Array.from(record.addedNodes)) {
        if (node.nodeType !== 1) continue;
        const part = scanForHosts(node as Element, budget - looked, true);
        looked += part.looked;
        if (part.truncated) tree.complete = false; // look at everything again next time
        for (const h of part.hosts) added.push(h);
      }
    }
    tree.pending = [];
    if (removed) tree.hosts = tree.hosts.filter((h) => h.getRootNode() === root);
    if (added.length) {
      // Usually appended after the last known host (a new message): then no sorting, whose document-position
      // comparisons cost a walk along the siblings each.
      const hosts = tree.hosts;
      const have = new Set(hosts);
      let inOrder = true;
      for (const h of added) {
        if (have.has(h) || h.getRootNode() !== root) continue;
        const last = hosts[hosts.length - 1];
        if (inOrder && last && !(last.compareDocumentPosition(h) & 4 /* h follows */)) inOrder = false;
        have.add(h);
        hosts.push(h);
      }
      if (!inOrder) tree.hosts = sortComposed(hosts);
    }
    return { hosts: tree.hosts, looked, truncated: false };
  }
}

const documentHosts = new WeakMap<Document, DocumentHosts>();
const liveWatches = new Set<WeakRef<DocumentHosts>>();

function hostsWatchFor(root: DeepRoot): DocumentHosts | null {
  const doc = root.nodeType === 9 ? (root as Document) : root.ownerDocument;
  if (!doc) return null;
  let watch = documentHosts.get(doc);
  if (!watch || watch.dropped) {
    documentHosts.set(doc, (watch = new DocumentHosts(doc)));
    for (const ref of liveWatches) if (!ref.deref()) liveWatches.delete(ref);
    liveWatches.add(new WeakRef(watch));
  }
  return watch;
}

/** Stops every observer the deep search keeps (the content script being torn down: extension reloaded). */
export function dropDeepQueryState(): void {
  for (const ref of liveWatches) ref.deref()?.disconnect();
  liveWatches.clear();
}

// ---------------------------------------------------------------------------------------------- the query

/** A root found below a container, with the index (in the same list) of the root its host sits in, -1: the
 *  container's own tree. */
interface BelowEntry {
  nested: NestedRoot;
  parent: number;
}

/** Whether entry i sits (at any depth) inside entry `outer`'s root. */
function isNestedIn(entries: BelowEntry[], i: number, outer: number): boolean {
  for (let p = entries[i].parent; p >= 0; p = entries[p].parent) if (p === outer) return true;
  return false;
}

export class DeepQuery implements SelectorQuery {
  /** Every shadow root and frame document found, in the order found. */
  readonly roots: NestedRoot[] = [];
  /** True when a limit stopped the search (the page was larger than DEEP_LIMITS allows). */
  truncated = false;
  readonly #direct = new Map<Node, NestedRoot[]>();
  readonly #hostLists = new Map<DeepRoot, Element[]>();
  readonly #belowLists = new Map<Node, BelowEntry[]>();
  readonly #known = new WeakSet<Node>();
  #scanned = 0;
  #shadowRoots = 0;
  readonly #limits: DeepLimits;

  constructor(limits: DeepLimits = DEEP_LIMITS) {
    this.#limits = limits;
  }

  /** The shadow root or frame document directly inside el, registered when first seen. */
  inner(el: Element): NestedRoot | null {
    let root: DeepRoot | null = el.shadowRoot; // null for closed roots: unreachable
    if (!root && (el.localName === 'iframe' || el.localName === 'frame')) {
      try {
        const doc = (el as HTMLIFrameElement).contentDocument; // null when cross-origin
        if (doc?.documentElement) {
          root = doc;
          noteFrameOf(doc, el);
        }
      } catch {
        root = null;
      }
    }
    if (!root) return null;
    const found = { root, host: el };
    if (!this.#known.has(root)) {
      if (this.roots.length >= this.#limits.roots) {
        this.truncated = true;
        return null;
      }
      this.#known.add(root);
      this.roots.push(found);
      if (root.nodeType === 11) {
        this.#shadowRoots++;
        readCacheFor(root.ownerDocument)?.observeRoot(root);
      }
    }
    return found;
  }

  /** The hosts in a whole tree, once per read. */
  #hostsOf(root: DeepRoot): Element[] {
    let hosts = this.#hostLists.get(root);
    if (!hosts) {
      const budget = this.#limits.elements - this.#scanned;
      const watch = hostsWatchFor(root);
      const r = watch ? watch.list(root, budget) : scanForHosts(root, budget);
      this.#scanned += r.looked;
      if (r.truncated) this.truncated = true;
      hosts = r.hosts;
      this.#hostLists.set(root, hosts);
    }
    return hosts;
  }

  /** Roots directly below a container (a root's elements, or an element: its own root first, then its subtree's). */
  #directBelow(container: DeepRoot | Element): NestedRoot[] {
    let out = this.#direct.get(container);
    if (out) return out;
    out = [];
    let hosts: Element[];
    if (container.nodeType === 1) {
      const el = container as Element;
      const own = this.inner(el);
      if (own) out.push(own);
      const top = el.getRootNode();
      if (top.nodeType === 9 || (top.nodeType === 11 && (top as ShadowRoot).host)) {
        hosts = this.#hostsOf(top as DeepRoot).filter((h) => h !== el && el.contains(h));
      } else {
        const r = scanForHosts(el, this.#limits.elements - this.#scanned); // a detached subtree
        this.#scanned += r.looked;
        if (r.truncated) this.truncated = true;
        hosts = r.hosts;
      }
    } else hosts = this.#hostsOf(container as DeepRoot);
    for (const host of hosts) {
      const found = this.inner(host);
      if (found) out.push(found);
    }
    this.#direct.set(container, out);
    return out;
  }

  /** Every root below a container, depth first, in document order. */
  #below(container: DeepRoot | Element): BelowEntry[] {
    let out = this.#belowLists.get(container);
    if (!out) {
      out = [];
      this.#collectBelow(container, -1, 0, out);
      this.#belowLists.set(container, out);
    }
    return out;
  }

  #collectBelow(container: DeepRoot | Element, parent: number, depth: number, out: BelowEntry[]): void {
    if (depth >= this.#limits.depth) {
      this.truncated = true;
      return;
    }
    for (const nested of this.#directBelow(container)) {
      out.push({ nested, parent });
      this.#collectBelow(nested.root, out.length - 1, depth + 1, out);
    }
  }

  /** Matches of a plain selector in the roots below a container (not in the container's own tree), in document
   *  order; `firstOnly`: just the first of them. */
  #inRootsBelow(container: DeepRoot | Element, selector: string, firstOnly = false): Element[] {
    const entries = this.#below(container);
    const lists: Element[][] = [];
    const contributing = new Set<number>();
    let nestedContribution = false;
    let firstAt = -1;
    for (let i = 0; i < entries.length; i++) {
      if (firstAt >= 0 && !isNestedIn(entries, i, firstAt)) break; // nothing later can come before the first match
      const root = entries[i].nested.root;
      let found: Element[];
      if (firstOnly) {
        let one: Element | null = null;
        try {
          one = root.querySelector(selector);
        } catch {
          /* invalid: nothing */
        }
        found = one ? [one] : [];
      } else found = safeAll(root, selector);
      if (!found.length) continue;
      // Per-root lists taken in this (pre-)order are in document order, unless a root holding matches sits
      // inside another such root (its matches then fall among the outer one's): only then sort.
      for (let p = entries[i].parent; p >= 0 && !nestedContribution; p = entries[p].parent) if (contributing.has(p)) nestedContribution = true;
      contributing.add(i);
      lists.push(found);
      if (firstOnly && firstAt < 0) firstAt = i;
    }
    if (lists.length <= 1) return lists[0] ?? [];
    const all = lists.flat();
    return nestedContribution ? sortComposed(all) : all;
  }

  /**
   * Document-level lookup: the selector in root's own tree; when that finds nothing, in the shadow roots and
   * frames below it. With `>>>`, part by part.
   */
  find(root: ParentNode, selector: string): Element[] {
    const alternatives = parsePiercing(selector);
    if (!alternatives) {
      const own = safeAll(root, selector);
      return own.length ? own : this.#inRootsBelow(root as DeepRoot | Element, selector);
    }
    return this.#union(alternatives.map((parts) => this.#chain(root, parts, false)));
  }

  /** First match of find(). */
  first(root: ParentNode, selector: string): Element | null {
    if (!parsePiercing(selector)) {
      try {
        const own = root.querySelector(selector);
        if (own) return own;
      } catch {
        return null;
      }
      return this.#inRootsBelow(root as DeepRoot | Element, selector, true)[0] ?? null;
    }
    return this.find(root, selector)[0] ?? null;
  }

  /**
   * Per-message lookup (SelectorQuery.all, used by the message reader): matches in root's own tree first, then
   * those in the shadow roots and frames below it. Whoever takes the first match per message so gets one from the
   * message's own tree when there is one, else one from inside its components.
   */
  all(root: ParentNode, selector: string): Element[] {
    const alternatives = parsePiercing(selector);
    if (!alternatives) {
      const own = safeAll(root, selector);
      const deep = this.#inRootsBelow(root as DeepRoot | Element, selector);
      return deep.length ? own.concat(deep) : own;
    }
    return this.#union(alternatives.map((parts) => this.#chain(root, parts, true)));
  }

  /** Whether el matches; for `a >>> b`: el matches b and something around it (across boundaries) matches a. */
  matches(el: Element, selector: string): boolean {
    const alternatives = parsePiercing(selector);
    if (!alternatives) return safeMatches(el, selector);
    return alternatives.some((parts) => this.#matchesFrom(el, parts, parts.length - 1));
  }

  parent(el: Element): Element | null {
    return composedParent(el);
  }

  /** For reading text (SelectorQuery.childNodes): what each element shows, once a shadow root has been seen;
   *  until then there is nothing to walk but children (no shadow root, so no slot has anything assigned). */
  get childNodes(): ((el: Element) => ArrayLike<Node>) | undefined {
    return this.#shadowRoots || this.truncated ? this.composedChildNodes : undefined;
  }

  /** What an element shows: its shadow root's nodes, a slot's assigned nodes, else its children. */
  readonly composedChildNodes = (el: Element): ArrayLike<Node> => {
    const shadow = el.shadowRoot;
    if (shadow) return shadow.childNodes;
    if (el.localName === 'slot') {
      const assigned = (el as HTMLSlotElement).assignedNodes?.({ flatten: true });
      if (assigned?.length) return assigned;
    }
    return el.childNodes;
  };

  #matchesFrom(el: Element, parts: string[], i: number): boolean {
    if (!safeMatches(el, parts[i])) return false;
    if (i === 0) return true;
    for (let p = composedParent(el); p; p = composedParent(p)) if (this.#matchesFrom(p, parts, i - 1)) return true;
    return false;
  }

  /** `parts[0] >>> parts[1] >>> ...` from root. Per message, the first part may match the message itself
   *  (`:scope >>> .text`, `hh-message >>> .text`: inside the message's own shadow root). */
  #chain(root: ParentNode, parts: string[], perMessage: boolean): Element[] {
    if (parts.some((part) => !part)) return []; // a dangling ">>>": reported by validation, matches nothing
    let i = 1;
    let current: Element[];
    if (perMessage && root.nodeType !== 1 && parts[0] === ':scope') {
      // `:scope >>> x` run over a whole thread (the reader's bulk lookups): x inside each message's own shadow
      // root first, then in its subtree, as for one message; composed order puts a host's shadow root first.
      current = sortComposed(this.all(root, parts[1]));
      i = 2;
    } else {
      current = perMessage ? this.all(root, parts[0]) : this.find(root, parts[0]);
      if (perMessage && root.nodeType === 1 && safeMatches(root as Element, parts[0])) current = [root as Element, ...current];
    }
    for (; i < parts.length && current.length; i++) {
      const part = parts[i];
      const next: Element[] = [];
      const seen = new Set<Element>();
      for (const el of current) {
        const inner = this.inner(el);
        let found = inner ? this.find(inner.root, part) : [];
        // No shadow root or frame (or nothing there): its ordinary subtree, so `>>>` degrades to a descendant.
        if (!found.length) found = this.find(el, part);
        for (const f of found) {
          if (!seen.has(f)) {
            seen.add(f);
            next.push(f);
          }
        }
      }
      current = next;
    }
    return current;
  }

  #union(lists: Element[][]): Element[] {
    const nonEmpty = lists.filter((l) => l.length);
    if (nonEmpty.length <= 1) return nonEmpty[0] ?? [];
    return sortComposed(Array.from(new Set(nonEmpty.flat())));
  }
}

// ---------------------------------------------------------------------------------------------- validation

/** Syntax check of a selector that may use `>>>`: each part through `check` (a plain CSS check). */
export function piercingSelectorError(selector: string, check: (plain: string) => string | null): string | null {
  const alternatives = parsePiercing(selector);
  if (!alternatives) return check(selector);
  for (const parts of alternatives) {
    for (let i = 0; i < parts.length; i++) {
      const part = parts[i];
      if (!part) {
        if (parts.length === 1) return 'has an empty part between commas';
        if (i === 0) return 'has nothing before ">>>" (name the element whose shadow root or frame to look into)';
        return i === parts.length - 1 ? 'has nothing after ">>>"' : 'has two ">>>" with nothing between them';
      }
      const err = check(part);
      if (err) {
        if (parts.length === 1) return `has a part that ${err}: "${part}"`;
        const where = i === 0 ? 'before the first ">>>"' : i === 1 ? 'after the first ">>>"' : `after ">>>" number ${i}`;
        return `has a part ${where} that ${err}: "${part}"`;
      }
    }
  }
  return null;
}

/** One boundary crossed to reach an element: a shadow root (of host) or a frame (host: the iframe). */
export interface WhereStep {
  kind: 'shadow' | 'frame';
  /** The host or iframe, described: "hh-app", "iframe#agent", "div.panel". */
  host: string;
}

/** Where an element lives, for the options page's preview: [] in the document itself, else the shadow roots
 *  and frames crossed to reach it, outermost first. */
export function whereIs(el: Element): WhereStep[] {
  const steps: WhereStep[] = [];
  for (let n: Element | null = el; n; ) {
    const top = n.getRootNode();
    if (top.nodeType === 11 && (top as ShadowRoot).host) {
      n = (top as ShadowRoot).host;
      steps.push({ kind: 'shadow', host: describeShort(n) });
    } else if (top.nodeType === 9) {
      n = frameElementOf(top as Document);
      if (n) steps.push({ kind: 'frame', host: describeShort(n) });
    } else break;
  }
  return steps.reverse();
}

function describeShort(el: Element): string {
  const tag = el.localName;
  const id = el.id ? `#${el.id}` : '';
  const cls = !id && el.classList.length ? `.${el.classList[0]}` : '';
  return `${tag}${id}${cls}`;
}
