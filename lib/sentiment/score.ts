// scoreMessage: a VADER-style valence sum over our merged lexicon, written as a single pass so it runs at
// hundreds of thousands of messages a second (the vader-sentiment port itself manages ~3,500/s, too slow to
// rescore a long ticket on every DOM change). The rules follow VADER's published heuristics — negation scope,
// degree boosters, ALL-CAPS emphasis, "but" contrast, ! and ? emphasis, normalisation — and add what support
// text needs: whole-message shouting, sarcasm cues, multi-word complaints, and damping grief and worry so the
// score tracks frustration rather than sadness.
import { phraseLanguageOf } from './language';
import { decideKind, type Detector } from './model/combine';
import { negativeProbability, shippedModel } from './model/model';
import { BOOSTERS, CONTRAST, SCORE_NEGATORS, scoringLexicon } from './lexicon';

export type SentimentLabel = 'negative' | 'neutral' | 'positive';

export interface ScoreThresholds {
  /** score at or below which a message is labelled negative */
  negative: number;
  /** score at or above which a message is labelled positive */
  positive: number;
  /** score at or below which a message that voices disapproval ("stupid", "wrong", "why would", "?!") is negative
   *  too (issue 15); absent: the score alone decides */
  disapproval?: number;
}

/** Tuned on GoEmotions' dev split only (anger + annoyance + disapproval against the rest): the score alone peaks at
 *  F1 .40 whatever its threshold, since disapproval is mostly said in words of no strong valence; a stricter score
 *  threshold plus disapproval words at a neutral score reached .42 there. */
export const DEFAULT_SCORE_THRESHOLDS: ScoreThresholds = { negative: -0.4, positive: 0.3, disapproval: 0.1 };

