// The custom adapter: an admin describes any other helpdesk with CSS selectors (options page or managed
// policy), and this turns that description into a HelpdeskAdapter. Selectors come from people, so everything
// here expects them to be wrong: invalid selectors are reported by the validator (./validate.ts) and ignored
// (never thrown) while reading, and ./preview.ts shows what each selector finds on a live page.
// Selectors reach into open shadow roots and same-origin frames (adapters/shared/deep-query.ts): automatically
// when a selector finds nothing in the document, and explicitly with `host >>> inner`.
// Content-safe (the content script bundles it through adapters/custom.ts): no storage, no extension API.
import type { HelpdeskAdapter, InsertMode, InsertOptions, TicketSnapshot } from '../../adapters/types';
import { emailIn, findEmail, nameWithoutEmail, uniqueStrings, valueOrText } from '../../adapters/shared/dom';
import { DeepQuery, composedParent, type NestedRoot } from '../../adapters/shared/deep-query';
import { isRendered } from '../../adapters/editor/inspect';
import { insertWith } from '../../adapters/shared/insert';
import { urlMatchesPatterns } from '../../adapters/shared/match-pattern';
import { finishSnapshot, neverThrow, readMessages, sameName } from '../../adapters/shared/read';
import { readStructuralMessages, structuralThreadIfShort } from '../../adapters/shared/structure';
import { htmlToTextPreservingLines, inlineText } from '../../adapters/shared/text';
import type { CustomAdapterConfig } from './config';

// ---------------------------------------------------------------------------------------------- reading

const all = (q: DeepQuery, root: ParentNode, selector: string | undefined): Element[] => (selector ? q.find(root, selector) : []);
const first = (q: DeepQuery, root: ParentNode, selector: string | undefined): Element | null => (selector ? q.first(root, selector) : null);

/** Message elements, outermost only: `.message` matching both a wrapper and its bubble counts once. */
export function messageElements(q: DeepQuery, doc: Document, selector: string): Element[] {
  const found = all(q, doc, selector);
  const set = new Set(found);
  // (all in one tree, as usual: no message can sit across a boundary from another)
  const root = found[0]?.getRootNode();
  const up = found.every((el) => el.getRootNode() === root) ? (el: Element) => el.parentElement : composedParent;
  return found.filter((el) => {
    for (let p = up(el); p; p = up(p)) if (set.has(p)) return false;
    return true;
  });
}

/** Where the reader's bulk queries run: the messages' nearest common container, within their shadow root or
 *  document; the whole document when they are spread over several. */
function threadScopeOf(elements: Element[], doc: Document): ParentNode {
  const root = elements[0].getRootNode() as ParentNode & Node;
  if (elements.some((el) => el.getRootNode() !== root)) return doc;
  let scope: Element | null = elements[0].parentElement;
  const last = elements[elements.length - 1];
  while (scope && !scope.contains(last)) scope = scope.parentElement;
  return scope ?? root;
}

/** Text of a field; an element that draws its text in its own shadow root (a web component) is read through it. */
export function fieldText(q: DeepQuery, el: Element | null | undefined): string {
  if (!el) return '';
  if (!el.shadowRoot) return valueOrText(el);
  return htmlToTextPreservingLines(el, { childNodes: q.composedChildNodes, stripQuotes: false }).replace(/\s+/g, ' ').trim();
}

/** The id in the URL: the last path segment with a digit in it, else an id-like query parameter. */
export function ticketIdFromUrl(url: string): string | undefined {
  try {
    const u = new URL(url);
    const segments = u.pathname.split('/').filter(Boolean).reverse();
    const seg = segments.find((s) => /\d/.test(s) && /^[\w-]{1,64}$/.test(s));
    if (seg) return seg;
    for (const key of ['id', 'ticket', 'ticketId', 'ticket_id', 'conversation', 'case']) {
      const v = u.searchParams.get(key);
      if (v) return v;
    }
    const hash = /(\d{2,})/.exec(u.hash);
    return hash?.[1];
  } catch {
    return undefined;
  }
}

function readTags(q: DeepQuery, doc: Document, selector: string | undefined): { found: boolean; tags: string[] } {
  const els = all(q, doc, selector);
  if (!els.length) return { found: false, tags: [] };
  // One container with the tags as children, or one element per tag, or "a, b, c" in one element.
  if (els.length === 1 && els[0].children.length > 1) {
    return { found: true, tags: uniqueStrings(Array.from(els[0].children).map((c) => inlineText(c))) };
  }
  const texts = els.flatMap((e) => fieldText(q, e).split(/(?<!\s)\s*[,;]\s*/));
  return { found: true, tags: uniqueStrings(texts) };
}

/** Whether a message shows one of the phrases outside its body (in its header: "Comments added", "Internal
 *  note"), where the helpdesk labels it. The body is left out: a customer writing those words is not a note. */
function showsPhrase(q: DeepQuery, el: Element, phrases: string[], bodySelector: string): boolean {
  const body = first(q, el, bodySelector);
  const walker = el.ownerDocument.createTreeWalker(el, 4 /* NodeFilter.SHOW_TEXT */);
  let text = '';
  for (let node = walker.nextNode(); node && text.length < 2000; node = walker.nextNode()) {
    if (body?.contains(node)) continue;
    text += ` ${node.nodeValue ?? ''}`;
  }
  text = text.replace(/\s+/g, ' ').toLowerCase();
  return phrases.some((w) => text.includes(w));
}

/** "#12: Printer on fire" or "Update ticket #12: Printer on fire" (a reply page's title) -> "Printer on fire". */
function subjectWithoutTicketPrefix(subject: string, ticketId: string): string {
  if (!ticketId) return subject;
  const mark = `#${ticketId}:`;
  const at = subject.indexOf(mark);
  return at >= 0 && at <= 40 && subject.length > at + mark.length ? subject.slice(at + mark.length).trim() : subject;
}

