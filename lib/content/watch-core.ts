// The content script's work on a helpdesk page, with the way to pick its adapter given (a built-in helpdesk's own
// script picks its adapter or a custom config, lib/content/built-in.ts; the generic one a custom config or hands the
// page over, lib/content/generic.ts; lib/content/watch-ticket.ts, for tests and benches, every adapter): pick the
// adapter, read the open ticket, and report each changed snapshot to the background; take insertion requests for
// the editor. Nothing here may throw into the page, and
// nothing runs while the tab is hidden (a support agent keeps dozens of helpdesk tabs open).
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { HelpdeskAdapter, InsertResult, TicketSnapshot } from '../../adapters/types';
import { dropReadCache } from '../../adapters/shared/read-cache';
import { dropDeepQueryState } from '../../adapters/shared/deep-query';
import { subscribeToPage } from '../../adapters/shared/page-observer';
import { readEditorText, resolveEditable } from '../../adapters/editor/inspect';
import type { CustomAdapterConfig } from '../../adapters/custom';
import type { EditorReadResult } from '../messaging';
import { onMessage, removeAllListeners, sendMessage } from './messaging';
// dequal: deep equality that stops at the first difference (serialising a 2,000-message snapshot on every read cost more than the read).
import { dequal } from 'dequal/lite';
import { hostOfUrl, readsAnotherTicket } from '../ticket-identity';
import { readingHealth } from '../../adapters/shared/health';
import { FAR_FEWER_CHECK_BELOW, findThreadByStructure } from '../../adapters/shared/structure';
import { insertFailure } from '../../adapters/shared/insert-failure';

/** Debounce for DOM mutation bursts; the max wait keeps a busy page (live chat) from starving the reader. */
export const READ_DEBOUNCE_MS = 150;
export const READ_MAX_WAIT_MS = 400;
/** Shadow roots and frame documents observed besides the document, at most. */
export const MAX_WATCHED_ROOTS = 5000;

export interface WatcherDeps {
  doc: Document;
  win: Window;
  customAdapters: () => CustomAdapterConfig[];
  /** False until the custom configs arrived: nothing is reported before (a page no built-in adapter knows is not
   *  "no ticket" yet, and a repair may be laid over the built-in's reading). */
  customAdaptersKnown?: () => boolean;
  report: (snapshot: TicketSnapshot | null, helpdesk: string | undefined, url: string) => void;
}

/** The ticket a text was written for. */
export interface InsertTarget {
  ticketId: string;
  host: string;
}

export interface TicketWatcher {
  /** Read now and report if it changed (force: report even if unchanged). */
  readNow(force?: boolean): TicketSnapshot | null;
  /** Insert text written for `target` (ticket id and account host): refused unless that ticket is on screen. */
  insert(target: InsertTarget, text: string, mode: 'cursor' | 'replace' | 'append', confirmed?: boolean): Promise<InsertResult>;
  /** Pick the adapter again (the custom configs changed) and re-read. */
  repick(): void;
  /** The agent's reply as it stands in the editor. */
  readEditor(): EditorReadResult;
  stop(): void;
}

/** The adapter for a page, given the custom configs the background sent (unchecked). */
export type AdapterPicker = (url: string, doc: Document, custom: CustomAdapterConfig[]) => HelpdeskAdapter | null;

