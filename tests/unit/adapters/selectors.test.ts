// Every selector entry must match something in each fixture it lists, so a fixture or selector edit that
// orphans a selector fails here, and a helpdesk redesign shows up as "this entry matches nothing".
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { freshdeskSelectors } from '../../../adapters/freshdesk/selectors';
import { intercomSelectors } from '../../../adapters/intercom/selectors';
import type { SelectorEntry } from '../../../adapters/shared/dom';
import { zendeskSelectors } from '../../../adapters/zendesk/selectors';
import { FIXTURE_DIR, loadFixture } from './helpers';

const registries: Record<string, Record<string, SelectorEntry>> = {
  zendesk: zendeskSelectors,
  intercom: intercomSelectors,
  freshdesk: freshdeskSelectors,
};

const rows = Object.entries(registries).flatMap(([helpdesk, map]) =>
  Object.entries(map).flatMap(([name, entry]) => entry.fixtures.map((fixture) => ({ helpdesk, name, fixture, entry }))),
);

describe('selector registries', () => {
  it('list fixtures that exist, and every selector parses', () => {
    for (const [helpdesk, map] of Object.entries(registries)) {
      for (const [name, entry] of Object.entries(map)) {
        expect(entry.selectors.length, `${helpdesk}.${name}`).toBeGreaterThan(0);
        for (const s of entry.selectors) expect(() => document.createDocumentFragment().querySelector(s), `${helpdesk}.${name}: ${s}`).not.toThrow();
        for (const f of entry.fixtures) expect(existsSync(join(FIXTURE_DIR, f)), `${helpdesk}.${name} lists ${f}`).toBe(true);
      }
    }
  });

  it.each(rows)('$helpdesk / $name matches something in $fixture', ({ fixture, entry }) => {
    const doc = loadFixture(fixture);
    const matched = entry.selectors.some((s) => doc.querySelector(s) !== null);
    expect(matched, `none of ${JSON.stringify(entry.selectors)}`).toBe(true);
  });
});
