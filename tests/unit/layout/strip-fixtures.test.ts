// The build empties the selectors' fixture lists (scripts/strip-selector-fixtures.ts): every form they are written in
// is emptied, and nothing else in the file changes.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { stripSelectorFixtures, withoutFixtures } from '../../../scripts/strip-selector-fixtures';

const files = ['zendesk', 'intercom', 'freshdesk'].map((app) => `adapters/${app}/selectors.ts`);

describe('fixture lists are left out of built bundles', () => {
  it.each(files)('%s: no fixture page is named after the strip; the selectors stay', (file) => {
    const source = readFileSync(file, 'utf8');
    const stripped = withoutFixtures(source);
    expect(source).toMatch(/\.html'/);
    // (the constants naming pages stay declared, unused: the bundler drops them)
    const code = stripped.split('\n').filter((line) => !/^(const |\/\/|\/\*\*| *\*)/.test(line.trimStart()) && !line.startsWith('const '));
    expect(code.join('\n')).not.toMatch(/\.html'/);
    expect(stripped.match(/selectors: \[/g)?.length).toBe(source.match(/selectors: \[/g)?.length);
    // (the key itself is left out: nothing reads it at run time)
    expect(source).toMatch(/fixtures:/);
    expect(stripped).not.toMatch(/fixtures:/);
  });

  it('notes go (a string or a concatenation of strings); a note role object stays', () => {
    expect(withoutFixtures("a: {\n    selectors: ['x'],\n    note:\n      'one ' +\n      'two',\n  },")).toBe("a: {\n    selectors: ['x'],\n    \n  },");
    expect(withoutFixtures("  note: { role: 'agent', internal: true },")).toBe("  note: { role: 'agent', internal: true },");
    expect(withoutFixtures(readFileSync('adapters/zendesk/selectors.ts', 'utf8'))).not.toMatch(/\bnote:\s*'/);
  });

  it('only selectors files of a helpdesk folder are touched', () => {
    expect(stripSelectorFixtures.transform("a: { selectors: ['x'], fixtures: ALL },", '/x/adapters/zendesk/selectors.ts')?.code).toBe("a: { selectors: ['x'],  },");
    expect(stripSelectorFixtures.transform("a: {\n  selectors: ['x'],\n  fixtures: [...ALL, 'z.html'],\n},", '/x/adapters/zendesk/selectors.ts')?.code).toBe("a: {\n  selectors: ['x'],\n  \n},");
    expect(stripSelectorFixtures.transform('fixtures: ALL', '/x/adapters/zendesk/index.ts')).toBeNull();
    expect(stripSelectorFixtures.transform('fixtures: ALL', '/x/tests/unit/adapters/selectors.test.ts')).toBeNull();
  });
});