function readCustomTicket(config: CustomAdapterConfig, q: DeepQuery, doc: Document, url: string): TicketSnapshot | null {
  const s = config.selectors;
  const subjectEl = first(q, doc, s.subject);
  const messageEls = messageElements(q, doc, s.message);
  if (!subjectEl && !messageEls.length) return null;

  const requesterEl = first(q, doc, s.requester);
  const requesterText = fieldText(q, requesterEl);
  const idText = fieldText(q, first(q, doc, s.ticketId));
  const ticketId = (/(?<![A-Za-z])[A-Za-z]*-?\d[\w-]*/.exec(idText.replace(/^#/, ''))?.[0] ?? idText) || ticketIdFromUrl(url) || '';
  const tags = readTags(q, doc, s.tags);
  const list = (sel: string | undefined) => (sel ? [sel] : []);
  const phrases = config.internalPhrases?.length ? config.internalPhrases.map((w) => w.toLowerCase()) : undefined;
  const requesterName = nameWithoutEmail(requesterText) || undefined;
  const requesterAddress = findEmail(requesterEl) ?? emailIn(requesterText);
  const requesterEmail = requesterAddress?.toLowerCase();
  // No requester on the page (a reply form): nobody can be told apart, so nobody is called an agent.
  const isRequester = (name: string, email: string | undefined) =>
    (!requesterName && !requesterEmail) || (!!email && email === requesterEmail) || sameName(name, requesterName);
  // The message selector matched nothing on a ticket page, or far fewer messages than it shows: find the thread by
  // its structure, as the built-in adapters do (a redesign renamed the admin's classes). Not for an agent's repair
  // laid over a built-in (layer 'override'): it reads only what the agent picked, and the built-in under it has its
  // own structural fallback, so a guess from the repair never replaces the built-in's named read of the thread.
  const structural = config.layer === 'override' ? null : structuralThreadIfShort(messageEls.length, doc);
  const messages = structural ? readStructuralMessages(structural.blocks, requesterName) : !messageEls.length ? [] : readMessages(messageEls, {
    author: list(s.messageAuthor),
    body: [s.messageBody],
    time: list(s.messageTime),
    bodyFallbackToMessage: true,
    authorEmail: true,
    id: (el) => el.getAttribute('data-id') ?? (el.getAttribute('id') || undefined),
    markers: {
      internal: { selectors: list(s.internalMessage), where: 'any' },
      agent: { selectors: list(s.agentMessage), where: 'any' },
    },
    classify: (el, name, markers, _found, authorEmail) => {
      const internal = markers.has('internal') || (!!phrases && showsPhrase(q, el, phrases, s.messageBody));
      if (internal) return { role: 'agent', internal: true };
      if (markers.has('agent')) return { role: 'agent' };
      // With an agent selector, what it does not mark is the customer's. Without one, the requester tells:
      // a message by the requester (name or e-mail) is the customer's, one by anybody else named is an agent's
      // (an agent's reply must never be scored or answered as the customer's words).
      if (s.agentMessage || !name) return { role: 'customer' };
      return { role: isRequester(name, authorEmail?.toLowerCase()) ? 'customer' : 'agent' };
    },
    query: q,
  }, threadScopeOf(messageEls, doc));
  const requester = { name: requesterName, email: requesterAddress };
  return finishSnapshot(
    {
      helpdesk: config.id,
      ticketId,
      url,
      subject: subjectWithoutTicketPrefix(fieldText(q, subjectEl), ticketId),
      status: fieldText(q, first(q, doc, s.status)) || undefined,
      priority: fieldText(q, first(q, doc, s.priority)) || undefined,
      tags: tags.tags,
      requester,
      messages,
    },
    { tags: tags.found },
  );
}

const EDITABLE = 'textarea, [contenteditable="true"], [contenteditable=""], input[type="text"], iframe';

function findCustomEditor(config: CustomAdapterConfig, q: DeepQuery, doc: Document): HTMLElement | null {
  // From a list ("the rich editor's frame, or the plain textarea"), the first the agent can see: an editor that
  // replaces a textarea hides it, and text put there is lost when the form is submitted.
  const el = (all(q, doc, config.selectors.editor).find(isRendered) as HTMLElement | undefined) ?? null;
  if (!el) return null;
  // Admins often point at the editor's wrapper (or a web component drawing it in its shadow root): take the
  // editable element inside it.
  const editable = el.matches(EDITABLE) || el.isContentEditable ? el : (q.first(el, EDITABLE) as HTMLElement | null);
  return editable ?? el;
}

export function createCustomAdapter(config: CustomAdapterConfig): HelpdeskAdapter {
  const rootsByDoc = new WeakMap<Document, NestedRoot[]>();
  const findEditor = (doc: Document) => {
    try {
      return findCustomEditor(config, new DeepQuery(), doc);
    } catch {
      return null;
    }
  };
  const readTicket = neverThrow((doc: Document, url: string) => {
    const q = new DeepQuery();
    try {
      return readCustomTicket(config, q, doc, url);
    } finally {
      rootsByDoc.set(doc, q.roots);
    }
  });
  return {
    id: config.id,
    detect: (url: string) => urlMatchesPatterns(url, config.urlPatterns ?? []),
    readTicket,
    findEditor,
    insert: (doc: Document, text: string, mode: InsertMode, options?: InsertOptions) => insertWith(findEditor, doc, text, mode, options),
    watchRoots: (doc: Document) => rootsByDoc.get(doc) ?? [],
  };
}

