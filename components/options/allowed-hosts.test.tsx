// A refused allowed-host line says why in the agent's language (issue 18): the host check's code, not its English.
import { act } from 'react';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { clearSecretsForTests } from '../../lib/secrets';
import { OptionsApp } from './OptionsApp';
import { mount, waitFor, type Mounted } from '../../tests/unit/hardening/render';

const FRENCH: Record<string, string> = {
  allowedHosts: 'Hôtes autorisés',
  reason_host_invalid: '« $1 » n’est pas un nom d’hôte.',
};

let page: Mounted | undefined;
beforeEach(async () => {
  fakeBrowser.reset();
  await clearSecretsForTests();
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(((name: string, subs?: string[]) =>
    (FRENCH[name] ?? '').replace(/\$(\d)/g, (_m, n: string) => subs?.[Number(n) - 1] ?? '')) as never);
  vi.spyOn(fakeBrowser.permissions, 'contains').mockImplementation((async () => true) as never);
});
afterEach(() => {
  page?.unmount();
  page = undefined;
  vi.restoreAllMocks();
});

it("an allowed host that is not a host name is refused in the agent's language", async () => {
  page = await mount(<OptionsApp />);
  const q = <T extends Element>(sel: string) => page!.container.querySelector<T>(sel);
  const hosts = await waitFor(() => q<HTMLTextAreaElement>('[data-testid="allowed-hosts"]'));
  await waitFor(() => !q<HTMLButtonElement>('[data-testid="save"]')!.disabled);
  await act(async () => {
    Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!.set!.call(hosts, 'https://support.example.com');
    hosts.dispatchEvent(new Event('input', { bubbles: true }));
  });
  await act(async () => q<HTMLButtonElement>('[data-testid="save"]')!.click());
  expect(q('#save-status')!.textContent).toBe('Hôtes autorisés: « https://support.example.com » n’est pas un nom d’hôte.');
});
