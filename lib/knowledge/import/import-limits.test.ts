// @vitest-environment node
// Caps on file imports (issue 14, item 7): zip bombs, lying zip headers, too many entries, huge files and CSVs,
// overlong articles, too many articles — each stopped at a (small, injected) cap, reported with a code, and
// nothing stored before is lost. Test zips are built here with fflate.
import { strToU8, zipSync } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import { TandemDB } from '../../db';
import { importIntoDb, newReadBudget, parseFiles } from './index';
import { DEFAULT_KB_LIMITS } from '../limits';
import { importFiles, type FileLike } from '../sources';

const MB = 1024 * 1024;
const dbs: TandemDB[] = [];
afterEach(async () => {
  for (const d of dbs.splice(0)) await d.delete();
});
const newDb = () => {
  const d = new TandemDB(`kb-import-limits-${dbs.length}-${Math.random()}`);
  dbs.push(d);
  return d;
};

const md = (title: string, body = `About ${title}.`) => strToU8(`# ${title}\n\n${body}\n`);
/** `size` bytes of one letter: deflates ~1000:1, the shape of a zip bomb. */
const filler = (size: number) => new Uint8Array(size).fill(0x61);
const codes = (skipped: { code: string }[]) => skipped.map((s) => s.code);

describe('zip caps', () => {
  it('stops an entry that inflates past the per-file cap while it inflates, and reads the entries around it', () => {
    const zip = zipSync({ 'a.md': md('Alpha'), 'bomb.md': filler(20 * MB), 'z.md': md('Zulu') });
    expect(zip.byteLength).toBeLessThan(100 * 1024); // ~20 KB on disk
    const budget = newReadBudget({ maxFileBytes: 1 * MB, maxTotalBytes: 16 * MB });
    const { articles, skipped } = parseFiles([{ name: 'kb.zip', bytes: zip }], undefined, budget);
    expect(articles.map((a) => a.title)).toEqual(['Alpha', 'Zulu']);
    // The header declares the true size here, so the entry is refused before a byte of it is inflated.
    expect(skipped).toEqual([{ file: 'kb.zip/bomb.md', code: 'file-too-large', reason: expect.stringContaining('declares 20 MB') }]);
    expect(budget.bytes).toBeLessThan(1024);
  });

  it('counts the bytes as they inflate, so a header that lies about the size does not get past the cap', () => {
    const zip = zipSync({ 'a.md': md('Alpha'), 'liar.md': filler(20 * MB), 'z.md': md('Zulu') });
    lieAboutSizes(zip, 'liar.md', 100);
    const budget = newReadBudget({ maxFileBytes: 1 * MB, maxTotalBytes: 16 * MB });
    const { articles, skipped } = parseFiles([{ name: 'kb.zip', bytes: zip }], undefined, budget);
    expect(articles.map((a) => a.title)).toEqual(['Alpha', 'Zulu']);
    expect(skipped).toEqual([{ file: 'kb.zip/liar.md', code: 'file-too-large', reason: expect.stringContaining('declared 100 bytes') }]);
    // Inflating stopped within one 4 KB slice's worth (~4 MB) of the 1 MB cap, not at 20 MB.
    expect(budget.bytes).toBeGreaterThan(1 * MB);
    expect(budget.bytes).toBeLessThan(6 * MB);
  });

  it('stops the whole zip when the import has inflated its total, keeping what came before', () => {
    const body = (n: number) => `Entry ${n} ${'word '.repeat(30_000)}`; // ~150 KB each
    const zip = zipSync(Object.fromEntries([1, 2, 3, 4].map((n) => [`e${n}.md`, md(`Entry ${n}`, body(n))])));
    const budget = newReadBudget({ maxTotalBytes: 400 * 1024 });
    const { articles, skipped } = parseFiles([{ name: 'kb.zip', bytes: zip }], undefined, budget);
    expect(articles.map((a) => a.title)).toEqual(['Entry 1', 'Entry 2']);
    expect(skipped).toEqual([{ file: 'kb.zip', code: 'total-too-large', reason: expect.stringContaining('(at e3.md)') }]);
  });

  it('reads at most maxZipEntries entries, folders and unsupported files included', () => {
    const entries: Record<string, Uint8Array> = { 'logo.png': new Uint8Array([1, 2, 3]) };
    for (let i = 1; i <= 30; i++) entries[`a${String(i).padStart(2, '0')}.md`] = md(`Article ${i}`);
    const { articles, skipped } = parseFiles([{ name: 'many.zip', bytes: zipSync(entries) }], undefined, newReadBudget({ maxZipEntries: 10 }));
    expect(articles).toHaveLength(9);
    expect(codes(skipped)).toEqual(['unsupported-type', 'too-many-entries']);
    expect(skipped[1]).toMatchObject({ file: 'many.zip', reason: expect.stringContaining('more than 10 entries') });
  });

  it('skips an entry compressed with a method it cannot read, and reads the rest of the zip', () => {
    const zip = zipSync({ 'a.md': md('Alpha'), 'lzma.md': md('Packed'), 'z.md': md('Zulu') });
    setMethod(zip, 'lzma.md', 14);
    const { articles, skipped } = parseFiles([{ name: 'kb.zip', bytes: zip }]);
    expect(articles.map((a) => a.title)).toEqual(['Alpha', 'Zulu']);
    expect(skipped).toEqual([{ file: 'kb.zip/lzma.md', code: 'unreadable', reason: expect.stringContaining('method 14') }]);
  });

  it('refuses a zip archive larger than maxZipBytes without reading it', () => {
    const zip = zipSync({ 'a.md': md('Alpha'), 'noise.txt': crypto.getRandomValues(new Uint8Array(60_000)) }, { level: 0 });
    const { articles, skipped } = parseFiles([{ name: 'big.zip', bytes: zip }], undefined, newReadBudget({ maxZipBytes: 50_000 }));
    expect(articles).toEqual([]);
    expect(skipped).toEqual([{ file: 'big.zip', code: 'zip-too-large', reason: expect.stringContaining('larger than 49 KB') }]);
  });
});

