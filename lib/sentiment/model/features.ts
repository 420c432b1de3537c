// Features of the learned alert model (issue 15): what generalises across en es fr de pt without word lists.
// The text is lower-cased and accent-folded one UTF-16 unit for one, so offsets stay those of the message (evidence
// quotes the original). Words give unigrams and bigrams; character 3- to 5-grams inside each word (with its edges)
// catch inflections and typos ("cancelling", "kündige", "cancle"); a few shape features carry what punctuation and
// capitals say; the rule matcher's verdicts and the reasons it dropped a hit come in as features too, so the model
// learns when to trust them. Every feature is hashed into a fixed number of buckets (no vocabulary to ship).

/** Buckets of the hashed feature space (a power of two). */
export const FEATURE_BITS = 16;
export const FEATURE_BUCKETS = 1 << FEATURE_BITS;
const MASK = FEATURE_BUCKETS - 1;

/** A feature counts at most this many times in one message: the model is linear, and a word repeated down a pasted
 *  page ("All good here. All good here. ...") would otherwise add its small weight hundreds of times over. */
export const FEATURE_MAX_COUNT = 3;

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

/** The text lower-cased and accent-folded, the same length as the text: "Ça coûte TROP" -> "ca coute trop". (The
 *  features fold unit by unit as they read; this is the same folding as a string, for tests and tools.) */
export function foldText(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i += 4096) {
    const codes: number[] = [];
    for (let j = i; j < Math.min(text.length, i + 4096); j++) codes.push(foldUnit(text.charCodeAt(j)));
    out += String.fromCharCode(...codes);
  }
  return out;
}

/** A word character of folded text: ASCII letters and digits, and any unit above Latin-1 punctuation that is a letter. */
function isWordUnit(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
  return c >= 0xc0 && c !== 0xd7 && c !== 0xf7 && !(c >= 0x2000 && c <= 0x2bff) && !(c >= 0xd800 && c <= 0xdfff) && c !== 0xfe0f;
}

export interface ExtractedFeatures {
  /** bucket indices, one per feature occurrence (a bucket may repeat) */
  buckets: Int32Array;
  /** four numbers per word: its start and end in the text, and the range of `buckets` that came from it (unigram,
   *  the bigram it ends, its n-grams) */
  words: Int32Array;
}

/** Signals from the rule matcher and the lexicon, named features the model weighs beside the words. */
export interface RuleSignals {
  /** alert kinds the rules raised on the message (with severity) */
  kinds: { kind: string; severity: string }[];
  /** "kind:reason" of phrase hits the matcher dropped (negated, quoted, job title, hypothetical, ...) */
  dropped: string[];
  /** the lexicon score, -1..1 */
  score: number;
}

const NS_WORD = mix(FNV_OFFSET, 119); // 'w'
const NS_GRAM = mix(FNV_OFFSET, 99); // 'c'
const NS_BIGRAM = mix(FNV_OFFSET, 98); // 'b'

const namedCache = new Map<string, number>();
/** hashFeature of a name from a small fixed set (rule kinds, reasons, shapes), cached. */
function named(name: string): number {
  let h = namedCache.get(name);
  if (h === undefined) {
    h = hashFeature(name);
    if (namedCache.size < 2048) namedCache.set(name, h);
  }
  return h;
}

/** The named features of the rule signals. */
export function signalFeatures(signals: RuleSignals | undefined): string[] {
  if (!signals) return [];
  const out: string[] = [];
  for (const k of signals.kinds) out.push(`r:${k.kind}`, `r:${k.kind}:${k.severity}`);
  for (const d of signals.dropped) out.push(`d:${d}`, `d:${d.slice(0, d.indexOf(':'))}`);
  // the lexicon score in quarters
  const bucket = Math.max(-4, Math.min(3, Math.floor(signals.score * 4)));
  out.push(`v:${bucket}`);
  if (signals.score <= -0.4) out.push('v:neg');
  return out;
}

// Scratch buffers reused by every call (the features are copied out): a message's features cost no garbage but two
// small arrays. (Buffers grow for a long message; MODEL_MAX_CHARS bounds them.)
let bucketBuf = new Int32Array(2048);
let wordBuf = new Int32Array(1024);
const folded = new Uint16Array(MODEL_MAX_CHARS + 1);

/**
 * The hashed features of one message. Deterministic: the same text and signals give the same buckets in the same
 * order. Linear in the text (capped at MODEL_MAX_CHARS): one pass for words, at most 12 n-grams per word.
 */
