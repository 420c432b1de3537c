// Per-element memo for the readers, kept exact by the page's observer (page-observer.ts). The watcher re-reads
// the ticket after every burst of DOM changes; on a 2,000-message thread most messages have not changed since the
// last read, so what was worked out for each of them (which element is the body, its text, its time...) is kept
// in a WeakMap keyed by the element and thrown away as soon as a mutation could have changed it.
//
// Never stale: every read first flushes the page's observer (its queue, synchronously, to every subscriber), so a
// change made just before a read is seen by that read. A record invalidates
//   - every cached element it happened in (target or an ancestor of the target);
//   - a whole table when it touched the *context* of the cached elements in a way its selectors can see: an
//     attribute the selectors name changing on an ancestor of a cached element, or an ancestor being moved;
//   - nothing for a class change that no selector of the table names (hover/focus classes);
//   - a whole table on any change outside the cached elements when its selectors depend on siblings or content
//     (`+`, `~`, `:has()`, `:nth-child()`, `:empty`...), because then nothing short of re-matching is safe.
// Removed and re-added elements are recomputed. Without MutationObserver (a bare parsed document in Node) there is
// no cache at all: every read recomputes.

import { subscribeToPage, type PageSubscription } from './page-observer';

/** What a table's selectors can "see" outside an element: the attributes they name, or everything. */
interface SelectorReach {
  classes: Set<string>;
  attributes: Set<string>;
  /** Selectors use pseudo-classes whose result we cannot tie to one attribute (:checked, :lang(), :dir()...). */
  anyAttribute: boolean;
  /** Selectors depend on siblings or content: any change outside the cached elements may change matches. */
  structural: boolean;
}

const STRUCTURAL = /[+~]|:(?:has|nth-|first-|last-|only-|empty|scope|root|target|blank)/i;
// Pseudo-classes whose result depends only on what is inside their parentheses (scanned like the rest of the
// selector) or on state the readers never look at (hover, focus). Any other makes `anyAttribute` true.
const HARMLESS_PSEUDO = /:(?:hover|focus|focus-within|focus-visible|active|visited|link|any-link|not|is|where)\b/gi;

// Worked out once per selector list for every document and table (a new table, as on a ticket's first read in a
// new tab, would otherwise scan its selectors again).
const reaches = new Map<string, SelectorReach>();

function reachOf(selectors: string[]): SelectorReach {
  const key = selectors.join('\u0000');
  let reach = reaches.get(key);
  if (!reach) {
    reach = scanReach(selectors);
    if (reaches.size > 200) reaches.clear();
    reaches.set(key, reach);
  }
  return reach;
}

