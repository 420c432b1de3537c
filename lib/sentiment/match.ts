// Phrase matching for alerts: compiles the phrase data into one regex per (kind, severity), then filters out
// matches a person would not read as a signal — negated ("I'd never cancel", "ich kündige nicht"), quoted
// (email history, text in quotation marks), or idle curiosity ("just curious, what's your refund policy?").
import { phraseLanguageOfText, type Lang } from './language';
import { baseLanguages, languages, type PhraseKind } from './phrases';
import { outOfScope } from './scope';

export type Severity = 'info' | 'warning' | 'critical';

export interface PhraseHit {
  kind: PhraseKind;
  severity: Severity;
  start: number;
  end: number;
  /** The sentence around the hit (sentenceAround's bounds), for evidence. */
  sentence?: [number, number];
}

interface CompiledKind {
  kind: PhraseKind;
  severity: Severity;
  /** Case-sensitive, over the lower-cased message (see findPhraseHits). */
  re: RegExp;
  /** The same with the i flag, built on first use, for the rare message whose lower-case form changes length. */
  source: string;
  reI?: RegExp;
  /** Words one of which must be in the message for the pattern to match (null: cannot tell, always run). */
  gate: { words: Set<string>; prefixes: string[] } | null;
}

/** 'meaning': the phrase lists plus the patterns over meaning and the scope filters (issue 15, the default);
 *  'phrases': the phrase lists alone, as before, for measuring one against the other in the same run. */
export type Matcher = 'meaning' | 'phrases';

export interface CompiledPhrases {
  matcher: Matcher;
  kinds: CompiledKind[];
  noRush: RegExp | null;
  /** first word -> indices of patterns in `kinds` that can start with it */
  exact: Map<string, number[]>;
  /** first two letters -> prefix gates starting with them */
  prefixes: Map<string, { prefix: string; index: number }[]>;
  /** patterns whose first word is unknown: always run */
  ungated: number[];
}

/** Letters and digits for the word edges and `*` of patterns: Latin (with its extensions), Greek and Cyrillic ranges, not
 *  \\p{L}\\p{N}. V8 drops the compiled code of rarely run regexes at GC; a regex with \\p{L} classes cost ~0.5 ms to
 *  compile again, so 1,100 gated patterns spent most of their time compiling (CPU per 200-message ticket: 13 ms with
 *  \\p{L}, 6 ms with these ranges). The patterns are words of five Latin-script languages, so these ranges decide
 *  every edge they meet. */
const WORD_RANGES = '0-9A-Za-z\\u00AA\\u00B5\\u00BA\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u02AF\\u0370-\\u03FF\\u0400-\\u052F\\u1E00-\\u1EFF';
const LETTER_OR_DIGIT = `[${WORD_RANGES}]`;
/** The gap of " % " in a pattern: whitespace, then zero to four words each followed by whitespace. The words stop at
 *  sentence and clause punctuation, and word and space classes are disjoint with a fixed bound, so it stays linear. */
const WORD_GAP = "[\\s\\u00A0]+(?:[^\\s\\u00A0.!?;:()\"]+[\\s\\u00A0]+){0,4}";

/** Turns one phrase of the small pattern syntax (see phrases/types.ts) into a regex source. */
export function patternSource(pattern: string): string {
  let out = '';
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i];
    if (ch === '\\' && i + 1 < pattern.length) {
      out += ch + pattern[++i];
    } else if (ch === ' ' && pattern.startsWith(' % ', i)) {
      // " % ": up to four words in between, within the clause ("call % back" -> "call my wife's phone back").
      out += WORD_GAP;
      i += 2;
    } else if (ch === ' ') {
      out += '[\\s\\u00A0]+';
    } else if (ch === "'" || ch === '’') {
      out += "['’]";
    } else if (ch === '*') {
      out += `[${WORD_RANGES}'’-]*`;
    } else if (ch === '(' || ch === ')' || ch === '|' || ch === '?') {
      out += ch;
    } else if (ch === '[' || ch === ']') {
      out += ch;
    } else if (/[.+{}^$]/.test(ch)) {
      out += '\\' + ch;
    } else {
      out += ch;
    }
  }
  // A hyphen followed by a letter continues the word: "human-readable" is not "human".
  return `(?<!${LETTER_OR_DIGIT})(?:${out})(?!${LETTER_OR_DIGIT}|-${LETTER_OR_DIGIT})`;
}

