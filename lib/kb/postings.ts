// The hot path of rankArticles: BM25+ over MiniSearch's own inverted index, scored into flat arrays.
//
// Why not engine.search(): a ticket query has dozens of weighted terms, and in a knowledge base whose articles
// share a support vocabulary most of them hit thousands of documents. MiniSearch.search builds a result object
// (with per-term match records) for every matching document and sorts them all — 150-300 ms per ticket at 10k
// articles. Here the same scores are summed into a Float64Array and only the top `depth` documents become
// objects. The formula, field boosts, term boosts and the final "score x number of matched query terms" are
// MiniSearch 7.2's exactly (tests/unit/kb/postings.test.ts checks the two agree), so MiniSearch stays the
// engine that tokenises, stores, updates incrementally, vacuums and serialises the index.
import type MiniSearch from 'minisearch';

/** MiniSearch 7.2 internals read here (protected/private in its typings; pinned version, checked by a test). */
interface EngineInternals {
  _index: { get(term: string): Map<number, Map<number, number>> | undefined };
  _fieldIds: Record<string, number>;
  _fieldLength: Map<number, number[]>;
  _avgFieldLength: number[];
  _documentIds: Map<number, string>;
  _documentCount: number;
  _nextId: number;
}

const internals = (engine: MiniSearch<any>) => engine as unknown as EngineInternals;

export interface WeightedTerm {
  term: string;
  weight: number;
}

export interface PostingHit {
  id: string;
  /** MiniSearch's score for the same query: BM25+ sum times the number of matched query terms. */
  score: number;
  /** Matched query terms, in query order. */
  queryTerms: string[];
}

export interface PostingSearch {
  fieldBoost: Record<string, number>;
  bm25: { k: number; b: number; d: number };
  /** How many of the best documents to return. */
  depth: number;
}

/** Number of live documents containing the term in any field (upper bound when discarded docs await vacuum). */
export function documentFrequency(engine: MiniSearch<any>, term: string): number {
  const data = internals(engine)._index.get(term);
  if (!data) return 0;
  if (data.size === 1) return data.values().next().value!.size;
  const docs = new Set<number>();
  for (const post of data.values()) for (const doc of post.keys()) docs.add(doc);
  return docs.size;
}

interface DocTables {
  key: string;
  /** 1 for documents in the index (discarded ones stay in postings until vacuumed). */
  live: Uint8Array;
  /** Per field (in the order asked), per short id: BM25's length normalisation k * (1 - b + b * len / avg). */
  norm: Float64Array[];
}

/**
 * Per-document tables, computed once per engine state: every add increments _nextId and every discard
 * decrements _documentCount, so an unchanged pair means an unchanged engine.
 */
const tablesCache = new WeakMap<object, DocTables>();
function docTables(e: EngineInternals, fields: string[], k: number, b: number): DocTables {
  const key = `${e._nextId}:${e._documentCount}:${fields.join()}:${k}:${b}`;
  const cached = tablesCache.get(e);
  if (cached?.key === key) return cached;
  const live = new Uint8Array(e._nextId);
  const norm = fields.map(() => new Float64Array(e._nextId));
  const fieldIds = fields.map((f) => e._fieldIds[f]);
  for (const [doc, lengths] of e._fieldLength) {
    if (!e._documentIds.has(doc)) continue;
    live[doc] = 1;
    fieldIds.forEach((id, fi) => {
      norm[fi][doc] = k * (1 - b + (b * (lengths[id] ?? 0)) / e._avgFieldLength[id]);
    });
  }
  const tables = { key, live, norm };
  tablesCache.set(e, tables);
  return tables;
}

/**
 * The `depth` best documents for OR-combined weighted terms, ties in first-matched order (as MiniSearch's
 * stable sort of its insertion-ordered results).
 */
export function searchPostings(engine: MiniSearch<any>, terms: WeightedTerm[], opts: PostingSearch): PostingHit[] {
  const e = internals(engine);
  const size = e._nextId;
  const sums = new Float64Array(size);
  const matched = new Uint16Array(size);
  const lastTerm = new Int32Array(size).fill(-1);
  const order = new Int32Array(size); // first-touch rank, for ties
  const touched: number[] = [];
  const total = e._documentCount;
  const { k, b, d } = opts.bm25;
  const fields = Object.keys(opts.fieldBoost);

  const docs = docTables(e, fields, k, b);
  const dirty = engine.dirtCount > 0;
  for (let ti = 0; ti < terms.length; ti++) {
    const data = e._index.get(terms[ti].term);
    if (!data) continue;
    for (let fi = 0; fi < fields.length; fi++) {
      const post = data.get(e._fieldIds[fields[fi]]);
      if (!post) continue;
      let matching = post.size;
      if (dirty) {
        // Discarded documents stay in the postings until vacuumed: count the live ones, as a vacuumed index would.
        matching = 0;
        post.forEach((_, doc) => void (matching += docs.live[doc]));
      }
      const idf = Math.log(1 + (total - matching + 0.5) / (matching + 0.5));
      const boost = terms[ti].weight * opts.fieldBoost[fields[fi]];
      const norm = docs.norm[fi];
      post.forEach((tf, doc) => {
        if (!docs.live[doc]) return; // discarded, not yet vacuumed
        sums[doc] += boost * (idf * (d + (tf * (k + 1)) / (tf + norm[doc])));
        if (lastTerm[doc] !== ti) {
          if (lastTerm[doc] === -1) {
            order[doc] = touched.length;
            touched.push(doc);
          }
          lastTerm[doc] = ti;
          matched[doc]++;
        }
      });
    }
  }

  // Top `depth` by score (then first-touch order), kept sorted in a small array: most documents are rejected by
  // one comparison with the current worst.
  const top: number[] = [];
  const better = (a: number, b: number) => {
    const sa = sums[a] * matched[a];
    const sb = sums[b] * matched[b];
    return sa > sb || (sa === sb && order[a] < order[b]);
  };
  for (const doc of touched) {
    if (top.length === opts.depth && !better(doc, top[top.length - 1])) continue;
    let i = top.length === opts.depth ? top.length - 1 : top.length;
    while (i > 0 && better(doc, top[i - 1])) {
      if (i < opts.depth) top[i] = top[i - 1];
      i--;
    }
    top[i] = doc;
    if (top.length > opts.depth) top.length = opts.depth;
  }

  return top.map((doc) => {
    const queryTerms: string[] = [];
    for (const t of terms) {
      const data = e._index.get(t.term);
      if (!data) continue;
      for (const field of fields) {
        if (data.get(e._fieldIds[field])?.has(doc)) {
          queryTerms.push(t.term);
          break;
        }
      }
    }
    return { id: e._documentIds.get(doc)!, score: sums[doc] * matched[doc], queryTerms };
  });
}
