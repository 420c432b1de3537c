// Features of the learned alert model (issue 15): what generalises across en es fr de pt without word lists.
// The text is lower-cased and accent-folded one UTF-16 unit for one, so offsets stay those of the message (evidence
// quotes the original). Words give unigrams and bigrams; character 3- to 5-grams inside each word (with its edges)
// catch inflections and typos ("cancelling", "kündige", "cancle"); a few shape features carry what punctuation and
// capitals say; the rule matcher's verdicts and the reasons it dropped a hit come in as features too, so the model
// learns when to trust them. Every feature is hashed into a fixed number of buckets (no vocabulary to ship).

/** Buckets of the hashed feature space (a power of two). */
export const FEATURE_BITS = 18;
export const FEATURE_BUCKETS = 1 << FEATURE_BITS;
const MASK = FEATURE_BUCKETS - 1;

/** Only the start of a very long message is read (a pasted log says nothing the first 4,000 characters don't). */
export const MODEL_MAX_CHARS = 4000;
/** Words longer than this give character n-grams from their first part only (URLs, hashes). */
const MAX_GRAM_WORD = 24;

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

function mix(h: number, code: number): number {
  return Math.imul(h ^ code, FNV_PRIME);
}

/** FNV-1a of a namespace and a string: the bucket of a named feature ("r:legal_threat"). */
export function hashFeature(name: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < name.length; i++) h = mix(h, name.charCodeAt(i));
  return (h >>> 0) & MASK;
}

const foldCache = new Map<number, number>();

/** One UTF-16 unit, lower-cased and without its accent ("É" -> "e", "ß" stays), as one unit. */
function foldUnit(c: number): number {
  if (c < 128) return c >= 65 && c <= 90 ? c + 32 : c;
  let f = foldCache.get(c);
  if (f === undefined) {
    const s = String.fromCharCode(c);
    const folded = s.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');
    // (a unit whose folded form is not one unit, e.g. a lone surrogate or "İ", keeps its lower-case or itself)
    f = folded.length === 1 ? folded.charCodeAt(0) : s.toLowerCase().length === 1 ? s.toLowerCase().charCodeAt(0) : c;
    if (foldCache.size < 4096) foldCache.set(c, f);
  }
  return f;
}

/** The text lower-cased and accent-folded, the same length as the text: "Ça coûte TROP" -> "ca coute trop". */
export function foldText(text: string): string {
  let out = '';
  let plain = true;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 128 || (c >= 65 && c <= 90)) {
      plain = false;
      break;
    }
  }
  if (plain) return text;
  const codes = new Array<number>(text.length);
  for (let i = 0; i < text.length; i++) codes[i] = foldUnit(text.charCodeAt(i));
  // (chunks: String.fromCharCode with a very long argument list overflows the stack)
  for (let i = 0; i < codes.length; i += 4096) out += String.fromCharCode(...codes.slice(i, i + 4096));
  return out;
}

/** A word character of folded text: ASCII letters and digits, and any unit above Latin-1 punctuation that is a letter. */
function isWordUnit(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
  return c >= 0xc0 && c !== 0xd7 && c !== 0xf7 && !(c >= 0x2000 && c <= 0x2bff) && !(c >= 0xd800 && c <= 0xdfff) && c !== 0xfe0f;
}

export interface Token {
  start: number;
  end: number;
  /** bucket of the word's unigram */
  unigram: number;
}

export interface ExtractedFeatures {
  /** bucket indices, one per feature occurrence (a bucket may repeat) */
  buckets: number[];
  /** for each word: its span, and the range of `buckets` that came from it (unigram, n-grams, bigram it starts) */
  words: { start: number; end: number; from: number; to: number }[];
}

/** Signals from the rule matcher and the lexicon, named features the model weighs beside the words. */
export interface RuleSignals {
  /** alert kinds the rules raised on the message (with severity) */
  kinds: { kind: string; severity: string }[];
  /** "kind:reason" of phrase hits the matcher dropped (negated, quoted, job title, hypothetical, ...) */
  dropped: string[];
  /** the lexicon score, -1..1 */
  score: number;
  /** the message's language guess */
  lang: string;
}

