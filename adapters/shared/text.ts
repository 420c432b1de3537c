// Turning a message's DOM into the text a human would read: block elements and <br> become line breaks,
// UI chrome and quoted earlier replies are left out. Shared by every adapter so a message reads the same
// whichever helpdesk it came from. Works on parsed (never rendered) documents too: it walks the tree rather
// than relying on innerText, which needs layout.

const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION',
  'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P',
  'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'THEAD', 'TFOOT', 'TR', 'UL',
]);
const PARAGRAPH_TAGS = new Set(['P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'UL', 'OL', 'TABLE', 'PRE', 'BLOCKQUOTE']);
const SKIPPED_TAGS = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'BUTTON', 'SVG', 'svg', 'IMG', 'INPUT', 'SELECT', 'TEXTAREA', 'IFRAME',
  'OBJECT', 'CANVAS', 'VIDEO', 'AUDIO', 'HEAD', 'META', 'LINK',
]);

/** Quoted earlier mail that e-mail clients and helpdesks append under a reply (Gmail, Outlook, Yahoo, Apple Mail,
 *  Zendesk, Freshdesk, Intercom). Removed with everything inside. */
export const QUOTE_SELECTORS = [
  'blockquote',
  '.gmail_quote',
  '.gmail_extra',
  '.gmail_attr',
  '.yahoo_quoted',
  '.moz-cite-prefix',
  '[type="cite"]',
  '#appendonsend',
  '#divRplyFwdMsg',
  '.OutlookMessageHeader',
  '.zd-quote',
  '.quoted-text',
  '.freshdesk_quote',
  '.fd-quote',
  '.intercom-quote',
  '[data-quoted-text]',
].join(',');

export interface TextOptions {
  /** Drop quoted earlier replies (default true). */
  stripQuotes?: boolean;
  /** Extra selector for UI chrome inside the message to skip (buttons, "show more", translation badges...). */
  skip?: string;
}

const safeMatches = (el: Element, selector: string | undefined): boolean => {
  if (!selector) return false;
  try {
    return el.matches(selector);
  } catch {
    return false;
  }
};

/**
 * Readable text of an element with line structure kept: each block element starts a new line, paragraphs are
 * separated by a blank line, <br> is a newline, list items get "- ", table cells are separated by tabs.
 * Whitespace inside text runs collapses as a browser would render it (except in <pre>).
 */
