// Each selector of a built-in helpdesk lists the fixture pages it must match (adapters/<name>/selectors.ts, checked by
// tests/unit/adapters/selectors.test.ts), and may say why in a `note`. Both are documentation and test metadata, yet
// they shipped in the content script: some 500 bytes gzip of its 30 KB budget (bench:adapters). Built bundles get
// neither (not even an empty `fixtures: []` per selector: another 45 bytes gzip; nothing reads the key at run time);
// tests and benches read the files as written. Runs on the TypeScript source (enforce: 'pre'), in the forms the
// files use: `fixtures: <list or constant>,`, `note: '<text>' + '<text>',`.

const SELECTORS_FILE = /[\\/]adapters[\\/][\w-]+[\\/]selectors\.ts$/;
// (one bracketed list without nested brackets, or one constant's name, and its comma: linear)
const FIXTURES = /\bfixtures: (?:\[[^\]]*\]|[A-Z_]+),?/g;
// (a string or a concatenation of strings: a `note: {` object is something else, CATEGORY_ROLES' note role)
const NOTE = /\bnote:\s*'[^']*'(?:\s*\+\s*'[^']*')*,/g;

/** A selectors file's source with every fixture list left out (the constants they named are then unused), and every
 *  note. */
export function withoutFixtures(code: string): string {
  return code.replace(FIXTURES, '').replace(NOTE, '');
}

export const stripSelectorFixtures = {
  name: 'tandem-strip-selector-fixtures',
  apply: 'build' as const,
  enforce: 'pre' as const,
  transform(code: string, id: string) {
    return SELECTORS_FILE.test(id) ? { code: withoutFixtures(code), map: null } : null;
  },
};