const COMMON_WORDS = new Set([
  'a', 'an', 'the', 'to', 'i', 'my', 'our', 'with', 'is', 'are', 'i\'m', 'we', 'you', 'your', 'it', 'this', 'of', 'for', 'and',
  'not', 'no', 'be', 'so', 'get', 'me', 'still', 'de', 'la', 'le', 'el', 'les', 'los', 'las', 'un', 'una', 'une', 'o', 'os', 'um',
  'uma', 'mi', 'mon', 'ma', 'meu', 'minha', 'je', 'ich', 'die', 'der', 'das', 'den', 'einen', 'einem', 'mit', 'es', 'que', 'ya',
  'já', 'se', 'su', 'votre', 'vous', 'ne', 'pas', 'nicht', 'não', 'sie', 'am', 'have', 'has', 'was', 'will', 'can',
  // (for choosing a pattern's gate among its parts: words nearly every message has)
  'as', 'like', 'for', 'since', 'over', 'in', 'on', 'at', 'that', 'by', 'before', 'after', 'do', "don't", 'not', 'could',
  'please', 'want', 'need', 'what', 'how', 'go', 'going', 'all', 'one', 'en', 'con', 'par', 'pour', 'avec', 'und', 'zu', 'ist',
  'em', 'com', 'para', 'por', 'no', 'na', 'do', 'da', 'du', 'des', 'ce', 'il', 'nous', 'wir', 'ein', 'eine', 'und', 'auf', 'von',
  "i've", 'were', 'been', 'be', 'would', 'there', 'they', 'them', 'their', 'from', 'or', 'if', 'but', 'just', 'us', 'now', 'any',
  // (frequent words that frames over meaning start with: gate on their rarer parts instead)
  'au', 'à', 'aux', 'last', 'back', 'stop', 'down', 'real', 'otra', 'otro', 'someone', 'somebody', 'anyone', 'time', 'again',
]);

/** Split at top-level '|' of a group body. */
function topLevelAlternatives(body: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let cur = '';
  for (const ch of body) {
    if (ch === '(') depth++;
    if (ch === ')') depth--;
    if (ch === '|' && depth === 0) {
      out.push(cur);
      cur = '';
    } else cur += ch;
  }
  out.push(cur);
  return out;
}

/** The possible first words of a pattern, as exact words or prefixes ("cancel*" -> prefix "cancel").
 *  Returns null when the first word cannot be pinned down (an optional first group, an escape). */
export function firstWords(pattern: string): { word: string; prefix: boolean }[] | null {
  if (pattern.startsWith('(')) {
    let depth = 0;
    let close = -1;
    for (let i = 0; i < pattern.length; i++) {
      if (pattern[i] === '(') depth++;
      else if (pattern[i] === ')' && --depth === 0) {
        close = i;
        break;
      }
    }
    if (close < 0 || pattern.startsWith('(?')) return null;
    const optional = pattern[close + 1] === '?';
    const rest = pattern.slice(close + (optional ? 2 : 1));
    const out: { word: string; prefix: boolean }[] = [];
    if (optional) {
      // "(the )?ftc": either the group's first word or the rest's
      const restWords = firstWords(rest.trimStart());
      if (!restWords || rest.length === 0) return null;
      out.push(...restWords);
    }
    for (const alt of topLevelAlternatives(pattern.slice(1, close))) {
      // "(a )?" style inside or a group glued to the next text: ask the combined string
      const sub = firstWords(alt.endsWith(' ') || alt.length === 0 ? alt + rest.trimStart() : alt + rest);
      if (!sub) return null;
      out.push(...sub);
    }
    return out;
  }
  const m = /^[^\s(*[\\|)?%-]+/u.exec(pattern);
  if (!m) return null;
  const next = pattern[m[0].length];
  const word = m[0].toLowerCase().replace(/’/g, "'");
  const prefix = next !== undefined && next !== ' ';
  // "a human", "the manager": gate on the next word, since nearly every message has "a" or "the".
  if (!prefix && next === ' ' && COMMON_WORDS.has(word)) {
    const after = firstWords(pattern.slice(m[0].length).trimStart());
    if (after) return after;
  }
  if (prefix && word.length < 2) return null;
  return [{ word, prefix }];
}

/** Top-level, space-separated parts of a pattern ("(as|like) (i|we) said" -> 3 parts); null on a top-level '|'. */
function topLevelSegments(pattern: string): string[] | null {
  const out: string[] = [];
  let depth = 0;
  let cur = '';
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i]!;
    if (ch === '\\' && i + 1 < pattern.length) {
      cur += ch + pattern[++i];
      continue;
    }
    if (ch === '(') depth++;
    else if (ch === ')') depth--;
    if (depth === 0 && ch === '|') return null;
    if (depth === 0 && ch === ' ') {
      out.push(cur);
      cur = '';
    } else cur += ch;
  }
  out.push(cur);
  return out.filter(Boolean);
}