export function watchTicketWith(pick: AdapterPicker, { doc, win, customAdapters, customAdaptersKnown = () => true, report }: WatcherDeps): TicketWatcher {
  let adapter: HelpdeskAdapter | null = null;
  let adapterUrl = '';
  let lastSent: { url: string; snapshot: TicketSnapshot | null } | undefined;
  let dirty = true;
  let timer: number | undefined;
  let firstPendingAt = 0;

  const currentAdapter = () => {
    const url = win.location.href;
    if (url !== adapterUrl) {
      adapter = pick(url, doc, customAdapters());
      adapterUrl = url;
    }
    return adapter;
  };

  const readNow = (force = false): TicketSnapshot | null => {
    dirty = false;
    firstPendingAt = 0;
    editorSeen = undefined;
    // Nothing is read or reported before the custom configs came: the page may be a custom helpdesk's, or an
    // agent's repair of it may come to be laid over the built-in. A built-in reading reported first would be stored,
    // and the repaired one merged into it as another page's reading of the ticket (lib/tickets/merge.ts): each
    // message twice. (The wait costs nothing at browser start: the background answers the configs and takes the
    // first report only once it read managed storage. Their arrival re-picks and reads.)
    if (!customAdaptersKnown()) return null;
    const url = win.location.href;
    const current = currentAdapter();
    let snapshot: TicketSnapshot | null;
    try {
      snapshot = current?.readTicket(doc, url) ?? null;
      // The account host is part of the ticket's identity (two Zendesk accounts both have a #4521). A copy: the
      // adapter's object may be its read cache's.
      if (snapshot && !snapshot.host) snapshot = { ...snapshot, host: hostOfUrl(url) };
      if (snapshot && current) snapshot = { ...snapshot, health: healthOf(current, doc, snapshot, url) };
      for (const { root, host } of current?.watchRoots?.(doc) ?? []) watchRoot(root, host);
    } catch {
      snapshot = null; // an adapter bug must not break the helpdesk page
    }
    if (force || !lastSent || lastSent.url !== url || !dequal(lastSent.snapshot, snapshot)) {
      lastSent = { url, snapshot };
      report(snapshot, current?.id, url);
    }
    return snapshot;
  };

  const schedule = () => {
    dirty = true;
    if (doc.hidden) return; // read when the tab becomes visible again
    const now = Date.now();
    if (!firstPendingAt) firstPendingAt = now;
    win.clearTimeout(timer);
    const wait = Math.min(READ_DEBOUNCE_MS, Math.max(0, firstPendingAt + READ_MAX_WAIT_MS - now));
    timer = win.setTimeout(() => readNow(), wait);
  };

  // Typing in the reply editor mutates the DOM on every key: those mutations cannot change the ticket. The editor
  // is looked up once per batch of records (it is a selector query; once per record made typing costly), and kept
  // until the next read while it stays on the page (a custom adapter may search shadow roots for it).
  let editorSeen: HTMLElement | null | undefined;
  const editorNow = (): HTMLElement | null => {
    if (editorSeen === undefined || (editorSeen && !editorSeen.isConnected)) {
      try {
        editorSeen = adapter?.findEditor(doc) ?? null;
      } catch {
        editorSeen = null;
      }
    }
    return editorSeen;
  };
  const inEditor = (editor: HTMLElement, node: Node) =>
    editor.contains(node) || (editor.tagName === 'IFRAME' && (editor as HTMLIFrameElement).contentDocument === (node.ownerDocument ?? node));
  // The page's one observer (adapters/shared/page-observer.ts), shared with the read cache and the deep query.
  // Records may be handed over in the middle of their reads: they are looked at a microtask later (as an observer
  // callback of its own would have), since finding the editor reads the page.
  let unseen: MutationRecord[] = [];
  let stopped = false;
  const look = () => {
    const records = unseen;
    unseen = [];
    if (stopped) return; // (records handed over just before stop())
    const editor = editorNow();
    for (const r of records) {
      if (!editor || !inEditor(editor, r.target)) {
        schedule();
        return;
      }
    }
  };
  const page = subscribeToPage(doc, (records) => {
    if (!unseen.length) queueMicrotask(look);
    for (const r of records) unseen.push(r);
  }, { attributes: ['class', 'aria-selected', 'hidden', 'data-ticket-id'] });
  page?.observe(doc);

  // Shadow roots and same-origin frames the adapter read from (the custom adapter's deep search): the document's
  // observer does not see mutations in there, so each is observed too. A frame that loads a new document fires
  // `load` on its iframe: read again, which finds (and observes) the new document.
  const watched = new WeakSet<Node>();
  const frames: Element[] = [];
  const frameDocs: Document[] = [];
  let watchedCount = 0;
  const watchRoot = (root: Document | ShadowRoot, host: Element) => {
    if (watched.has(root) || watchedCount >= MAX_WATCHED_ROOTS) return;
    watched.add(root);
    watchedCount++;
    page?.observe(root);
    if (root.nodeType === 9) {
      frameDocs.push(root as Document);
      if (!watched.has(host)) {
        watched.add(host);
        frames.push(host);
        host.addEventListener('load', schedule);
      }
    }
  };

  const onVisibility = () => {
    if (!doc.hidden && dirty) schedule();
  };
  doc.addEventListener('visibilitychange', onVisibility);
  win.addEventListener('popstate', schedule);
  win.addEventListener('hashchange', schedule);

  readNow();

  return {
    readNow,
    async insert(target, text, mode, confirmed) {
      const { ticketId, host } = target ?? { ticketId: '', host: '' };
      const onScreen = readNow();
      const current = currentAdapter();
      if (!current) return insertFailure('not-a-helpdesk');
      // Without an id on both sides, "the same ticket" cannot be checked: refuse (text restored with a customer's
      // personal data must never land in another customer's ticket).
      if (!ticketId || !host || !onScreen?.ticketId) {
        return insertFailure('no-ticket-id');
      }
      const hereHost = onScreen.host || hostOfUrl(win.location.href);
      if (onScreen.ticketId !== ticketId || hereHost !== host) {
        // (ids, with the host when the accounts differ: the params of a translated sentence)
        const there = hereHost === host ? ticketId : `${ticketId} (${host})`;
        const here = hereHost === host ? onScreen.ticketId : `${onScreen.ticketId} (${hereHost})`;
        return insertFailure('wrong-ticket', here, there);
      }
      // The page shows another ticket than its URL names: which one the text is for cannot be told.
      if (readsAnotherTicket(onScreen)) {
        return insertFailure('id-mismatch');
      }
      return current.insert(doc, text, mode, { confirmed });
    },
    repick() {
      adapterUrl = '';
      readNow();
    },
    readEditor() {
      const editor = currentAdapter()?.findEditor(doc);
      const editable = editor && resolveEditable(editor);
      if (!editable) return insertFailure('no-editor');
      return { ok: true, text: readEditorText(editable) };
    },
    stop() {
      stopped = true;
      page?.unsubscribe();
      dropReadCache(doc); // the read cache's subscription goes too (extension reloaded or page torn down)
      for (const d of frameDocs) dropReadCache(d);
      dropDeepQueryState(); // and the custom adapter's, for shadow roots and frames: the page's observer stops
      for (const f of frames) f.removeEventListener('load', schedule);
      win.clearTimeout(timer);
      doc.removeEventListener('visibilitychange', onVisibility);
      win.removeEventListener('popstate', schedule);
      win.removeEventListener('hashchange', schedule);
    },
  };
}

