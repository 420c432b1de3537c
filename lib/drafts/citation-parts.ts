// Split a draft into plain text and citation markers ([1], [1, 2], [1-3]) so the panel can render markers as
// links without ever treating the text as HTML. Placeholders such as [EMAIL_1] are not markers.
import type { CitationSource } from '../ai/citations';

export type TextPart = { kind: 'text'; text: string } | { kind: 'cite'; raw: string; sources: { n: number; source?: CitationSource }[] };

const MARKER = /\[(\d{1,3}(?:\s*(?:,|-|–)\s*\d{1,3})*)\]/g;

function numbers(list: string): number[] {
  const out: number[] = [];
  for (const part of list.split(',')) {
    const [a, b] = part.split(/-|–/).map((x) => Number(x.trim()));
    if (b !== undefined && b >= a && b - a < 20) for (let i = a; i <= b; i++) out.push(i);
    else out.push(a);
  }
  return out;
}

export function splitCitations(text: string, citations: CitationSource[]): TextPart[] {
  const byN = new Map(citations.map((c) => [c.n, c]));
  const parts: TextPart[] = [];
  let last = 0;
  for (const m of text.matchAll(MARKER)) {
    const ns = numbers(m[1]);
    // A bracketed number that cites nothing we know (a date "[2024]", an invented source) stays plain text.
    if (!ns.some((n) => byN.has(n))) continue;
    if (m.index! > last) parts.push({ kind: 'text', text: text.slice(last, m.index) });
    parts.push({ kind: 'cite', raw: m[0], sources: ns.map((n) => ({ n, source: byN.get(n) })) });
    last = m.index! + m[0].length;
  }
  if (last < text.length) parts.push({ kind: 'text', text: text.slice(last) });
  return parts;
}
