// The drafting service: drafts, refinements, co-work chat and summaries for a ticket, streamed from Claude into
// IndexedDB. It runs in the background only (the API key is read there and never leaves it). The side panel never
// waits for a stream: `run` returns as soon as the row exists, and the panel watches the row with a live query, so
// a draft keeps streaming when the panel closes and is there when it reopens.
//
// Every input (database, settings, snippets, network state, fetch, clock) is a parameter, so tests hand in a
// fake-indexeddb database and the local mock API.
//
// Shared state (issue 18 item 3), owned by one DraftRuns object (runs.ts) that this service creates:
// - running: the streams in flight by row id. Written by the stream starters (draft and chat, via track) and by
//   their end; read by busy/stop/idle, by oneAfterAnother (a first draft's stream counts as its chain) and by
//   recoverInterrupted (a row whose stream runs in this worker is not left over from a killed one).
// - chains: per draft, the end of the last action asked for it; only oneAfterAnother touches it.
// - keep-alive handle: started with the first tracked stream, stopped after the last (track only).
// - draining: drainQueue's guard against a second drain running the same jobs twice.
// Everything else lives in IndexedDB (drafts, chats, queue, toolCalls) and is read fresh by each action.
// The units it composes, each testable alone with its own test beside it: runs.ts (that state), stream.ts (one
// answer streamed into a row, with the tool-use loop), versions.ts, queue.ts (the offline queue), recovery.ts
// (rows a killed worker left streaming), chat.ts (the chat exchange), origin.ts (a row's origin and its prompt),
// offline-draft.ts, preview.ts (the send preview) and labels.ts (labels as codes the panel translates). What
// stays here: setting up the draft rows of each action (new, refine, regenerate/continue, restore) and routing
// requests to the units.
import type { TicketSnapshot } from '../../adapters/types';
import type { Refinement } from '../ai/prompts';
import { AiError, type AiSettings, type KbSnippet } from '../ai/types';
import type { StoredTicket, TandemDB, TicketKey } from '../db';
import { createRedactor } from '../privacy/redact';
import { capText, MAX_REFINE_INPUT_CHARS } from '../limits';
import { getSnippetsForTicket } from './snippets';
import { codedFields, streamInto, type StreamDeps } from './stream';
import { NO_ERROR_CODE } from '../ai/error-codes';
import { createDraftRuns } from './runs';
import { bringBackPreviousVersion, restorePatch, versionOf, versionsKeepingCurrent } from './versions';
import { drainQueuedJobs, enqueueAction } from './queue';
import { recoverInterruptedRows } from './recovery';
import { previewAction } from './preview';
import { promptFor } from './origin';
import { writeOfflineDraft, type OfflineDraftDeps } from './offline-draft';
import { instructionFields, queuedFields, refinementCode, type LabelCode } from './labels';
import { answerQueuedChat, chat, type ChatDeps } from './chat';
import type { DraftActionRequest, DraftActionResult, DraftRow, RowOrigin, SendPreview } from './types';
import { readsAnotherTicket } from '../ticket-identity';
import { actionFailure, codedError, failureOf } from '../action-failure';

/** What the service needs; the stream's own options (throttle, retry, timeouts, tools, audit) are the stream
 *  writer's (stream.ts), passed on as they are. */
export interface DraftServiceDeps extends Omit<StreamDeps, 'db' | 'now' | 'newId' | 'fetch'> {
  db: TandemDB;
  /** AI settings with the API key, read for every request (so a changed key applies at once). */
  loadSettings(): Promise<AiSettings>;
  /** Knowledge snippets for grounding; default: the provider set with setSnippetProvider (none until then). */
  getSnippets?(ticket: TicketSnapshot): Promise<KbSnippet[]>;
  /** The worker's own view of the network (navigator.onLine in the background). */
  isOnline?(): boolean;
  fetch?: typeof fetch;
  now?(): number;
  newId?(): string;
  /** Keep the MV3 service worker alive while any stream runs: called when the first stream starts; the
   *  function it returns is called when the last one ends. */
  keepAlive?(): () => void;
}

export type { RowOrigin } from './types';

export { QUEUE_JOB_KIND } from './queue';

