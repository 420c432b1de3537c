// Rows and requests of the drafting service. DraftRow and ChatRow are the one definition of a row of the `drafts`
// and `chats` tables: lib/db types the tables with them (its schema indexes id, ticketKey, updatedAt / at; Dexie
// stores whole objects, so a field added here needs no schema version).
import type { TicketKey } from '../db';
import type { CitationSource } from '../ai/citations';
import type { RedactionEntry } from '../privacy/redact';
import type { Refinement } from '../ai/prompts';
import type { LabelCode } from './labels';
import type { ActionFailureCode, MessageName } from '../action-failure';
import type { OfflineBasisCode, OfflineWhyCode, RowErrorFields } from '../ai/error-codes';
import type { ToolProblem } from '../connectors/tool-errors';

export type DraftKind = 'reply' | 'summary' | 'offline';

export interface DraftVersion {
  /** Restored text (real values), what the agent saw and can insert. */
  text: string;
  /** The model's text with placeholders, as it left/arrived (absent for offline drafts: nothing was sent). */
  redactedText?: string;
  at: number;
  /** What produced this version: 'Draft', 'Friendlier', a free instruction, 'Restored version 2'. */
  instruction?: string;
  /** The same as a code the panel translates (absent on versions from before the codes). */
  instructionCode?: LabelCode;
  citations?: CitationSource[];
}

/** Which prompt produced a row: enough to regenerate or continue it (lib/drafts/origin.ts builds it again). */
export type RowOrigin =
  | { kind: 'draft'; guidance?: string }
  | { kind: 'refine'; refinement: Refinement; sourceText: string }
  | { kind: 'summary'; purpose: SummaryPurpose };

/** A row of the `drafts` table. `error` is the English sentence; errorCode/errorParams (and errorNote) the same as
 *  codes the panel words (absent on rows from before the codes: `error` is shown). */
export interface DraftRow extends RowErrorFields {
  id: string;
  ticketKey: TicketKey;
  kind: DraftKind;
  /** The current text; every earlier text is kept in versions. */
  text: string;
  status: 'streaming' | 'done' | 'incomplete' | 'error' | 'queued';
  error?: string;
  /** Customer message count of the ticket the draft was written for. */
  basedOnCustomerMessages: number;
  citations?: CitationSource[];
  createdAt: number;
  updatedAt: number;
  /** When the panel last showed this draft's current text (the insert shortcut asks first when it was not). */
  shownAt?: number;
  /** What produced the row (absent on offline drafts and rows from before it was kept). */
  origin?: RowOrigin;
  /** The model's text with placeholders still in (what finishOutput calls redactedText). */
  redactedText?: string;
  versions: DraftVersion[];
  /** What produced the current text (shown beside it, and copied into versions). */
  instruction?: string;
  /** The same as a code the panel translates (absent on rows from before the codes: instruction is shown). */
  instructionCode?: LabelCode;
  /** While waiting out a 429/529: when the next attempt starts (epoch ms); the panel counts down to it. */
  retryAt?: number;
  /** Which failure: 'auth', 'rate_limited', 'cut', 'network', ... (AiErrorKind) or 'interrupted'. */
  errorKind?: string;
  /** Offline drafts: the honest label shown above the text (English). */
  offlineLabel?: string;
  /** The same as codes the panel translates: why the AI was not asked, what the draft was built from. */
  offlineLabelCode?: { why: OfflineWhyCode; basis: OfflineBasisCode };
  /** Queued while offline: what will run when the network returns. */
  queuedAction?: string;
  /** The same as a code the panel translates (absent on rows from before the codes). */
  queuedActionCode?: LabelCode;
  /** 'handoff' | 'resolution' for summaries. */
  purpose?: SummaryPurpose;
  /** The model stopped at max_tokens: the text is complete as far as the API goes but may end abruptly. */
  truncated?: boolean;
  /** Connectors whose tools could not be offered to this request, and why (issue 16). */
  toolNote?: string;
  /** The same, one part per connector, with codes the panel translates (absent on rows from before the codes). */
  toolNoteParts?: ToolProblem[];
  /** Checkpoint autonomy: the answer waits here (an approval id) for the agent to look at the facts and go on. */
  checkpoint?: string;
}

