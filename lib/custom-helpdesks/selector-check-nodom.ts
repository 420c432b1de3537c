// The selector syntax check where there is no DOM to ask (the service worker, Node): css-what's grammar. Kept out
// of validate.ts so the content script, which has a DOM and a size budget (30 KB gzip), does not carry the parser;
// the background installs it at start (installNoDomSelectorCheck in validate.ts).
import { isTraversal, parse as parseCss } from 'css-what';

export function cssWhatSelectorError(selector: string): string | null {
  // css-what takes a combinator at either end of a compound ("div >"), which querySelector refuses: checked here.
  try {
    const alternatives = parseCss(selector);
    const dangling = alternatives.some((tokens) => !tokens.length || isTraversal(tokens[0]) || isTraversal(tokens[tokens.length - 1]));
    return dangling ? 'is not a valid CSS selector' : null;
  } catch {
    return 'is not a valid CSS selector';
  }
}
