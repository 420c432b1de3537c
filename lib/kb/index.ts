// Local knowledge ranking: MiniSearch (BM25, prefix/fuzzy, incremental, serialisable; chosen by measurement,
// see bench/kb.ts) underneath, with a ranking tuned for support tickets on top: weighted query terms from the
// customer's words (query.ts), title and tag boosts, coverage of the query, ticket-tag and feedback re-ranking,
// and a best-passage snippet with the matched terms. Queries are scored over MiniSearch's postings in flat
// arrays, and the index is saved packed (postings.ts): both hot paths skip MiniSearch's per-result objects and
// its JSON, so a 10k-article base loads in well under 300 ms and answers a ticket in a few ms.
import MiniSearch, { type Options, type SearchOptions } from 'minisearch';
import type { TicketSnapshot } from '../../adapters/types';
import { feedbackFactor, type FeedbackSignals } from './feedback';
import { bestPassage } from './passage';
import {
  engineSource,
  isPackedIndex,
  packedArticles,
  packedSource,
  packEngine,
  searchPostings,
  unpackEngine,
  type PackedIndex,
  type PostingSource,
} from './postings';
import { buildQuery, type QueryTerm } from './query';
import { analyze, isFunctionWord, normalizeTerm, stripMarkdown, tokenize } from './text';

export type { FeedbackSignals } from './feedback';
export { feedbackFromRows, feedbackFactor } from './feedback';
export { highlightSegments, type HighlightSegment } from './passage';
export { buildQuery, cleanCustomerText } from './query';
export { isPackedIndex, packedSize, type PackedIndex } from './postings';

export interface KbArticle {
  id: string;
  title: string;
  /** plain text or markdown */
  body: string;
  url?: string;
  tags?: string[];
  kind?: 'article' | 'macro';
}

export interface KbHit {
  articleId: string;
  /** Relative relevance: higher is better; comparable only within one ranking. */
  score: number;
  /** The best-matching passage (plain text; render as text, never as HTML). */
  snippet: string;
  /** The ticket's words that matched this article ("why this"): the customer's, then the agent's questions'. */
  matchedTerms: string[];
}

export interface KbIndex {
  /**
   * The full-text engine. Treat as internal; use the functions of this module. An index loaded from storage
   * answers queries from its packed postings and builds the engine only when this is first read.
   */
  readonly engine: MiniSearch<KbArticle>;
  readonly articles: Map<string, KbArticle>;
}

/** A KbIndex backed by a live engine, or by a packed index from storage until the engine is needed. */
class KnowledgeIndex implements KbIndex {
  #engine?: MiniSearch<KbArticle>;
  #packed?: PackedIndex;
  #packedSource?: PostingSource;

  constructor(
    readonly articles: Map<string, KbArticle>,
    from: { engine: MiniSearch<KbArticle> } | { packed: PackedIndex },
  ) {
    if ('engine' in from) this.#engine = from.engine;
    else this.#packed = from.packed;
  }

