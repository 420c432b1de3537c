import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import { TandemDB } from '../../db';
import { importIntoDb, parseFiles, type ImportFile } from './index';
import { loadIndex } from '../store';
import { rankArticles } from '../../kb';

const dir = join(__dirname, '../../../tests/fixtures/kb');
const fixture = (name: string): ImportFile => ({ name, text: readFileSync(join(dir, name), 'utf8') });
const bytes = (name: string): ImportFile => ({ name, bytes: new Uint8Array(readFileSync(join(dir, name))) });

const dbs: TandemDB[] = [];
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.delete();
});

describe('kb import', () => {
  it('reads Markdown with front matter, or its first heading, as the title', () => {
    const { articles, skipped } = parseFiles([fixture('refunds.md'), fixture('password-reset.md')]);
    expect(skipped).toEqual([]);
    const refunds = articles.find((a) => a.id === 'file:refunds.md')!;
    expect(refunds).toMatchObject({ title: 'How refunds work', tags: ['billing', 'refund'], url: 'https://help.example.com/refunds', source: 'file:refunds.md' });
    expect(refunds.body).toContain('5 business days');
    const reset = articles.find((a) => a.id === 'file:password-reset.md')!;
    expect(reset.title).toBe('Resetting your password');
    expect(reset.body).not.toMatch(/^# /m);
  });

  it('reads HTML as text (no script, no markup)', () => {
    const { articles } = parseFiles([fixture('shipping.html')]);
    expect(articles[0].title).toBe('Shipping times');
    expect(articles[0].body).toContain('Standard shipping takes 3-5 days');
    expect(articles[0].body).not.toMatch(/<|alert/);
  });

  it('reads CSV rows and reports the bad ones', () => {
    const { articles, skipped } = parseFiles([fixture('articles.csv'), fixture('no-columns.csv')]);
    expect(articles.map((a) => a.title)).toEqual(['Change delivery address', 'Cancel an order']);
    expect(articles[0].tags).toEqual(['shipping', 'address']);
    expect(articles[1].body).toBe('Open Orders and press Cancel before it ships.');
    expect(skipped).toEqual([
      { file: 'articles.csv', row: 2, code: 'bad-item', reason: 'no title' },
      { file: 'no-columns.csv', code: 'unreadable', reason: expect.stringContaining('needs a title and a body column') },
    ]);
  });

  it('reads JSON arrays and Zendesk, Intercom, Freshdesk exports; bad items and files are skipped with reasons', () => {
    const { articles, skipped } = parseFiles(
      ['zendesk-export.json', 'intercom-export.json', 'freshdesk-export.json', 'plain-articles.json', 'broken.json', 'notes.docx'].map(fixture),
    );
    const byTitle = Object.fromEntries(articles.map((a) => [a.title, a]));
    expect(byTitle['Two-factor authentication']).toMatchObject({ url: 'https://acme.zendesk.com/hc/articles/101', tags: ['security'] });
    expect(byTitle['Two-factor authentication'].body).toBe('Turn on two-factor authentication in Security settings.');
    expect(byTitle['Exporting your data'].url).toBe('https://intercom.help/acme/9');
    expect(byTitle['Invoice copies'].tags).toEqual(['billing']);
    expect(byTitle['Greeting macro'].kind).toBe('macro');
    expect(byTitle['Close your account'].id).toBe('file:plain-articles.json:p1');
    expect(skipped).toEqual([
      { file: 'zendesk-export.json', row: 2, code: 'bad-item', reason: expect.stringContaining('without id or title') },
      { file: 'plain-articles.json', row: 3, code: 'bad-item', reason: 'not an object' },
      { file: 'broken.json', code: 'unreadable', reason: expect.stringContaining('invalid JSON') },
      { file: 'notes.docx', code: 'unsupported-type', reason: 'unsupported file type .docx' },
    ]);
  });

  it('reads a zip of a folder, reporting entries it cannot use', () => {
    const zip = zipSync({
      'kb/refunds.md': readFileSync(join(dir, 'refunds.md')),
      'kb/sub/password-reset.md': readFileSync(join(dir, 'password-reset.md')),
      'kb/empty.md': strToU8(''),
      'kb/logo.png': new Uint8Array([137, 80, 78, 71]),
    });
    const progress: number[] = [];
    const { articles, skipped } = parseFiles([{ name: 'export.zip', bytes: zip }, { name: 'bad.zip', bytes: strToU8('not a zip') }], (p) =>
      progress.push(p.filesDone),
    );
    expect(articles.map((a) => a.id).sort()).toEqual(['file:export.zip/kb/refunds.md', 'file:export.zip/kb/sub/password-reset.md']);
    expect(skipped).toEqual([
      { file: 'export.zip/kb/empty.md', code: 'empty', reason: 'empty article' },
      { file: 'export.zip/kb/logo.png', code: 'unsupported-type', reason: 'unsupported file type .png' },
      { file: 'bad.zip', code: 'unreadable', reason: expect.stringContaining('not a readable zip') },
    ]);
    expect(progress).toEqual([1, 2]);
  });

  it('stores the good articles and keeps what was imported before when a later import is bad', async () => {
    const db = new TandemDB(`kb-import-${Date.now()}`);
    dbs.push(db);
    const first = await importIntoDb(db, [fixture('refunds.md'), bytes('articles.csv')]);
    expect(first.stored.added).toBe(3);
    const second = await importIntoDb(db, [fixture('broken.json'), fixture('empty.md')]);
    expect(second.skipped).toHaveLength(2);
    expect(await db.kbArticles.count()).toBe(3);
    expect(rankArticles(await loadIndex(db), 'change delivery address')[0].articleId).toBe('file:articles.csv:c1');
  });
});
