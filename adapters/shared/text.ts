// Turning a message's DOM into the text a human would read: block elements and <br> become line breaks,
// UI chrome and quoted earlier replies are left out. Shared by every adapter so a message reads the same
// whichever helpdesk it came from. Works on parsed (never rendered) documents too: it walks the tree rather
// than relying on innerText, which needs layout.

import { splitOutside } from './selector-split';

// What the walk does with each tag, looked up once per element (one Map lookup instead of several Set lookups:
// the walk visits every node of a 2,000-message thread on a ticket's first read).
const BLOCK = 1; // starts and ends a line
const PARAGRAPH = 2; // ...with a blank line around it
const SKIPPED = 4; // never text (scripts, controls, media)
const BREAK = 8; // <br>
const ITEM = 16; // <li>
const CELL = 32; // <td>, <th>
const PRE = 64; // whitespace kept
const IMAGE = 128; // <img>: its alt may carry an emoji

const TAG_FLAGS = new Map<string, number>();
const flag = (tags: string, f: number) => {
  for (const t of tags.split(' ')) TAG_FLAGS.set(t, (TAG_FLAGS.get(t) ?? 0) | f);
};
flag('ADDRESS ARTICLE ASIDE BLOCKQUOTE DD DETAILS DIV DL DT FIELDSET FIGCAPTION FIGURE FOOTER FORM H1 H2 H3 H4 H5 H6 HEADER HR LI MAIN NAV OL P PRE SECTION SUMMARY TABLE TBODY THEAD TFOOT TR UL', BLOCK);
flag('P H1 H2 H3 H4 H5 H6 UL OL TABLE PRE BLOCKQUOTE', PARAGRAPH);
flag('SCRIPT STYLE NOSCRIPT TEMPLATE BUTTON SVG IMG INPUT SELECT TEXTAREA IFRAME OBJECT CANVAS VIDEO AUDIO HEAD META LINK', SKIPPED);
flag('BR', BREAK);
flag('LI', ITEM);
flag('TD TH', CELL);
flag('PRE', PRE);
flag('IMG', IMAGE);

/** Flags of a tag; tagName is upper case for HTML elements, not for SVG or XHTML ones. A tag seen for the first time
 *  (most inline ones, SPAN, B, A, have no flags) is remembered as it came: one Map lookup per element, not two and
 *  an upper-casing. */
function tagFlags(tag: string): number {
  let flags = TAG_FLAGS.get(tag);
  if (flags === undefined) {
    flags = TAG_FLAGS.get(tag.toUpperCase()) ?? 0;
    if (TAG_FLAGS.size < 1000) TAG_FLAGS.set(tag, flags); // (custom elements' names are many)
  }
  return flags;
}

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
  /** Particular elements to leave out as well (an author line inside a message read whole). */
  excluded?: Set<Element>;
  /** The quotes-and-skip matcher made beforehand (textExclusion): for callers reading many messages alike. */
  exclusion?: ExclusionMatcher | null;
  /** The nodes to walk under an element, instead of its children (web components: their shadow root's). */
  childNodes?: (el: Element) => ArrayLike<Node>;
}

/**
 * A selector list to leave out of the text, with a cheap test of which elements could match it at all. Matching
 * every element of a thread against ~25 selectors (or querying the whole thread for them) was the largest part of
 * a first read; but most elements in a message body are bare <p>, <br>, <b>, and a selector whose rightmost part
 * needs a class, id or attribute can never match an element without attributes. Only elements that have
 * attributes or whose tag a selector names are matched.
 */
export interface ExclusionMatcher {
  selector: string;
  /** Tags (upper and lower case) named by a selector's rightmost part without any attribute test. */
  tags: Set<string>;
  /** Some selector's rightmost part could match an element without attributes of any tag (`*`, pseudo-classes):
   *  every element is matched. */
  any: boolean;
}

const matchers = new Map<string, ExclusionMatcher>();

