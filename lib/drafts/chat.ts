// The chat exchange (co-work chat about a ticket): a user turn and the assistant row its answer streams into,
// strictly after every earlier turn; offline, the user turn is kept and its answer queued; the history sent with
// a message leaves out failed answers. Its inputs (db, clock, ids, the ticket and settings loaders, the shared
// runs' track, the stream writer's inputs) are parameters, so it can be tested alone.
import type { TicketSnapshot } from '../../adapters/types';
import { buildChatPrompt } from '../ai/prompts';
import type { AiSettings, ChatTurn, KbSnippet } from '../ai/types';
import type { StoredTicket, TandemDB, TicketKey } from '../db';
import { enqueueChatAnswer } from './queue';
import type { DraftRuns } from './runs';
import { streamInto, type StreamDeps } from './stream';
import type { ChatRow, DraftActionResult } from './types';
import { actionFailure } from '../action-failure';

export interface ChatDeps {
  db: TandemDB;
  now(): number;
  newId(): string;
  loadSettings(): Promise<AiSettings>;
  /** The stored ticket, or a throw in words for the agent (not read yet, or the page shows another ticket). */
  loadTicket(key: TicketKey): Promise<StoredTicket>;
  getSnippets(ticket: TicketSnapshot): Promise<KbSnippet[]>;
  track: DraftRuns['track'];
  stream: StreamDeps;
}

export async function chatHistory(db: TandemDB, ticketKey: TicketKey, before: number): Promise<ChatTurn[]> {
  const rows = await db.chats.where('ticketKey').equals(ticketKey).sortBy('at');
  return rows
    .filter((r) => r.at < before && r.text.trim() && !(r.role === 'assistant' && r.status === 'error'))
    .map((r) => ({ role: r.role, content: r.text }));
}

function startChatStream(deps: ChatDeps, assistantId: string, userRow: ChatRow, ticket: StoredTicket, settings: AiSettings): void {
  const controller = new AbortController();
  const work = (async () => {
    const snippets = await deps.getSnippets(ticket.snapshot);
    const history = await chatHistory(deps.db, ticket.key, userRow.at);
    const built = buildChatPrompt({ ticket: ticket.snapshot, snippets, history, message: userRow.text, settings });
    await streamInto(deps.stream, { write: (patch) => deps.db.chats.update(assistantId, patch) }, built, settings, controller.signal, '', { ticketKey: ticket.key, rowId: assistantId, keepNarration: true });
  })();
  deps.track(assistantId, controller, work);
}

async function addAssistantRow(deps: ChatDeps, ticketKey: TicketKey, after: number, extra: Partial<ChatRow> = {}): Promise<string> {
  const id = deps.newId();
  const row: ChatRow = { id, ticketKey, role: 'assistant', text: '', status: 'streaming', at: after + 1, ...extra };
  await deps.db.chats.add(row);
  return id;
}

export async function chat(deps: ChatDeps, ticketKey: TicketKey, message: string, starter: string | undefined, online: boolean): Promise<DraftActionResult> {
  const text = message.trim();
  if (!text) return actionFailure('empty-chat');
  const ticket = await deps.loadTicket(ticketKey);
  const settings = await deps.loadSettings();
  // Strictly after every earlier turn (the assistant row of the last exchange sits at its user turn + 1).
  const earlier = await deps.db.chats.where('ticketKey').equals(ticketKey).sortBy('at');
  const at = Math.max(deps.now(), (earlier[earlier.length - 1]?.at ?? 0) + 1);
  const userRow: ChatRow = { id: deps.newId(), ticketKey, role: 'user', text, status: 'done', at, ...(starter ? { starter } : {}) };
  if (!settings.apiKey) {
    await deps.db.chats.add(userRow);
    const id = await addAssistantRow(deps, ticketKey, at, { status: 'error', errorKind: 'auth', error: 'No API key is set, so the AI cannot answer. Add your Anthropic API key in Tandem settings.', errorCode: 'no-api-key-chat' });
    return { ...actionFailure('no-api-key'), chatId: id };
  }
  if (!online) {
    const queuedRow: ChatRow = { ...userRow, queued: true };
    await deps.db.chats.add(queuedRow);
    await enqueueChatAnswer(deps.db, deps.now, userRow.id);
    return { ok: true, chatId: userRow.id, mode: 'queued' };
  }
  await deps.db.chats.add(userRow);
  const id = await addAssistantRow(deps, ticketKey, at);
  startChatStream(deps, id, userRow, ticket, settings);
  return { ok: true, chatId: id, mode: 'ai' };
}

export async function answerQueuedChat(deps: ChatDeps, userId: string): Promise<void> {
  const userRow = await deps.db.chats.get(userId);
  if (!userRow) return;
  await deps.db.chats.update(userId, { queued: undefined });
  const ticket = await deps.loadTicket(userRow.ticketKey);
  const settings = await deps.loadSettings();
  const id = await addAssistantRow(deps, userRow.ticketKey, userRow.at);
  if (!settings.apiKey) {
    await deps.db.chats.update(id, { status: 'error', errorKind: 'auth', error: 'No API key is set. Add your Anthropic API key in Tandem settings.', errorCode: 'no-api-key-chat' });
    return;
  }
  startChatStream(deps, id, userRow, ticket, settings);
}