/** "(be )?renew*" -> "renew*": a leading optional group says nothing about what the message must contain. */
function withoutLeadingOptional(seg: string): string {
  while (seg.startsWith('(') && !seg.startsWith('(?')) {
    let depth = 0;
    let close = -1;
    for (let i = 0; i < seg.length; i++) {
      if (seg[i] === '(') depth++;
      else if (seg[i] === ')' && --depth === 0) {
        close = i;
        break;
      }
    }
    if (close < 0 || seg[close + 1] !== '?' || close + 2 >= seg.length) break;
    seg = seg.slice(close + 2);
  }
  return seg;
}

/**
 * The gate words of a pattern: the words one of which must be in any message it matches. Patterns over meaning often
 * start with common words ("(as|like) (i|we) (said|mentioned)"), so every required part is tried and the one with
 * the fewest common words (then the fewest words) wins: that pattern then runs only on messages that say "said" or
 * "mentioned", not on every message with "as" in it.
 */
export function gateWords(pattern: string): { word: string; prefix: boolean }[] | null {
  let best = firstWords(pattern);
  const cost = (ws: { word: string; prefix: boolean }[]) => ws.reduce((a, w) => a + (COMMON_WORDS.has(w.word) ? 1000 : 1) + (w.prefix ? 1 : 0), 0);
  const segments = topLevelSegments(pattern);
  if (!segments) return best;
  for (const seg of segments) {
    // An optional part ("(the )?") or a look-ahead proves nothing about the message.
    if (seg === '%' || seg.endsWith(')?') || seg.endsWith('?') || seg.startsWith('(?')) continue;
    const ws = firstWords(withoutLeadingOptional(seg));
    if (ws && (!best || cost(ws) < cost(best))) best = ws;
  }
  return best;
}

function buildGate(patterns: string[]): CompiledKind['gate'] {
  const words = new Set<string>();
  const prefixes: string[] = [];
  for (const p of patterns) {
    const fw = gateWords(p);
    if (!fw) return null;
    for (const w of fw) {
      if (w.prefix) prefixes.push(w.word);
      else words.add(w.word);
    }
  }
  return { words, prefixes };
}

/** Lower-cases a phrase but not what follows a backslash ("\\D" stays a non-digit). */
function lowerOutsideEscapes(p: string): string {
  let out = '';
  for (let i = 0; i < p.length; i++) {
    if (p[i] === '\\' && i + 1 < p.length) out += p[i]! + p[++i]!;
    else out += p[i]!.toLowerCase();
  }
  return out;
}

function splitSeverity(p: string, fallback: Severity): [string, Severity] {
  if (p.startsWith('!')) return [p.slice(1), 'critical'];
  if (p.startsWith('~')) return [p.slice(1), 'info'];
  return [p, fallback];
}

const DEFAULT_SEVERITY: Record<PhraseKind, Severity> = {
  anger: 'warning', legal_threat: 'critical', churn_risk: 'warning', human_requested: 'warning', urgency: 'warning',
  repeat_contact: 'warning',
};

