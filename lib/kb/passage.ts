// Picks the passage of an article that answers the ticket best (a window of up to three sentences), instead of
// the article's first lines, which are usually an intro the agent already knows.
import { normalizeTerm, splitSentences, stripMarkdown, tokenize } from './text';

/** Longest passage shown; a window stops growing past this. */
const MAX_PASSAGE_CHARS = 320;
const MAX_WINDOW_SENTENCES = 3;

interface Sentence {
  text: string;
  terms: Set<string>;
}

/**
 * Best window of consecutive sentences: the most query weight covered (each term counted once), then the
 * shortest, then the earliest. `weights` maps normalised terms to their weight in the query.
 */
export function bestPassage(body: string, weights: Map<string, number>): string {
  const sentences = sentencesOf(body);
  if (sentences.length === 0) return '';
  let best = { start: 0, end: 1, score: -1, length: Infinity };
  for (let start = 0; start < sentences.length; start++) {
    const covered = new Set<string>();
    let length = 0;
    for (let end = start + 1; end <= Math.min(sentences.length, start + MAX_WINDOW_SENTENCES); end++) {
      const s = sentences[end - 1];
      if (end > start + 1 && length + s.text.length > MAX_PASSAGE_CHARS) break;
      length += s.text.length + 1;
      for (const t of s.terms) if (weights.has(t)) covered.add(t);
      let score = 0;
      for (const t of covered) score += weights.get(t) ?? 0;
      // a sentence that adds nothing only makes the passage longer
      const better = score > best.score + 1e-9 || (Math.abs(score - best.score) <= 1e-9 && length < best.length && score > 0);
      if (better) best = { start, end, score, length };
    }
  }
  const text = sentences
    .slice(best.start, best.end)
    .map((s) => s.text)
    .join(' ');
  return clip(text, MAX_PASSAGE_CHARS);
}

/**
 * Sentences with their terms, cached for recently ranked articles: the same articles come back for every
 * update of a ticket, and tokenising a long article costs more than the search itself.
 */
const CACHE_SIZE = 300;
const sentenceCache = new Map<string, Sentence[]>();
function sentencesOf(body: string): Sentence[] {
  const cached = sentenceCache.get(body);
  if (cached) {
    sentenceCache.delete(body); // re-insert: Map order is the LRU order
    sentenceCache.set(body, cached);
    return cached;
  }
  const sentences = splitSentences(stripMarkdown(body)).map((text) => ({
    text,
    terms: new Set(tokenize(text).map(normalizeTerm).filter((t): t is string => !!t)),
  }));
  sentenceCache.set(body, sentences);
  if (sentenceCache.size > CACHE_SIZE) sentenceCache.delete(sentenceCache.keys().next().value!);
  return sentences;
}

function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${cut.slice(0, space > max * 0.6 ? space : max)}…`;
}

export interface HighlightSegment {
  text: string;
  match: boolean;
}

/**
 * Splits a snippet into plain-text segments, marking words whose normalised form matches one of the matched
 * terms. Render each segment as text (a <mark> around matches) — never as HTML: the snippet is untrusted.
 */
export function highlightSegments(snippet: string, matchedTerms: string[]): HighlightSegment[] {
  const wanted = new Set<string>();
  for (const t of matchedTerms) {
    for (const token of tokenize(t)) {
      const n = normalizeTerm(token);
      if (n) wanted.add(n);
    }
  }
  const segments: HighlightSegment[] = [];
  const push = (text: string, match: boolean) => {
    if (!text) return;
    const last = segments[segments.length - 1];
    if (last && last.match === match) last.text += text;
    else segments.push({ text, match });
  };
  const word = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;
  let at = 0;
  for (const m of snippet.matchAll(word)) {
    const n = normalizeTerm(m[0]);
    const hit = n !== null && wanted.has(n);
    if (!hit) continue;
    push(snippet.slice(at, m.index), false);
    push(m[0], true);
    at = m.index! + m[0].length;
  }
  push(snippet.slice(at), false);
  return segments;
}
