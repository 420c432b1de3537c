// Issue 16 in the panel: a call waiting for the agent is an approval card (real argument values, Approve / Deny
// by keyboard), a finished one a fact card; tool text is rendered as text, never HTML.
import { act } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { getDb } from '../../../lib/db';
import type { StoredToolCall } from '../../../lib/connectors/types';
import { ToolCalls } from '../../../components/tools/ToolCalls';
import { LookupForm } from '../../../components/tools/LookupForm';
import { sendMessage } from '../../../lib/messaging';
import { mount, waitFor, type Mounted } from '../hardening/render';
import { ticket } from '../ai/helpers';

const sent: [string, unknown][] = [];
vi.mock('../../../lib/messaging', () => ({
  sendMessage: vi.fn(async (type: string, data: unknown) => {
    sent.push([type, data]);
    return type === 'toolsDecide' ? true : { tools: [], problems: [] };
  }),
  onMessage: vi.fn(),
}));

const KEY = 'zendesk:acme.zendesk.com:48213';
const base: StoredToolCall = {
  id: 'c1',
  ticketKey: KEY,
  connectorId: 'shop',
  connectorName: 'Shop',
  tool: 'add_account_note',
  readOnly: false,
  args: { email: 'maria.lopez@example.com', note: 'called back' },
  status: 'pending',
  source: 'ai',
  createdAt: 1,
};

let view: Mounted | undefined;
beforeEach(async () => {
  fakeBrowser.reset();
  // The fake browser's i18n.getMessage throws; an empty answer makes t() fall back to the English text.
  vi.spyOn((globalThis as unknown as { chrome: typeof chrome }).chrome.i18n, 'getMessage').mockReturnValue('');
  sent.length = 0;
  await getDb().toolCalls.clear();
});
afterEach(() => view?.unmount());