export const PHRASE_KINDS: PhraseKind[] = ['anger', 'legal_threat', 'churn_risk', 'human_requested', 'urgency', 'repeat_contact'];

function compile(extra: Partial<Record<PhraseKind, string[]>> | undefined, matcher: Matcher = 'meaning'): CompiledPhrases {
  const langs = matcher === 'meaning' ? languages : baseLanguages;
  const kinds: CompiledKind[] = [];
  for (const kind of PHRASE_KINDS) {
    const bySeverity: Record<Severity, string[]> = { info: [], warning: [], critical: [] };
    const bodies: Record<Severity, string[]> = { info: [], warning: [], critical: [] };
    const all = Object.values(langs).flatMap((l) => l.alerts[kind]).concat(extra?.[kind] ?? []);
    for (const raw of all) {
      const p = raw.trim();
      if (!p) continue;
      const [body, sev] = splitSeverity(p, DEFAULT_SEVERITY[kind]);
      bySeverity[sev].push(patternSource(lowerOutsideEscapes(body)));
      bodies[sev].push(body);
    }
    // Critical first, so the strongest reading of a span wins.
    for (const severity of ['critical', 'warning', 'info'] as Severity[]) {
      // Each pattern is gated separately: the regex of a group runs only when one of its first words is present.
      bySeverity[severity].forEach((source, i) => {
        kinds.push({ kind, severity, re: new RegExp(source, 'gu'), source, gate: buildGate([bodies[severity][i]!]) });
      });
    }
  }
  const noRush = Object.values(langs).flatMap((l) => l.noRush).map(patternSource);
  // Inverted index from first words to patterns, so a message only runs the few regexes it could match.
  const exact = new Map<string, number[]>();
  const prefixes = new Map<string, { prefix: string; index: number }[]>();
  const ungated: number[] = [];
  kinds.forEach((k, index) => {
    if (!k.gate) return ungated.push(index);
    for (const w of k.gate.words) exact.set(w, [...(exact.get(w) ?? []), index]);
    for (const p of k.gate.prefixes) {
      // Keyed by the first three letters (two for a two-letter prefix): a token then checks only the few prefixes
      // that share its start, not every prefix that begins "co".
      const key = p.slice(0, 3);
      prefixes.set(key, [...(prefixes.get(key) ?? []), { prefix: p, index }]);
    }
  });
  return { matcher, kinds, noRush: noRush.length ? new RegExp(noRush.join('|'), 'iu') : null, exact, prefixes, ungated };
}

let builtIn: CompiledPhrases | null = null;
let builtInPhrasesOnly: CompiledPhrases | null = null;
const withExtras = new Map<string, CompiledPhrases>();

/** Compiled phrase sets; extra phrases (from managed policy) are compiled once per distinct set. */
export function compiledPhrases(extra?: Partial<Record<PhraseKind, string[]>>, matcher: Matcher = 'meaning'): CompiledPhrases {
  const hasExtra = extra && Object.values(extra).some((l) => l && l.length > 0);
  if (!hasExtra) return matcher === 'meaning' ? (builtIn ??= compile(undefined)) : (builtInPhrasesOnly ??= compile(undefined, 'phrases'));
  const key = matcher + JSON.stringify(PHRASE_KINDS.map((k) => extra![k] ?? []));
  let c = withExtras.get(key);
  if (!c) {
    c = compile(extra, matcher);
    if (withExtras.size > 16) withExtras.clear();
    withExtras.set(key, c);
  }
  return c;
}

// ---------------------------------------------------------------- context filters

interface ContextSets {
  negators: Set<string>;
  bridges: Set<string>;
  postNegators: Set<string>;
}
const contextByLang = new Map<Lang, ContextSets>();

/** Negation words of the message's language plus English (support messages mix in English freely);
 *  never all languages at once, since Portuguese "no" means "in the". */
function contextSets(lang: Lang): ContextSets {
  let c = contextByLang.get(lang);
  if (!c) {
    const ls = lang === 'en' ? [languages.en] : [languages.en, languages[lang]];
    const norm = (w: string) => w.replace(/’/g, "'");
    c = {
      negators: new Set(ls.flatMap((l) => l.negators).map(norm)),
      bridges: new Set(ls.flatMap((l) => l.bridges).map(norm)),
      postNegators: new Set(ls.flatMap((l) => l.postNegators)),
    };
    if (lang === 'pt') c.negators.delete('no');
    contextByLang.set(lang, c);
  }
  return c;
}