  get engine(): MiniSearch<KbArticle> {
    if (!this.#engine) this.#engine = unpackEngine<KbArticle>(this.#packed!, engineOptions());
    return this.#engine;
  }

  /** Postings to score: the engine once it exists (it may have changed since loading), else the packed form. */
  source(): PostingSource {
    if (this.#engine) return engineSource(this.#engine);
    return (this.#packedSource ??= packedSource(this.#packed!));
  }

  /** The packed form, if it still describes the index (the engine was never built, so never changed). */
  packedIfCurrent(): PackedIndex | undefined {
    return this.#engine ? undefined : this.#packed;
  }
}

const sourceOf = (index: KbIndex): PostingSource =>
  index instanceof KnowledgeIndex ? index.source() : engineSource(index.engine);

export interface RankOptions {
  feedback?: FeedbackSignals;
  /** Tags of the ticket; defaults to the snapshot's own tags when the query is a TicketSnapshot. */
  ticketTags?: string[];
}

/** Bump when tokenisation, fields or stemming change: older serialised indexes are then rebuilt. */
export const INDEX_FORMAT_VERSION = 3;

/** Ranking knobs, measured on BANKING77/ABCD in bench/kb.ts. Exported read-only for the bench's ablations. */
export const TUNING = {
  /**
   * A title is a short field, so BM25's length normalisation already lifts a title match well above the same word
   * in a long body; a larger boost on top let one title word outvote the rest of the ticket (title 2 -> 1.25:
   * BANKING77 MRR 0.896 -> 0.906, ABCD's dialogue ranks 2,1,6 -> 2,1,3).
   */
  fieldBoost: { title: 1.25, tags: 1.5, body: 1 },
  /** Prefix matching for query terms at least this long (0 = off). Off: cost 2 MRR points on BANKING77. */
  prefixMinLength: 0,
  /** Fuzzy (edit distance 1) matching for query terms at least this long (0 = off). Off: no gain measured, slower. */
  fuzzyMinLength: 0,
  weights: { prefix: 0.3, fuzzy: 0.2 },
  /**
   * score = weighted BM25 sum x (coverageBase + share of the query weight the article matched). Coverage is
   * weighted: an article matching the customer's main words beats one matching many faint ones (an old message,
   * a detail). 0.4-1.2 measured the same on BANKING77.
   */
  coverageBase: 0.4,
  /** Tag overlap with the ticket: each shared tag adds this much, up to the cap. */
  tagBoostEach: 0.3,
  tagBoostMax: 1.9,
  /** How many engine results are re-ranked (tags and feedback can lift an article from below the fold). */
  rerankDepth: 50,
  /** Terms scored per query, strongest first (buildQuery keeps up to 48). Lower caps measured no faster. */
  maxScoredTerms: 48,
  /**
   * A word in more than this share of the articles says next to nothing about which one fits (BM25 gives it
   * almost no weight) yet costs the most to score: its postings cover the corpus. Dropped from the query, like
   * a stopword of this knowledge base. 0.8: BANKING77 MRR unchanged, 10k-article p95 down ~30% (bench/kb.ts).
   * Not below `minDocsForDfCut` articles, where a word in most of a handful of articles can still decide.
   */
  maxDfShare: 0.8,
  minDocsForDfCut: 50,
  /**
   * MiniSearch multiplies a document's score by the number of query terms it matched, counting a faint word the
   * same as the customer's main one; with weighted coverage above that double-counts. Off: BANKING77 MRR 0.901 ->
   * 0.906, the ABCD refund-status dialogue 7th -> 1st (it lost to articles matching "much", "check", "on").
   */
  countMatches: false,
  /** BM25+: k saturation, b length normalisation, d floor for matched terms. */
  bm25: { k: 2, b: 0.7, d: 0.5 },
};


function engineOptions(): Options<KbArticle> {
  return {
    fields: ['title', 'body', 'tags'],
    storeFields: [],
    idField: 'id',
    // analyze() already normalises and adds phrases; MiniSearch's own processTerm must leave them alone.
    tokenize: analyze,
    processTerm: (t) => t,
    extractField: (doc, field) => {
      if (field === 'body') return stripMarkdown(doc.body ?? '');
      if (field === 'tags') return (doc.tags ?? []).join(' ');
      return (doc as unknown as Record<string, string>)[field];
    },
    // Vacuuming is asked for explicitly (store.ts) so an index is never serialised half-vacuumed.
    autoVacuum: false,
  };
}

export function buildIndex(articles: KbArticle[]): KbIndex {
  const engine = new MiniSearch<KbArticle>(engineOptions());
  const map = new Map<string, KbArticle>();
  for (const a of articles) map.set(a.id, a); // last one wins on duplicate ids
  engine.addAll([...map.values()]);
  return new KnowledgeIndex(map, { engine });
}

/** Adds or replaces articles in place. */
export function upsertIntoIndex(index: KbIndex, articles: KbArticle[]): void {
  for (const a of articles) {
    if (index.articles.has(a.id)) index.engine.discard(a.id);
    index.engine.add(a);
    index.articles.set(a.id, a);
  }
}

export function removeFromIndex(index: KbIndex, ids: string[]): void {
  for (const id of ids) {
    if (!index.articles.has(id)) continue;
    index.engine.discard(id);
    index.articles.delete(id);
  }
}

/**
 * The index in the form saved to IndexedDB: postings as typed arrays and the articles as strings (see
 * postings.ts). Vacuum first when many documents were discarded (store.ts does).
 */
export function packIndex(index: KbIndex): PackedIndex {
  if (index instanceof KnowledgeIndex) {
    const current = index.packedIfCurrent();
    if (current) return current;
  }
  return packEngine(index.engine, index.articles, INDEX_FORMAT_VERSION);
}

/** Restores an index without re-tokenising or parsing postings. Throws on a format from another version. */
export function unpackIndex(packed: PackedIndex): KbIndex {
  if (!isPackedIndex(packed) || packed.v !== INDEX_FORMAT_VERSION) {
    throw new Error(`kb index format ${(packed as { v?: unknown })?.v}, expected ${INDEX_FORMAT_VERSION}`);
  }
  return new KnowledgeIndex(packedArticles(packed) as Map<string, KbArticle>, { packed });
}

/** The ticket's weighted terms, without the corpus-wide ones (TUNING.maxDfShare), at most maxScoredTerms. */
function queryTermsFor(index: KbIndex, query: TicketSnapshot | string): QueryTerm[] {
  let terms = buildQuery(query);
  const n = index.articles.size;
  if (TUNING.maxDfShare < 1 && n >= TUNING.minDocsForDfCut) {
    const source = sourceOf(index);
    const fields = Object.keys(TUNING.fieldBoost).map((f) => source.fieldId(f));
    const limit = TUNING.maxDfShare * n;
    // Largest per-field count: a lower bound of the document frequency, O(1) on packed postings.
    terms = terms.filter((t) => Math.max(...fields.map((f) => source.count(t.term, f))) <= limit);
  }
  return terms.slice(0, TUNING.maxScoredTerms);
}

/** The engine's best `rerankDepth` documents for the query terms. */
function engineResults(index: KbIndex, terms: QueryTerm[]): { id: string; score: number; queryTerms: string[] }[] {
  if (TUNING.prefixMinLength > 0 || TUNING.fuzzyMinLength > 0) {
    // Prefix/fuzzy expansion needs MiniSearch's own search (slow on long queries; off by default).
    const results = index.engine.search(terms.map((t) => t.term).join(' '), searchOptions(terms));
    const plain = (r: (typeof results)[number]) => ({ ...r, score: r.score / Math.max(1, r.queryTerms.length) });
    return (TUNING.countMatches ? results : results.map(plain).sort((a, b) => b.score - a.score)).slice(0, TUNING.rerankDepth);
  }
  return searchPostings(sourceOf(index), terms, {
    fieldBoost: TUNING.fieldBoost,
    bm25: TUNING.bm25,
    depth: TUNING.rerankDepth,
    countMatches: TUNING.countMatches,
  });
}

function searchOptions(terms: QueryTerm[]): SearchOptions {
  const weight = new Map(terms.map((t) => [t.term, t.weight]));
  return {
    // Query terms are already normalised by buildQuery.
    tokenize: (s) => s.split(' '),
    processTerm: (t) => t,
    boost: TUNING.fieldBoost,
    boostTerm: (term) => weight.get(term) ?? 1,
    combineWith: 'OR',
    prefix: (term) => TUNING.prefixMinLength > 0 && term.length >= TUNING.prefixMinLength,
    fuzzy: (term) => (TUNING.fuzzyMinLength > 0 && term.length >= TUNING.fuzzyMinLength ? 1 : false),
    weights: TUNING.weights,
    bm25: TUNING.bm25,
  };
}

export function rankArticles(
  index: KbIndex,
  query: TicketSnapshot | string,
  limit = 5,
  options: RankOptions = {},
): KbHit[] {
  if (limit <= 0 || index.articles.size === 0) return [];
  const terms = queryTermsFor(index, query);
  if (terms.length === 0) return [];
  const weights = new Map(terms.map((t) => [t.term, t.weight]));
  const surfaceOf = new Map(terms.map((t) => [t.term, t.surface]));
  const totalWeight = terms.reduce((s, t) => s + t.weight, 0);

  const ticketTags = new Set(
    (options.ticketTags ?? (typeof query === 'string' ? [] : query.tags ?? [])).map((t) => t.trim().toLowerCase()),
  );

  const scored: { id: string; score: number; queryTerms: string[] }[] = [];
  for (const r of engineResults(index, terms)) {
    const article = index.articles.get(r.id);
    if (!article) continue;
    // Coordination: BM25 over OR lets one rare word win; an article covering more of what the customer
    // said is the better answer.
    const covered = r.queryTerms.reduce((s, t) => s + (weights.get(t) ?? 0), 0);
    const coverage = totalWeight > 0 ? covered / totalWeight : 0;
    let score = r.score * (TUNING.coverageBase + coverage);
    if (ticketTags.size && article.tags?.length) {
      const shared = article.tags.filter((t) => ticketTags.has(t.trim().toLowerCase())).length;
      score *= Math.min(TUNING.tagBoostMax, 1 + TUNING.tagBoostEach * shared);
    }
    score *= feedbackFactor(article.id, options.feedback);
    scored.push({ id: r.id, score, queryTerms: r.queryTerms });
  }
  scored.sort((a, b) => b.score - a.score);

  return scored.slice(0, limit).map((s) => {
    const article = index.articles.get(s.id)!;
    // "Why this": the customer's words that matched, strongest first; a phrase only when both its words say
    // something ("promo code", not "isnt working" or "check on": its content word is listed on its own).
    const matched = s.queryTerms
      .slice()
      .sort((a, b) => (weights.get(b) ?? 0) - (weights.get(a) ?? 0))
      .map((t) => surfaceOf.get(t) ?? t)
      .filter((surface) => !surface.split(' ').some(isFunctionWord));
    const matchedWeights = new Map(s.queryTerms.map((t) => [t, weights.get(t) ?? 1]));
    // Fuzzy/prefix matches appear under the article's own word; add those forms for passage and highlight.
    return {
      articleId: s.id,
      score: Number(s.score.toFixed(4)),
      snippet: bestPassage(article.body, expandForPassage(matchedWeights, article)),
      matchedTerms: [...new Set(matched)],
    };
  });
}

/** Query terms plus article words they match by prefix (e.g. "refund" -> "refundabl"), for passage picking. */
function expandForPassage(weights: Map<string, number>, article: KbArticle): Map<string, number> {
  const out = new Map(weights);
  if (TUNING.prefixMinLength <= 0 && TUNING.fuzzyMinLength <= 0) return out;
  const prefixes = [...weights.keys()].filter((t) => t.length >= 5);
  if (prefixes.length === 0) return out;
  for (const token of tokenize(`${article.title} ${article.body}`)) {
    const n = normalizeTerm(token);
    if (!n || out.has(n)) continue;
    const p = prefixes.find((q) => n.startsWith(q));
    if (p) out.set(n, (weights.get(p) ?? 1) * 0.5);
  }
  return out;
}
