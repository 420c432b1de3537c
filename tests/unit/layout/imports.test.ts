// Where code may come from (ARCHITECTURE.md): tests import no bench code (benches and tests share tests/scoring/),
// the facts of a custom helpdesk are written once, in lib/custom-helpdesks/config.ts, and those of knowledge
// ingestion in lib/knowledge/.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '../../..');
const SKIP = new Set(['node_modules', '.output', '.wxt', 'dist', 'fixtures', 'test-results', 'playwright-report']);

function sources(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    if (SKIP.has(name) || name.startsWith('.')) continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) sources(path, out);
    else if (/\.(ts|tsx)$/.test(name)) out.push(path);
  }
  return out;
}

const isTest = (file: string) => /\.test\.tsx?$/.test(file) || relative(ROOT, file).startsWith('tests/');

describe('layout', () => {
  it('no test imports bench code', () => {
    const offenders = sources(ROOT)
      .filter(isTest)
      .filter((file) => /from\s+'[./]*bench\//.test(readFileSync(file, 'utf8')))
      .map((file) => relative(ROOT, file));
    expect(offenders).toEqual([]);
  });

  it('the required selectors and the built-in ids of custom helpdesks are listed once', () => {
    const lists = [/'subject',\s*'message',\s*'messageBody',\s*'editor'/, /'zendesk',\s*'intercom',\s*'freshdesk'\]/];
    const shipped = ['adapters', 'components', 'entrypoints', 'lib'].flatMap((d) => sources(join(ROOT, d))).filter((f) => !isTest(f));
    for (const list of lists) {
      const holders = shipped.filter((file) => list.test(readFileSync(file, 'utf8'))).map((file) => relative(ROOT, file));
      expect(holders, String(list)).toEqual(['lib/custom-helpdesks/config.ts']);
    }
  });

  it('the facts of knowledge ingestion are written once, in lib/knowledge/', () => {
    const shipped = ['adapters', 'components', 'entrypoints', 'lib'].flatMap((d) => sources(join(ROOT, d))).filter((f) => !isTest(f));
    const holdersOf = (fact: RegExp) => shipped.filter((file) => fact.test(readFileSync(file, 'utf8'))).map((file) => relative(ROOT, file));
    // The file types an import reads (the picker's accept list is made from them), and Intercom's regional APIs.
    expect(holdersOf(/markdown'?,\s*'?\.?txt/)).toEqual(['lib/knowledge/import/index.ts']);
    expect(holdersOf(/'https:\/\/api\.(?:eu\.|au\.)?intercom\.io/)).toEqual(['lib/knowledge/sync/intercom.ts']);
  });

  it('lib/kb/ (the search engine) imports nothing of lib/knowledge/ (the feature that feeds it)', () => {
    const offenders = sources(join(ROOT, 'lib/kb'))
      .filter((file) => /from\s+'\.\.\/knowledge[/']/.test(readFileSync(file, 'utf8')))
      .map((file) => relative(ROOT, file));
    expect(offenders).toEqual([]);
  });
});