const CONDITIONAL = new Set(['if', 'unless', 'si', 'wenn', 'falls', 'se', 'caso']);

const WORD_RE = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*['’]?/gu;
const SUBJECT_PRONOUNS = new Set(['i', 'you', 'we', 'they', 'yo', 'je', 'ich', 'eu']);
const CLAUSE_BREAK = /[.!?;,:\n()]|\s(?:but|pero|mais|aber|mas|and then|because|porque|parce que|weil)\s/giu;

function isAlertNegator(tok: string, negators: Set<string>): boolean {
  return negators.has(tok) || tok.endsWith("n't") || (tok.startsWith("n'") && tok.length >= 2);
}

function clauseStart(text: string, at: number): number {
  const from = Math.max(0, at - 120);
  const window = text.slice(from, at);
  let last = -1;
  CLAUSE_BREAK.lastIndex = 0;
  for (let m = CLAUSE_BREAK.exec(window); m; m = CLAUSE_BREAK.exec(window)) last = m.index + m[0].length;
  return last < 0 ? from : from + last;
}

/** True when a negator governs the phrase: "I'm not going to cancel", "no intention of suing", "je ne vais pas résilier". */
export function isNegated(text: string, start: number, end: number, lang: Lang = 'en'): boolean {
  const { negators, bridges, postNegators } = contextSets(lang);
  const before = text.slice(clauseStart(text, start), start).toLowerCase().replace(/’/g, "'");
  const toks = before.match(WORD_RE) ?? [];
  // Walk back over bridge words ("going", "to", "want", "a") until a negator or any other word.
  for (let j = toks.length - 1, seen = 0; j >= 0 && seen < 6; j--, seen++) {
    const tok = toks[j];
    if (isAlertNegator(tok, negators)) {
      // "why can't I talk to a human", "don't you have a manager": inverted questions, not negation.
      const next = toks[j + 1];
      if (next && SUBJECT_PRONOUNS.has(next)) return false;
      // "if you can't fix this today", "if I don't get a human soon": a condition, not a denial.
      for (let k = 0; k < j; k++) if (CONDITIONAL.has(toks[k])) return false;
      return true;
    }
    if (!bridges.has(tok) && !tok.endsWith("'m") && !tok.endsWith("'d") && !tok.endsWith("'ll")) break;
  }
  if (postNegators.size) {
    const afterText = text.slice(end, end + 40);
    const stop = afterText.search(/[.!?;,:\n]/);
    const after = (stop >= 0 ? afterText.slice(0, stop) : afterText).toLowerCase().match(WORD_RE) ?? [];
    // Only the very next word: "ich kündige nicht", but not "... sprechen und nicht den Bot".
    if (after.length && postNegators.has(after[0]!)) return true;
  }
  return false;
}

const HISTORY_MARKERS =
  /^(?:On .{4,120} wrote:|-{2,} ?Original Message ?-{2,}|El .{4,120} escribió:|Le .{4,120} a écrit ?:|Am .{4,120} schrieb .{0,60}:|Em .{4,120} escreveu:|From: .+)$/imu;
const QUOTED_SPAN = /"[^"\n]{1,200}"|“[^”\n]{1,200}”|«[^»\n]{1,200}»|„[^“”\n]{1,200}[“”]/gu;

/** Spans of a message that are someone else's words: quoted email history, '>' lines and text in quotation marks. */
export function quotedRanges(text: string): [number, number][] {
  const ranges: [number, number][] = [];
  const hist = HISTORY_MARKERS.exec(text);
  if (hist) ranges.push([hist.index, text.length]);
  let lineStart = 0;
  while (lineStart < text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    if (/^\s*>/.test(text.slice(lineStart, Math.min(lineEnd, lineStart + 8)))) ranges.push([lineStart, lineEnd]);
    lineStart = lineEnd + 1;
  }
  QUOTED_SPAN.lastIndex = 0;
  for (let m = QUOTED_SPAN.exec(text); m; m = QUOTED_SPAN.exec(text)) ranges.push([m.index, m.index + m[0].length]);
  return ranges;
}