/** The matcher of a selector list (made once per list; the list must parse: see textExclusion). */
export function exclusionMatcher(selector: string): ExclusionMatcher {
  let m = matchers.get(selector);
  if (m) return m;
  m = { selector, tags: new Set(), any: false };
  // Split by hand where the browser would (selector-split.ts), not with a CSS parser: this runs in the content
  // script, whose size is budgeted (30 KB gzip), and only needs the rightmost compound of each selector. When in
  // doubt it says `any` (every element is then tested with matches(): slower, never wrong).
  for (const one of splitOutside(selector, ',')) {
    // The rightmost compound: what the element itself must be.
    const compounds = splitOutside(one, (ch) => ch === ' ' || ch === '>' || ch === '+' || ch === '~').filter(Boolean);
    const subject = compounds[compounds.length - 1] ?? '';
    // A colon that is not escaped starts a pseudo-class or pseudo-element (`.quote\:old` is a class).
    const pseudo = subject.replaceAll('\\\\', '').replaceAll('\\:', '').includes(':');
    // (both cases: tagName is upper case in HTML documents, as written in XHTML ones)
    if (/^[a-zA-Z][\w-]*$/.test(subject)) m.tags.add(subject.toUpperCase()).add(subject.toLowerCase());
    else if (pseudo || !/^(?:\*|[a-zA-Z][\w-]*)?[.#[]/.test(subject)) m.any = true;
    // (anything else starts with, or right after its tag or `*` has, a class, id or attribute test)
  }
  if (matchers.size > 100) matchers.clear();
  matchers.set(selector, m);
  return m;
}

const COLLAPSIBLE = /[\t\n\r\f\u200b][\t\n\r\f \u200b]*| [\t\n\r\f \u200b]+/g;
// Whether a text needs COLLAPSIBLE's replace or holds a non-breaking space (for tidy): one test, cheaper than a
// replace that finds nothing, which is what most text nodes of a message body get.
const NOT_PLAIN = /[\t\n\r\f\u200b\u00a0]| [\t\n\r\f \u200b]/;

/** Readable text of an element, written into one string with a little state (see htmlToTextPreservingLines). */
class TextWriter {
  #out = '';
  /** Line breaks owed before the next text. */
  #pending = 0;
  #started = false;
  /** Last character written. */
  #last = '';
  /** Newlines at the end of out. */
  #newlines = 0;
  /** Whether out may hold what tidy() cleans up (a non-breaking space, a space or tab before a line break, three
   *  line breaks in a row): set as it is written, so that clean text (most messages) is not scanned for it. */
  untidy = false;
  readonly #exclude: ExclusionMatcher | null;

  constructor(
    exclude: ExclusionMatcher | null,
    // (both set per read by MessageTextReader)
    public excluded: Set<Element> | undefined,
    public childNodes?: (el: Element) => ArrayLike<Node>,
  ) {
    this.#exclude = exclude;
  }

  /** The text of el, leaving the writer empty for the next element (untidy stays set for the caller). */
  read(el: Element): string {
    this.untidy = false;
    this.#element(el, false, true);
    const out = this.#out;
    this.#out = '';
    this.#pending = 0;
    this.#started = false;
    this.#last = '';
    this.#newlines = 0;
    return out;
  }

  /** Appends n line breaks, noting whether that made the text untidy. */
  #newline(n: number): void {
    const last = this.#last;
    if (last === ' ' || last === '\t' || this.#newlines + n >= 3) this.untidy = true;
    this.#out += n === 1 ? '\n' : n === 2 ? '\n\n' : '\n'.repeat(n);
    this.#newlines += n;
    this.#last = '\n';
  }

  #requestBreak(n: number): void {
    if (this.#started && n > this.#pending) this.#pending = n;
  }

  #flushBreaks(): void {
    const pending = this.#pending;
    if (pending > 0) {
      this.#newline(pending);
      this.#pending = 0;
    }
  }

  /** Writes collapsed text (runs of whitespace already single spaces, no line breaks). */
  #emit(s: string): void {
    this.#flushBreaks();
    const last = this.#last;
    if (s.charCodeAt(0) === 32 && (last === '' || last === ' ' || last === '\n')) s = s.slice(1);
    if (!s) return;
    this.#out += s;
    this.#last = s[s.length - 1];
    this.#newlines = 0;
    this.#started = true;
  }

  #text(raw: string, inPre: boolean): void {
    if (!raw) return;
    if (inPre) {
      this.#flushBreaks();
      this.#out += raw;
      this.#last = raw[raw.length - 1];
      this.#newlines = 0;
      this.untidy = true; // (kept as written: may hold anything tidy() cleans)
      this.#started = true;
      return;
    }
    // Collapse as a browser renders: ASCII whitespace and zero-width spaces; keep non-breaking spaces. (Only runs
    // that are not already one plain space match, so ordinary text is not copied.)
    let collapsed = raw;
    if (NOT_PLAIN.test(raw)) {
      collapsed = raw.replace(COLLAPSIBLE, ' ');
      if (collapsed.includes('\u00a0')) this.untidy = true;
    }
    if (collapsed === ' ') {
      if (this.#started && this.#pending === 0 && this.#last !== ' ' && this.#last !== '\n') {
        this.#out += ' ';
        this.#last = ' ';
        this.#newlines = 0;
      }
    } else this.#emit(collapsed);
  }

  /** Whether an element is left out: hidden, chrome, a quote, or one of the excluded elements. The root (the
   *  element asked for) is only left out when hidden: a message body is read even if it looks like a quote. */
  #leftOut(el: Element, tag: string, isRoot: boolean): boolean {
    // (attribute lookups are the slow part of a walk: skip them for bare elements)
    const hasAttributes = el.hasAttributes();
    if (hasAttributes && (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true')) return true;
    if (isRoot) return false;
    const exclude = this.#exclude;
    if (exclude && (hasAttributes || exclude.any || exclude.tags.has(tag))) {
      try {
        if (el.matches(exclude.selector)) return true;
      } catch {
        /* (never for lists textExclusion made: they parse) */
      }
    }
    return !!this.excluded?.has(el);
  }

  #walk(el: Element, inPre: boolean): void {
    if (this.childNodes) {
      const nodes = this.childNodes(el);
      for (let i = 0, n = nodes.length; i < n; i++) {
        const node = nodes[i];
        if (node.nodeType === 3) this.#text((node as Text).data, inPre);
        else if (node.nodeType === 1) this.#element(node as Element, inPre);
      }
      return;
    }
    // (Every read of a DOM property is a call into the browser, the main cost of a walk: a paragraph holding one
    // text node costs firstChild, nodeType, data and nextSibling, fewer calls than any shortcut for it measured.)
    for (let node = el.firstChild; node; node = node.nextSibling) {
      const type = node.nodeType;
      if (type === 3 /* text */) {
        this.#text((node as Text).data, inPre);
        continue;
      }
      if (type !== 1 /* element */) continue;
      this.#element(node as Element, inPre);
    }
  }

  #element(el: Element, inPre: boolean, isRoot = false): void {
    const tag = el.tagName; // (read once: each DOM property read is a call into the browser)
    const flags = tagFlags(tag);
    if (flags & SKIPPED) {
      if (flags & IMAGE) {
        // An inline emoji image (Twemoji, Zendesk, Intercom) carries its character in alt.
        const alt = el.getAttribute('alt') ?? '';
        if (alt && /\p{Extended_Pictographic}/u.test(alt)) {
          this.untidy = true; // (written as it is: it may hold any whitespace)
          this.#emit(alt);
        }
      }
      return;
    }
    if (this.#leftOut(el, tag, isRoot)) return;
    if (flags & BREAK) {
      if (!this.#started) return;
      if (this.#pending > 0) this.#pending += 1;
      else this.#newline(1);
      return;
    }
    const gap = flags & PARAGRAPH ? 2 : 1;
    if (flags & BLOCK) this.#requestBreak(gap);
    if (flags & ITEM) {
      const parent = el.parentElement;
      const ordered = parent?.tagName.toUpperCase() === 'OL';
      const index = ordered ? Array.prototype.indexOf.call(parent!.children, el) + 1 : 0;
      this.#requestBreak(1);
      this.#flushBreaks();
      this.#out += ordered ? `${index}. ` : '- ';
      this.#last = ' ';
      this.#newlines = 0;
      this.#started = true;
    }
    if (flags & CELL && el.previousElementSibling) this.#emit('\t');
    this.#walk(el, inPre || (flags & PRE) !== 0);
    if (flags & BLOCK) this.#requestBreak(gap);
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
  const exclude = options.exclusion !== undefined ? options.exclusion : textExclusion(el, stripQuotes, options.skip);
  const writer = new TextWriter(exclude, options.excluded, options.childNodes);
  const raw = writer.read(el);
  return tidy(raw, stripQuotes, writer.untidy);
}

/**
 * Reads many messages alike (the reader's first read of a thread): one writer and one exclusion matcher for all,
 * instead of an options object, a matcher lookup and a writer per message.
 */
export class MessageTextReader {
  readonly #writer: TextWriter;
  constructor(exclusion: ExclusionMatcher | null) {
    this.#writer = new TextWriter(exclusion, undefined);
  }

  /** As htmlToTextPreservingLines(el, { exclusion, excluded, childNodes }), quotes stripped. */
  read(el: Element | null | undefined, excluded?: Set<Element>, childNodes?: (el: Element) => ArrayLike<Node>): string {
    if (!el) return '';
    this.#writer.excluded = excluded;
    this.#writer.childNodes = childNodes;
    const raw = this.#writer.read(el);
    return tidy(raw, true, this.#writer.untidy);
  }
}

// Whatever tidy() may have to clean up; one scan of the text decides whether any clean-up pass runs at all.
const UNTIDY = /\u00a0|[ \t]\n|\n\n\n/;

/** `untidy`: whether the writer may have left anything to clean up (TextWriter.untidy). */
function tidy(raw: string, stripQuotes: boolean, untidy: boolean): string {
  let text = raw;
  if (untidy && UNTIDY.test(text)) {
    // (Spaces before a line break are matched from the start of their run only: unanchored, a long run of them with
    // no line break after it, such as 80,000 &nbsp;, was rescanned from each of its spaces, seconds on the page.)
    text = text.replace(/\u00a0/g, ' ').replace(/(?<![ \t])[ \t]+\n/g, '\n').replace(/\n{3,}/g, '\n\n');
  }
  text = text.trim();
  if (stripQuotes) text = stripQuotedText(text);
  return text;
}

/** What htmlToTextPreservingLines leaves out: quotes (unless kept) and the skip selector. An invalid skip selector
 *  (an admin's or a fixture's) is dropped, keeping the quotes. `probe` is any element (to try the selector on). */
export function textExclusion(probe: Element, stripQuotes: boolean, skip: string | undefined): ExclusionMatcher | null {
  const list = [stripQuotes ? QUOTE_SELECTORS : '', skip ?? ''].filter(Boolean).join(',');
  if (!list) return null;
  if (skip && !selectorParses(probe, list)) return stripQuotes ? exclusionMatcher(QUOTE_SELECTORS) : null;
  return exclusionMatcher(list);
}

const parses = new Map<string, boolean>();
/** Whether a selector list is valid CSS (an admin's or a fixture's skip selector may not be). */
function selectorParses(el: Element, selector: string): boolean {
  let ok = parses.get(selector);
  if (ok === undefined) {
    try {
      el.matches(selector);
      ok = true;
    } catch {
      ok = false;
    }
    if (parses.size > 100) parses.clear();
    parses.set(selector, ok);
  }
  return ok;
}

// "On Tue, 3 Mar 2026 at 09:12, Jane <jane@x.com> wrote:" (and the usual translations), possibly wrapped onto two
// lines by the sending client. Everything from that line on is the quoted earlier mail.
const ATTRIBUTION =
  /^[ \t]*(?:On|Am|Le|El|Il|Op|Em|Den|På)\b[^\n]{0,250}(?:\n[^\n]{0,120})?\b(?:wrote|schrieb|a écrit|escribió|ha scritto|schreef|escreveu|skrev)(?:[ \t][^\n:]{1,80})?\s*:[ \t]*$/im;
// (case-sensitive on purpose: a case-insensitive alternation with accented letters is the slow kind of regex, and
// this runs on every message)
const ATTRIBUTION_HINT = /wrote|Wrote|WROTE|schrieb|écrit|escribió|scritto|schreef|escreveu|skrev/;
const ORIGINAL_MESSAGE = /^[ \t]*-{2,}\s*(?:Original Message|Forwarded message|Ursprüngliche Nachricht|Message d'origine)\s*-{2,}[ \t]*$/im;
// Outlook: a "From: ... / Sent: ..." header block starts the quoted mail.
const OUTLOOK_HEADER = /^[ \t]*From:[^\n]+\n[ \t]*(?:Sent|Date):[^\n]+$/im;
// Helpdesk reply separators ("##- Please type your reply above this line -##").
const REPLY_ABOVE = /^[ \t]*#{1,2}-\s*Please type your reply above this line\s*-#{1,2}[ \t]*$/im;

/**
 * Whether stripQuotedText could cut anything: every cut needs ">", "--", "#-" or "From:", or else is an attribution,
 * whose line ends with a colon. A few indexOf scans (most messages: a colon or two to look at, then nothing to do),
 * several times faster than one regex scan for all the hints.
 */
function mayHoldQuote(text: string): boolean {
  if (text.includes('>') || text.includes('--') || text.includes('#-') || text.includes('From:')) return true;
  for (let i = text.indexOf(':'); i >= 0; i = text.indexOf(':', i + 1)) {
    let j = i + 1;
    let c = text.charCodeAt(j);
    while (c === 32 || c === 9) c = text.charCodeAt(++j);
    // (the end of the text, or a line terminator as the attribution's multiline `$` knows them)
    if (j >= text.length || c === 10 || c === 13 || c === 0x2028 || c === 0x2029) return true;
  }
  return false;
}

/** Cuts quoted earlier replies out of plain text: attribution lines and what follows, and ">"-quoted lines. */
export function stripQuotedText(text: string): string {
  if (!mayHoldQuote(text)) return text;
  let cut = text.length;
  // Cheap checks first: most messages contain none of the markers, and the full regexes are the slow part.
  const cutAt = (re: RegExp) => {
    const m = re.exec(text);
    // Never cut the whole message away: a message that *is* only a quote keeps its text.
    if (m && m.index > 0 && m.index < cut) cut = m.index;
  };
  if (ATTRIBUTION_HINT.test(text)) cutAt(ATTRIBUTION);
  if (text.includes('--')) cutAt(ORIGINAL_MESSAGE);
  if (text.includes('From:')) cutAt(OUTLOOK_HEADER);
  if (text.includes('#-')) cutAt(REPLY_ABOVE);
  let result = cut < text.length ? text.slice(0, cut) : text;
  if (result.includes('>')) {
    const lines = result.split('\n');
    const unquoted = lines.filter((l) => !/^\s*>/.test(l));
    if (unquoted.length !== lines.length && unquoted.some((l) => l.trim())) result = unquoted.join('\n');
  }
  return cut < text.length || result !== text ? result.replace(/\n{3,}/g, '\n\n').trim() : text;
}

const inlineCache = new Map<string, string>();

/** Single-line text: all whitespace collapsed. For names, subjects, field values. */
export function inlineText(el: Element | null | undefined): string {
  if (!el) return '';
  // (one text node, as an author's name usually is: its data without building textContent's string)
  const only = el.firstChild;
  const raw = only !== null && only === el.lastChild && only.nodeType === 3 ? (only as Text).data : el.textContent ?? '';
  // Authors' names repeat down a thread of thousands of messages: remember the collapsed form.
  let line = inlineCache.get(raw);
  if (line === undefined) {
    line = raw.replace(/[\s\u200b]+/g, ' ').trim();
    if (inlineCache.size >= 2000) inlineCache.clear();
    if (raw.length <= 200) inlineCache.set(raw, line);
  }
  return line;
}
