// A refused custom-helpdesk import lists its reasons in the agent's language (issue 18): the validator's and the
// import's codes, each after where it is; the English lines stay in `errors` for callers that read text.
import { act } from 'react';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { clearSecretsForTests } from '../../secrets';
import { OptionsApp } from '../../../components/options/OptionsApp';
import { mount, typeInto, waitFor, type Mounted } from '../../../tests/unit/hardening/render';
import { parseImportedConfigs } from '../form';

const SPANISH: Record<string, string> = {
  reason_ch_selector_required: 'Este selector es obligatorio.',
  reason_ch_not_object: 'La configuración debe ser un objeto JSON.',
  reason_import_not_json: 'El texto no es un JSON válido ($1).',
  reason_import_id_twice: 'El identificador «$1» aparece dos veces.',
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

const good = { id: 'acme', name: 'Acme', urlPatterns: ['https://support.acme.test/*'], selectors: { subject: 'h1', message: '.m', messageBody: '.b', editor: '#r' } };

async function importText(text: string): Promise<string[]> {
  const q = <T extends Element>(sel: string) => page!.container.querySelector<T>(sel);
  const io = await waitFor(() => q<HTMLTextAreaElement>('[data-testid="ch-io-text"]'));
  await typeInto(io, text);
  const button = await waitFor(() => q<HTMLButtonElement>('[data-testid="ch-import"]'));
  await waitFor(() => !button.disabled);
  await act(async () => button.click());
  const status = await waitFor(() => q('[data-testid="ch-io-status"]'));
  return [...status.querySelectorAll('li')].map((li) => li.textContent ?? '');
}

it("a refused import says why in the agent's language, each reason after where it is", async () => {
  page = await mount(<OptionsApp />);
  const { editor: _editor, ...noEditor } = good.selectors;
  expect(await importText(JSON.stringify([{ ...good, selectors: noEditor }, 'x', good, good]))).toEqual([
    '[0] selectors.editor: Este selector es obligatorio.',
    '[1] config: La configuración debe ser un objeto JSON.',
    '[3] El identificador «acme» aparece dos veces.',
  ]);
});

it('text that is not JSON is refused in the same language', async () => {
  page = await mount(<OptionsApp />);
  const [line] = await importText('{ nope');
  expect(line).toMatch(/^El texto no es un JSON válido \(.+\)\.$/);
});

it('the English lines stay as they were', () => {
  const parsed = parseImportedConfigs(JSON.stringify([good, good]), ['other']);
  expect(parsed).toMatchObject({ ok: false, errors: ['[1] id "acme" appears twice'] });
  expect(parseImportedConfigs(JSON.stringify(good), ['acme'])).toMatchObject({ ok: false, errors: ['id "acme" is used by your organisation\'s configuration'] });
});
