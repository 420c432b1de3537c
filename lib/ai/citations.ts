// Numbered citations: snippets get [1]..[n] in the prompt; the model's [n] markers are mapped back to the
// knowledge articles, and numbers that match no source (invented by the model) are flagged and stripped.
import type { KbSnippet } from './types';

export interface CitationSource {
  n: number;
  articleId: string;
  title: string;
  url?: string;
}

/** Give every snippet a citation number: keep valid given numbers, fill the rest 1..n in order. */
export function numberSnippets(snippets: KbSnippet[]): (KbSnippet & { n: number })[] {
  const used = new Set<number>();
  const out: (KbSnippet & { n: number })[] = [];
  for (const s of snippets) {
    if (s.n !== undefined && Number.isInteger(s.n) && s.n > 0 && !used.has(s.n)) {
      used.add(s.n);
      out.push({ ...s, n: s.n });
    } else out.push({ ...s, n: 0 });
  }
  let next = 1;
  for (const s of out) {
    if (s.n) continue;
    while (used.has(next)) next++;
    s.n = next;
    used.add(next);
  }
  return out;
}

export function sourcesOf(snippets: (KbSnippet & { n: number })[]): CitationSource[] {
  return snippets.map(({ n, articleId, title, url }) => ({ n, articleId, title, ...(url ? { url } : {}) }));
}

export interface CitationMap {
  /** The text with invented markers removed (valid ones untouched). */
  text: string;
  /** Sources cited at least once, in order of first citation. */
  cited: CitationSource[];
  /** Citation numbers that match no source, in order of appearance (unique). */
  invalid: number[];
  /** Every marker occurrence: where it is in the cleaned text and which source it points to. */
  markers: { n: number; index: number; source: CitationSource }[];
}

// [1], [1, 2], [1][2], [1-3], [1–3]. Placeholders like [EMAIL_1] never match (digits only inside the brackets).
const MARKER_RE = /\s?\[(\d{1,3}(?:\s*(?:,|-|–)\s*\d{1,3})*)\]/g;

function expand(list: string): number[] {
  const out: number[] = [];
  for (const part of list.split(',')) {
    const range = part.split(/-|–/).map((x) => Number(x.trim()));
    if (range.length === 2 && range[1] >= range[0] && range[1] - range[0] < 20) {
      for (let i = range[0]; i <= range[1]; i++) out.push(i);
    } else out.push(...range);
  }
  return out;
}

export function mapCitations(text: string, sources: CitationSource[]): CitationMap {
  const byN = new Map(sources.map((s) => [s.n, s]));
  const invalid: number[] = [];
  const citedOrder: number[] = [];
  const markers: CitationMap['markers'] = [];
  let out = '';
  let last = 0;
  for (const m of text.matchAll(MARKER_RE)) {
    const numbers = expand(m[1]);
    const valid = numbers.filter((n) => byN.has(n));
    for (const n of numbers) if (!byN.has(n) && !invalid.includes(n)) invalid.push(n);
    out += text.slice(last, m.index!);
    last = m.index! + m[0].length;
    if (!valid.length) continue; // every number invented: drop the marker and the space before it
    const leading = m[0].startsWith(' ') || m[0].startsWith('\n') ? m[0][0] : '';
    const marker = valid.length === numbers.length ? m[0].slice(leading.length) : `[${valid.join(', ')}]`;
    out += leading;
    for (const n of valid) {
      markers.push({ n, index: out.length, source: byN.get(n)! });
      if (!citedOrder.includes(n)) citedOrder.push(n);
    }
    out += marker;
  }
  out += text.slice(last);
  return { text: out, cited: citedOrder.map((n) => byN.get(n)!), invalid, markers };
}

/** A "Sources" footer for an inserted reply, when the team wants links rather than bare numbers. */
export function formatSourceList(cited: CitationSource[]): string {
  return cited.map((s) => `[${s.n}] ${s.title}${s.url ? ` — ${s.url}` : ''}`).join('\n');
}
