// HTML knowledge (help-centre exports, saved pages) to plain text for indexing and passages. Anything that is
// ever shown as HTML goes through DOMPurify first; the ranking itself only ever sees text.
import DOMPurify from 'dompurify';
import { convert } from 'html-to-text';

export function htmlToPlainText(html: string): string {
  return convert(html, {
    wordwrap: false,
    selectors: [
      { selector: 'a', options: { ignoreHref: true } },
      { selector: 'img', format: 'skip' },
      { selector: 'script', format: 'skip' },
      { selector: 'style', format: 'skip' },
      { selector: 'h1', options: { uppercase: false } },
      { selector: 'h2', options: { uppercase: false } },
      { selector: 'h3', options: { uppercase: false } },
      { selector: 'table', format: 'dataTable', options: { uppercaseHeaderCells: false } },
    ],
  }).trim();
}

/** The document's title: <title>, else the first <h1>. */
export function htmlTitle(html: string): string | undefined {
  const m = /<title[^>]*>([\s\S]*?)<\/title>/i.exec(html) ?? /<h1[^>]*>([\s\S]*?)<\/h1>/i.exec(html);
  return m ? htmlToPlainText(m[1]).replace(/\s+/g, ' ').trim() || undefined : undefined;
}

/** Sanitised HTML for a preview in an extension page (needs that page's window). */
export function sanitizeHtml(html: string, win: Window & typeof globalThis): string {
  return DOMPurify(win).sanitize(html, { USE_PROFILES: { html: true } });
}
