// The panel's side of the reading health (issue 13, part 5): a low reading is said plainly, with what was and was
// not found; drafting and inserting ask first then; a page whose id disagrees with its URL gets no draft.
import { insertFailure } from '../../../adapters/shared/insert-failure';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { InsertResult, TicketSnapshot } from '../../../adapters/types';
import type { StoredTicket } from '../../../lib/db';

const sent: { type: string; data: unknown }[] = [];
let insertReply: InsertResult = { ok: true };
vi.mock('../../../lib/messaging', () => ({
  sendMessage: vi.fn(async (type: string, data: unknown) => {
    sent.push({ type, data });
    if (type === 'insertIntoTab') return insertReply;
    if (type === 'draftsPreview') return { text: '', redactions: [] };
    if (type === 'draftsRun') return { ok: true };
    return undefined;
  }),
}));

const { TicketCard } = await import('../../../components/panel/TicketCard');
const { DraftsSection } = await import('../../../components/drafts/DraftsSection');
const { useInsert } = await import('../../../lib/hooks/useInsert');
const { useUiStore } = await import('../../../lib/stores/ui');
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

function snapshot(health?: TicketSnapshot['health']): TicketSnapshot {
  return {
    helpdesk: 'zendesk',
    ticketId: '4521',
    host: 'acme.zendesk.com',
    url: 'https://acme.zendesk.com/agent/tickets/4521',
    subject: 'Milk frother wand clogged',
    tags: [],
    requester: { name: 'Chidi Eze' },
    messages: [{ author: { role: 'customer', name: 'Chidi Eze' }, text: 'The wand sputters.' }],
    ...(health ? { health } : {}),
  };
}
const stored = (s: TicketSnapshot): StoredTicket => ({ key: 'zendesk:acme.zendesk.com:4521', snapshot: s, firstSeenAt: 1, updatedAt: 1, customerMessageCount: 1 });
const MISMATCH = { confidence: 'low' as const, reasons: ['id-mismatch-url', 'subject-found', 'customer-message-found'] };
const NO_THREAD = { confidence: 'low' as const, reasons: ['no-thread', 'id-matches-url', 'subject-found'] };

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
  // No extension runtime here: t() falls back to the English messages.
  vi.spyOn(chrome.i18n, 'getMessage').mockReturnValue('');
  sent.length = 0;
  useUiStore.setState({ lastInsert: null, awaitingConfirmation: null });
});
afterEach(() => {
  act(() => root?.unmount());
  document.body.innerHTML = '';
});

describe('TicketCard', () => {
  it('says plainly when the reading is low: what looks wrong and what was found', () => {
    const el = render(<TicketCard ticket={snapshot(MISMATCH)} />);
    const line = byTestId(el, 'reading-health')!;
    expect(line.getAttribute('role')).toBe('alert');
    expect(line.textContent).toContain('Tandem may have read this page wrong');
    expect(line.textContent).toContain('The ticket number on the page does not match the page address');
    expect(line.textContent).toContain('Found: subject, a customer message');
  });

  it('lists every problem in words', () => {
    const el = render(<TicketCard ticket={snapshot({ confidence: 'low', reasons: ['no-thread', 'thread-by-layout', 'subject-missing'] })} />);
    const items = Array.from(byTestId(el, 'reading-health')!.querySelectorAll('li')).map((li) => li.textContent);
    expect(items).toEqual([
      'No messages were found on the page.',
      "This page's markup has changed: who wrote each message was read from its layout. Check the roles.",
      'No subject was found.',
    ]);
  });

  it('says when the helpdesk has not rendered the whole thread, on a high reading too', () => {
    const el = render(<TicketCard ticket={snapshot({ confidence: 'high', reasons: ['id-matches-url', 'subject-found', 'thread-partial'] })} />);
    expect(byTestId(el, 'reading-health')).toBeNull();
    expect(byTestId(el, 'reading-partial')!.textContent).toContain('has not shown this whole conversation');
    act(() => root?.unmount());
    const low = render(<TicketCard ticket={snapshot({ confidence: 'low', reasons: ['subject-missing', 'thread-partial'] })} />);
    expect(byTestId(byTestId(low, 'reading-health')!, 'reading-partial')).not.toBeNull();
    act(() => root?.unmount());
    expect(byTestId(render(<TicketCard ticket={snapshot({ confidence: 'high', reasons: ['subject-found'] })} />), 'reading-partial')).toBeNull();
  });

  it('a ticket with no subject (an untitled chat) is headed by its opening customer line, for display only', () => {
    const chat: TicketSnapshot = {
      ...snapshot(),
      subject: '',
      messages: [
        { author: { role: 'agent', name: 'Sam' }, text: 'Hi! How can we help?' },
        { author: { role: 'customer', name: 'Chidi Eze' }, text: 'The wand sputters.\nIt started today.' },
      ],
    };
    expect(byTestId(render(<TicketCard ticket={chat} />), 'ticket-subject')!.textContent).toBe('The wand sputters.');
    act(() => root?.unmount());
    expect(byTestId(render(<TicketCard ticket={{ ...chat, messages: [] }} />), 'ticket-subject')!.textContent).toBe('—');
  });

  it('says nothing when the reading is high (or unknown)', () => {
    expect(byTestId(render(<TicketCard ticket={snapshot({ confidence: 'high', reasons: ['subject-found'] })} />), 'reading-health')).toBeNull();
    expect(byTestId(render(<TicketCard ticket={snapshot()} />), 'reading-health')).toBeNull();
  });
});

