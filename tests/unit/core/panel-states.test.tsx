// What the panel says about the followed tab's ticket when Tandem cannot keep it (issue 14, items 1 and 8): a
// ticket without an id it can read, and a write that failed (storage full).
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { StoredTicket, TabState } from '../../../lib/db';

let state: { tab?: TabState; ticket?: StoredTicket } = {};
vi.mock('../../../lib/hooks/useFollowedTab', () => ({ useFollowedTab: () => 7 }));
vi.mock('../../../lib/hooks/useTabTicket', () => ({ useTabTicket: () => ({ loading: false, ...state }) }));

const { App } = await import('../../../components/panel/App');
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

function render(): HTMLElement {
  const el = document.createElement('div');
  const root = createRoot(el);
  act(() => root.render(<App />));
  return el;
}

const url = 'https://help.example.com/case';

describe('panel states', () => {
  beforeEach(() => {
    vi.spyOn(chrome.i18n, 'getMessage').mockReturnValue('');
  });

  it('says why a ticket without an id gets nothing stored, drafted or inserted', () => {
    state = { tab: { tabId: 7, status: 'unidentified', unidentified: 'no-id', helpdesk: 'custom', url, updatedAt: 1 } };
    const el = render();
    expect(el.querySelector('[data-testid="ticket-unidentified"]')?.textContent).toMatch(/no ticket number/);
    expect(el.querySelector('[data-testid="draft-reply"]')).toBeNull();
  });

  it('shows a storage error instead of dropping it', () => {
    state = { tab: { tabId: 7, status: 'ticket', ticketKey: 'zendesk:acme.zendesk.com:1', storageError: 'quota', url, updatedAt: 1 } };
    const el = render();
    expect(el.querySelector('[data-testid="storage-error"]')?.textContent).toMatch(/storage in this browser is full/);
  });
});