describe('tool calls in the panel', () => {
  it('an approval card shows the real values and sends the decision', async () => {
    await getDb().toolCalls.put(base);
    view = await mount(<ToolCalls ticketKey={KEY} snapshot={ticket()} />);
    const card = await waitFor(() => view!.container.querySelector<HTMLElement>('[data-testid="tool-approval"]'));
    expect(card.textContent).toContain('Shop/add_account_note');
    expect(card.textContent).toContain('maria.lopez@example.com');
    expect(card.textContent).toMatch(/may change data/);
    const approve = card.querySelector<HTMLButtonElement>('[data-testid="tool-approve"]')!;
    expect(approve.tagName).toBe('BUTTON'); // reachable and operable by keyboard
    await act(async () => approve.click());
    expect(sent).toContainEqual(['toolsDecide', { callId: 'c1', approve: true }]);
  });

  it('a fact card renders tool text as text, never as HTML', async () => {
    await getDb().toolCalls.put({
      ...base,
      tool: 'get_order',
      readOnly: true,
      status: 'done',
      approvedBy: 'auto',
      n: 2,
      facts: [{ key: 'status', value: '<img src=x onerror=alert(1)>shipped' }],
      resultText: '<b>bold</b>',
      finishedAt: 2,
      durationMs: 12,
    });
    view = await mount(<ToolCalls ticketKey={KEY} snapshot={ticket()} />);
    const card = await waitFor(() => view!.container.querySelector<HTMLElement>('[data-testid="fact-card"]'));
    expect(card.querySelector('h3')!.textContent).toBe('[2] Shop/get_order');
    expect(card.querySelector('img, b')).toBeNull();
    expect(card.textContent).toContain('<img src=x onerror=alert(1)>shipped');
    expect(card.querySelector('[data-testid="tool-status"]')!.textContent).toMatch(/Found at .* in Shop/);
  });

  it('an interrupted call says so and offers nothing to run', async () => {
    await getDb().toolCalls.put({ ...base, status: 'interrupted', errorKind: 'interrupted', error: 'Tandem was restarted while this call was waiting or running. It was not run again.' });
    view = await mount(<ToolCalls ticketKey={KEY} snapshot={ticket()} />);
    const card = await waitFor(() => view!.container.querySelector<HTMLElement>('[data-testid="fact-card"]'));
    expect(card.dataset.status).toBe('interrupted');
    expect(card.textContent).toMatch(/not run again/);
    expect(view.container.querySelector('[data-testid="tool-approve"]')).toBeNull();
  });

  it("a failed call says why in the agent's language, from its code (issue 18); one stored before the codes in English", async () => {
    const FRENCH: Record<string, string> = { toolError_down: 'Impossible de joindre $1 à l’adresse $2.' };
    vi.spyOn((globalThis as unknown as { chrome: typeof chrome }).chrome.i18n, 'getMessage').mockImplementation(((name: string, subs?: string[]) =>
      (FRENCH[name] ?? '').replace(/\$(\d)/g, (_m, n: string) => subs?.[Number(n) - 1] ?? '')) as never);
    const failed = { ...base, tool: 'get_order', readOnly: true, status: 'error' as const, errorKind: 'down' as const, finishedAt: 2 };
    await getDb().toolCalls.put({ ...failed, error: 'Could not reach Shop at shop.example.com.', errorCode: 'down', errorParams: ['Shop', 'shop.example.com'] });
    await getDb().toolCalls.put({ ...failed, id: 'c2', createdAt: 2, error: 'Could not reach Shop at old.example.com.' });
    view = await mount(<ToolCalls ticketKey={KEY} snapshot={ticket()} />);
    await waitFor(() => view!.container.querySelectorAll('[data-testid="tool-status"]').length === 2);
    const texts = [...view.container.querySelectorAll('[data-testid="tool-status"]')].map((el) => el.textContent);
    expect(texts).toContain('Impossible de joindre Shop à l’adresse shop.example.com.');
    expect(texts).toContain('Could not reach Shop at old.example.com.');
  });

  it("the note of connectors that could not be offered is in the agent's language too; an older row's in English", async () => {
    const FRENCH: Record<string, string> = { toolNote: 'Certains outils n’ont pas pu être proposés : $1', toolError_timeout_server: '$1 n’a pas répondu à temps.' };
    vi.spyOn((globalThis as unknown as { chrome: typeof chrome }).chrome.i18n, 'getMessage').mockImplementation(((name: string, subs?: string[]) =>
      (FRENCH[name] ?? '').replace(/\$(\d)/g, (_m, n: string) => subs?.[Number(n) - 1] ?? '')) as never);
    const parts = [{ reason: 'CRM did not answer in time.', code: 'timeout-server' as const, params: ['CRM'] }];
    view = await mount(<ToolCalls ticketKey={KEY} snapshot={ticket()} toolNote="CRM did not answer in time." toolNoteParts={parts} />);
    expect((await waitFor(() => view!.container.querySelector('[data-testid="tool-note"]'))).textContent).toBe('Certains outils n’ont pas pu être proposés : CRM n’a pas répondu à temps.');
    view.unmount();
    view = await mount(<ToolCalls ticketKey={KEY} snapshot={ticket()} toolNote="CRM did not answer in time." />);
    expect((await waitFor(() => view!.container.querySelector('[data-testid="tool-note"]'))).textContent).toBe('Certains outils n’ont pas pu être proposés : CRM did not answer in time.');
  });

  it("the look-up form names a connector it could not list in the agent's language", async () => {
    const FRENCH: Record<string, string> = { toolError_down: 'Impossible de joindre $1 à l’adresse $2.' };
    vi.spyOn((globalThis as unknown as { chrome: typeof chrome }).chrome.i18n, 'getMessage').mockImplementation(((name: string, subs?: string[]) =>
      (FRENCH[name] ?? '').replace(/\$(\d)/g, (_m, n: string) => subs?.[Number(n) - 1] ?? '')) as never);
    vi.mocked(sendMessage).mockImplementationOnce((async () => ({
      tools: [],
      problems: ['Could not reach CRM at crm.example.com.'],
      problemCodes: [{ reason: 'Could not reach CRM at crm.example.com.', code: 'down', params: ['CRM', 'crm.example.com'] }],
    })) as never);
    view = await mount(<LookupForm ticketKey={KEY} snapshot={ticket()} />);
    await act(async () => view!.container.querySelector<HTMLButtonElement>('[data-testid="lookup-toggle"]')!.click());
    const note = await waitFor(() => view!.container.querySelector('[data-testid="lookup-form"] .note'));
    expect(note.textContent).toBe('Impossible de joindre CRM à l’adresse crm.example.com.');
  });

  it("a look-up that ran and failed says why in the agent's language (the call's tool-error code), not the worker's English", async () => {
    const FRENCH: Record<string, string> = { lookupFailed: 'La recherche a échoué : $1', toolError_down: 'Impossible de joindre $1 à l’adresse $2.' };
    vi.spyOn((globalThis as unknown as { chrome: typeof chrome }).chrome.i18n, 'getMessage').mockImplementation(((name: string, subs?: string[]) =>
      (FRENCH[name] ?? '').replace(/\$(\d)/g, (_m, n: string) => subs?.[Number(n) - 1] ?? '')) as never);
    const tool = { apiName: 'crm__get_order', tool: 'get_order', connectorName: 'CRM', description: 'Order', inputSchema: { type: 'object' as const, properties: {} } };
    vi.mocked(sendMessage)
      .mockImplementationOnce((async () => ({ tools: [tool], problems: [] })) as never)
      .mockImplementationOnce((async () => ({
        ok: false,
        callId: 'c9',
        message: 'Could not reach CRM at crm.example.com.',
        toolError: { status: 'error', error: 'Could not reach CRM at crm.example.com.', errorCode: 'down', errorParams: ['CRM', 'crm.example.com'] },
      })) as never);
    view = await mount(<LookupForm ticketKey={KEY} snapshot={ticket()} />);
    await act(async () => view!.container.querySelector<HTMLButtonElement>('[data-testid="lookup-toggle"]')!.click());
    const runButton = await waitFor(() => view!.container.querySelector<HTMLButtonElement>('[data-testid="lookup-run"]'));
    await act(async () => runButton.click());
    const status = await waitFor(() => {
      const el = view!.container.querySelector('[data-testid="lookup-status"]');
      return el?.textContent?.startsWith('La recherche') ? el : null;
    });
    expect(status.textContent).toBe('La recherche a échoué : Impossible de joindre CRM à l’adresse crm.example.com.');
  });
});