const IDLE_CURIOSITY =
  /\b(?:just curious|out of curiosity|hypothetically|asking for a friend|in theory|for future reference|por curiosidad|par curiosité|aus neugier|por curiosidade)\b/iu;

/** Bounds of the sentence around [start, end): used for evidence and for sentence-scoped filters. */
export function sentenceAround(text: string, start: number, end: number): [number, number] {
  return new Sentences(text).around(start, end);
}

/**
 * The sentences of one text, for many lookups: where each sentence ends is found once, so a message with thousands of
 * hits in one long sentence does not scan to its edges for each of them (a phrase repeated for 50 KB took 13 s).
 * `around` gives what sentenceAround always gave.
 */
export class Sentences {
  /** Positions of '.', '!', '?' and line breaks, ascending (built on first use). */
  private ends: number[] | null = null;
  /** Trimmed bounds of a sentence, by the position where it starts. */
  private readonly trimmed = new Map<number, [number, number]>();

  constructor(private readonly text: string) {}

  private breaks(): number[] {
    if (!this.ends) {
      const ends: number[] = [];
      const text = this.text;
      for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === 46 || c === 33 || c === 63 || c === 10) ends.push(i);
      }
      this.ends = ends;
    }
    return this.ends;
  }

  /** The first sentence end at or after `at` (its index in breaks()). */
  private firstEndFrom(at: number): number {
    const ends = this.breaks();
    let lo = 0;
    let hi = ends.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (ends[mid] < at) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  around(start: number, end: number): [number, number] {
    const text = this.text;
    const ends = this.breaks();
    const before = this.firstEndFrom(start) - 1; // the last end before start
    const sentenceStart = before >= 0 ? ends[before] + 1 : 0;
    let bounds = this.trimmed.get(sentenceStart);
    if (!bounds || bounds[1] < end) {
      const after = this.firstEndFrom(end);
      let e = after < ends.length ? ends[after] : text.length;
      if (e < text.length && /[.!?]/.test(text[e])) {
        e++;
        while (e < text.length && /[!?]/.test(text[e])) e++;
      }
      let s = sentenceStart;
      while (s < e && /\s/.test(text[s])) s++;
      while (e > s && /\s/.test(text[e - 1])) e--;
      bounds = [s, e];
      this.trimmed.set(sentenceStart, bounds);
    }
    let [s, e] = bounds;
    // Long run-on sentences: keep a window around the match so the evidence stays readable.
    if (e - s > 180) {
      s = Math.max(s, start - 70);
      e = Math.min(e, end + 70);
      while (s > 0 && s < start && /[\p{L}\p{N}]/u.test(text[s - 1])) s++;
      while (e < text.length && e > end && /[\p{L}\p{N}]/u.test(text[e])) e--;
    }
    return [s, e];
  }
}

/** Whether `at` falls in one of the ranges, by binary search over them sorted and merged. */
function inRanges(merged: [number, number][], at: number): boolean {
  let lo = 0;
  let hi = merged.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const [a, b] = merged[mid];
    if (at < a) hi = mid - 1;
    else if (at >= b) lo = mid + 1;
    else return true;
  }
  return false;
}

function mergeRanges(ranges: [number, number][]): [number, number][] {
  const sorted = ranges.filter(([a, b]) => b > a).sort((x, y) => x[0] - y[0]);
  const out: [number, number][] = [];
  for (const [a, b] of sorted) {
    const last = out[out.length - 1];
    if (last && a <= last[1]) last[1] = Math.max(last[1], b);
    else out.push([a, b]);
  }
  return out;
}

/** Whether a sorted list of numbers holds one in [from, to). */
function anyBetween(sorted: number[], from: number, to: number): boolean {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] < from) lo = mid + 1;
    else hi = mid;
  }
  return lo < sorted.length && sorted[lo] < to;
}

function insertSorted(sorted: number[], n: number): void {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] < n) lo = mid + 1;
    else hi = mid;
  }
  sorted.splice(lo, 0, n);
}