/** The reading health of a snapshot: the page's own ticket id and its message-like blocks are the signals besides
 *  the snapshot (a signal that fails is left out, never fatal). */
function healthOf(adapter: HelpdeskAdapter, doc: Document, snapshot: TicketSnapshot, url: string): TicketSnapshot['health'] {
  const signal = <T>(read: () => T): T | undefined => {
    try {
      return read();
    } catch {
      return undefined;
    }
  };
  return readingHealth(snapshot, url, {
    pageTicketId: signal(() => adapter.pageTicketId?.(doc, url)),
    subjectOptional: signal(() => adapter.subjectOptional?.(doc, url)),
    readByLayout: signal(() => adapter.readByLayout?.(doc)),
    threadPartial: signal(() => adapter.threadPartial?.(doc)),
    // The structural walk covers the whole page: on every read of a 2,000-message thread it cost 20-40 ms of the
    // helpdesk's main thread (bench:adapters). A thread read with this many messages is not "far fewer than the
    // page holds" in any way the count would change, so the walk runs only for short reads.
    blocksOnPage: snapshot.messages.length < FAR_FEWER_CHECK_BELOW ? signal(() => findThreadByStructure(doc)?.blocks.length) : undefined,
  });
}

/** Wires the watcher to the extension: messaging in both directions, teardown when the extension reloads. Of the
 *  context it takes onInvalidated alone: the content script's build has a slim context (lib/content/script-context.ts). */
export function startContentScriptWith(
  pick: AdapterPicker,
  ctx: Pick<ContentScriptContext, 'onInvalidated'>,
  loadCustomAdapters: () => Promise<CustomAdapterConfig[]>,
): ContentScriptWatcher {
  // The built-in adapters read at once; selector configs for custom helpdesks arrive from the background (which
  // may take a few seconds to read managed policy right after the browser starts) and re-pick the adapter.
  let custom: CustomAdapterConfig[] = [];
  let customKnown = false;
  let stopped = false;
  const watcher = watchTicketWith(pick, {
    doc: document,
    win: window,
    customAdapters: () => custom,
    customAdaptersKnown: () => customKnown,
    report: (snapshot, helpdesk, url) => {
      if (stopped) return; // (stopped in the middle of a read: the generic script handing the page over)
      sendMessage('reportSnapshot', { snapshot, helpdesk, url }).catch(() => {
        /* background restarting; the next change or the panel's refresh re-sends */
      });
    },
  });
  const stop = () => {
    stopped = true;
    watcher.stop();
    removeAllListeners();
  };
  const reloadCustom = () =>
    loadCustomAdapters()
      .catch(() => [] as CustomAdapterConfig[])
      .then((configs) => {
        if (stopped) return;
        custom = configs;
        customKnown = true;
        watcher.repick();
      });
  void reloadCustom();
  onMessage('insertIntoEditor', ({ data }) => watcher.insert({ ticketId: data.ticketId, host: data.host }, data.text, data.mode, data.confirmed));
  onMessage('readTicketNow', () => {
    watcher.readNow(true);
  });
  onMessage('readEditor', () => watcher.readEditor());
  // "Fix how Tandem reads this page": the picker is injected on demand (entrypoints/repair-picker.ts); a saved
  // repair arrives here as a custom config (override).
  onMessage('reloadCustomAdapters', () => reloadCustom());
  ctx.onInvalidated(stop);
  return { ...watcher, stopScript: stop };
}

/** The watcher of a running content script; stopScript also drops its message listeners. */
export type ContentScriptWatcher = TicketWatcher & { stopScript(): void };
