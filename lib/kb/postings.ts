// The hot paths of the knowledge index: scoring a ticket query, and loading the index from IndexedDB.
//
// Scoring. A ticket query has dozens of weighted terms, and in a knowledge base whose articles share a support
// vocabulary most of them hit thousands of documents. MiniSearch.search builds a result object (with per-term
// match records) for every matching document and sorts them all: 150-300 ms per ticket at 10k articles. Here the
// same scores are summed into a Float64Array and only the top `depth` documents become objects. The formula,
// field boosts, term boosts and the final "score x number of matched query terms" are MiniSearch 7.2's exactly
// (tests/unit/kb/postings.test.ts checks the two agree).
//
// Loading. MiniSearch's JSON (15 MB at 10k articles) takes seconds to parse and turn back into millions of Map
// entries. The saved form here is a PackedIndex: the same postings as flat typed arrays plus the articles as two
// strings, one IndexedDB record that structured-clones without parsing. Queries run on it directly; the
// MiniSearch engine is rebuilt from it only when the index is changed (imports and syncs).
import MiniSearch from 'minisearch';
import type { KbArticle } from './index';

/** MiniSearch 7.2 internals read here (protected/private in its typings; pinned version, checked by a test). */
interface EngineInternals {
  _index: { get(term: string): Map<number, Map<number, number>> | undefined } & Iterable<[string, Map<number, Map<number, number>>]>;
  _fieldIds: Record<string, number>;
  _fieldLength: Map<number, number[]>;
  _avgFieldLength: number[];
  _documentIds: Map<number, string>;
  _documentCount: number;
  _nextId: number;
  _dirtCount: number;
}

const internals = (engine: MiniSearch) => engine as unknown as EngineInternals;

export interface WeightedTerm {
  term: string;
  weight: number;
}

export interface PostingHit {
  id: string;
  /** MiniSearch's score for the same query: BM25+ sum times the number of matched query terms (see countMatches). */
  score: number;
  /** Matched query terms, in query order. */
  queryTerms: string[];
}

export interface PostingSearch {
  fieldBoost: Record<string, number>;
  bm25: { k: number; b: number; d: number };
  /** How many of the best documents to return. */
  depth: number;
  /**
   * false: rank and score by the weighted BM25 sum alone. true (the default, MiniSearch's own): the sum times
   * the number of query terms matched, which counts a faint term as much as the customer's main words.
   */
  countMatches?: boolean;
}

/** What scoring needs from an index, whether a live MiniSearch engine or a packed one loaded from storage. */
export interface PostingSource {
  readonly nextId: number;
  readonly documentCount: number;
  fieldId(field: string): number;
  /** 1 for documents in the index (discarded ones stay in MiniSearch's postings until vacuumed). */
  live(): Uint8Array;
  /** Per document: its length in the field (tokens), indexed by short id. */
  lengths(fieldId: number): Float64Array;
  averageLength(fieldId: number): number;
  /** Live documents with the term in the field. */
  count(term: string, fieldId: number): number;
  /** Calls fn for each (document, term frequency) of the term in the field; skips discarded documents. */
  visit(term: string, fieldId: number, fn: (doc: number, tf: number) => void): void;
  externalId(doc: number): string;
  /** Packed sources: the postings as a range of typed arrays (faster than visit). */
  segment?(term: string, fieldId: number): { docs: ArrayLike<number>; tfs: ArrayLike<number>; start: number; end: number } | undefined;
}

/** Number of documents containing the term in any field. */
export function documentFrequency(source: PostingSource, term: string, fields: string[]): number {
  const docs = new Set<number>();
  for (const f of fields) source.visit(term, source.fieldId(f), (doc) => void docs.add(doc));
  return docs.size;
}

/** Terms past this many are ignored by searchPostings (matched terms are tracked in a 64-bit mask). */
export const MAX_SCORED_TERMS = 64;

/**
 * The `depth` best documents for OR-combined weighted terms, ties in first-matched order (as MiniSearch's
 * stable sort of its insertion-ordered results).
 */