/** All phrase hits in one customer message that survive the context filters, one per (kind, sentence). */
/** Indices (ascending, so critical patterns of a kind still come first) of the patterns a message could match. */
function candidatePatterns(compiled: CompiledPhrases, tokens: Set<string>): number[] {
  const found = new Set<number>(compiled.ungated);
  for (const t of tokens) {
    const ex = compiled.exact.get(t);
    if (ex) for (const i of ex) found.add(i);
    const pre3 = compiled.prefixes.get(t.slice(0, 3));
    if (pre3) for (const { prefix, index } of pre3) if (t.startsWith(prefix)) found.add(index);
    if (t.length > 2) {
      const pre2 = compiled.prefixes.get(t.slice(0, 2));
      if (pre2) for (const { prefix, index } of pre2) if (t.startsWith(prefix)) found.add(index);
    }
  }
  return [...found].sort((a, b) => a - b);
}

const GATE_TOKEN_RE = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;

/** `dropped`, when given, collects "kind:reason" for each hit a filter removed (negated, quoted, curiosity, or a scope
 *  reason from scope.ts): the learned model reads them as features (model/features.ts). */
export function findPhraseHits(text: string, compiled: CompiledPhrases, dropped?: string[]): PhraseHit[] {
  const hits: PhraseHit[] = [];
  if (!text) return hits;
  // Patterns run case-sensitively over the lower-cased text: a /iu regex with \p{L} classes costs ~100 µs to compile,
  // and V8 drops the compiled code of rarely used regexes at GC, so 700 gated patterns were recompiled again and again
  // (15 µs per exec on average, 3x slower than matching). Offsets stay valid only if lower-casing keeps the length.
  const lower = text.toLowerCase();
  const sameLength = lower.length === text.length;
  const tokens = new Set(lower.replace(/’/g, "'").match(GATE_TOKEN_RE) ?? []);
  const candidates = candidatePatterns(compiled, tokens);
  if (candidates.length === 0) return hits;
  let quoted: [number, number][] | null = null;
  const sentences = new Sentences(text);
  // Starts of the hits kept so far, per kind, sorted: "one per (kind, sentence)" is a binary search, not a scan.
  const keptStarts = new Map<PhraseKind, number[]>();
  const noRush = compiled.noRush?.test(text) ?? false; // only runs when some pattern is a candidate
  let lang: Lang | null = null;
  for (const index of candidates) {
    const entry = compiled.kinds[index]!;
    const { kind, severity } = entry;
    const re = sameLength ? entry.re : (entry.reI ??= new RegExp(entry.source, 'giu'));
    const subject = sameLength ? lower : text;
    if (kind === 'urgency' && noRush && severity !== 'critical') continue;
    re.lastIndex = 0;
    for (let m = re.exec(subject); m; m = re.exec(subject)) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      const start = m.index;
      const end = start + m[0].length;
      quoted ??= mergeRanges(quotedRanges(text));
      if (inRanges(quoted, start)) {
        dropped?.push(`${kind}:quoted`);
        continue;
      }
      const [ss, se] = sentences.around(start, end);
      // A second hit of the kind in the sentence is dropped whatever the filters below say: asked first, it spares
      // them (the costly part) for a phrase repeated all through a message.
      let starts = keptStarts.get(kind);
      if (!starts) keptStarts.set(kind, (starts = []));
      if (anyBetween(starts, ss, se)) continue;
      lang ??= phraseLanguageOfText(text);
      if (isNegated(text, start, end, lang)) {
        dropped?.push(`${kind}:negated`);
        continue;
      }
      if ((kind === 'churn_risk' || kind === 'legal_threat') && IDLE_CURIOSITY.test(text.slice(ss, se))) {
        dropped?.push(`${kind}:curiosity`);
        continue;
      }
      const reason = compiled.matcher === 'meaning' ? outOfScope(kind, text, start, end, ss, se) : null;
      if (reason) {
        dropped?.push(`${kind}:${reason}`);
        continue;
      }
      insertSorted(starts, start);
      hits.push({ kind, severity, start, end, sentence: [ss, se] });
    }
  }
  return hits;
}
