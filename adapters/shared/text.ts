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
  /** Elements to leave out, found beforehand for a whole thread (replaces the quote and skip queries). */
  excluded?: Set<Element>;
}

/** Elements under root (root included) that match selector, collected once per call: matching every element
 *  against a long selector list one by one is what made reading slow on big threads. */
function collect(root: Element, selector: string | undefined): Set<Element> | null {
  if (!selector) return null;
  try {
    const found = new Set<Element>(Array.from(root.querySelectorAll(selector)));
    if (root.matches(selector)) found.add(root);
    return found.size ? found : null;
  } catch {
    return null;
  }
}

/**
 * Readable text of an element with line structure kept: each block element starts a new line, paragraphs are
 * separated by a blank line, <br> is a newline, list items get "- ", table cells are separated by tabs.
 * Whitespace inside text runs collapses as a browser would render it (except in <pre>).
 */
export function htmlToTextPreservingLines(el: Element | null | undefined, options: TextOptions = {}): string {
  if (!el) return '';
  const stripQuotes = options.stripQuotes !== false;
  const skipped = options.excluded ?? collect(el, options.skip);
  const quotes = options.excluded ? null : stripQuotes ? collect(el, QUOTE_SELECTORS) : null;
  // Output is one string plus a little state, so no regex ever runs on the growing output (that made long
  // threads slow): `pending` = line breaks owed before the next text, `last` = last character written.
  let out = '';
  let pending = 0;
  let started = false;
  let last = '';

  const requestBreak = (n: number) => {
    if (started && n > pending) pending = n;
  };
  const flushBreaks = () => {
    if (pending > 0) {
      out += pending === 1 ? '\n' : pending === 2 ? '\n\n' : '\n'.repeat(pending);
      pending = 0;
      last = '\n';
    }
  };
  /** Writes collapsed text (runs of whitespace already single spaces). */
  const emit = (s: string) => {
    flushBreaks();
    if (s.charCodeAt(0) === 32 && (last === '' || last === ' ' || last === '\n')) s = s.slice(1);
    if (!s) return;
    out += s;
    last = s[s.length - 1];
    started = true;
  };

  const walk = (node: Node, inPre: boolean) => {
    const type = node.nodeType;
    if (type === 3 /* text */) {
      const raw = node.nodeValue ?? '';
      if (!raw) return;
      if (inPre) {
        flushBreaks();
        out += raw;
        last = raw[raw.length - 1];
        started = true;
        return;
      }
      // Collapse as a browser renders: ASCII whitespace and zero-width spaces; keep non-breaking spaces.
      const collapsed = raw.replace(/[\t\n\r\f \u200b]+/g, ' ');
      if (collapsed === ' ') {
        if (started && pending === 0 && last !== ' ' && last !== '\n') {
          out += ' ';
          last = ' ';
        }
      } else emit(collapsed);
      return;
    }
    if (type !== 1 /* element */) return;
    const elNode = node as Element;
    const tag = elNode.tagName.toUpperCase();
    if (SKIPPED_TAGS.has(tag)) {
      if (tag === 'IMG') {
        // An inline emoji image (Twemoji, Zendesk, Intercom) carries its character in alt.
        const alt = elNode.getAttribute('alt') ?? '';
        if (alt && /\p{Extended_Pictographic}/u.test(alt)) emit(alt);
      }
      return;
    }
    // (attribute lookups are the slow part of a walk: skip them for bare elements)
    if (elNode.hasAttributes() && (elNode.hasAttribute('hidden') || elNode.getAttribute('aria-hidden') === 'true')) return;
    if (skipped?.has(elNode)) return;
    if (quotes?.has(elNode)) return;
    if (tag === 'BR') {
      if (!started) return;
      if (pending > 0) pending += 1;
      else {
        out += '\n';
        last = '\n';
      }
      return;
    }
    const isBlock = BLOCK_TAGS.has(tag);
    const gap = PARAGRAPH_TAGS.has(tag) ? 2 : 1;
    if (isBlock) requestBreak(gap);
    if (tag === 'LI') {
      const parent = elNode.parentElement;
      const ordered = parent?.tagName.toUpperCase() === 'OL';
      const index = ordered && parent ? Array.prototype.indexOf.call(parent.children, elNode) + 1 : 0;
      requestBreak(1);
      flushBreaks();
      out += ordered ? `${index}. ` : '- ';
      last = ' ';
      started = true;
    }
    if ((tag === 'TD' || tag === 'TH') && elNode.previousElementSibling) emit('\t');
    const pre = inPre || tag === 'PRE';
    const children = elNode.childNodes;
    for (let i = 0, n = children.length; i < n; i++) walk(children[i], pre);
    if (isBlock) requestBreak(gap);
  };

  walk(el, false);
  let text = out.replace(/\u00a0/g, ' ').replace(/[ \t]+\n/g, '\n').replace(/\n{3,}/g, '\n\n').trim();
  if (stripQuotes) text = stripQuotedText(text);
  return text;
}

