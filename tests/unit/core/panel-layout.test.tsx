// The panel's layout for a narrow side panel (issue 17): the reply's actions come before knowledge, the prototype
// greeting button is gone, Intercom's priority flag reads as a flag, sections fold and remember it, and the
// keyboard shortcuts press the panel's own buttons only when the agent is not typing.
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { StoredTicket, TabState } from '../../../lib/db';

const snapshot = {
  helpdesk: 'intercom', ticketId: '215', host: 'app.intercom.com', url: 'https://app.intercom.com/a/inbox/x/inbox/conversation/215',
  subject: "Can't log in — 2FA codes never arrive", status: 'Open', priority: 'priority', tags: [],
  requester: { name: 'Aroha Ngata', email: 'aroha@example.com' },
  messages: [{ author: { name: 'Aroha Ngata', role: 'customer' as const }, text: 'The codes never arrive.' }],
};
const state: { tab?: TabState; ticket?: StoredTicket } = {
  tab: { tabId: 7, status: 'ticket', ticketKey: 'intercom:app.intercom.com:215', url: snapshot.url, updatedAt: 1 } as TabState,
  ticket: { key: 'intercom:app.intercom.com:215', snapshot, firstSeenAt: 1, updatedAt: 1, customerMessageCount: 1 } as unknown as StoredTicket,
};
vi.mock('../../../lib/hooks/useFollowedTab', () => ({ useFollowedTab: () => 7 }));
vi.mock('../../../lib/hooks/useTabTicket', () => ({ useTabTicket: () => ({ loading: false, ...state }) }));
vi.mock('../../../lib/messaging', () => ({ sendMessage: vi.fn(async () => ({ ok: true })) }));

const { App } = await import('../../../components/panel/App');
const { useUiStore } = await import('../../../lib/stores/ui');
const { shortcutFor } = await import('../../../components/panel/shortcuts');
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const roots: Root[] = [];
function render(): HTMLElement {
  const el = document.createElement('div');
  document.body.append(el);
  const root = createRoot(el);
  roots.push(root);
  act(() => root.render(<App />));
  return el;
}
const q = (el: HTMLElement, id: string) => el.querySelector<HTMLElement>(`[data-testid="${id}"]`);

describe('panel layout', () => {
  beforeEach(() => {
    vi.spyOn(chrome.i18n, 'getMessage').mockReturnValue('');
    localStorage.clear();
    useUiStore.setState({ openSections: {} });
    document.body.innerHTML = '';
  });
  afterEach(() => {
    for (const root of roots.splice(0)) act(() => root.unmount());
  });

  it('puts the reply actions before knowledge, with no prototype greeting button', () => {
    const el = render();
    const draft = q(el, 'draft-reply')!;
    expect(draft).not.toBeNull();
    expect(q(el, 'ask-ai')).not.toBeNull();
    expect(q(el, 'handoff-summary')).not.toBeNull();
    expect(q(el, 'insert-greeting')).toBeNull();
    const snippets = q(el, 'snippets')!;
    expect(draft.compareDocumentPosition(snippets) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it("shows Intercom's priority flag as a flag, never as “Priority: priority”", () => {
    const el = render();
    const card = q(el, 'ticket-card')!;
    expect(q(el, 'ticket-priority')?.textContent).toBe('★ Priority');
    expect(card.textContent).not.toMatch(/Priority:?\s*priority/);
  });

  it('folds a section and remembers it for the next panel', () => {
    const el = render();
    const toggle = q(el, 'section-knowledge')!;
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    act(() => toggle.click());
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(q(el, 'snippet-search')!.closest('[hidden]')).not.toBeNull();
    expect(JSON.parse(localStorage.getItem('tandem.openSections')!)).toEqual({ knowledge: false });
    // A new panel reads what was remembered.
    useUiStore.setState({ openSections: JSON.parse(localStorage.getItem('tandem.openSections')!) });
    const again = render();
    expect(q(again, 'section-knowledge')!.getAttribute('aria-expanded')).toBe('false');
  });

  it('"d" presses Draft reply, "a" opens the chat and puts the focus in its box; typing in a field is left alone', () => {
    const el = render();
    const clicked = vi.fn();
    q(el, 'draft-reply')!.addEventListener('click', clicked);
    act(() => void document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'd', bubbles: true })));
    expect(clicked).toHaveBeenCalledTimes(1);
    expect(q(el, 'section-chat')!.getAttribute('aria-expanded')).toBe('false');
    act(() => void document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'a', bubbles: true })));
    expect(q(el, 'section-chat')!.getAttribute('aria-expanded')).toBe('true');
    expect(document.activeElement).toBe(q(el, 'chat-input'));
    // Now in a text field: "d" is a letter, not a shortcut.
    act(() => void q(el, 'chat-input')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'd', bubbles: true })));
    expect(clicked).toHaveBeenCalledTimes(1);
  });

  it('maps keys to actions only without modifiers', () => {
    expect(shortcutFor({ key: 'i', ctrlKey: false, metaKey: false, altKey: false }, false)).toEqual({ click: 'draft-insert' });
    expect(shortcutFor({ key: '3', ctrlKey: false, metaKey: false, altKey: false }, false)).toEqual({ snippet: 2 });
    expect(shortcutFor({ key: 'f', ctrlKey: true, metaKey: false, altKey: false }, false)).toBeNull();
    expect(shortcutFor({ key: 'f', ctrlKey: false, metaKey: false, altKey: false }, true)).toBeNull();
    expect(shortcutFor({ key: 'x', ctrlKey: false, metaKey: false, altKey: false }, false)).toBeNull();
  });
});