describe('file and article caps', () => {
  it('does not parse a CSV (or any file) over maxFileBytes', () => {
    const csv = `title,body\n${Array.from({ length: 5_000 }, (_, i) => `Row ${i},Some text for row ${i}`).join('\n')}`;
    expect(csv.length).toBeGreaterThan(100 * 1024);
    const { articles, skipped } = parseFiles(
      [{ name: 'big.csv', text: csv }, { name: 'ok.md', text: '# Fine\n\nSmall.' }],
      undefined,
      newReadBudget({ maxFileBytes: 100 * 1024 }),
    );
    expect(articles.map((a) => a.title)).toEqual(['Fine']);
    expect(skipped).toEqual([{ file: 'big.csv', code: 'file-too-large', reason: expect.stringContaining('larger than 100 KB') }]);
  });

  it('caps the bytes of one import over all its files', () => {
    const text = (t: string) => `# ${t}\n\n${'text '.repeat(20_000)}`; // ~100 KB
    const { articles, skipped } = parseFiles(
      ['one.md', 'two.md', 'three.md'].map((name) => ({ name, text: text(name) })),
      undefined,
      newReadBudget({ maxTotalBytes: 250 * 1024 }),
    );
    expect(articles.map((a) => a.title)).toEqual(['one.md', 'two.md']);
    expect(skipped).toEqual([{ file: 'three.md', code: 'total-too-large', reason: expect.stringContaining('this import already read') }]);
  });

  it('cuts an article body at maxArticleChars and says so', () => {
    const long = 'lorem ipsum '.repeat(1_000); // 12,000 characters
    const { articles, skipped } = parseFiles([{ name: 'long.md', text: `# Long\n\n${long}` }], undefined, newReadBudget({ maxArticleChars: 1_000 }));
    expect(articles).toHaveLength(1);
    expect(articles[0].body.length).toBeLessThanOrEqual(1_000);
    expect(articles[0].body.length).toBeGreaterThan(900);
    expect(articles[0].body.startsWith('lorem ipsum lorem')).toBe(true);
    expect(skipped).toEqual([{ file: 'long.md', code: 'article-too-long', reason: expect.stringContaining('"Long" is longer than 1,000 characters') }]);
  });

  it('keeps at most maxArticles articles from one import and says the rest were not kept', () => {
    const items = Array.from({ length: 30 }, (_, i) => ({ id: `a${i}`, title: `Article ${i}`, body: `Body ${i}` }));
    const { articles, skipped } = parseFiles([{ name: 'many.json', text: JSON.stringify(items) }], undefined, newReadBudget({ maxArticles: 10 }));
    expect(articles).toHaveLength(10);
    expect(skipped).toEqual([{ file: 'many.json', code: 'too-many-articles', reason: expect.stringContaining('more than 10 articles') }]);
  });

  it('has the documented defaults', () => {
    expect(DEFAULT_KB_LIMITS).toMatchObject({ maxZipEntries: 5_000, maxFileBytes: 20 * MB, maxTotalBytes: 50 * MB, maxArticleChars: 200_000 });
  });
});

