// A failure the background reports reaches the panel as a code, and the panel words it in the agent's language
// (issue 18): the drafting service's own failures, the AI's failures it writes into draft and chat rows, an offline
// draft's label, and ToneCheck's "no reply editor" from the content script.
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import type { TicketSnapshot } from '../../../adapters/types';
import { getDb, type StoredTicket } from '../../../lib/db';
import type { DraftActionResult } from '../../../lib/drafts/types';
import type { EditorReadResult } from '../../../lib/messaging';
import { settings as baseSettings } from '../ai/helpers';
import { freshDb } from './helpers';

const replies: { draftsRun?: DraftActionResult; readEditorFromTab?: EditorReadResult } = {};
vi.mock('../../../lib/messaging', () => ({
  sendMessage: vi.fn(async (type: string) => {
    if (type === 'draftsPreview') return { text: '', redactions: [] };
    if (type === 'draftsRun') return replies.draftsRun;
    if (type === 'readEditorFromTab') return replies.readEditorFromTab;
    return undefined;
  }),
}));

const { createDraftService } = await import('../../../lib/drafts/service');
const { watchTicket } = await import('../../../lib/content/watch-ticket');
const { DraftsSection } = await import('../../../components/drafts/DraftsSection');
const { ToneCheck } = await import('../../../components/alerts/ToneCheck');
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

// The agent's browser speaks German for the messages concerned; everything else falls back to English.
const GERMAN: Record<string, string> = {
  actionFail_ticket_not_read: 'Tandem hat dieses Ticket noch nicht gelesen.',
  insertFail_no_editor: 'Kein Antworteditor auf dieser Seite.',
  aiError_key_refused: 'Der API-Schlüssel wurde abgelehnt.',
  aiError_no_api_key_chat: 'Kein API-Schlüssel, die KI kann nicht antworten.',
  offlineWhy_unreachable: 'Die KI war nicht erreichbar.',
  offlineBasis_holding: 'Offline-Entwurf, nur eine Zwischenantwort.',
};

const snapshot: TicketSnapshot = {
  helpdesk: 'zendesk',
  ticketId: '4521',
  host: 'acme.zendesk.com',
  url: 'https://acme.zendesk.com/agent/tickets/4521',
  subject: 'Milk frother wand clogged',
  tags: [],
  requester: { name: 'Chidi Eze' },
  messages: [{ author: { role: 'customer', name: 'Chidi Eze' }, text: 'The wand sputters.' }],
};
const stored: StoredTicket = { key: 'zendesk:acme.zendesk.com:4521', snapshot, firstSeenAt: 1, updatedAt: 1, customerMessageCount: 1 };

let root: Root | undefined;
function render(node: React.ReactNode): HTMLElement {
  const el = document.createElement('div');
  document.body.append(el);
  root = createRoot(el);
  act(() => root!.render(node));
  return el;
}
const byTestId = (el: HTMLElement, id: string) => el.querySelector<HTMLElement>(`[data-testid="${id}"]`);
/** The element once the panel's live queries have rendered it. */
async function shown(el: HTMLElement, selector: string): Promise<HTMLElement> {
  for (let i = 0; i < 200; i++) {
    const found = el.querySelector<HTMLElement>(selector);
    if (found) return found;
    await act(async () => new Promise((r) => setTimeout(r, 10)));
  }
  throw new Error(`${selector} never rendered`);
}

beforeEach(() => {
  vi.spyOn(browser.i18n, 'getMessage').mockImplementation(((name: string) => GERMAN[name] ?? '') as never);
});
afterEach(async () => {
  await getDb().drafts.clear();
  await getDb().chats.clear();
  await getDb().tickets.clear();
  act(() => root?.unmount());
  document.body.innerHTML = '';
  vi.restoreAllMocks();
});