export function searchPostings(source: PostingSource, allTerms: WeightedTerm[], opts: PostingSearch): PostingHit[] {
  const terms = allTerms.slice(0, MAX_SCORED_TERMS);
  const { sums, matched, maskLo, maskHi, order } = scratchFor(source.nextId);
  const touched: number[] = [];
  const total = source.documentCount;
  const { k, b, d } = opts.bm25;
  const fields = Object.keys(opts.fieldBoost);
  const norms = normTables(source, fields, k, b);

  for (let ti = 0; ti < terms.length; ti++) {
    const term = terms[ti].term;
    const lo = ti < 32 ? 1 << ti : 0;
    const hi = ti < 32 ? 0 : 1 << (ti - 32);
    for (let fi = 0; fi < fields.length; fi++) {
      const fieldId = source.fieldId(fields[fi]);
      const matching = source.count(term, fieldId);
      if (matching === 0) continue;
      const idf = Math.log(1 + (total - matching + 0.5) / (matching + 0.5));
      const boost = terms[ti].weight * opts.fieldBoost[fields[fi]];
      const norm = norms[fi];
      const w = boost * idf;
      const add = (doc: number, tf: number) => {
        sums[doc] += w * (d + (tf * (k + 1)) / (tf + norm[doc]));
        if ((maskLo[doc] | maskHi[doc]) === 0) {
          order[doc] = touched.length;
          touched.push(doc);
        }
        maskLo[doc] |= lo;
        maskHi[doc] |= hi;
      };
      const seg = source.segment?.(term, fieldId);
      if (seg) {
        // packed postings: a plain loop over the typed arrays (the hottest loop of a query)
        const { docs, tfs, start, end } = seg;
        for (let j = start; j < end; j++) add(docs[j], tfs[j]);
      } else source.visit(term, fieldId, add);
    }
  }

  const counted = opts.countMatches !== false;
  for (const doc of touched) matched[doc] = counted ? popcount(maskLo[doc]) + popcount(maskHi[doc]) : 1;

  // Top `depth` by score (then first-touch order), kept sorted in a small array: most documents are rejected by
  // one comparison with the current worst.
  const top: number[] = [];
  const better = (x: number, y: number) => {
    const sx = sums[x] * matched[x];
    const sy = sums[y] * matched[y];
    return sx > sy || (sx === sy && order[x] < order[y]);
  };
  for (const doc of touched) {
    const full = top.length === opts.depth;
    if (full && !better(doc, top[top.length - 1])) continue;
    let i = full ? top.length - 1 : top.length;
    while (i > 0 && better(doc, top[i - 1])) {
      top[i] = top[i - 1];
      i--;
    }
    top[i] = doc;
  }

  const hits = top.map((doc) => ({
    id: source.externalId(doc),
    score: sums[doc] * matched[doc],
    queryTerms: terms
      .filter((_, ti) => (ti < 32 ? maskLo[doc] & (1 << ti) : maskHi[doc] & (1 << (ti - 32))) !== 0)
      .map((t) => t.term),
  }));
  // Leave the scratch arrays zeroed for the next query (cheaper than allocating them: no GC churn).
  for (const doc of touched) {
    sums[doc] = 0;
    matched[doc] = 0;
    maskLo[doc] = 0;
    maskHi[doc] = 0;
  }
  return hits;
}

/** Per-document accumulators, reused across queries (all zero between queries). */
let scratch: { sums: Float64Array; matched: Uint16Array; maskLo: Uint32Array; maskHi: Uint32Array; order: Int32Array } | undefined;
function scratchFor(size: number) {
  if (!scratch || scratch.sums.length < size) {
    const n = Math.max(size, 1024);
    scratch = { sums: new Float64Array(n), matched: new Uint16Array(n), maskLo: new Uint32Array(n), maskHi: new Uint32Array(n), order: new Int32Array(n) };
  }
  return scratch;
}

function popcount(x: number): number {
  let n = 0;
  for (let v = x >>> 0; v; v &= v - 1) n++;
  return n;
}