// "On Tue, 3 Mar 2026 at 09:12, Jane <jane@x.com> wrote:" (and the usual translations), possibly wrapped onto two
// lines by the sending client. Everything from that line on is the quoted earlier mail.
const ATTRIBUTION =
  /^[ \t]*(?:On|Am|Le|El|Il|Op|Em|Den|På)\b[^\n]{0,250}(?:\n[^\n]{0,120})?\b(?:wrote|schrieb|a écrit|escribió|ha scritto|schreef|escreveu|skrev)(?:[ \t][^\n:]{1,80})?\s*:[ \t]*$/im;
const ATTRIBUTION_HINT = /wrote|schrieb|écrit|escribió|scritto|schreef|escreveu|skrev/i;
const ORIGINAL_MESSAGE = /^[ \t]*-{2,}\s*(?:Original Message|Forwarded message|Ursprüngliche Nachricht|Message d'origine)\s*-{2,}[ \t]*$/im;
// Outlook: a "From: ... / Sent: ..." header block starts the quoted mail.
const OUTLOOK_HEADER = /^[ \t]*From:[^\n]+\n[ \t]*(?:Sent|Date):[^\n]+$/im;
// Helpdesk reply separators ("##- Please type your reply above this line -##").
const REPLY_ABOVE = /^[ \t]*#{1,2}-\s*Please type your reply above this line\s*-#{1,2}[ \t]*$/im;

/** Cuts quoted earlier replies out of plain text: attribution lines and what follows, and ">"-quoted lines. */
export function stripQuotedText(text: string): string {
  let cut = text.length;
  // Cheap substring checks first: most messages contain none of the markers, and the regexes are the slow part.
  const checks: [boolean, RegExp][] = [
    [ATTRIBUTION_HINT.test(text), ATTRIBUTION],
    [text.includes('--'), ORIGINAL_MESSAGE],
    [text.includes('From:'), OUTLOOK_HEADER],
    [text.includes('#-'), REPLY_ABOVE],
  ];
  for (const [hint, re] of checks) {
    if (!hint) continue;
    const m = re.exec(text);
    // Never cut the whole message away: a message that *is* only a quote keeps its text.
    if (m && m.index > 0 && m.index < cut) cut = m.index;
  }
  let result = cut < text.length ? text.slice(0, cut) : text;
  if (result.includes('>')) {
    const lines = result.split('\n');
    const unquoted = lines.filter((l) => !/^\s*>/.test(l));
    if (unquoted.length !== lines.length && unquoted.some((l) => l.trim())) result = unquoted.join('\n');
  }
  return cut < text.length || result !== text ? result.replace(/\n{3,}/g, '\n\n').trim() : text;
}

/** Single-line text: all whitespace collapsed. For names, subjects, field values. */
export function inlineText(el: Element | null | undefined): string {
  if (!el) return '';
  return (el.textContent ?? '').replace(/[\s\u00a0\u200b]+/g, ' ').trim();
}
