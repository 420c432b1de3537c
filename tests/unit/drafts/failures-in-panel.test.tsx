// A failure the background reports reaches the panel as a code, and the panel words it in the agent's language
// (issue 18): the drafting service's own failures, and ToneCheck's "no reply editor" from the content script.
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import type { TicketSnapshot } from '../../../adapters/types';
import type { StoredTicket } from '../../../lib/db';
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

// The agent's browser speaks German for the two messages concerned; everything else falls back to English.
const GERMAN: Record<string, string> = {
  actionFail_ticket_not_read: 'Tandem hat dieses Ticket noch nicht gelesen.',
  insertFail_no_editor: 'Kein Antworteditor auf dieser Seite.',
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

beforeEach(() => {
  vi.spyOn(browser.i18n, 'getMessage').mockImplementation(((name: string) => GERMAN[name] ?? '') as never);
});
afterEach(() => {
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