const NS_WORD = mix(FNV_OFFSET, 119); // 'w'
const NS_GRAM = mix(FNV_OFFSET, 99); // 'c'
const NS_BIGRAM = mix(FNV_OFFSET, 98); // 'b'

function hashRange(seed: number, s: string, from: number, to: number): number {
  let h = seed;
  for (let i = from; i < to; i++) h = mix(h, s.charCodeAt(i));
  return h;
}

/** Named features from the text's shape: exclamation and question runs, shouting, length. */
function shapeFeatures(text: string, out: string[]): void {
  if (/!{2,}/.test(text)) out.push('s:!!');
  if (/\?!|!\?/.test(text)) out.push('s:?!');
  if (/\?{2,}/.test(text)) out.push('s:??');
  if (/\?\s*$/.test(text)) out.push('s:ends?');
  let caps = 0;
  const re = /(?:^|[^A-Za-z\u00C0-\u024F])[A-Z\u00C0-\u00DE]{3,}(?![A-Za-z\u00C0-\u024F])/g;
  for (let m = re.exec(text); m && caps < 3; m = re.exec(text)) caps++;
  if (caps >= 1) out.push(`s:caps${caps}`);
  out.push(text.length <= 40 ? 's:len<=40' : text.length <= 120 ? 's:len<=120' : text.length <= 400 ? 's:len<=400' : 's:len>400');
}

/** The named features of the rule signals. */
export function signalFeatures(signals: RuleSignals | undefined): string[] {
  if (!signals) return [];
  const out: string[] = [];
  for (const k of signals.kinds) out.push(`r:${k.kind}`, `r:${k.kind}:${k.severity}`);
  for (const d of signals.dropped) out.push(`d:${d}`, `d:${d.slice(0, d.indexOf(':'))}`);
  // the lexicon score in eighths
  const bucket = Math.max(-4, Math.min(3, Math.floor(signals.score * 4)));
  out.push(`v:${bucket}`);
  if (signals.score <= -0.4) out.push('v:neg');
  out.push(`lang:${signals.lang}`);
  return out;
}

/**
 * The hashed features of one message. Deterministic: the same text and signals give the same buckets in the same
 * order. Linear in the text (capped at MODEL_MAX_CHARS): one pass for words, at most 12 n-grams per word.
 */
export function extractFeatures(text: string, signals?: RuleSignals): ExtractedFeatures {
  const raw = text.length > MODEL_MAX_CHARS ? text.slice(0, MODEL_MAX_CHARS) : text;
  const folded = foldText(raw);
  const buckets: number[] = [];
  const words: ExtractedFeatures['words'] = [];
  let prevHash = 0;
  let havePrev = false;
  let i = 0;
  const n = folded.length;
  while (i < n) {
    if (!isWordUnit(folded.charCodeAt(i))) {
      // a sentence end breaks bigrams
      const c = folded.charCodeAt(i);
      if (c === 46 || c === 33 || c === 63 || c === 10 || c === 59) havePrev = false;
      i++;
      continue;
    }
    const start = i;
    while (i < n && isWordUnit(folded.charCodeAt(i))) i++;
    const end = i;
    const from = buckets.length;
    const wordHash = hashRange(NS_WORD, folded, start, end);
    buckets.push((wordHash >>> 0) & MASK);
    if (havePrev) buckets.push((mix(Math.imul(prevHash ^ NS_BIGRAM, FNV_PRIME), wordHash) >>> 0) & MASK);
    // character 3- to 5-grams of "<word>", "<" and ">" marking its edges
    const gramEnd = Math.min(end, start + MAX_GRAM_WORD);
    for (let s = start - 1; s < gramEnd - 1; s++) {
      let h = NS_GRAM;
      for (let len = 1; len <= 5; len++) {
        const at = s + len - 1;
        if (at > gramEnd) break;
        const code = at < start ? 60 : at === gramEnd ? 62 : folded.charCodeAt(at);
        h = mix(h, code);
        if (len >= 3) buckets.push((h >>> 0) & MASK);
      }
    }
    words.push({ start, end, from, to: buckets.length });
    prevHash = wordHash;
    havePrev = true;
  }
  const named: string[] = ['bias'];
  shapeFeatures(raw, named);
  named.push(...signalFeatures(signals));
  for (const f of named) buckets.push(hashFeature(f));
  return { buckets, words };
}
