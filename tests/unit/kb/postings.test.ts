import { describe, expect, it } from 'vitest';
import { buildIndex, packIndex, rankArticles, removeFromIndex, TUNING, unpackIndex, upsertIntoIndex, type KbArticle } from '../../../lib/kb';
import { documentFrequency, engineSource, packedSource, searchPostings } from '../../../lib/kb/postings';

// A small corpus with shared vocabulary, repeated words (term frequency > 1), tags and different lengths.
const words = ['card', 'refund', 'transfer', 'pending', 'declined', 'fee', 'account', 'verify', 'top', 'up', 'cash', 'atm'];
const articles: KbArticle[] = Array.from({ length: 40 }, (_, i) => ({
  id: `a${i}`,
  title: `${words[i % words.length]} ${words[(i * 5) % words.length]}`,
  body: Array.from({ length: 3 + (i % 7) }, (_, k) => `${words[(i + k * 3) % words.length]} ${words[(i * k) % words.length]} issue.`).join(' '),
  tags: i % 4 === 0 ? ['billing'] : [],
}));
const terms = [
  { term: 'card', weight: 1.2 },
  { term: 'refund', weight: 1 },
  { term: 'declin', weight: 0.7 },
  { term: 'card_declin', weight: 0.6 },
  { term: 'atm', weight: 0.3 },
  { term: 'billing', weight: 0.5 },
  { term: 'nowhere', weight: 1 },
];
const opts = { fieldBoost: TUNING.fieldBoost, bm25: TUNING.bm25, depth: 50 };

/** MiniSearch's own search with the same weights, for reference. */
function reference(index: ReturnType<typeof buildIndex>) {
  const weight = new Map(terms.map((t) => [t.term, t.weight]));
  return index.engine.search(terms.map((t) => t.term).join(' '), {
    tokenize: (s) => s.split(' '),
    processTerm: (t) => t,
    boost: TUNING.fieldBoost,
    boostTerm: (t) => weight.get(t) ?? 1,
    combineWith: 'OR',
    bm25: TUNING.bm25,
  });
}

function expectSameAsMiniSearch(index: ReturnType<typeof buildIndex>, depth = 50) {
  const ours = searchPostings(engineSource(index.engine), terms, { ...opts, depth });
  const theirs = reference(index).slice(0, depth);
  expect(ours.length).toBe(theirs.length);
  expect(ours.map((h) => h.id)).toEqual(theirs.map((r) => r.id));
  ours.forEach((h, i) => {
    expect(h.score).toBeCloseTo(theirs[i].score, 10);
    expect(h.queryTerms).toEqual(theirs[i].queryTerms);
  });
}

describe('searchPostings', () => {
  it('scores exactly as MiniSearch.search with the same boosts and BM25 parameters', () => {
    const index = buildIndex(articles);
    expect(searchPostings(engineSource(index.engine), terms, opts).length).toBeGreaterThan(10);
    expectSameAsMiniSearch(index);
    expectSameAsMiniSearch(index, 5); // a shallow top-k keeps the same order
  });

  it('stays equal after incremental updates and removals (discarded documents are skipped)', async () => {
    const index = buildIndex(articles);
    searchPostings(engineSource(index.engine), terms, opts); // fill the per-engine cache, then change the engine
    upsertIntoIndex(index, [{ id: 'a3', title: 'Card declined at the ATM', body: 'A declined card refund.' }]);
    removeFromIndex(index, ['a0', 'a5', 'a12']);
    expect(index.engine.dirtCount).toBeGreaterThan(0);
    const beforeVacuum = searchPostings(engineSource(index.engine), terms, opts);
    expect(beforeVacuum.map((h) => h.id)).not.toContain('a0');
    expect(beforeVacuum.map((h) => h.id)).toContain('a3');
    await index.engine.vacuum();
    // Discarded documents do not count towards document frequencies: the same ranking as after vacuuming.
    expect(searchPostings(engineSource(index.engine), terms, opts)).toEqual(beforeVacuum);
    expectSameAsMiniSearch(index);
  });

  it('without countMatches, scores and orders by the weighted BM25 sum alone', () => {
    const index = buildIndex(articles);
    const counted = searchPostings(engineSource(index.engine), terms, { ...opts, depth: 100 });
    const plain = searchPostings(engineSource(index.engine), terms, { ...opts, depth: 100, countMatches: false });
    expect(plain.length).toBe(counted.length);
    const sumOf = new Map(counted.map((h) => [h.id, h.score / h.queryTerms.length]));
    plain.forEach((h) => expect(h.score).toBeCloseTo(sumOf.get(h.id)!, 10));
    const expected = [...sumOf].sort((a, b) => b[1] - a[1]).map(([id]) => id);
    expect(plain.map((h) => h.id)).toEqual(expected);
    expect(plain.map((h) => h.id)).not.toEqual(counted.map((h) => h.id)); // the corpus is one where it matters
  });

  it('counts documents per term across fields', () => {
    const index = buildIndex([
      { id: 'x', title: 'Card', body: 'card card' },
      { id: 'y', title: 'Other', body: 'a card' },
      { id: 'z', title: 'Refund', body: 'money back' },
    ]);
    expect(documentFrequency(engineSource(index.engine), 'card', ['title', 'body'])).toBe(2);
    expect(documentFrequency(engineSource(index.engine), 'refund', ['title', 'body'])).toBe(1);
    expect(documentFrequency(engineSource(index.engine), 'absent', ['title', 'body'])).toBe(0);
  });

  it('scores the packed form (what IndexedDB holds) exactly as the live engine, also after removals', () => {
    const index = buildIndex(articles);
    removeFromIndex(index, ['a1', 'a7']); // discarded, not vacuumed: packing leaves them out
    const packed = packIndex(index);
    expect(searchPostings(packedSource(packed), terms, opts)).toEqual(searchPostings(engineSource(index.engine), terms, opts));
    const loaded = unpackIndex(structuredClone(packed));
    expect(loaded.articles.get('a2')).toEqual(articles[2]);
    expect(loaded.articles.has('a1')).toBe(false);
    const query = 'my card was declined, I want a refund';
    expect(rankArticles(loaded, query, 10)).toEqual(rankArticles(index, query, 10));
    // The engine rebuilt from the packed form (for changes) holds the same postings and accepts updates.
    expect(loaded.engine.documentCount).toBe(38);
    expect(searchPostings(engineSource(loaded.engine), terms, opts)).toEqual(searchPostings(engineSource(index.engine), terms, opts));
    upsertIntoIndex(loaded, [{ id: 'new', title: 'Declined card refund', body: 'Card declined: how to get a refund.' }]);
    expect(rankArticles(loaded, query)[0].articleId).toBe('new');
  });

  it('drops words found in nearly every article of a large base from the query, not in a small one', () => {
    const many = Array.from({ length: 60 }, (_, i) => ({
      id: `m${i}`,
      title: `Account topic ${i}`,
      body: i === 7 ? 'Your account balance and the refund of a fee.' : `Your account settings, part ${i}.`,
    }));
    const [hit] = rankArticles(buildIndex(many), 'account refund');
    expect(hit.articleId).toBe('m7');
    expect(hit.matchedTerms).toEqual(['refund']); // "account" is in all 60: not a signal here
    const few = buildIndex(many.slice(0, 10));
    expect(rankArticles(few, 'account refund')[0].matchedTerms).toEqual(['account', 'refund']);
  });
});