/** BM25's length normalisation k * (1 - b + b * len / avg) per field and document, cached per source state. */
const normCache = new WeakMap<PostingSource, { key: string; tables: Float64Array[] }>();
function normTables(source: PostingSource, fields: string[], k: number, b: number): Float64Array[] {
  const key = `${source.nextId}:${source.documentCount}:${fields.join()}:${k}:${b}`;
  const cached = normCache.get(source);
  if (cached?.key === key) return cached.tables;
  const tables = fields.map((f) => {
    const id = source.fieldId(f);
    const lengths = source.lengths(id);
    const avg = source.averageLength(id);
    const norm = new Float64Array(lengths.length);
    for (let doc = 0; doc < lengths.length; doc++) norm[doc] = k * (1 - b + (b * lengths[doc]) / avg);
    return norm;
  });
  normCache.set(source, { key, tables });
  return tables;
}

// ---------- a live MiniSearch engine as a source ----------

const engineSources = new WeakMap<object, { key: string; source: PostingSource }>();

/**
 * The engine's postings as a PostingSource. Per-document tables are computed once per engine state: every add
 * increments _nextId and every discard decrements _documentCount, so an unchanged pair means an unchanged engine.
 */
export function engineSource(engine: MiniSearch): PostingSource {
  const e = internals(engine);
  const key = `${e._nextId}:${e._documentCount}`;
  const cached = engineSources.get(e);
  if (cached?.key === key) return cached.source;
  const live = new Uint8Array(e._nextId);
  for (const doc of e._documentIds.keys()) live[doc] = 1;
  const lengthTables = new Map<number, Float64Array>();
  const source: PostingSource = {
    nextId: e._nextId,
    documentCount: e._documentCount,
    fieldId: (field) => e._fieldIds[field],
    live: () => live,
    lengths(fieldId) {
      let t = lengthTables.get(fieldId);
      if (!t) {
        t = new Float64Array(e._nextId);
        for (const [doc, lengths] of e._fieldLength) t[doc] = lengths[fieldId] ?? 0;
        lengthTables.set(fieldId, t);
      }
      return t;
    },
    averageLength: (fieldId) => e._avgFieldLength[fieldId],
    count(term, fieldId) {
      const post = e._index.get(term)?.get(fieldId);
      if (!post) return 0;
      if (e._dirtCount === 0) return post.size;
      // Discarded documents stay in the postings until vacuumed: count the live ones, as a vacuumed index would.
      let n = 0;
      post.forEach((_, doc) => void (n += live[doc]));
      return n;
    },
    visit(term, fieldId, fn) {
      const post = e._index.get(term)?.get(fieldId);
      if (!post) return;
      post.forEach((tf, doc) => {
        if (live[doc]) fn(doc, tf);
      });
    },
    externalId: (doc) => e._documentIds.get(doc)!,
  };
  engineSources.set(e, { key, source });
  return source;
}

// ---------- the packed form saved in IndexedDB ----------

/** Stored as-is in IndexedDB: typed arrays and strings structured-clone fast and need no parsing. */
export interface PackedIndex {
  format: 'tandem-kb-packed';
  v: number;
  /** Engine field names by field id. */
  fields: string[];
  /** Terms joined by '\n' (index terms never contain one). */
  terms: string;
  /** Postings of term t in field f are entries starts[t*F+f] .. starts[t*F+f+1] of docs/tfs. */
  starts: Uint32Array;
  docs: Uint16Array | Uint32Array;
  /** Term frequencies (capped at 255). */
  tfs: Uint8Array;
  nextId: number;
  /** Short ids of the live documents, and their field lengths (docIds.length x F). */
  docIds: Uint32Array;
  fieldLength: Uint32Array;
  averageFieldLength: number[];
  /** JSON array aligned with docIds: [id, title, url, tags, kind] (bodies apart: they are most of the bytes). */
  articles: string;
  /** All bodies concatenated; body i ends at bodyEnds[i]. */
  bodies: string;
  bodyEnds: Uint32Array;
  /** Fingerprint of the stored article rows this index was saved with (store.ts). */
  stamp?: string;
}

