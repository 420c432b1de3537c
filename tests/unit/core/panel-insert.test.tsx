// The panel's side of inserting (issue 14, item 6): when the helpdesk tab refuses text because another ticket is
// on screen, the panel must not copy that text to the clipboard and invite the agent to paste it there.
import { insertFailure } from '../../../adapters/shared/insert-failure';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { InsertResult } from '../../../adapters/types';

const sent: unknown[] = [];
let reply: InsertResult = { ok: true };
vi.mock('../../../lib/messaging', () => ({
  sendMessage: vi.fn(async (_type: string, data: unknown) => {
    sent.push(data);
    return reply;
  }),
}));

const { useInsert } = await import('../../../lib/hooks/useInsert');
const { useUiStore } = await import('../../../lib/stores/ui');

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const ticket = { ticketId: '4521', host: 'acme.zendesk.com', url: 'https://acme.zendesk.com/agent/tickets/4521' };

describe('useInsert', () => {
  let root: Root;
  let insert: ReturnType<typeof useInsert>['insert'];
  const writeText = vi.fn(async () => {});

  beforeEach(() => {
    // No extension runtime here: t() falls back to the English messages.
    vi.spyOn(chrome.i18n, 'getMessage').mockReturnValue('');
    sent.length = 0;
    writeText.mockClear();
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    useUiStore.setState({ lastInsert: null, awaitingConfirmation: null });
    function Probe() {
      insert = useInsert(7).insert;
      return null;
    }
    root = createRoot(document.createElement('div'));
    act(() => root.render(<Probe />));
  });
  afterEach(() => act(() => root.unmount()));

  it('sends the ticket’s id and account host with the text', async () => {
    reply = { ok: true, via: 'test' };
    await act(async () => insert('Hi Maria', ticket));
    expect(sent).toEqual([expect.objectContaining({ tabId: 7, ticketId: '4521', host: 'acme.zendesk.com', text: 'Hi Maria' })]);
  });

  it('offers no clipboard copy when the tab shows another ticket', async () => {
    reply = insertFailure('wrong-ticket', '4521 (globex.zendesk.com)', '4521 (acme.zendesk.com)');
    await act(async () => insert('Hi Maria, your card ending 4242…', ticket));
    expect(writeText).not.toHaveBeenCalled();
    const last = useUiStore.getState().lastInsert;
    expect(last?.status).toBe('failed');
    expect(last?.message).toBe('This tab now shows ticket 4521 (globex.zendesk.com); the text was written for ticket 4521 (acme.zendesk.com). Nothing was inserted.');
    expect(last?.message).not.toMatch(/clipboard|paste/i);
  });

  it('offers no clipboard copy when no ticket id can be read', async () => {
    reply = { ok: false, code: 'no-ticket-id', reason: 'Tandem cannot tell which ticket this tab shows.' };
    await act(async () => insert('Hi', ticket));
    expect(writeText).not.toHaveBeenCalled();
  });

  it('still offers the clipboard when the editor itself could not take the text', async () => {
    reply = { ok: false, reason: 'The editor is read-only.' };
    await act(async () => insert('Hi', ticket));
    expect(writeText).toHaveBeenCalledWith('Hi');
    expect(useUiStore.getState().lastInsert?.message).toMatch(/clipboard/);
  });
});