function scanReach(selectors: string[]): SelectorReach {
  const reach: SelectorReach = { classes: new Set(), attributes: new Set(), anyAttribute: false, structural: false };
  for (const raw of selectors) {
    // Quoted attribute values may contain anything ("a + b"): leave them out of the structural scan.
    // Attribute tests keep only their name: `[class~="x"]`'s operator is not a sibling combinator.
    const s = raw.replace(/"[^"]*"|'[^']*'/g, '""').replace(/\[\s*([\w:-]+)(?![\w:-])[^\]]*\]/g, '[$1]');
    if (STRUCTURAL.test(s)) reach.structural = true;
    if (/::?[a-z-]/i.test(s.replace(HARMLESS_PSEUDO, ''))) reach.anyAttribute = true;
    for (const m of s.matchAll(/\.(-?[_a-zA-Z][\w-]*)/g)) reach.classes.add(m[1]);
    for (const m of s.matchAll(/\[\s*([\w:-]+)/g)) reach.attributes.add(m[1].toLowerCase());
    if (s.includes('#')) reach.attributes.add('id');
    if (/(?:^|[\s>,(])(?:input|select|option|textarea|details|dialog)\b/i.test(s)) reach.anyAttribute = true;
  }
  return reach;
}

interface Table {
  entries: WeakMap<Element, unknown>;
  /** Ancestors of the elements cached by the last read (to recognise context changes). */
  ancestors: WeakSet<Element>;
  reach: SelectorReach;
}

function classesChanged(el: Element, oldValue: string | null): string[] {
  const before = new Set((oldValue ?? '').split(/\s+/).filter(Boolean));
  const after = new Set(Array.from(el.classList));
  const changed: string[] = [];
  for (const c of before) if (!after.has(c)) changed.push(c);
  for (const c of after) if (!before.has(c)) changed.push(c);
  return changed;
}

class DocumentReadCache {
  readonly #tables = new Map<string, Table>();
  readonly #page: PageSubscription;

  constructor(doc: Document, subscribe: (onRecords: (records: MutationRecord[]) => void) => PageSubscription | null) {
    const page = subscribe((records) => this.#apply(records));
    if (!page) throw new Error('no page observer');
    this.#page = page;
    this.#page.observe(doc);
  }

  /** Also watches a shadow root of this document (whose mutations the document's observer does not see): the
   *  custom adapter reports each root it reads from. A change in there counts as one inside its host. */
  observeRoot(root: ShadowRoot | Document): void {
    this.#page.observe(root);
  }

  /** Applies every mutation not yet seen: call before trusting any entry. */
  sync(): void {
    this.#page.flush();
  }

  table(key: string, selectors: string[]): Table {
    let t = this.#tables.get(key);
    if (!t) {
      t = { entries: new WeakMap(), ancestors: new WeakSet(), reach: reachOf(selectors) };
      this.#tables.set(key, t);
    }
    return t;
  }

  /** Remembers where the cached elements sit, so a later change to one of their ancestors is recognised.
   *  Additive (several threads can be cached at once, as Zendesk mounts several tickets); the walk stops at a
   *  known ancestor because any change to a chain already noted moves a noted node, which clears the table. */
  noteAncestors(t: Table, elements: Element[]): void {
    const ancestors = t.ancestors;
    for (const el of elements) {
      for (let p = el.parentElement; p && !ancestors.has(p); p = p.parentElement) ancestors.add(p);
    }
  }

  #clear(t: Table): void {
    t.entries = new WeakMap();
    t.ancestors = new WeakSet();
  }

  disconnect(): void {
    this.#page.unsubscribe();
    this.#tables.clear();
  }

  #apply(records: MutationRecord[]): void {
    if (!this.#tables.size) return;
    for (const r of records) {
      const target = r.target;
      // Hover and focus classes flip all the time, on messages too. A class no selector names cannot change what
      // is read: nothing else in a parsed message depends on classes (text, times, ids and e-mails do not).
      const classOnly = r.type === 'attributes' && (r.attributeName ?? '').toLowerCase() === 'class' ? classesChanged(target as Element, r.oldValue) : null;
      const el: Element | null = target.nodeType === 1 ? (target as Element) : target.parentElement ?? hostAbove(target);
      for (const t of this.#tables.values()) {
        if (classOnly && !t.reach.anyAttribute && !classOnly.some((c) => t.reach.classes.has(c))) continue;
        // Inside (or on) a cached element: that element, and any cached element around it, must be recomputed.
        let inside = false;
        for (let p = el; p; p = p.parentElement ?? hostAbove(p)) {
          if (t.entries.has(p)) {
            t.entries.delete(p);
            inside = true;
          }
        }
        if (inside) continue;
        if (t.reach.structural) {
          this.#clear(t);
          continue;
        }
        if (r.type === 'attributes') {
          if (el && t.ancestors.has(el) && this.#attributeMatters(t.reach, r)) this.#clear(t);
        } else if (r.type === 'childList') {
          for (const list of [r.addedNodes, r.removedNodes]) {
            for (let i = 0; i < list.length; i++) {
              const node = list[i];
              if (node.nodeType !== 1) continue;
              if (t.entries.has(node as Element)) t.entries.delete(node as Element);
              else if (t.ancestors.has(node as Element)) this.#clear(t); // a container of cached elements moved
            }
          }
        }
        // characterData outside the cached elements: no selector of a non-structural table can see text.
      }
    }
  }

  #attributeMatters(reach: SelectorReach, r: MutationRecord): boolean {
    if (reach.anyAttribute) return true;
    const name = (r.attributeName ?? '').toLowerCase();
    // (a class change reaching here names a class the selectors use: see apply)
    return name === 'class' || reach.attributes.has(name);
  }
}

/** The shadow host of a node at the top of a shadow root (or of the root itself), else null. */
function hostAbove(node: Node): Element | null {
  const root = node.nodeType === 11 ? node : node.parentNode;
  return (root?.nodeType === 11 && (root as ShadowRoot).host) || null;
}

const caches = new WeakMap<Document, DocumentReadCache | null>();

/** The read cache of a document, created on first use; null where MutationObserver is unavailable. */
export function readCacheFor(doc: Document | null | undefined): DocumentReadCache | null {
  if (!doc) return null;
  let cache = caches.get(doc);
  if (cache === undefined) {
    try {
      cache = new DocumentReadCache(doc, (onRecords) => subscribeToPage(doc, onRecords));
    } catch {
      cache = null; // no MutationObserver, or one that refuses this document: read without a cache
    }
    caches.set(doc, cache);
  }
  return cache;
}

/** Drops a document's cache and its subscription to the page's observer (tests; a content script torn down). */
export function dropReadCache(doc: Document): void {
  const cache = caches.get(doc);
  if (cache) cache.disconnect();
  caches.delete(doc);
}

export type { DocumentReadCache, Table as ReadCacheTable };