/** A row of the `chats` table: one turn of the co-work chat (its error as on drafts). */
export interface ChatRow extends RowErrorFields {
  id: string;
  ticketKey: TicketKey;
  role: 'user' | 'assistant';
  text: string;
  status?: 'streaming' | 'done' | 'incomplete' | 'error';
  at: number;
  /** Written by the stream writer with each patch, as on drafts. */
  updatedAt?: number;
  /** The model stopped at max_tokens (as on drafts). */
  truncated?: boolean;
  redactedText?: string;
  error?: string;
  errorKind?: string;
  retryAt?: number;
  /** A user turn sent while offline: the answer comes when the network returns. */
  queued?: boolean;
  citations?: CitationSource[];
  /** Which starter template the agent used, if any. */
  starter?: string;
  /** Connectors whose tools could not be offered to this request, and why (issue 16). */
  toolNote?: string;
  /** The same, one part per connector, with codes the panel translates (absent on rows from before the codes). */
  toolNoteParts?: ToolProblem[];
  /** Checkpoint autonomy: the answer waits here (an approval id) for the agent to look at the facts and go on. */
  checkpoint?: string;
}

export type SummaryPurpose = 'handoff' | 'resolution';

/** Everything the panel can ask the drafting service to do. */
export type DraftAction =
  /** guidance: the approach the agent picked (e.g. from an alert: de-escalate, holding response). */
  | { kind: 'draft'; ticketKey: TicketKey; guidance?: string }
  | { kind: 'refine'; draftId: string; refinement: Refinement }
  | { kind: 'continue'; draftId: string }
  | { kind: 'regenerate'; draftId: string }
  | { kind: 'summary'; ticketKey: TicketKey; purpose: SummaryPurpose }
  | { kind: 'chat'; ticketKey: TicketKey; message: string; starter?: string }
  | { kind: 'restore'; draftId: string; versionIndex: number };

export interface DraftActionRequest {
  action: DraftAction;
  /** The panel's navigator.onLine: the agent's view of the network (the worker's may lag or differ). */
  online?: boolean;
}

export interface DraftActionResult {
  ok: boolean;
  /** The draft row written or updated (draft/refine/continue/regenerate/summary/restore). */
  draftId?: string;
  /** The assistant chat row (chat). */
  chatId?: string;
  /** 'ai': streaming from the API; 'offline': an offline draft was built; 'queued': will run when online. */
  mode?: 'ai' | 'offline' | 'queued' | 'local';
  /** Plain words for the agent when ok is false (in the browser's language; see `code`). */
  message?: string;
  /** Why it failed, as a code the panel translates (lib/action-failure.ts); absent from older callers. */
  code?: ActionFailureCode;
  params?: string[];
}

export interface SendPreview {
  /** Readable text of exactly what would be sent (system prompt, messages, model, redaction count). */
  text: string;
  /** Placeholders and the values they hide (shown to the agent only; never sent). */
  redactions: RedactionEntry[];
  /** Nothing would be sent (no API key / restore): why, in the browser's language (see `noteCode`). */
  note?: string;
  /** The same as a code the panel translates (`previewNote_<code>` in public/_locales). */
  noteCode?: PreviewNoteCode;
}

/** Why a preview sends nothing: no API key (an offline draft instead), a restore, an offline draft's own row. */
export const PREVIEW_NOTE_CODES = ['no-api-key', 'restore', 'offline-draft'] as const;
export type PreviewNoteCode = (typeof PREVIEW_NOTE_CODES)[number];

/** Its locale message: 'no-api-key' -> 'previewNote_no_api_key'. */
export const previewNoteMessageName = (code: PreviewNoteCode): MessageName => `previewNote_${code.replaceAll('-', '_')}` as MessageName;
