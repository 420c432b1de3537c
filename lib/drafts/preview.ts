// The send preview: exactly what an action would send (system prompt, messages, model, the tools it would offer),
// with the redactions the agent sees and a note when nothing is sent; built without sending anything.
import type { TicketSnapshot } from '../../adapters/types';
import { buildChatPrompt, previewRequest, type BuiltPrompt } from '../ai/prompts';
import type { AiSettings, KbSnippet } from '../ai/types';
import type { StoredTicket, TandemDB, TicketKey } from '../db';
import type { ToolsProvider } from '../connectors/provider';
import { createRedactor } from '../privacy/redact';
import { capText, MAX_REFINE_INPUT_CHARS } from '../limits';
import { chatHistory } from './chat';
import { promptFor } from './origin';
import { openTools } from './stream';
import { previewNoteMessageName, type DraftActionRequest, type DraftRow, type PreviewNoteCode, type RowOrigin, type SendPreview } from './types';
import { browserSentence } from '../action-failure';

export interface PreviewDeps {
  db: TandemDB;
  loadSettings(): Promise<AiSettings>;
  loadTicket(key: TicketKey): Promise<StoredTicket>;
  /** The draft row, or a throw in words for the agent when it is gone. */
  loadDraft(id: string): Promise<DraftRow>;
  getSnippets(ticket: TicketSnapshot): Promise<KbSnippet[]>;
  tools?: ToolsProvider;
}

/** A note as its code (the panel translates it) and the browser's sentence for it (the code without an i18n). */
const noteOf = (code: PreviewNoteCode) => ({ note: browserSentence(previewNoteMessageName(code)) || code, noteCode: code });

export async function previewAction(deps: PreviewDeps, request: DraftActionRequest): Promise<SendPreview> {
  const { action } = request;
  const settings = await deps.loadSettings();
  const note = settings.apiKey ? undefined : noteOf('no-api-key');
  let built: BuiltPrompt;
  let prefill = '';
  if (action.kind === 'restore') return { text: '', redactions: [], ...noteOf('restore') };
  if (action.kind === 'draft' || action.kind === 'summary') {
    const ticket = await deps.loadTicket(action.ticketKey);
    const origin: RowOrigin = action.kind === 'draft' ? { kind: 'draft', guidance: action.guidance } : { kind: 'summary', purpose: action.purpose };
    built = await promptFor(deps.getSnippets, origin, ticket.snapshot, settings);
  } else if (action.kind === 'chat') {
    const ticket = await deps.loadTicket(action.ticketKey);
    const snippets = await deps.getSnippets(ticket.snapshot);
    const history = await chatHistory(deps.db, ticket.key, Infinity);
    built = buildChatPrompt({ ticket: ticket.snapshot, snippets, history, message: action.message || '(your message)', settings });
  } else {
    const row = await deps.loadDraft(action.draftId);
    const ticket = await deps.loadTicket(row.ticketKey);
    const origin: RowOrigin | undefined =
      action.kind === 'refine' ? { kind: 'refine', refinement: action.refinement, sourceText: row.text } : row.origin;
    if (!origin) return { text: '', redactions: [], ...noteOf('offline-draft') };
    const redactor = settings.redact ? createRedactor() : undefined;
    built = await promptFor(deps.getSnippets, origin, ticket.snapshot, settings, redactor);
    const partial = capText(row.text, MAX_REFINE_INPUT_CHARS);
    if (action.kind === 'continue' && partial.trim()) prefill = (redactor ? redactor.redact(partial).text : partial).trimEnd();
  }
  const p = previewRequest(built, settings);
  let text = prefill ? `${p.text}\n\n── Assistant (the answer so far, to be continued) ──\n${prefill}` : p.text;
  // The tools this request would offer (issue 16): names and descriptions leave too; results come back redacted.
  if (deps.tools && (action.kind === 'draft' || action.kind === 'summary' || action.kind === 'chat' || action.kind === 'regenerate')) {
    text += `\n\n${await describeTools(deps.tools!)}`;
  }
  return { text, redactions: p.redactions, ...note };
}

/** The tools a request would offer, in words for the preview (names and descriptions are sent too). */
export async function describeTools(tools: ToolsProvider): Promise<string> {
  const session = await openTools(tools, new AbortController().signal);
  if (!session) return '── Tools offered ──\n(none: no connector is set up)';
  try {
    const lines = session.toolbox.tools.map((x) => `- ${x.apiName} (${x.connectorName}; ${x.readOnly ? 'read-only' : 'may change data: runs only after you approve'}): ${x.description.slice(0, 160)}`);
    return [
      `── Tools offered (${lines.length}; autonomy: ${session.autonomy}) ──`,
      ...lines,
      ...session.problems.map((problem) => `(not offered: ${problem})`),
      'Tool results go back with personal data redacted, with the same placeholders as above.',
    ].join('\n');
  } finally {
    await session.toolbox.close();
  }
}
