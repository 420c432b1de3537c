import { afterEach, describe, expect, it } from 'vitest';
import { TandemDB } from '../db';
import { isPackedIndex, rankArticles } from '../kb';
import { INDEX_KEY, loadIndex, removeArticles, saveIndex, upsertArticles } from './store';

let n = 0;
const dbs: TandemDB[] = [];
const freshDb = () => {
  const db = new TandemDB(`kb-store-test-${n++}-${Date.now()}`);
  dbs.push(db);
  return db;
};
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.delete();
});

const art = (id: string, title: string, body: string) => ({ id, title, body, source: 'file:test' });

describe('kb store', () => {
  it('round-trips the index through IndexedDB and loads it without rebuilding', async () => {
    const db = freshDb();
    const { index } = await upsertArticles(db, [art('a', 'Reset password', 'Use the reset link.'), art('b', 'Refunds', 'Refunds take 5 days.')]);
    const saved = await db.kbMeta.get(INDEX_KEY);
    expect(isPackedIndex(saved?.value)).toBe(true);
    const loaded = await loadIndex(db);
    expect(loaded.engine.documentCount).toBe(2);
    expect(rankArticles(loaded, 'refund')[0].articleId).toBe('b');
    expect(rankArticles(loaded, 'refund')).toEqual(rankArticles(index, 'refund'));
    // Loaded from the saved index: the stored record is unchanged by a load (no rebuild-and-save happened).
    expect((await db.kbMeta.get(INDEX_KEY))?.updatedAt).toBe(saved?.updatedAt);
  });

  it('rebuilds when the saved index is missing or does not match the articles', async () => {
    const db = freshDb();
    await upsertArticles(db, [art('a', 'Shipping', 'We ship worldwide.')]);
    await db.kbMeta.delete(INDEX_KEY);
    expect(rankArticles(await loadIndex(db), 'ship worldwide')[0].articleId).toBe('a');
    expect(await db.kbMeta.get(INDEX_KEY)).toBeDefined();
    await db.kbArticles.put({ id: 'z', title: 'Zebra care', body: 'Feed zebras hay.', source: 'file:x', updatedAt: 1 });
    expect(rankArticles(await loadIndex(db), 'zebras')[0]?.articleId).toBe('z');
  });

  it('updates changed articles, skips unchanged ones, and removes articles incrementally', async () => {
    const db = freshDb();
    const progress: number[] = [];
    let r = await upsertArticles(db, [art('a', 'Old title', 'Apples.'), art('b', 'Bananas', 'Bananas.')], (p) => progress.push(p.done));
    expect([r.added, r.updated, r.unchanged]).toEqual([2, 0, 0]);
    expect(progress.at(-1)).toBe(2);
    r = await upsertArticles(db, [art('a', 'Cherries', 'Cherries now.'), art('b', 'Bananas', 'Bananas.')], undefined, r.index);
    expect([r.added, r.updated, r.unchanged]).toEqual([0, 1, 1]);
    expect(rankArticles(r.index, 'apples')).toEqual([]);
    expect(rankArticles(r.index, 'cherries')[0].articleId).toBe('a');
    await removeArticles(db, ['b'], r.index);
    const loaded = await loadIndex(db);
    expect(rankArticles(loaded, 'bananas')).toEqual([]);
    expect(rankArticles(loaded, 'cherries')[0].articleId).toBe('a');
    expect(await db.kbArticles.count()).toBe(1);
  });

  it('vacuums discarded documents before saving after many removals', async () => {
    const db = freshDb();
    const many = Array.from({ length: 40 }, (_, i) => art(`x${i}`, `Topic ${i}`, `Body number ${i} about widgets.`));
    const { index } = await upsertArticles(db, many);
    await removeArticles(db, many.slice(0, 30).map((a) => a.id), index);
    expect(index.engine.dirtCount).toBe(0);
    await saveIndex(db, index);
    expect((await loadIndex(db)).engine.documentCount).toBe(10);
  });
});
