// Splitting CSS selector text where the browser would: at top-level commas, combinators or ` >>> `, never inside
// quotes, attribute brackets or pseudo-class parentheses, and never at an escaped character. Used by the deep
// query, which splits at ` >>> ` (not CSS: no CSS parser knows it; plain CSS is parsed with css-what).
import { isTraversal, type Selector } from 'css-what';

/** Splits at `sep` (a string, or a test of one character) outside quotes, brackets and parentheses and not
 *  escaped; each part trimmed. */
export function splitOutside(selector: string, sep: string | ((ch: string) => boolean)): string[] {
  const parts: string[] = [];
  const isSep = typeof sep === 'string' ? (i: number) => selector.startsWith(sep, i) : (i: number) => sep(selector[i]);
  const sepLength = typeof sep === 'string' ? sep.length : 1;
  let depth = 0;
  let quote = '';
  let start = 0;
  for (let i = 0; i < selector.length; i++) {
    const ch = selector[i];
    if (ch === '\\') {
      i++;
      continue;
    }
    if (quote) {
      if (ch === quote) quote = '';
      continue;
    }
    if (ch === '"' || ch === "'") quote = ch;
    else if (ch === '[' || ch === '(') depth++;
    else if (ch === ']' || ch === ')') depth--;
    else if (depth === 0 && isSep(i)) {
      parts.push(selector.slice(start, i).trim());
      i += sepLength - 1;
      start = i + 1;
    }
  }
  parts.push(selector.slice(start).trim());
  return parts;
}

/** The rightmost compound of a parsed complex selector (css-what tokens): what the element itself must be. */
export function subjectOf(tokens: Selector[]): Selector[] {
  let start = tokens.length;
  while (start > 0 && !isTraversal(tokens[start - 1])) start--;
  return tokens.slice(start);
}
