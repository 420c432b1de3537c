// Issue 16 on the options page: autonomous cannot be chosen unless policy allows it; policy connectors are shown
// locked; agents add connectors only when policy lets them, and a token typed there goes to the secrets, not to
// storage.local.
import { act } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ConnectorsSection } from '../../../components/options/ConnectorsSection';
import { connectorHeadersSecret, clearSecretsForTests } from '../../../lib/secrets';
import { mount, waitFor, type Mounted } from '../hardening/render';

let view: Mounted | undefined;
beforeEach(async () => {
  fakeBrowser.reset();
  await clearSecretsForTests();
  vi.spyOn((globalThis as unknown as { chrome: typeof chrome }).chrome.i18n, 'getMessage').mockReturnValue('');
});
afterEach(() => view?.unmount());

const $ = <T extends Element>(sel: string) => view!.container.querySelector<T>(sel);

function type(input: HTMLInputElement | HTMLSelectElement, value: string) {
  const proto = input instanceof HTMLSelectElement ? HTMLSelectElement.prototype : HTMLInputElement.prototype;
  Object.getOwnPropertyDescriptor(proto, 'value')!.set!.call(input, value);
  input.dispatchEvent(new Event(input instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }));
}

describe('Connectors section', () => {
  it('default policy: autonomous cannot be chosen; the agent adds an MCP server, its token kept as a secret', async () => {
    const request = vi.fn(async () => true);
    (fakeBrowser as unknown as { permissions: { request: typeof request } }).permissions.request = request;
    view = await mount(<ConnectorsSection />);
    const level = await waitFor(() => $<HTMLSelectElement>('[data-testid="conn-autonomy"]'));
    const autonomous = [...level.options].find((o) => o.value === 'autonomous')!;
    expect(autonomous.disabled).toBe(true);
    expect(level.value).toBe('checkpoint');
    await act(async () => {
      type($<HTMLInputElement>('[data-testid="conn-name"]')!, 'Shop');
      type($<HTMLInputElement>('[data-testid="conn-url"]')!, 'https://mcp.shop.example.com/mcp');
      type($<HTMLInputElement>('[data-testid="conn-token"]')!, 'Bearer s3cret');
    });
    await act(async () => $<HTMLButtonElement>('[data-testid="conn-save"]')!.click());
    await waitFor(() => $('[data-testid="conn-item"]'));
    expect(request).toHaveBeenCalledWith({ origins: ['https://mcp.shop.example.com/*'] });
    expect(JSON.stringify(await fakeBrowser.storage.local.get(null))).not.toContain('s3cret');
    expect(await connectorHeadersSecret.getValue()).toEqual({ shop: { url: 'https://mcp.shop.example.com/mcp', headers: { Authorization: 'Bearer s3cret' } } });
    expect(view.container.textContent).not.toContain('s3cret');
  });

  it("a refused connector says why in the agent's language (the reason's code, not the English reason)", async () => {
    const GERMAN: Record<string, string> = {
      connectorInvalid: 'Nicht gespeichert: $1',
      reason_url_http_loopback_only: '„$1“ muss mit https:// beginnen.',
    };
    vi.spyOn((globalThis as unknown as { chrome: typeof chrome }).chrome.i18n, 'getMessage').mockImplementation(((name: string, subs?: string[]) =>
      (GERMAN[name] ?? '').replace(/\$(\d)/g, (_m, n: string) => subs?.[Number(n) - 1] ?? '')) as never);
    view = await mount(<ConnectorsSection />);
    await waitFor(() => $('[data-testid="conn-save"]'));
    await act(async () => {
      type($<HTMLInputElement>('[data-testid="conn-name"]')!, 'Intranet');
      type($<HTMLInputElement>('[data-testid="conn-url"]')!, 'http://intranet.example.com/mcp');
    });
    await act(async () => $<HTMLButtonElement>('[data-testid="conn-save"]')!.click());
    expect($('[data-testid="conn-status"]')!.textContent).toBe('Nicht gespeichert: „http://intranet.example.com/mcp“ muss mit https:// beginnen.');
  });

  it('policy: connectors locked, agents may not add, autonomy limited to supervised', async () => {
    await fakeBrowser.storage.managed.set({
      connectors: [{ id: 'crm', name: 'CRM', kind: 'mcp', url: 'https://crm.example.com/mcp', headers: { Authorization: 'Bearer org' } }],
      agentConnectors: false,
      toolAutonomy: 'supervised',
    });
    view = await mount(<ConnectorsSection />);
    const item = await waitFor(() => $<HTMLElement>('[data-testid="conn-item"]'));
    expect(item.dataset.origin).toBe('policy');
    expect(item.querySelector('[data-testid="conn-remove"]')).toBeNull();
    expect($('[data-testid="conn-agent-off"]')).not.toBeNull();
    expect($('[data-testid="conn-save"]')).toBeNull();
    expect($<HTMLSelectElement>('[data-testid="conn-autonomy"]')!.disabled).toBe(true);
    expect(view.container.textContent).not.toContain('Bearer org');
  });
});