export interface DraftService {
  /** Start an action. Resolves once its row exists (streaming goes on in the background). */
  run(request: DraftActionRequest): Promise<DraftActionResult>;
  /** Exactly what the action would send, without sending it. */
  preview(request: DraftActionRequest): Promise<SendPreview>;
  /** Stop a streaming draft or chat answer; the partial text is kept as incomplete. */
  stop(id: string): boolean;
  /** Run the requests queued while offline (in order). Returns how many were started. */
  drainQueue(online?: boolean): Promise<number>;
  /** Rows left 'streaming' by a worker that was killed: mark them incomplete. Call once at worker start. */
  recoverInterrupted(): Promise<number>;
  /** Resolves when no stream is running (tests, benchmarks). */
  idle(): Promise<void>;
}

/** A row queued while offline: its note (English, and as a code the panel words). */
const OFFLINE_NOTE = { error: 'You are offline. This will run when the network returns.', ...NO_ERROR_CODE, errorCode: 'offline' } as const;

export function createDraftService(deps: DraftServiceDeps): DraftService {
  const { db } = deps;
  const now = deps.now ?? Date.now;
  const newId = deps.newId ?? (() => crypto.randomUUID());
  const getSnippets = deps.getSnippets ?? getSnippetsForTicket;
  // The shared mutable state (streams in flight, per-draft chains, keep-alive, draining): see runs.ts.
  const runs = createDraftRuns(deps.keepAlive);
  const { running, track, busy, oneAfterAnother } = runs;

  const workerOnline = () => (deps.isOnline ? deps.isOnline() : true);

  async function loadTicket(key: TicketKey): Promise<StoredTicket> {
    const stored = await db.tickets.get(key);
    if (!stored) throw codedError(new AiError('bad_request', 'Tandem has not read this ticket yet. Reload the helpdesk tab and try again.'), 'ticket-not-read');
    if (readsAnotherTicket(stored.snapshot)) {
      throw codedError(
        new AiError('bad_request', 'The helpdesk page shows another ticket than its address names, so Tandem cannot tell which ticket this is for. Nothing was drafted or sent.'),
        'id-mismatch',
      );
    }
    return stored;
  }

  // The stream writer (stream.ts) gets the service's inputs with the defaults filled in.
  const streamDeps: StreamDeps = { ...deps, now, newId };
  const offlineDeps: OfflineDraftDeps = { db, now, newId, getSnippets };
  const chatDeps: ChatDeps = { db, now, newId, loadSettings: deps.loadSettings, loadTicket, getSnippets, track, stream: streamDeps };

  // ------------------------------------------------------------------ drafts (reply, refine, summary)

  /** Stream an AI answer into draft `id` (which exists). On a failure with no text, the previous version returns. */
  function startDraftStream(id: string, origin: RowOrigin, ticket: StoredTicket, settings: AiSettings, opts: { prefillFrom?: string } = {}): void {
    const controller = new AbortController();
    const work = (async () => {
      const redactor = settings.redact ? createRedactor() : undefined;
      const built = await promptFor(getSnippets, origin, ticket.snapshot, settings, redactor);
      // Continue: the text so far goes back redacted with this prompt's placeholders, as the answer's start.
      const partial = opts.prefillFrom ? capText(opts.prefillFrom, MAX_REFINE_INPUT_CHARS) : '';
      const prefill = partial ? (redactor ? redactor.redact(partial).text : partial).trimEnd() : '';
      // Drafts and summaries may look facts up (issue 16); a refinement works on the text it has.
      const tooling = origin.kind === 'refine' ? undefined : { ticketKey: ticket.key, rowId: id, keepNarration: false };
      const result = await streamInto(streamDeps, { write: (patch) => db.drafts.update(id, patch) }, built, settings, controller.signal, prefill, tooling);
      if (result.failed && !opts.prefillFrom) await bringBackPreviousVersion(db, id);
      if (result.failed?.kind === 'network' || result.failed?.kind === 'timeout') await queueAfterNetworkFailure(id, origin, result.failed);
    })();
    track(id, controller, work);
  }

  /** Could not reach the API: a fresh draft request also gets the offline draft, and is queued for later. */
  async function queueAfterNetworkFailure(id: string, origin: RowOrigin, error: AiError): Promise<void> {
    const row = await db.drafts.get(id);
    if (!row || origin.kind !== 'draft' || row.text) return;
    await db.drafts.update(id, { status: 'queued', ...queuedFields({ code: 'draft' }), error: `${error.message} The draft will be written when the connection is back.`, ...codedFields(error, { errorNote: 'queued-until-online' }) });
    await enqueueAction(db, now, { kind: 'regenerate', draftId: id });
    const ticket = await db.tickets.get(row.ticketKey);
    if (ticket) await writeOfflineDraft(offlineDeps, ticket, (await deps.loadSettings()).agentName, 'unreachable');
  }

  async function newDraftRow(ticket: StoredTicket, kind: DraftRow['kind'], origin: RowOrigin, label: LabelCode, extra: Partial<DraftRow> = {}): Promise<string> {
    const id = newId();
    const t = now();
    const row: DraftRow = {
      id,
      ticketKey: ticket.key,
      kind,
      text: '',
      versions: [],
      status: 'streaming',
      basedOnCustomerMessages: ticket.customerMessageCount,
      ...instructionFields(label),
      origin,
      createdAt: t,
      updatedAt: t,
      ...extra,
    };
    await db.drafts.add(row);
    return id;
  }

  async function startNew(ticketKey: TicketKey, origin: RowOrigin, online: boolean): Promise<DraftActionResult> {
    const ticket = await loadTicket(ticketKey);
    const settings = await deps.loadSettings();
    const kind = origin.kind === 'summary' ? 'summary' : 'reply';
    const label: LabelCode = origin.kind === 'summary' ? { code: 'summary', purpose: origin.purpose } : { code: 'draft' };
    const extra: Partial<DraftRow> = origin.kind === 'summary' ? { purpose: origin.purpose } : {};
    if (!settings.apiKey) {
      if (origin.kind === 'draft') {
        const id = await writeOfflineDraft(offlineDeps, ticket, settings.agentName, 'no-api-key');
        return { ok: true, draftId: id, mode: 'offline' };
      }
      const id = await newDraftRow(ticket, kind, origin, label, { ...extra, status: 'error', errorKind: 'auth', error: 'No API key is set. Add your Anthropic API key in Tandem settings (or ask your admin).', errorCode: 'no-api-key-set' });
      return { ...actionFailure('no-api-key'), draftId: id };
    }
    if (!online) {
      const id = await newDraftRow(ticket, kind, origin, label, { ...extra, status: 'queued', ...queuedFields(label), ...OFFLINE_NOTE });
      await enqueueAction(db, now, { kind: 'regenerate', draftId: id });
      if (origin.kind === 'draft') {
        const offlineId = await writeOfflineDraft(offlineDeps, ticket, settings.agentName, 'offline');
        return { ok: true, draftId: offlineId, mode: 'offline' };
      }
      return { ok: true, draftId: id, mode: 'queued' };
    }
    const id = await newDraftRow(ticket, kind, origin, label, extra);
    startDraftStream(id, origin, ticket, settings);
    return { ok: true, draftId: id, mode: 'ai' };
  }

  async function loadDraft(id: string): Promise<DraftRow> {
    const row = await db.drafts.get(id);
    if (!row) throw codedError(new AiError('bad_request', 'That draft no longer exists.'), 'draft-gone');
    return row;
  }

  async function refine(draftId: string, refinement: Refinement, online: boolean): Promise<DraftActionResult> {
    const row = await loadDraft(draftId);
    if (busy(draftId)) return busy(draftId)!;
    if (!row.text.trim()) return { ...actionFailure('nothing-to-refine'), draftId };
    const ticket = await loadTicket(row.ticketKey);
    const settings = await deps.loadSettings();
    if (!settings.apiKey) return { ...actionFailure('refine-needs-key'), draftId };
    const origin: RowOrigin = { kind: 'refine', refinement, sourceText: row.text };
    const label = refinementCode(refinement);
    const patch: Partial<DraftRow> = {
      versions: [...row.versions, versionOf(row)],
      text: '',
      redactedText: undefined,
      citations: undefined,
      ...instructionFields(label),
      origin,
      kind: row.kind === 'offline' ? 'reply' : row.kind,
      offlineLabel: undefined,
      basedOnCustomerMessages: ticket.customerMessageCount,
      error: undefined,
      ...NO_ERROR_CODE,
      errorKind: undefined,
      updatedAt: now(),
    };
    if (!online) {
      // Keep the text on screen while waiting; the refinement runs on it when the network returns.
      await db.drafts.update(draftId, { ...queuedFields(label), status: 'queued', ...OFFLINE_NOTE });
      await enqueueAction(db, now, { kind: 'refine', draftId, refinement });
      return { ok: true, draftId, mode: 'queued' };
    }
    await db.drafts.update(draftId, { ...patch, status: 'streaming', queuedAction: undefined, queuedActionCode: undefined });
    startDraftStream(draftId, origin, ticket, settings);
    return { ok: true, draftId, mode: 'ai' };
  }

  async function regenerateOrContinue(draftId: string, mode: 'regenerate' | 'continue', online: boolean): Promise<DraftActionResult> {
    const row = await loadDraft(draftId);
    if (busy(draftId)) return busy(draftId)!;
    if (row.kind === 'offline' || !row.origin) {
      return { ...actionFailure('offline-draft'), draftId };
    }
    const ticket = await loadTicket(row.ticketKey);
    const settings = await deps.loadSettings();
    if (!settings.apiKey) return { ...actionFailure('no-api-key'), draftId };
    if (!online) {
      await db.drafts.update(draftId, { status: 'queued', ...queuedFields({ code: mode }), ...OFFLINE_NOTE });
      await enqueueAction(db, now, { kind: mode, draftId });
      return { ok: true, draftId, mode: 'queued' };
    }
    const base: Partial<DraftRow> = { status: 'streaming', retryAt: undefined, error: undefined, ...NO_ERROR_CODE, errorKind: undefined, queuedAction: undefined, queuedActionCode: undefined, updatedAt: now() };
    if (mode === 'continue' && row.text.trim()) {
      await db.drafts.update(draftId, base);
      startDraftStream(draftId, row.origin, ticket, settings, { prefillFrom: row.text });
    } else {
      // The text being replaced stays as a version (if there was any).
      const versions = versionsKeepingCurrent(row);
      await db.drafts.update(draftId, { ...base, versions, text: '', redactedText: undefined, citations: undefined, truncated: undefined, basedOnCustomerMessages: ticket.customerMessageCount });
      startDraftStream(draftId, row.origin, ticket, settings);
    }
    return { ok: true, draftId, mode: 'ai' };
  }

  async function restoreVersion(draftId: string, index: number): Promise<DraftActionResult> {
    if (busy(draftId)) return busy(draftId)!;
    const row = await loadDraft(draftId);
    const patch = restorePatch(row, index, now());
    if (!patch) return { ...actionFailure('version-gone'), draftId };
    await db.drafts.update(draftId, patch);
    return { ok: true, draftId, mode: 'local' };
  }

  // ------------------------------------------------------------------ entry points

  async function run(request: DraftActionRequest): Promise<DraftActionResult> {
    const online = (request.online ?? true) && workerOnline();
    const action = request.action;
    try {
      switch (action.kind) {
        case 'draft':
          return await startNew(action.ticketKey, { kind: 'draft', guidance: action.guidance }, online);
        case 'summary':
          return await startNew(action.ticketKey, { kind: 'summary', purpose: action.purpose }, online);
        case 'refine':
          return await oneAfterAnother(action.draftId, () => refine(action.draftId, action.refinement, online));
        case 'continue':
        case 'regenerate':
          return await oneAfterAnother(action.draftId, () => regenerateOrContinue(action.draftId, action.kind, online));
        case 'restore':
          return await oneAfterAnother(action.draftId, () => restoreVersion(action.draftId, action.versionIndex));
        case 'chat':
          return await chat(chatDeps, action.ticketKey, action.message, action.starter, online);
      }
    } catch (err) {
      return failureOf(err);
    }
  }

  const preview = (request: DraftActionRequest) => previewAction({ db, loadSettings: deps.loadSettings, loadTicket, loadDraft, getSnippets, tools: deps.tools }, request);

  async function drainQueue(online = true): Promise<number> {
    if (!online || !workerOnline()) return 0;
    return drainQueuedJobs({ db, state: runs, run, answerQueuedChat: (userId) => answerQueuedChat(chatDeps, userId) });
  }

  async function recoverInterrupted(): Promise<number> {
    return recoverInterruptedRows(db, running, now);
  }

  return { run, preview, stop: runs.stop, drainQueue, recoverInterrupted, idle: runs.idle };
}