describe('failures reach the panel as codes it translates', () => {
  it("a drafting failure (the ticket is not stored in the worker's database) is shown in the agent's language", async () => {
    // The real service, asked to draft for a ticket its database does not hold.
    const service = createDraftService({ db: freshDb(), loadSettings: async () => baseSettings, getSnippets: async () => [], sleep: async () => {} });
    replies.draftsRun = JSON.parse(JSON.stringify(await service.run({ action: { kind: 'draft', ticketKey: stored.key } }))) as DraftActionResult;
    expect(replies.draftsRun).toMatchObject({ ok: false, code: 'ticket-not-read' });

    const el = render(<DraftsSection ticket={stored} insert={() => {}} onConfirmInsert={() => {}} />);
    await act(async () => byTestId(el, 'draft-reply')!.click());
    expect(byTestId(el, 'drafts-notice')!.textContent).toBe(GERMAN.actionFail_ticket_not_read);
  });

  it("the AI's failure written into a draft row (a refused key) is shown in the agent's language, not the stored English", async () => {
    // The real service and stream writer, writing into the panel's database; the API answers 401.
    const refused: typeof fetch = async () =>
      new Response(JSON.stringify({ type: 'error', error: { type: 'authentication_error', message: 'invalid x-api-key' } }), { status: 401, headers: { 'content-type': 'application/json' } });
    await getDb().tickets.put(stored);
    const service = createDraftService({ db: getDb(), loadSettings: async () => baseSettings, getSnippets: async () => [], sleep: async () => {}, fetch: refused });
    replies.draftsRun = await service.run({ action: { kind: 'draft', ticketKey: stored.key } });
    await service.idle();
    const row = (await getDb().drafts.get(replies.draftsRun.draftId!))!;
    expect(row).toMatchObject({ status: 'error', errorCode: 'key-refused' });
    expect(row.error).toMatch(/API key was refused/); // the English sentence stays for older readers

    const el = render(<DraftsSection ticket={stored} insert={() => {}} onConfirmInsert={() => {}} />);
    expect((await shown(el, '[data-testid="draft-status"][data-status="error"]')).textContent).toBe(GERMAN.aiError_key_refused);
  });

  it("an offline draft's label (the AI could not be reached) is shown in the agent's language", async () => {
    const unreachable: typeof fetch = async () => {
      throw new TypeError('Failed to fetch');
    };
    await getDb().tickets.put(stored);
    const service = createDraftService({ db: getDb(), loadSettings: async () => baseSettings, getSnippets: async () => [], sleep: async () => {}, fetch: unreachable });
    await service.run({ action: { kind: 'draft', ticketKey: stored.key } });
    await service.idle();
    const offline = (await getDb().drafts.toArray()).find((d) => d.kind === 'offline')!;
    expect(offline.offlineLabel).toMatch(/^Could not reach the AI\. Offline draft/);

    const el = render(<DraftsSection ticket={stored} insert={() => {}} onConfirmInsert={() => {}} />);
    expect((await shown(el, '[data-testid="offline-label"]')).textContent).toBe(`${GERMAN.offlineWhy_unreachable} ${GERMAN.offlineBasis_holding}`);
  });

  it("a chat answer's failure (no API key) is shown in the agent's language", async () => {
    await getDb().tickets.put(stored);
    const service = createDraftService({ db: getDb(), loadSettings: async () => ({ ...baseSettings, apiKey: '' }), getSnippets: async () => [], sleep: async () => {} });
    await service.run({ action: { kind: 'chat', ticketKey: stored.key, message: 'Is the wand covered?' } });
    const el = render(<DraftsSection ticket={stored} insert={() => {}} onConfirmInsert={() => {}} />);
    expect((await shown(el, '[data-testid="chat-turn-assistant"] .status.bad')).textContent).toBe(GERMAN.aiError_no_api_key_chat);
  });

  it("ToneCheck's \"no reply editor\" from the content script is shown in the agent's language", async () => {
    // The content script's answer on a page with no helpdesk editor.
    const watcher = watchTicket({ doc: document, win: window, customAdapters: () => [], report: () => {} });
    replies.readEditorFromTab = JSON.parse(JSON.stringify(watcher.readEditor())) as EditorReadResult;
    watcher.stop();
    expect(replies.readEditorFromTab).toMatchObject({ ok: false, code: 'no-editor' });

    const el = render(<ToneCheck tabId={7} ticket={snapshot} />);
    await act(async () => byTestId(el, 'tone-check')!.click());
    expect(byTestId(el, 'tone-result')!.textContent).toBe(GERMAN.insertFail_no_editor);
  });
});
