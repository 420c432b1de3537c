// The one MutationObserver of a helpdesk page. Three parts of the content script need to hear of the page's
// changes: the watcher (lib/content/watch-ticket.ts: read the ticket again after a burst), the read cache
// (read-cache.ts: forget what a change may have made stale) and the deep query (deep-query.ts: which shadow roots
// and frames were added or removed). Each used to keep an observer of its own on the same trees, each draining
// its own queue; now they subscribe here, each with its own filter, and the browser records every change once.
//
// The one rule: before anything is read from the page, its observer is flushed — the records queued so far are
// taken once and handed, in the order they happened, to every subscriber they concern (flush(), called by the
// read cache and the deep query before trusting what they kept). No subscriber can take records another one
// needed, and a change made just before a read is seen by that read.
//
// A record concerns a subscriber when its type and attribute pass the subscriber's filter and it happened in a
// tree (the document, a shadow root, a same-origin frame's document) the subscriber asked to observe — as if it
// had its own observer there. A record from no observed tree (a node taken out of an observed tree still reports
// for a moment: MutationObserver's transient registration) goes to every subscriber observing that document:
// hearing of a change too many is always safe, missing one never is.
//
// A subscriber's callback only notes what changed: it may run in the middle of another part's read (that read
// flushed), so it must not read the page itself (the watcher looks at its records a microtask later).
//
// One observer per page: a same-origin frame's document belongs to the page around it (its observer watches
// the frame too, as the watcher's always did). The observer is disconnected when its last subscriber leaves.

import { frameElementOf } from './frames';

export type PageRoot = Document | ShadowRoot;

export interface PageSubscribeOptions {
  /** Only records of these types (the deep query needs childList alone); default: every type. */
  types?: readonly MutationRecordType[];
  /** Attribute records only for these attribute names (the watcher's); default: every attribute. */
  attributes?: readonly string[];
}

export interface PageSubscription {
  /** Also hear of changes in this tree (its whole subtree, not shadow roots or frames inside it); false when the
   *  tree cannot be observed. */
  observe(root: PageRoot): boolean;
  /** Hands every record queued so far to the subscribers they concern (this one included), before a read. */
  flush(): void;
  /** No more records; the page's observer stops when nobody is left. */
  unsubscribe(): void;
}

/** What the observer records: the union of what the subscribers need (the read cache needs old class values). */
const OBSERVE: MutationObserverInit = { subtree: true, childList: true, characterData: true, attributes: true, attributeOldValue: true };

interface Subscriber {
  onRecords: (records: MutationRecord[]) => void;
  types: ReadonlySet<string> | null;
  attributes: ReadonlySet<string> | null;
  roots: WeakSet<Node>;
  docs: WeakSet<Document>;
}

class PageObserver {
  readonly #observer: MutationObserver;
  #subscribers: Subscriber[] = [];
  /** Roots observed for anyone. */
  readonly #observed = new WeakSet<Node>();
  readonly #queue: MutationRecord[][] = [];
  #delivering = false;
  readonly #onEmpty: () => void;

  constructor(Observer: typeof MutationObserver, onEmpty: () => void) {
    this.#onEmpty = onEmpty;
    this.#observer = new Observer((records) => this.#deliver(records));
  }

  subscribe(onRecords: (records: MutationRecord[]) => void, options: PageSubscribeOptions = {}): PageSubscription {
    const s: Subscriber = {
      onRecords,
      types: options.types ? new Set(options.types) : null,
      attributes: options.attributes ? new Set(options.attributes) : null,
      roots: new WeakSet(),
      docs: new WeakSet(),
    };
    this.#subscribers.push(s);
    let active = true;
    return {
      observe: (root) => {
        if (!active) return false;
        if (s.roots.has(root)) return true;
        if (!this.#observed.has(root)) {
          try {
            this.#observer.observe(root, OBSERVE);
          } catch {
            return false; // a tree that cannot be observed (a frame document going away): read without help
          }
          this.#observed.add(root);
        }
        s.roots.add(root);
        s.docs.add(root.nodeType === 9 ? (root as Document) : (root.ownerDocument as Document));
        return true;
      },
      flush: () => this.flush(),
      unsubscribe: () => {
        if (!active) return;
        active = false;
        this.#subscribers = this.#subscribers.filter((o) => o !== s);
        if (!this.#subscribers.length) {
          this.#observer.disconnect();
          this.#onEmpty();
        }
      },
    };
  }

  flush(): void {
    const records = this.#observer.takeRecords();
    if (records.length) this.#deliver(records);
  }

  /** Hands records out in order; a flush from inside a callback queues behind the batch being handed out. */
  #deliver(records: MutationRecord[]): void {
    this.#queue.push(records);
    if (this.#delivering) return;
    this.#delivering = true;
    try {
      for (let batch = this.#queue.shift(); batch; batch = this.#queue.shift()) this.#route(batch);
    } finally {
      this.#delivering = false;
    }
  }

  #route(records: MutationRecord[]): void {
    const subscribers = this.#subscribers;
    const batches: MutationRecord[][] = subscribers.map(() => []);
    for (const r of records) {
      const root = r.target.getRootNode();
      const known = this.#observed.has(root);
      const doc = r.target.nodeType === 9 ? (r.target as Document) : r.target.ownerDocument;
      for (let i = 0; i < subscribers.length; i++) {
        const s = subscribers[i];
        if (s.types && !s.types.has(r.type)) continue;
        if (s.attributes && r.type === 'attributes' && !s.attributes.has(r.attributeName ?? '')) continue;
        if (known ? s.roots.has(root) : !!doc && s.docs.has(doc)) batches[i].push(r);
      }
    }
    for (let i = 0; i < subscribers.length; i++) {
      if (!batches[i].length || !this.#subscribers.includes(subscribers[i])) continue;
      try {
        subscribers[i].onRecords(batches[i]);
      } catch {
        /* one subscriber's bug must not keep the others (or the page) from hearing of changes */
      }
    }
  }
}

const pages = new WeakMap<Document, PageObserver>();

/** The document of the page a document belongs to: itself, or the page around the same-origin frame it is in. */
function pageDocumentOf(doc: Document): Document {
  let page = doc;
  for (let depth = 0; depth < 32; depth++) {
    const outer = frameElementOf(page)?.ownerDocument; // none in a cross-origin frame
    if (!outer) break;
    page = outer;
  }
  return page;
}

/** Subscribes to the observer of the page `doc` belongs to, created on first use; null where MutationObserver is
 *  unavailable (a bare parsed document in Node: then every read works without kept state). */
export function subscribeToPage(
  doc: Document,
  onRecords: (records: MutationRecord[]) => void,
  options?: PageSubscribeOptions,
): PageSubscription | null {
  const top = pageDocumentOf(doc);
  let page = pages.get(top);
  if (!page) {
    const Observer =
      (top.defaultView as (Window & typeof globalThis) | null)?.MutationObserver ??
      (globalThis as { MutationObserver?: typeof MutationObserver }).MutationObserver;
    if (!Observer) return null;
    try {
      const created: PageObserver = new PageObserver(Observer, () => {
        if (pages.get(top) === created) pages.delete(top);
      });
      page = created;
    } catch {
      return null;
    }
    pages.set(top, page);
  }
  return page.subscribe(onRecords, options);
}
