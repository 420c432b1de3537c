// Each selector of a built-in helpdesk lists the fixture pages it must match (adapters/<name>/selectors.ts, checked by
// tests/unit/adapters/selectors.test.ts). That list is test metadata, yet it shipped in the content script: some 400
// bytes gzip of its 30 KB budget (bench:adapters). Built bundles get empty lists; tests and benches read the files as
// written. Runs on the TypeScript source (enforce: 'pre'), whose `fixtures: <list or constant>` form the tests keep.

const SELECTORS_FILE = /[\\/]adapters[\\/][\w-]+[\\/]selectors\.ts$/;
// (one bracketed list without nested brackets, or one constant's name: linear)
const FIXTURES = /\bfixtures: (?:\[[^\]]*\]|[A-Z_]+)/g;

/** A selectors file's source with every fixture list emptied (the constants they named are then unused). */
export function withoutFixtures(code: string): string {
  return code.replace(FIXTURES, 'fixtures: []');
}

export const stripSelectorFixtures = {
  name: 'tandem-strip-selector-fixtures',
  apply: 'build' as const,
  enforce: 'pre' as const,
  transform(code: string, id: string) {
    return SELECTORS_FILE.test(id) ? { code: withoutFixtures(code), map: null } : null;
  },
};
