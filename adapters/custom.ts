// The custom adapter: an admin describes any other helpdesk with CSS selectors (options page or managed
// policy), and this turns that description into a HelpdeskAdapter. Selectors come from people, so everything
// here expects them to be wrong: invalid selectors are reported by validateCustomAdapterConfig and ignored
// (never thrown) while reading, and previewCustomAdapter shows what each selector finds on a live page.
// Selectors reach into open shadow roots and same-origin frames (adapters/shared/deep-query.ts): automatically
// when a selector finds nothing in the document, and explicitly with `host >>> inner`.
import type { HelpdeskAdapter, InsertMode, InsertOptions, TicketSnapshot } from './types';
import { emailIn, findEmail, nameWithoutEmail, uniqueStrings, valueOrText } from './shared/dom';
import { DeepQuery, composedParent, parsePiercing, piercingSelectorError, whereIs, type NestedRoot, type WhereStep } from './shared/deep-query';
import { isRendered } from './editor/insert';
import { insertWith } from './shared/insert';
import { checkMatchPattern, urlMatchesPatterns } from './shared/match-pattern';
import { finishSnapshot, neverThrow, readMessages, sameName } from './shared/read';
import { readStructuralMessages, structuralThreadIfShort } from './shared/structure';
import { htmlToTextPreservingLines, inlineText } from './shared/text';

export interface CustomAdapterConfig {
  id: string;
  name: string;
  /** Match patterns, as in a manifest: "https://support.example.com/tickets/*". */
  urlPatterns: string[];
  selectors: {
    ticketId?: string;
    subject: string;
    requester?: string;
    status?: string;
    priority?: string;
    tags?: string;
    message: string;
    messageAuthor?: string;
    messageBody: string;
    messageTime?: string;
    /** selector matched against a message: it is internal */
    internalMessage?: string;
    /** selector matched against a message: it is by an agent */
    agentMessage?: string;
    editor: string;
  };
  /** Words a page shows on its internal notes, outside the message body (Request Tracker: "Comments added"), for
   *  helpdesks whose internal notes carry no class or attribute a selector could name. Matched case-insensitively. */
  internalPhrases?: string[];
  /** 'override': the agent's repair of one host ("Fix how Tandem reads this page"): layered over the built-in
   *  adapter that detects the page, which still gives what the override leaves out (adapters/index.ts). */
  layer?: 'override';
}

type SelectorKey = keyof CustomAdapterConfig['selectors'];
const REQUIRED_SELECTORS: SelectorKey[] = ['subject', 'message', 'messageBody', 'editor'];
const OPTIONAL_SELECTORS: SelectorKey[] = [
  'ticketId', 'requester', 'status', 'priority', 'tags', 'messageAuthor', 'messageTime', 'internalMessage', 'agentMessage',
];
export const CUSTOM_SELECTOR_KEYS: SelectorKey[] = [...REQUIRED_SELECTORS, ...OPTIONAL_SELECTORS];

// ---------------------------------------------------------------------------------------------- URL matching

export { urlMatchesPatterns };

// ---------------------------------------------------------------------------------------------- validation

/** Syntax check of a selector: CSS, with `>>>` between parts that are each CSS (`hh-app >>> .timeline`: inside
 *  hh-app's shadow root, or an iframe's document). Each part goes through the browser's own parser when there is a
 *  DOM (options page, content script), else a structural check (service worker, which has no document). */
export function selectorError(selector: string): string | null {
  if (typeof selector !== 'string' || !selector.trim()) return 'is empty';
  return piercingSelectorError(selector.trim(), cssSelectorError);
}

function cssSelectorError(selector: string): string | null {
  const doc = (globalThis as { document?: Document }).document;
  if (doc && typeof doc.createDocumentFragment === 'function') {
    try {
      doc.createDocumentFragment().querySelector(selector);
      return null;
    } catch {
      return 'is not a valid CSS selector';
    }
  }
  let depth = 0;
  let quote: string | null = null;
  for (const ch of selector) {
    if (quote) {
      if (ch === quote) quote = null;
    } else if (ch === '"' || ch === "'") quote = ch;
    else if (ch === '[' || ch === '(') depth++;
    else if (ch === ']' || ch === ')') depth--;
    if (depth < 0) return 'is not a valid CSS selector';
  }
  return depth === 0 && !quote && !/^[>+~,]|[>+~,]\s*$/.test(selector.trim()) ? null : 'is not a valid CSS selector';
}