export function htmlToTextPreservingLines(el: Element | null | undefined, options: TextOptions = {}): string {
  if (!el) return '';
  const stripQuotes = options.stripQuotes !== false;
  const skip = options.skip;
  // Output is built as lines; `pendingBreaks` holds how many line breaks the next text must be preceded by.
  let out = '';
  let pendingBreaks = 0;
  let started = false;

  const requestBreak = (n: number) => {
    if (started) pendingBreaks = Math.max(pendingBreaks, n);
  };
  const emit = (s: string) => {
    if (!s) return;
    if (pendingBreaks > 0) {
      out = out.replace(/[ \t]+$/, '') + '\n'.repeat(pendingBreaks);
      pendingBreaks = 0;
      s = s.replace(/^ +/, '');
      if (!s) return;
    } else if (!started || /\n$/.test(out)) {
      s = s.replace(/^ +/, '');
      if (!s) return;
    } else if (/ $/.test(out)) {
      s = s.replace(/^ +/, '');
      if (!s) return;
    }
    out += s;
    started = true;
  };

  const walk = (node: Node, inPre: boolean) => {
    if (node.nodeType === 3 /* text */) {
      const raw = node.nodeValue ?? '';
      if (inPre) {
        if (raw) {
          if (pendingBreaks > 0) {
            out += '\n'.repeat(pendingBreaks);
            pendingBreaks = 0;
          }
          out += raw;
          started = true;
        }
      } else {
        const collapsed = raw.replace(/[\s\u200b]+/g, (m) => (m.includes('\u00a0') ? m : ' ')).replace(/[\t\n\r\f ]+/g, ' ');
        if (collapsed.trim() === '' && collapsed !== '') {
          if (started && pendingBreaks === 0 && !/[ \n]$/.test(out)) out += ' ';
        } else emit(collapsed);
      }
      return;
    }
    if (node.nodeType !== 1 /* element */) return;
    const elNode = node as Element;
    const tag = elNode.tagName.toUpperCase();
    if (SKIPPED_TAGS.has(tag) || SKIPPED_TAGS.has(elNode.tagName)) {
      if (tag === 'IMG') {
        // An inline emoji image (Twemoji, Zendesk, Intercom) carries its character in alt.
        const alt = elNode.getAttribute('alt') ?? '';
        if (alt && /\p{Extended_Pictographic}/u.test(alt)) emit(alt);
      }
      return;
    }
    if (elNode.getAttribute('hidden') !== null || elNode.getAttribute('aria-hidden') === 'true') return;
    if (skip && safeMatches(elNode, skip)) return;
    if (stripQuotes && safeMatches(elNode, QUOTE_SELECTORS)) return;
    if (tag === 'BR') {
      if (!started) return;
      if (pendingBreaks > 0) pendingBreaks += 1;
      else out = out.replace(/[ \t]+$/, '') + '\n';
      // a <br> counts as having started a line: following text goes on the next line
      return;
    }
    const isBlock = BLOCK_TAGS.has(tag);
    const isParagraph = PARAGRAPH_TAGS.has(tag);
    if (isBlock) requestBreak(isParagraph ? 2 : 1);
    if (tag === 'LI') {
      const parent = elNode.parentElement;
      const ordered = parent?.tagName.toUpperCase() === 'OL';
      const index = parent ? Array.prototype.indexOf.call(parent.children, elNode) + 1 : 1;
      requestBreak(1);
      // started may be false for the very first item: emit the bullet regardless
      if (!started) {
        out += ordered ? `${index}. ` : '- ';
        started = true;
      } else emitBullet(ordered ? `${index}. ` : '- ');
    }
    if (tag === 'TD' || tag === 'TH') {
      if (elNode.previousElementSibling) emit('\t');
    }
    const pre = inPre || tag === 'PRE';
    for (let child = elNode.firstChild; child; child = child.nextSibling) walk(child, pre);
    if (isBlock) requestBreak(isParagraph ? 2 : 1);
  };

  const emitBullet = (bullet: string) => {
    if (pendingBreaks > 0) {
      out = out.replace(/[ \t]+$/, '') + '\n'.repeat(pendingBreaks);
      pendingBreaks = 0;
    }
    out += bullet;
  };

  walk(el, false);
  let text = out
    .replace(/\u00a0/g, ' ')
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  if (stripQuotes) text = stripQuotedText(text);
  return text;
}

// "On Tue, 3 Mar 2026 at 09:12, Jane <jane@x.com> wrote:" (and the usual translations), possibly wrapped onto two
// lines by the sending client. Everything from that line on is the quoted earlier mail.
const ATTRIBUTION =
  /^[ \t]*(?:On|Am|Le|El|Il|Op|Em|Den|På)\b[^\n]{0,250}(?:\n[^\n]{0,120})?\b(?:wrote|schrieb|a écrit|escribió|ha scritto|schreef|escreveu|skrev)(?:[ \t][^\n:]{1,80})?\s*:[ \t]*$/im;
const ORIGINAL_MESSAGE = /^[ \t]*-{2,}\s*(?:Original Message|Forwarded message|Ursprüngliche Nachricht|Message d'origine)\s*-{2,}[ \t]*$/im;
// Outlook: a "From: ... / Sent: ..." header block starts the quoted mail.
const OUTLOOK_HEADER = /^[ \t]*From:[^\n]+\n[ \t]*(?:Sent|Date):[^\n]+$/im;
// Helpdesk reply separators ("##- Please type your reply above this line -##").
const REPLY_ABOVE = /^[ \t]*#{1,2}-\s*Please type your reply above this line\s*-#{1,2}[ \t]*$/im;

/** Cuts quoted earlier replies out of plain text: attribution lines and what follows, and ">"-quoted lines. */
export function stripQuotedText(text: string): string {
  let cut = text.length;
  for (const re of [ATTRIBUTION, ORIGINAL_MESSAGE, OUTLOOK_HEADER, REPLY_ABOVE]) {
    const m = re.exec(text);
    // Never cut the whole message away: a message that *is* only a quote keeps its text.
    if (m && m.index > 0 && m.index < cut) cut = m.index;
  }
  let result = text.slice(0, cut);
  const lines = result.split('\n');
  const unquoted = lines.filter((l) => !/^\s*>/.test(l));
  if (unquoted.some((l) => l.trim())) result = unquoted.join('\n');
  return result.replace(/\n{3,}/g, '\n\n').trim();
}

/** Single-line text: all whitespace collapsed. For names, subjects, field values. */
export function inlineText(el: Element | null | undefined): string {
  if (!el) return '';
  return (el.textContent ?? '').replace(/[\s\u00a0\u200b]+/g, ' ').trim();
}
