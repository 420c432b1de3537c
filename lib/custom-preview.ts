// The live preview of a custom helpdesk's selectors, run inside the helpdesk tab (entrypoints/custom-preview.ts and
// the repair picker's preview, lib/content/repair.ts). Kept apart from lib/custom-helpdesks.ts, which holds the agent's
// stored configs: code that runs beside a helpdesk page must import no storage module (tests/unit/hardening).
import { createCustomAdapter, previewCustomAdapter, type CustomAdapterConfig, type SelectorPreview } from '../adapters/custom';
import { whereIs, type WhereStep } from '../adapters/shared/deep-query';
import type { Role, TicketSnapshot } from '../adapters/types';
import type { CustomSelectorKey, UnscriptableReason } from './custom-helpdesks';

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
