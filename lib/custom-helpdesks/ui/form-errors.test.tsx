// The custom helpdesk form's problems are shown in the agent's language (issue 18): the validator's codes, not its
// English, next to each field.
import { act } from 'react';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { clearSecretsForTests } from '../../secrets';
import { OptionsApp } from '../../../components/options/OptionsApp';
import { mount, waitFor, type Mounted } from '../../../tests/unit/hardening/render';

const SPANISH: Record<string, string> = {
  reason_ch_pattern_invalid: '«$1» no es un patrón de URL válido.',
  reason_ch_selector_not_css: '«$1» no es un selector CSS válido.',
  reason_ch_selector_required: 'Este selector es obligatorio.',
};

let page: Mounted | undefined;
beforeEach(async () => {
  fakeBrowser.reset();
  await clearSecretsForTests();
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(((name: string, subs?: string[]) =>
    (SPANISH[name] ?? '').replace(/\$(\d)/g, (_m, n: string) => subs?.[Number(n) - 1] ?? '')) as never);
  vi.spyOn(fakeBrowser.permissions, 'contains').mockImplementation((async () => true) as never);
});
afterEach(() => {
  page?.unmount();
  page = undefined;
  vi.restoreAllMocks();
});

function type(el: HTMLInputElement | HTMLTextAreaElement, value: string) {
  const proto = el instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
  Object.getOwnPropertyDescriptor(proto, 'value')!.set!.call(el, value);
  el.dispatchEvent(new Event('input', { bubbles: true }));
}

it("a custom helpdesk's form problems are shown in the agent's language", async () => {
  page = await mount(<OptionsApp />);
  const q = <T extends Element>(sel: string) => page!.container.querySelector<T>(sel);
  const add = await waitFor(() => q<HTMLButtonElement>('[data-testid="ch-add"]'));
  await waitFor(() => !add.disabled);
  await act(async () => add.click());
  await act(async () => {
    type(q<HTMLInputElement>('[data-testid="ch-name"]')!, 'Acme Desk');
    type(q<HTMLTextAreaElement>('[data-testid="ch-urlPatterns"]')!, 'support.acme.test');
    type(q<HTMLInputElement>('[data-testid="ch-sel-subject"]')!, 'h1[');
  });
  await act(async () => q<HTMLButtonElement>('[data-testid="ch-save"]')!.click());
  expect(q('[data-testid="ch-error-urlPatterns"]')!.textContent).toBe('«support.acme.test» no es un patrón de URL válido.');
  expect(q('[data-testid="ch-error-subject"]')!.textContent).toBe('«h1[» no es un selector CSS válido.');
  expect(q('[data-testid="ch-error-message"]')!.textContent).toBe('Este selector es obligatorio.');
});