describe('importFiles (the options page)', () => {
  it('does not read a picked file over the cap, and a capped import loses nothing imported before', async () => {
    const db = newDb();
    const first = await importFiles(db, [{ name: 'faq.md', text: '# Refunds\n\nRefunds take 5 days.' }]);
    expect(first.added).toBe(1);

    let read = false;
    const huge: FileLike = { name: 'huge.csv', size: 30 * MB, arrayBuffer: async () => ((read = true), new ArrayBuffer(0)) };
    const bomb = { name: 'bomb.zip', bytes: zipSync({ 'x.md': filler(8 * MB) }) };
    const r = await importFiles(db, [huge, bomb], undefined, { maxFileBytes: 1 * MB });
    expect(read).toBe(false);
    expect(r.skipped).toEqual([
      { file: 'huge.csv', code: 'file-too-large', reason: expect.stringContaining('larger than 1 MB (30 MB)') },
      { file: 'bomb.zip/x.md', code: 'file-too-large', reason: expect.any(String) },
    ]);
    expect(await db.kbArticles.count()).toBe(1);
    expect((await db.kbArticles.get('file:faq.md'))?.body).toBe('Refunds take 5 days.');
  });

  it('importIntoDb takes the same caps', async () => {
    const db = newDb();
    const r = await importIntoDb(db, [{ name: 'big.md', text: `# Big\n\n${'x '.repeat(10_000)}` }], undefined, { maxFileBytes: 1_000 });
    expect(codes(r.skipped)).toEqual(['file-too-large']);
    expect(await db.kbArticles.count()).toBe(0);
  });
});

/** Rewrites a field of an entry's local header and central directory record (offsets within each). */
function patchEntry(zip: Uint8Array, name: string, write: (view: DataView, at: number, central: boolean) => void): void {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const nameBytes = strToU8(name);
  const nameAt = (at: number) => nameBytes.every((b, i) => zip[at + i] === b);
  let patched = 0;
  for (let i = 0; i + 46 < zip.byteLength; i++) {
    const sig = view.getUint32(i, true);
    if ((sig === 0x04034b50 && nameAt(i + 30)) || (sig === 0x02014b50 && nameAt(i + 46))) {
      write(view, i, sig === 0x02014b50);
      patched++;
    }
  }
  expect(patched).toBe(2);
}

const setMethod = (zip: Uint8Array, name: string, method: number) =>
  patchEntry(zip, name, (v, at, central) => v.setUint16(at + (central ? 10 : 8), method, true));

/** Rewrites the uncompressed size an entry declares, in its local header and in the central directory. */
const lieAboutSizes = (zip: Uint8Array, name: string, size: number) =>
  patchEntry(zip, name, (v, at, central) => v.setUint32(at + (central ? 24 : 22), size, true));
