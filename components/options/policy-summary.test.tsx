// A value the organisation's policy rejected is explained in the agent's language (issue 18): the rejection's code
// and params, not its English reason; a rejection without a code (a report stored before the codes) keeps its English.
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { validatePolicy } from '../../lib/policy/validate';
import { PolicySummary } from './PolicySummary';
import { mount, type Mounted } from '../../tests/unit/hardening/render';

const GERMAN: Record<string, string> = {
  policyHeading: 'Richtlinie der Organisation',
  reason_out_of_range: '$1 liegt außerhalb des Bereichs von $2 bis $3.',
  reason_url_needs_https: '„$1“ muss mit https:// beginnen (oder mit http:// für ein lokales Gateway).',
  reason_ch_id_taken: 'Die ID „$1“ ist schon vergeben.',
  reason_ch_selector_required: 'Ein Selektor ist nötig.',
};

let page: Mounted | undefined;
beforeEach(() => {
  fakeBrowser.reset();
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(((name: string, subs?: string[]) =>
    (GERMAN[name] ?? '').replace(/\$(\d)/g, (_m, n: string) => subs?.[Number(n) - 1] ?? '')) as never);
});
afterEach(() => {
  page?.unmount();
  page = undefined;
  vi.restoreAllMocks();
});

const items = () => [...page!.container.querySelectorAll('[data-testid="policy-rejected"] li')].map((li) => li.textContent);

it("a rejected policy value says why in the agent's language, with the field of an item named", async () => {
  const { report } = validatePolicy({ retentionDays: -3, knowledgeSources: [{ id: 'hc', kind: 'zendesk', url: 'ftp://hc.example.com' }] });
  page = await mount(<PolicySummary report={{ ...report, source: 'managed' }} />);
  expect(items()).toEqual([
    'retentionDays: -3 liegt außerhalb des Bereichs von 1 bis 3650.',
    'knowledgeSources[0]: url: „ftp://hc.example.com“ muss mit https:// beginnen (oder mit http:// für ein lokales Gateway).',
  ]);
});

it('a rejection stored before the codes shows its English reason', async () => {
  page = await mount(<PolicySummary report={{ applied: [], rejected: [{ key: 'retentionDays', reason: '-3 is outside 1..3650' }], source: 'managed' }} />);
  expect(items()).toEqual(['retentionDays: -3 is outside 1..3650']);
});

it('a custom helpdesk rejected for several problems lists each in the agent\'s language, with its field', async () => {
  const several = { id: 'zendesk', name: 'Acme', urlPatterns: ['https://a.test/*'], selectors: { subject: 'h1' } };
  const { report } = validatePolicy({ customAdapters: [several] });
  page = await mount(<PolicySummary report={{ ...report, source: 'managed' }} />);
  const [line] = items();
  expect(line).toMatch(/^customAdapters\[0\]: /);
  expect(line).toContain('Die ID „zendesk“ ist schon vergeben.');
  expect(line).toContain('selectors.editor: Ein Selektor ist nötig.');
  expect(line).not.toMatch(/is required|already/);
});