/** A config is accepted when it can read something: a bad match pattern is dropped alone, with its reason in
 *  `warnings`, and the rest applies (an on-prem pattern one browser cannot take must not sink the config). */
export function validateCustomAdapterConfig(
  x: unknown,
  { strict = false }: { strict?: boolean } = {},
): { ok: true; config: CustomAdapterConfig; warnings: string[] } | { ok: false; errors: string[] } {
  const errors: string[] = [];
  const warnings: string[] = [];
  const urlPatterns: string[] = [];
  if (!x || typeof x !== 'object') return { ok: false, errors: ['config must be an object'] };
  const c = x as Record<string, unknown>;
  if (typeof c.id !== 'string' || !/^[a-z0-9][a-z0-9_-]{0,63}$/i.test(c.id)) errors.push('id must be 1-64 letters, digits, "-" or "_"');
  else if (['zendesk', 'intercom', 'freshdesk'].includes(c.id.toLowerCase())) errors.push(`id "${c.id}" is taken by a built-in adapter`);
  if (typeof c.name !== 'string' || !c.name.trim()) errors.push('name is required');
  const patternErrorsAt = errors.length;
  if (!Array.isArray(c.urlPatterns) || c.urlPatterns.length === 0) errors.push('urlPatterns must list at least one match pattern');
  else {
    c.urlPatterns.forEach((p, i) => {
      if (typeof p !== 'string') return warnings.push(`urlPatterns[${i}] must be a string`);
      const checked = checkMatchPattern(p);
      if (checked.ok) urlPatterns.push(checked.pattern);
      else warnings.push(`urlPatterns[${i}] "${p}" is not a valid match pattern (${checked.reason})`);
    });
  }
  if (c.internalPhrases !== undefined) {
    if (!Array.isArray(c.internalPhrases) || c.internalPhrases.some((w) => typeof w !== 'string' || !w.trim() || w.length > 100)) {
      errors.push('internalPhrases must be a list of words or phrases (each 1-100 characters)');
    }
  }
  const sel = c.selectors as Record<string, unknown> | undefined;
  if (!sel || typeof sel !== 'object') errors.push('selectors is required');
  else {
    for (const key of REQUIRED_SELECTORS) {
      if (typeof sel[key] !== 'string' || !(sel[key] as string).trim()) errors.push(`selectors.${key} is required`);
      else {
        const err = selectorError(sel[key] as string);
        if (err) errors.push(`selectors.${key} "${sel[key]}" ${err}`);
      }
    }
    for (const key of OPTIONAL_SELECTORS) {
      if (sel[key] === undefined || sel[key] === '') continue;
      if (typeof sel[key] !== 'string') errors.push(`selectors.${key} must be a string`);
      else {
        const err = selectorError(sel[key] as string);
        if (err) errors.push(`selectors.${key} "${sel[key]}" ${err}`);
      }
    }
    for (const key of Object.keys(sel)) if (!CUSTOM_SELECTOR_KEYS.includes(key as SelectorKey)) errors.push(`selectors.${key} is not a known selector`);
  }
  // A bad pattern is an error when the config fails anyway (every problem at once), when none is left, and where
  // a person is typing the config (strict: the options form, a pasted import), who should fix it rather than have
  // it dropped behind their back. Otherwise (policy) it is dropped alone, with its reason in `warnings`.
  if (warnings.length && (errors.length || strict || !urlPatterns.length)) errors.splice(patternErrorsAt, 0, ...warnings.splice(0));
  if (errors.length) return { ok: false, errors };
  const selectors = {} as CustomAdapterConfig['selectors'];
  for (const key of CUSTOM_SELECTOR_KEYS) {
    const v = (sel as Record<string, unknown>)[key];
    if (typeof v === 'string' && v.trim()) (selectors as Record<string, string>)[key] = v.trim();
  }
  const config: CustomAdapterConfig = { id: c.id as string, name: (c.name as string).trim(), urlPatterns, selectors };
  const phrases = (c.internalPhrases as string[] | undefined)?.map((w) => w.trim()).filter(Boolean);
  if (phrases?.length) config.internalPhrases = phrases;
  if (c.layer === 'override') config.layer = 'override';
  return { ok: true, config, warnings };
}

// ---------------------------------------------------------------------------------------------- reading

const all = (q: DeepQuery, root: ParentNode, selector: string | undefined): Element[] => (selector ? q.find(root, selector) : []);
const first = (q: DeepQuery, root: ParentNode, selector: string | undefined): Element | null => (selector ? q.first(root, selector) : null);