/** An article as the packed index keeps it: exactly the contract's KbArticle. */
export type PackedArticle = KbArticle;

/** Packs a (vacuumed or not: discarded documents are left out) engine with its articles. */
export function packEngine(engine: MiniSearch, articles: Map<string, PackedArticle>, v: number): PackedIndex {
  const e = internals(engine);
  const fields = Object.keys(e._fieldIds).sort((a, b) => e._fieldIds[a] - e._fieldIds[b]);
  const F = fields.length;
  const live = new Uint8Array(e._nextId);
  for (const doc of e._documentIds.keys()) live[doc] = 1;

  const terms: string[] = [];
  const starts: number[] = [0];
  const docs: number[] = [];
  const tfs: number[] = [];
  for (const [term, data] of e._index) {
    const before = docs.length;
    const segment: number[] = [];
    for (let f = 0; f < F; f++) {
      data.get(f)?.forEach((tf, doc) => {
        if (!live[doc]) return;
        docs.push(doc);
        tfs.push(Math.min(255, tf));
      });
      segment.push(docs.length);
    }
    if (docs.length === before) continue; // only discarded documents had it
    terms.push(term);
    starts.push(...segment);
  }

  const docIds: number[] = [];
  const lengths: number[] = [];
  const meta: unknown[] = [];
  const bodies: string[] = [];
  const bodyEnds: number[] = [];
  let end = 0;
  for (const [doc, id] of e._documentIds) {
    const a = articles.get(id);
    if (!a) throw new Error(`kb index: article ${id} is indexed but missing`);
    docIds.push(doc);
    const fl = e._fieldLength.get(doc) ?? [];
    for (let f = 0; f < F; f++) lengths.push(fl[f] ?? 0);
    meta.push([a.id, a.title, a.url ?? null, a.tags ?? null, a.kind ?? null]);
    bodies.push(a.body);
    end += a.body.length;
    bodyEnds.push(end);
  }
  return {
    format: 'tandem-kb-packed',
    v,
    fields,
    terms: terms.join('\n'),
    starts: Uint32Array.from(starts),
    docs: e._nextId <= 0xffff ? Uint16Array.from(docs) : Uint32Array.from(docs),
    tfs: Uint8Array.from(tfs),
    nextId: e._nextId,
    docIds: Uint32Array.from(docIds),
    fieldLength: Uint32Array.from(lengths),
    averageFieldLength: [...e._avgFieldLength],
    articles: JSON.stringify(meta),
    bodies: bodies.join(''),
    bodyEnds: Uint32Array.from(bodyEnds),
  };
}

/** Size of a packed index: typed-array bytes, and string characters (1 byte each for Latin-1 text). */
export function packedSize(p: PackedIndex): { postings: number; articles: number } {
  const postings = p.starts.byteLength + p.docs.byteLength + p.tfs.byteLength + p.docIds.byteLength + p.fieldLength.byteLength + p.terms.length;
  return { postings, articles: p.bodyEnds.byteLength + p.articles.length + p.bodies.length };
}

export function isPackedIndex(x: unknown): x is PackedIndex {
  return !!x && typeof x === 'object' && (x as PackedIndex).format === 'tandem-kb-packed';
}

type ArticleRow = [string, string, string | null, string[] | null, 'article' | 'macro' | null];
/** The parsed article rows of a packed index, parsed once (loading needs them for the map and for the ids). */
const rowsCache = new WeakMap<PackedIndex, ArticleRow[]>();
function articleRows(p: PackedIndex): ArticleRow[] {
  let rows = rowsCache.get(p);
  if (!rows) rowsCache.set(p, (rows = JSON.parse(p.articles) as ArticleRow[]));
  return rows;
}