/** Words of disapproval and contempt, and "?!": no bare negators ("I don't have a receipt" is not disapproval). */
const DISAPPROVAL =
  /(?:^|[^\p{L}'])(?:stop|should|shouldn't|nope|nah|why would|why do|why does|why is|how dare|stupid|dumb|idiot\p{L}*|moron\p{L}*|wrong|worst|hate|sucks|annoying|annoyed|ridiculous|pathetic|bullshit|crap|shit|damn|fuck\p{L}*|wtf|ugh|smh|seriously|disagree|unfair|lame|bozo|clown\p{L}*|jerk|ass|asshole|garbage|trash|awful|terrible|horrible|disgusting|gross|cringe|toxic|bs|yikes|pissed|bitch\p{L}*)(?:[^\p{L}']|$)|\?!|!\?/iu;

/** The label of a text with its score: the thresholds, and disapproval words at a score that is not positive. */
export function labelOf(text: string, score: number, t: ScoreThresholds = DEFAULT_SCORE_THRESHOLDS): SentimentLabel {
  const label = labelFor(score, t);
  if (label === 'negative' || t.disapproval === undefined || score > t.disapproval) return label;
  return DISAPPROVAL.test(text) ? 'negative' : label;
}

const N_SCALAR = -0.74;
const CAPS_INCR = 0.733;
const NORMALISE_ALPHA = 15;

// Emoticons only count at a word start, so "https://" is not ":/".
const TOKEN_RE =
  /(?<=^|\s)[:;=][-'^]?[()[\]dDpP/\\|]+(?=\s|$)|<3|\p{Extended_Pictographic}(?:\u200D\p{Extended_Pictographic}|[\uFE0F\u2640\u2642])*|[\p{L}\p{N}]+(?:['’][\p{L}]+)*['’]?|[!?]+|[.,;:()]+/gu;

/** Sarcasm: praise words in a frame that means the opposite. Cheap and English-heavy by design. (No two adjacent
 *  quantifiers may take the same characters: "great job" and 40 KB of "!" once took seconds.) */
const SARCASM_RE =
  /\b(?:(?:great|wonderful|perfect|fantastic|awesome|brilliant|lovely|terrific|super)[,.!… ]+(?:just )?(?:another|yet another|more|again)\b|oh (?:great|wonderful|perfect|joy|fantastic|brilliant|good)\b|just (?:great|perfect|wonderful|brilliant|fantastic)[.!…]*(?:\s|$)|thanks? (?:a lot )?for nothing|yeah,? right|so helpful[.!…]*\s*(?:not\b|\/s)|(?:love|enjoy) (?:how|it when|that) (?:you|nobody|no one|i have to|i keep|it keeps)|(?:great|amazing|stellar|wonderful|excellent|fantastic|fabulous) (?:job|service|support|work)[,.!]*(?:\s*(?:guys|team|folks|there)[,.!]*)?\s*(?:🙄|\/s|\.\.\.|…)|thanks a lot\.\.\.|(?:^|\s)\/s(?:\s|$)|gracias por nada|merci pour rien|merci du cadeau|danke für nichts|na toll|obrigad[oa] por nada)/iu;

/** Words one of which every sarcasm cue contains: the regex only runs when one is present. */
const SARCASM_TRIGGERS = new Set([
  'great', 'wonderful', 'perfect', 'fantastic', 'awesome', 'brilliant', 'lovely', 'terrific', 'super', 'oh', 'just', 'thanks',
  'thank', 'yeah', 'helpful', 'love', 'enjoy', 'amazing', 'stellar', 'excellent', 'fabulous', 's', 'gracias', 'merci', 'danke',
  'na', 'obrigado', 'obrigada',
]);

export interface MessageScore {
  score: number;
  label: SentimentLabel;
}

function normaliseToken(t: string): string {
  const lower = t.toLowerCase();
  return lower.indexOf('’') >= 0 ? lower.replace(/’/g, "'") : lower;
}

function isNegator(tok: string): boolean {
  if (SCORE_NEGATORS.has(tok)) return true;
  if (tok.endsWith("n't")) return true; // don't, won't, isn't ...
  if (tok.startsWith("n'") && tok.length > 2) return true; // French n'est, n'ai
  return tok.indexOf("'") >= 0 && SCORE_NEGATORS.has(tok.replace(/'/g, ''));
}

/** 0: no cased letter (digits, emoji, punctuation); 1: some lower-case letter; 2: cased letters, all capitals.
 *  ASCII tokens are read by char code: upper- and lower-casing copies of every token were most of the garbage a long
 *  message made. */
function caseOf(t: string): 0 | 1 | 2 {
  let upper = false;
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c >= 128) return t.toLowerCase() === t.toUpperCase() ? 0 : t === t.toUpperCase() ? 2 : 1;
    if (c >= 97 && c <= 122) return 1;
    if (c >= 65 && c <= 90) upper = true;
  }
  return upper ? 2 : 0;
}

function isUpperWord(t: string): boolean {
  if (t.length < 2) return false;
  return t === t.toUpperCase() && t !== t.toLowerCase();
}

/** Raw valence sum (unbounded) of a text; scoreMessage normalises it. Exported for the ticket rollup. */
export function valenceSum(text: string): number {
  if (!text) return 0;
  const lex = scoringLexicon();
  const raw = text.match(TOKEN_RE);
  if (!raw || raw.length === 0) return 0;

  // Shouting: most letters of a message of several words in capitals.
  let wordCount = 0;
  let capsCount = 0;
  for (const t of raw) {
    // Counts tokens with cased letters (words, not emoji, digits or punctuation).
    const kind = caseOf(t);
    if (kind !== 0) {
      wordCount++;
      if (kind === 2 && t.length >= 2) capsCount++;
    }
  }
  const shouting = wordCount >= 3 && capsCount / wordCount >= 0.7;
  const someCaps = capsCount > 0 && !shouting;

  const toks = raw.map(normaliseToken);
  const lang = phraseLanguageOf(toks);
  const words = lang === 'en' ? lex.words : lex.byLang[lang];
  const valences = new Float64Array(toks.length); // (dense at any length; a filled Array of 20,000+ was not)
  let contrastAt = -1;
  let exclamations = 0;
  let questions = 0;
  let punctRuns = 0;

  for (let i = 0; i < toks.length; i++) {
    const tok = toks[i];
    const c0 = tok.charCodeAt(0);
    if (c0 === 33 || c0 === 63) {
      // ! and ?
      for (const ch of tok) {
        if (ch === '!') exclamations++;
        else questions++;
      }
      if (tok.length >= 2) punctRuns++;
      continue;
    }
    if (contrastAt < 0 && CONTRAST.has(tok) && i > 0) contrastAt = i;

    let v = 0;
    let span = 1;
    const candidates = lex.phrases.get(tok);
    if (candidates) {
      for (const p of candidates) {
        let ok = true;
        for (let k = 1; k < p.words.length; k++) {
          if (toks[i + k] !== p.words[k]) {
            ok = false;
            break;
          }
        }
        if (ok) {
          v = p.valence;
          span = p.words.length;
          break;
        }
      }
    }
    if (span === 1) {
      if (BOOSTERS[tok] !== undefined) continue;
      v = words.get(tok) ?? 0;
    }
    if (v === 0) {
      i += span - 1;
      continue;
    }

    if (someCaps && isUpperWord(raw[i])) v += v > 0 ? CAPS_INCR : -CAPS_INCR;
    // Look back up to three tokens, stopping at clause punctuation, for boosters and negators.
    for (let back = 1; back <= 3 && i - back >= 0; back++) {
      const prev = toks[i - back];
      const pc = prev.charCodeAt(0);
      if (pc === 46 || pc === 44 || pc === 59 || pc === 33 || pc === 63 || pc === 58) break;
      const boost = BOOSTERS[prev];
      if (boost !== undefined) {
        let b = v > 0 ? boost : -boost;
        if (someCaps && isUpperWord(raw[i - back])) b += v > 0 ? CAPS_INCR : -CAPS_INCR;
        v += back === 1 ? b : back === 2 ? b * 0.95 : b * 0.9;
      }
      if (isNegator(prev) && !(prev === 'no' && back > 1)) {
        v *= N_SCALAR;
        break;
      }
    }
    if (v < 0 && lex.sadNotAngry.has(tok)) v *= 0.35;
    valences[i] = v;
    i += span - 1;
  }

  if (contrastAt > 0) {
    for (let i = 0; i < valences.length; i++) {
      if (i < contrastAt) valences[i] *= 0.5;
      else if (i > contrastAt) valences[i] *= 1.5;
    }
  }

  let sarcastic = false;
  for (const t of toks) {
    if (SARCASM_TRIGGERS.has(t)) {
      sarcastic = SARCASM_RE.test(text);
      break;
    }
  }
  let sum = 0;
  for (const v of valences) sum += sarcastic && v > 0 ? 0 : v;
  if (sarcastic) sum -= 2;
  if (shouting) sum = sum < 0 ? sum * 1.3 - 1 : sum > 1 ? sum : sum - 1.2;

  // Emphasis from ! (up to four) and from two or more ?, in the direction the text already leans.
  const ep = Math.min(exclamations, 4) * 0.292;
  const qm = questions > 1 ? (questions <= 3 ? questions * 0.18 : 0.96) : 0;
  if (sum > 0) sum += ep + qm;
  else if (sum < 0) sum -= ep + qm;
  // "???" / "!!!" with nothing else to go on still reads as impatience in a ticket.
  if (punctRuns > 0 && sum <= 0) sum -= 0.4;
  return sum;
}

export function normaliseValence(sum: number): number {
  const s = sum / Math.sqrt(sum * sum + NORMALISE_ALPHA);
  return s < -1 ? -1 : s > 1 ? 1 : s;
}

export function labelFor(score: number, t: ScoreThresholds = DEFAULT_SCORE_THRESHOLDS): SentimentLabel {
  return score <= t.negative ? 'negative' : score >= t.positive ? 'positive' : 'neutral';
}

/** Sentiment of one message: score in -1..1 and a label. The negative label is the lexicon's, vetoed or added to by the
 *  learned model (model/combine.ts) unless `detector` is 'rules' (the lexicon alone) or 'model' (the model alone). */
export function scoreMessage(text: string, thresholds: ScoreThresholds = DEFAULT_SCORE_THRESHOLDS, detector: Detector = 'combined'): MessageScore {
  const score = normaliseValence(valenceSum(text ?? ''));
  return { score: Math.round(score * 10000) / 10000, label: messageLabel(text ?? '', score, thresholds, detector) };
}

/** The label of a text with its lexicon score: the lexicon's, with the learned model beside it (see scoreMessage). */
export function messageLabel(text: string, score: number, thresholds: ScoreThresholds = DEFAULT_SCORE_THRESHOLDS, detector: Detector = 'combined'): SentimentLabel {
  const label = labelOf(text, score, thresholds);
  if (detector === 'rules' || !text) return label;
  const model = shippedModel();
  let negative = decideKind(detector, label === 'negative', negativeProbability(text, score, model), model.thresholds.negative!);
  // A sarcastic complaint keeps the lexicon's negative label: the model, trained on Reddit comments, takes its praise
  // words at face value ("Great, another outage. Thanks for nothing." p .03 under the veto once its features were
  // NB-scaled). (The regex runs only on the rare vetoed message.)
  if (!negative && detector === 'combined' && label === 'negative' && SARCASM_RE.test(text)) negative = 'rules';
  return negative ? 'negative' : label === 'negative' ? 'neutral' : label;
}