/** Message elements, outermost only: `.message` matching both a wrapper and its bubble counts once. */
function messageElements(q: DeepQuery, doc: Document, selector: string): Element[] {
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
function fieldText(q: DeepQuery, el: Element | null | undefined): string {
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
  const requesterEmail = (findEmail(requesterEl) ?? emailIn(requesterText))?.toLowerCase();
  // No requester on the page (a reply form): nobody can be told apart, so nobody is called an agent.
  const isRequester = (name: string, email: string | undefined) =>
    (!requesterName && !requesterEmail) || (!!email && email === requesterEmail) || sameName(name, requesterName);
  // The message selector matched nothing on a ticket page, or far fewer messages than it shows: find the thread by its structure, as the built-in
  // adapters do (a redesign renamed the admin's classes).
  const structural = structuralThreadIfShort(messageEls.length, doc);
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
  const requester = { name: nameWithoutEmail(requesterText) || undefined, email: findEmail(requesterEl) ?? emailIn(requesterText) };
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

// ---------------------------------------------------------------------------------------------- live preview

export interface SelectorPreview {
  selector: string;
  /** How many elements it matched (in the document; for message parts, inside the first message). */
  count: number;
  firstText?: string;
  /** Where the first match lives when it is not in the document itself: the shadow roots and frames crossed. */
  where?: WhereStep[];
  error?: string;
}

const PER_MESSAGE = new Set<SelectorKey>(['messageAuthor', 'messageBody', 'messageTime']);

/** Why a `a >>> b` selector finds nothing: the first part that comes up empty. */
function piercingDiagnosis(q: DeepQuery, root: ParentNode, selector: string): string | undefined {
  const alternatives = parsePiercing(selector);
  if (!alternatives || alternatives.length !== 1) return undefined;
  const parts = alternatives[0];
  for (let i = 1; i < parts.length; i++) {
    const prefix = parts.slice(0, i).join(' >>> ');
    const n = q.find(root, prefix).length;
    if (!n) return i === 1 ? `nothing matches "${prefix}"` : `nothing matches "${prefix}" (the part before "${parts[i]}")`;
    if (!q.find(root, `${prefix} >>> ${parts[i]}`).length) {
      return `"${parts[i - 1]}" found ${n}, but nothing inside ${n === 1 ? 'it' : 'them'} (shadow root, frame or subtree) matches "${parts[i]}"`;
    }
  }
  return undefined;
}

/** What each selector finds on a page, for the options page's live preview while an admin edits them. */
export function previewCustomAdapter(config: CustomAdapterConfig, doc: Document): Partial<Record<SelectorKey, SelectorPreview>> {
  const out: Partial<Record<SelectorKey, SelectorPreview>> = {};
  const s = config.selectors ?? ({} as CustomAdapterConfig['selectors']);
  const q = new DeepQuery();
  const messageOk = !!s.message && !selectorError(s.message);
  const firstMessage = messageOk ? (messageElements(q, doc, s.message)[0] ?? null) : null;
  for (const key of CUSTOM_SELECTOR_KEYS) {
    const selector = s[key];
    if (!selector) continue;
    const err = selectorError(selector);
    if (err) {
      out[key] = { selector, count: 0, error: `${selector} ${err}` };
      continue;
    }
    const root: ParentNode | null = PER_MESSAGE.has(key) ? firstMessage : doc;
    // Inside a message: what the reader takes (its own tree first, then its components); elsewhere: the document,
    // then its shadow roots and frames.
    const found = !root ? [] : PER_MESSAGE.has(key) ? q.all(root, selector) : q.find(root, selector);
    const preview: SelectorPreview = { selector, count: key === 'message' ? messageElements(q, doc, selector).length : found.length };
    if (found[0]) {
      const text = key === 'messageBody' ? htmlToTextPreservingLines(found[0], { childNodes: q.composedChildNodes }) : fieldText(q, found[0]);
      preview.firstText = text.length > 140 ? `${text.slice(0, 139)}…` : text;
      const where = whereIs(found[0]);
      if (where.length) preview.where = where;
    }
    if (PER_MESSAGE.has(key) && !firstMessage) preview.error = 'no message matched, so this cannot be checked yet';
    else if (!found.length && root) preview.error = piercingDiagnosis(q, root, selector);
    if (!preview.error) delete preview.error;
    out[key] = preview;
  }
  return out;
}