/** The articles of a packed index, bodies sliced from the one string (no copy in V8). */
export function packedArticles(p: PackedIndex): Map<string, PackedArticle> {
  const meta = articleRows(p);
  const map = new Map<string, PackedArticle>();
  let start = 0;
  meta.forEach(([id, title, url, tags, kind], i) => {
    const a: PackedArticle = { id, title, body: p.bodies.slice(start, p.bodyEnds[i]) };
    if (url != null) a.url = url;
    if (tags != null) a.tags = tags;
    if (kind != null) a.kind = kind;
    map.set(id, a);
    start = p.bodyEnds[i];
  });
  return map;
}

/** Queries straight on the packed arrays. */
export function packedSource(p: PackedIndex): PostingSource {
  const F = p.fields.length;
  const termIndex = new Map<string, number>();
  if (p.terms) p.terms.split('\n').forEach((t, i) => termIndex.set(t, i));
  const live = new Uint8Array(p.nextId);
  const ids: string[] = new Array(p.nextId);
  const meta = articleRows(p);
  p.docIds.forEach((doc, i) => {
    live[doc] = 1;
    ids[doc] = meta[i][0];
  });
  const fieldIds = Object.fromEntries(p.fields.map((f, i) => [f, i]));
  const { starts, docs, tfs } = p;
  return {
    nextId: p.nextId,
    documentCount: p.docIds.length,
    fieldId: (field) => fieldIds[field],
    live: () => live,
    lengths(fieldId) {
      const t = new Float64Array(p.nextId);
      p.docIds.forEach((doc, i) => (t[doc] = p.fieldLength[i * F + fieldId]));
      return t;
    },
    averageLength: (fieldId) => p.averageFieldLength[fieldId],
    count(term, fieldId) {
      const t = termIndex.get(term);
      if (t === undefined || fieldId === undefined) return 0;
      return starts[t * F + fieldId + 1] - starts[t * F + fieldId];
    },
    visit(term, fieldId, fn) {
      const t = termIndex.get(term);
      if (t === undefined || fieldId === undefined) return;
      for (let j = starts[t * F + fieldId], end = starts[t * F + fieldId + 1]; j < end; j++) fn(docs[j], tfs[j]);
    },
    externalId: (doc) => ids[doc],
    segment(term, fieldId) {
      const t = termIndex.get(term);
      if (t === undefined || fieldId === undefined) return undefined;
      return { docs, tfs, start: starts[t * F + fieldId], end: starts[t * F + fieldId + 1] };
    },
  };
}

/** A MiniSearch engine with the packed postings (for changing the index), without re-tokenising anything. */
export function unpackEngine<T>(p: PackedIndex, options: ConstructorParameters<typeof MiniSearch<T>>[0]): MiniSearch<T> {
  const F = p.fields.length;
  const meta = articleRows(p);
  const documentIds: Record<number, string> = {};
  const fieldLength: Record<number, number[]> = {};
  p.docIds.forEach((doc, i) => {
    documentIds[doc] = meta[i][0];
    fieldLength[doc] = Array.from(p.fieldLength.subarray(i * F, i * F + F));
  });
  const index: [string, Record<number, Record<number, number>>][] = [];
  if (p.terms) {
    p.terms.split('\n').forEach((term, t) => {
      const data: Record<number, Record<number, number>> = {};
      for (let f = 0; f < F; f++) {
        const from = p.starts[t * F + f];
        const to = p.starts[t * F + f + 1];
        if (from === to) continue;
        const freqs: Record<number, number> = {};
        for (let j = from; j < to; j++) freqs[p.docs[j]] = p.tfs[j];
        data[f] = freqs;
      }
      index.push([term, data]);
    });
  }
  return MiniSearch.loadJS<T>(
    {
      documentCount: p.docIds.length,
      nextId: p.nextId,
      documentIds,
      fieldIds: Object.fromEntries(p.fields.map((f, i) => [f, i])),
      fieldLength,
      averageFieldLength: p.averageFieldLength,
      storedFields: {},
      dirtCount: 0,
      index,
      serializationVersion: 2,
    } as unknown as Parameters<typeof MiniSearch.loadJS>[0],
    options,
  );
}
