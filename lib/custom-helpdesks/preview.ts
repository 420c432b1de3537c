// The live preview of a custom helpdesk's selectors, run inside the helpdesk tab (entrypoints/custom-preview.ts and
// the repair picker's preview, lib/content/repair.ts): what each selector finds, and the ticket the adapter reads
// with them. Content-safe: code that runs beside a helpdesk page imports no storage module (./store.ts stays out;
// tests/unit/hardening/secrets.test.ts checks the content script's imports).
import { DeepQuery, parsePiercing, whereIs, type WhereStep } from '../../adapters/shared/deep-query';
import { htmlToTextPreservingLines } from '../../adapters/shared/text';
import type { Role, TicketSnapshot } from '../../adapters/types';
import type { UnscriptableReason } from './access';
import { createCustomAdapter, fieldText, messageElements } from './adapter';
import { CUSTOM_SELECTOR_KEYS, PER_MESSAGE_SELECTORS, type CustomAdapterConfig, type CustomSelectorKey } from './config';
import { selectorError } from './validate';

// ---------------------------------------------------------------------------------------------- each selector

export interface SelectorPreview {
  selector: string;
  /** How many elements it matched (in the document; for message parts, inside the first message). */
  count: number;
  firstText?: string;
  /** Where the first match lives when it is not in the document itself: the shadow roots and frames crossed. */
  where?: WhereStep[];
  error?: string;
}

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
export function previewCustomAdapter(config: CustomAdapterConfig, doc: Document): Partial<Record<CustomSelectorKey, SelectorPreview>> {
  const out: Partial<Record<CustomSelectorKey, SelectorPreview>> = {};
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
    const root: ParentNode | null = PER_MESSAGE_SELECTORS.has(key) ? firstMessage : doc;
    // Inside a message: what the reader takes (its own tree first, then its components); elsewhere: the document,
    // then its shadow roots and frames.
    const found = !root ? [] : PER_MESSAGE_SELECTORS.has(key) ? q.all(root, selector) : q.find(root, selector);
    const preview: SelectorPreview = { selector, count: key === 'message' ? messageElements(q, doc, selector).length : found.length };
    if (found[0]) {
      const text = key === 'messageBody' ? htmlToTextPreservingLines(found[0], { childNodes: q.composedChildNodes }) : fieldText(q, found[0]);
      preview.firstText = text.length > 140 ? `${text.slice(0, 139)}…` : text;
      const where = whereIs(found[0]);
      if (where.length) preview.where = where;
    }
    if (PER_MESSAGE_SELECTORS.has(key) && !firstMessage) preview.error = 'no message matched, so this cannot be checked yet';
    else if (!found.length && root) preview.error = piercingDiagnosis(q, root, selector);
    if (!preview.error) delete preview.error;
    out[key] = preview;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------- the ticket read

/** What the custom adapter read from the page, in the few facts the options page shows. */
export interface CustomPreviewSnapshot {
  ticketId: string;
  subject: string;
  requesterName?: string;
  requesterEmail?: string;
  status?: string;
  messageCount: number;
  roles: Partial<Record<Role, number>>;
  internalCount: number;
  /** Text of the first message, shortened. */
  firstMessage?: string;
  missing: string[];
}

export interface CustomPreviewResult {
  url: string;
  title: string;
  selectors: Partial<Record<CustomSelectorKey, SelectorPreview>>;
  /** null: neither the subject nor any message was found, so the adapter sees no ticket. */
  snapshot: CustomPreviewSnapshot | null;
  /** The editable element the adapter would insert into, described ("textarea.reply"), if any. */
  editor: string | null;
  /** The shadow roots and frames the editor sits in, when it is not in the page's own document. */
  editorWhere?: WhereStep[];
}

export type CustomPreviewReply =
  | { ok: true; result: CustomPreviewResult }
  | { ok: false; reason: UnscriptableReason | 'no-access' | 'no-tab' | 'failed'; origin?: string; detail?: string };

export function summariseSnapshot(snapshot: TicketSnapshot): CustomPreviewSnapshot {
  const roles: Partial<Record<Role, number>> = {};
  for (const m of snapshot.messages) roles[m.author.role] = (roles[m.author.role] ?? 0) + 1;
  const first = snapshot.messages[0]?.text;
  return {
    ticketId: snapshot.ticketId,
    subject: snapshot.subject,
    requesterName: snapshot.requester.name,
    requesterEmail: snapshot.requester.email,
    status: snapshot.status,
    messageCount: snapshot.messages.length,
    roles,
    internalCount: snapshot.messages.filter((m) => m.internal).length,
    firstMessage: first && first.length > 140 ? `${first.slice(0, 139)}…` : first,
    missing: snapshot.missing ?? [],
  };
}

function describeElement(el: Element): string {
  const tag = el.tagName.toLowerCase();
  const id = el.id ? `#${el.id}` : '';
  const cls = Array.from(el.classList).slice(0, 2).map((c) => `.${c}`).join('');
  return `${tag}${id}${cls}`;
}

/** Runs inside the helpdesk tab (entrypoints/custom-preview.ts): what each selector finds, and the ticket the
 *  custom adapter reads with them. Never throws: the page is someone else's. */
export function runCustomPreview(config: CustomAdapterConfig, doc: Document, url: string): CustomPreviewResult {
  const result: CustomPreviewResult = { url, title: doc.title, selectors: {}, snapshot: null, editor: null };
  try {
    result.selectors = previewCustomAdapter(config, doc);
  } catch {
    /* leave the selectors empty: the snapshot below may still say something */
  }
  try {
    const adapter = createCustomAdapter(config);
    const snapshot = adapter.readTicket(doc, url);
    result.snapshot = snapshot ? summariseSnapshot(snapshot) : null;
    const editor = config.selectors.editor ? adapter.findEditor(doc) : null;
    result.editor = editor ? describeElement(editor) : null;
    const where = editor ? whereIs(editor) : [];
    if (where.length) result.editorWhere = where;
  } catch {
    /* a partial result is still a result */
  }
  return result;
}