export function extractFeatures(text: string, signals?: RuleSignals): ExtractedFeatures {
  const { buckets, words } = extractFeaturesShared(text, signals);
  return { buckets: buckets.slice(), words: words.slice() };
}

/** extractFeatures without the copy: views of buffers the next call overwrites (for reading one message at once). */
export function extractFeaturesShared(text: string, signals?: RuleSignals): ExtractedFeatures {
  const n = Math.min(text.length, MODEL_MAX_CHARS);
  // each word gives at most 2 + 3 * (MAX_GRAM_WORD + 1) buckets, and a word takes at least 2 units with its gap
  const need = (n >> 1) * (5 + 3 * MAX_GRAM_WORD) + 64;
  if (bucketBuf.length < need) bucketBuf = new Int32Array(need);
  if (wordBuf.length < 2 * n + 4) wordBuf = new Int32Array(2 * n + 4);
  const buckets = bucketBuf;
  const words = wordBuf;
  let nb = 0;
  let nw = 0;
  // shape of the text, read in the same pass: runs of "!!", "?!", "??", words in capitals
  let bangs = false, interrobang = false, questions = false, caps = 0;
  let prevPunct = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    folded[i] = c < 128 ? (c >= 65 && c <= 90 ? c + 32 : c) : foldUnit(c);
  }
  let prevHash = 0;
  let havePrev = false;
  let i = 0;
  while (i < n) {
    const c = folded[i]!;
    if (!isWordUnit(c)) {
      if (c === 33 || c === 63) {
        if (prevPunct === 33 && c === 33) bangs = true;
        else if (prevPunct === 63 && c === 63) questions = true;
        else if (prevPunct !== 0 && prevPunct !== c) interrobang = true;
        prevPunct = c;
      } else if (c !== 32) prevPunct = 0;
      // a sentence end breaks bigrams
      if (c === 46 || c === 33 || c === 63 || c === 10 || c === 59) havePrev = false;
      i++;
      continue;
    }
    prevPunct = 0;
    const start = i;
    let upper = true;
    while (i < n && isWordUnit(folded[i]!)) {
      // (every letter a capital, Latin-1 included: a shouted word)
      if (upper) {
        const r = text.charCodeAt(i);
        if (!((r >= 65 && r <= 90) || (r >= 0xc0 && r <= 0xde && r !== 0xd7))) upper = false;
      }
      i++;
    }
    const end = i;
    if (upper && end - start >= 3 && caps < 3) caps++;
    const from = nb;
    let wordHash = NS_WORD;
    for (let j = start; j < end; j++) wordHash = mix(wordHash, folded[j]!);
    buckets[nb++] = (wordHash >>> 0) & MASK;
    if (havePrev) buckets[nb++] = (mix(Math.imul(prevHash ^ NS_BIGRAM, FNV_PRIME), wordHash) >>> 0) & MASK;
    // character 3- to 5-grams of "<word>", "<" and ">" marking its edges
    const gramEnd = Math.min(end, start + MAX_GRAM_WORD);
    for (let s = start - 1; s < gramEnd - 1; s++) {
      let h = NS_GRAM;
      for (let len = 1; len <= 5; len++) {
        const at = s + len - 1;
        if (at > gramEnd) break;
        h = mix(h, at < start ? 60 : at === gramEnd ? 62 : folded[at]!);
        if (len >= 3) buckets[nb++] = (h >>> 0) & MASK;
      }
    }
    words[nw++] = start;
    words[nw++] = end;
    words[nw++] = from;
    words[nw++] = nb;
    prevHash = wordHash;
    havePrev = true;
  }
  buckets[nb++] = named('bias');
  if (bangs) buckets[nb++] = named('s:!!');
  if (interrobang) buckets[nb++] = named('s:?!');
  if (questions) buckets[nb++] = named('s:??');
  if (/\?\s*$/.test(text.slice(Math.max(0, n - 8), n))) buckets[nb++] = named('s:ends?');
  if (caps) buckets[nb++] = named(`s:caps${caps}`);
  buckets[nb++] = named(n <= 40 ? 's:len<=40' : n <= 120 ? 's:len<=120' : n <= 400 ? 's:len<=400' : 's:len>400');
  for (const f of signalFeatures(signals)) buckets[nb++] = named(f);
  return { buckets: buckets.subarray(0, nb), words: words.subarray(0, nw) };
}