describe('DraftsSection', () => {
  const click = (el: HTMLElement | null) => act(() => el!.click());
  const runs = () => sent.filter((m) => m.type === 'draftsRun');

  it('asks first on a low reading, and drafts once the agent says so', async () => {
    const el = render(<DraftsSection ticket={stored(snapshot(NO_THREAD))} insert={() => {}} onConfirmInsert={() => {}} />);
    click(byTestId(el, 'draft-reply'));
    expect(byTestId(el, 'reading-confirm')?.textContent).toContain('Draft from what it read anyway?');
    expect(runs()).toEqual([]);
    await act(async () => byTestId(el, 'reading-confirm')!.querySelector<HTMLButtonElement>('button.primary')!.click());
    expect(runs()).toEqual([{ type: 'draftsRun', data: expect.objectContaining({ action: { kind: 'draft', ticketKey: 'zendesk:acme.zendesk.com:4521' } }) }]);
  });

  it('drafts at once on a high reading', async () => {
    const el = render(<DraftsSection ticket={stored(snapshot({ confidence: 'high', reasons: [] }))} insert={() => {}} onConfirmInsert={() => {}} />);
    await act(async () => byTestId(el, 'draft-reply')!.click());
    expect(byTestId(el, 'reading-confirm')).toBeNull();
    expect(runs().length).toBe(1);
  });

  it('refuses to draft when the page disagrees with its URL', () => {
    const el = render(<DraftsSection ticket={stored(snapshot(MISMATCH))} insert={() => {}} onConfirmInsert={() => {}} />);
    expect((byTestId(el, 'draft-reply') as HTMLButtonElement).disabled).toBe(true);
    expect((byTestId(el, 'handoff-summary') as HTMLButtonElement).disabled).toBe(true);
    expect(byTestId(el, 'drafts-refused')?.textContent).toContain('does not match its address');
    expect(runs()).toEqual([]);
  });
});

describe('useInsert on a low reading', () => {
  let insert: ReturnType<typeof useInsert>['insert'];
  let confirm: () => void;
  const writeText = vi.fn(async () => {});
  beforeEach(() => {
    writeText.mockClear();
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    function Probe() {
      ({ insert, confirm } = useInsert(7));
      return null;
    }
    render(<Probe />);
  });
  const ticket = snapshot();

  it('waits for the agent to confirm the reading, then sends it confirmed', async () => {
    insertReply = { ok: false, code: 'reading-low', reason: 'needs-confirmation' };
    await act(async () => insert('Hi Chidi', ticket));
    expect(useUiStore.getState().awaitingConfirmation).toMatchObject({ text: 'Hi Chidi', ask: 'reading' });
    expect(writeText).not.toHaveBeenCalled();
    insertReply = { ok: true, via: 'test' };
    await act(async () => confirm());
    const last = sent.filter((m) => m.type === 'insertIntoTab').at(-1)!.data as Record<string, unknown>;
    expect(last).toMatchObject({ text: 'Hi Chidi', readingConfirmed: true, confirmed: false });
    expect(last).not.toHaveProperty('ask');
    expect(useUiStore.getState().lastInsert?.status).toBe('done');
  });

  it('offers no clipboard copy when the page disagrees with its URL', async () => {
    insertReply = insertFailure('id-mismatch');
    await act(async () => insert('Hi Chidi', ticket));
    expect(writeText).not.toHaveBeenCalled();
    expect(useUiStore.getState().lastInsert?.message).toContain('does not match its address');
    expect(useUiStore.getState().lastInsert?.status).toBe('failed');
  });
});
