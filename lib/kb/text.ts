// Text handling shared by indexing, querying, passages and highlighting. Indexing and querying must agree on
// exactly the same term normalisation, so it lives in one place.
import { stopwords as englishStopwords } from '@orama/stopwords/english';
import { Lexer, type Token, type Tokens } from 'marked';

// prettier-ignore
const NEGATION_WORDS_LIST = ['not', 'no', 'nor', 'never', 'cant', 'cannot', 'dont', 'didnt', 'doesnt', 'wont', 'isnt', 'arent',
  'wasnt', 'werent', 'havent', 'hasnt', 'hadnt', 'couldnt', 'wouldnt', 'shouldnt', 'mustnt', 'shant'];
const PARTICLE_LIST = ['up', 'down', 'in', 'out', 'on', 'off', 'over'];

/**
 * English function words from @orama/stopwords (the NLTK list), written as our tokenizer leaves them ("isn't" ->
 * "isnt"). Negations and phrasal-verb particles are left to analyzeWithSurface, which keeps them inside phrases
 * ("not working", "top up"). Contractions that become other words without their apostrophe ("she'll" -> "shell",
 * "we'd" -> "wed", "he'll" -> "hell", "she'd" -> "shed") are not stopwords here, nor is "us", which lowercased
 * is also the country ("a card from the US"; as a stopword it cost 0.2 MRR points on BANKING77).
 */
const LIBRARY_STOPWORDS = englishStopwords
  .map((w) => w.replace(/['’]/g, ''))
  .filter((w) => !['shell', 'wed', 'hell', 'shed', 'us'].includes(w));

/** Words that say nothing about which article fits: English function words plus support-ticket filler. */
const STOPWORDS = new Set([
  ...LIBRARY_STOPWORDS,
  ...(
    // what the library list lacks: more function words, and contractions as tokenize() leaves them
    'also just now yet im ive id ill youre youve thats theres whats s t d ll m re ve y o ' +
    // ticket filler: greetings, politeness, generic asks
    'hi hello hey dear thanks thank thx ty please pls plz regards cheers sincerely best kind kindly help helping ' +
    'need needs want wanted wanting know let like really actually ' +
    'hope hoping ok okay yes yeah sorry someone anyone something anything thing things'
  ).split(/\s+/),
]);
for (const w of [...NEGATION_WORDS_LIST, ...PARTICLE_LIST]) STOPWORDS.delete(w);

export function isStopword(word: string): boolean {
  return STOPWORDS.has(word);
}

/** A stopword, negation or particle: a word that never explains a match on its own ("why this"). */
export function isFunctionWord(word: string): boolean {
  const w = word.toLowerCase().replace(/['’]/g, '');
  return STOPWORDS.has(w) || NEGATION_WORDS.has(w) || PARTICLES.has(w);
}

/** Folds accents so "café" and "cafe" meet. */
function fold(word: string): string {
  return word.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
}

const VOWEL = /[aeiouy]/;

/**
 * A light English stemmer (plural, -ing, -ed, final -e), conservative on purpose: support wording is short and
 * over-stemming merges unrelated words ("card"/"care"). Porter would also work; this keeps stems readable
 * enough to show as "why this" terms.
 */
export function stem(word: string): string {
  let w = word;
  if (w.length <= 3 || /\d/.test(w)) return w;
  if (w.endsWith('ies') && w.length > 4) w = w.slice(0, -3) + 'y';
  else if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (/(?:ches|shes|xes|zzes)$/.test(w)) w = w.slice(0, -2);
  else if (w.endsWith('s') && !/(?:ss|us|is|ous)$/.test(w)) w = w.slice(0, -1);

  if (w.endsWith('ied') && w.length > 4) w = w.slice(0, -3) + 'y';
  else if (w.endsWith('ing') && w.length > 5 && VOWEL.test(w.slice(0, -3))) w = undouble(w.slice(0, -3));
  else if (w.endsWith('ed') && w.length > 4 && !w.endsWith('eed') && VOWEL.test(w.slice(0, -2))) w = undouble(w.slice(0, -2));

  if (w.endsWith('e') && w.length > 4 && !w.endsWith('ee')) w = w.slice(0, -1);
  return w;
}

function undouble(w: string): string {
  return /([^aeiouylsz])\1$/.test(w) ? w.slice(0, -1) : w;
}

/** Splits text into raw word tokens (letters/digits, inner apostrophes dropped: "don't" -> "dont"). */
export function tokenize(text: string): string[] {
  return text
    .replace(/['’](?=\p{L})/gu, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** Token -> index term, or null when the token carries no meaning for ranking. */
export function normalizeTerm(token: string): string | null {
  let lower = token.toLowerCase();
  if (NON_ASCII.test(lower)) lower = fold(lower);
  if (lower.length < 2 && !/\d/.test(lower)) return null;
  if (STOPWORDS.has(lower)) return null;
  if (lower.length > 40) return null; // hashes, base64, URLs glued together
  return stem(lower);
}

const NON_ASCII = /[\u0080-\uffff]/;

/** Markdown to plain text good enough for passages: no markup characters left in what the agent reads. marked's
 *  lexer parses it (the same parser the panel renders knowledge with); the walk keeps each block on its own line,
 *  the text of links, the alt text of images, the code of code blocks, and drops tags. */
export function stripMarkdown(md: string): string {
  return tokensText(Lexer.lex(md))
    .replace(/[ \t]+/g, ' ')
    .replace(/ ?\n ?/g, '\n')
    .trim();
}

function tokensText(tokens: Token[] | undefined): string {
  let out = '';
  for (const token of tokens ?? []) out += tokenText(token);
  return out;
}

function tokenText(t: Token): string {
  switch (t.type) {
    case 'space':
    case 'hr':
    case 'br':
      return '\n';
    case 'def':
      return '';
    case 'code':
      return `${t.text}\n`;
    case 'html':
      return (t.text as string).replace(/<[^<>]*>/g, ' ');
    case 'image':
      return t.text;
    case 'heading':
    case 'paragraph':
      return `${tokensText(t.tokens)}\n`;
    case 'list':
      return (t as Tokens.List).items.map((item) => `${tokensText(item.tokens)}\n`).join('');
    case 'table': {
      const table = t as Tokens.Table;
      return [table.header, ...table.rows].map((row) => `${row.map((cell) => tokensText(cell.tokens)).join(' ')}\n`).join('');
    }
    default:
      return 'tokens' in t && t.tokens ? tokensText(t.tokens) : 'text' in t ? t.text : '';
  }
}

/** Sentences (or lines, for lists and macros without punctuation). */
export function splitSentences(text: string): string[] {
  const out: string[] = [];
  for (const line of text.split(/\n+/)) {
    const parts = line.split(/(?<=[.!?])\s+(?=[\p{Lu}\p{N}"'(])/u);
    for (const p of parts) {
      const s = p.trim();
      if (s) out.push(s);
    }
  }
  return out;
}

/** Punctuation that ends a clause: a phrase never spans it ("No, I bought it" is not "not bought"). */
const CLAUSE_BREAK = /[,;:!?()[\]{}"“”\n]+|\.(?=\s|$)|\s[-–—]+\s/u;

/**
 * Particles of phrasal verbs ("top up", "log in", "sign out"): like negations they count only inside phrases.
 * Alone they match nearly every article and say nothing (they are stopwords in every list).
 */
const PARTICLES = new Set(PARTICLE_LIST);

/** Words that flip meaning ("card not working"): all read as "not", and glued into phrases with their neighbours. */
export const NEGATION_WORDS: ReadonlySet<string> = new Set(NEGATION_WORDS_LIST);

/**
 * Index/query terms of a text: normalised words plus adjacent-word phrases within a clause ("top up" -> "top_up",
 * "not working" -> "not_work"). Phrases separate intents that share words ("card arrival" vs "card payment").
 * Negations and particles appear only inside phrases ("card has not arrived" -> card, card_not, not_arriv, arriv).
 */
export function analyze(text: string): string[] {
  return analyzeWithSurface(text).map((t) => t.term);
}

/** Like analyze, with the word(s) as written, for "why this". */
export function analyzeWithSurface(text: string): { term: string; surface: string; phrase: boolean }[] {
  const out: { term: string; surface: string; phrase: boolean }[] = [];
  for (const clause of text.split(CLAUSE_BREAK)) {
    let prev: { term: string; surface: string } | null = null;
    for (const token of tokenize(clause)) {
      const lower = token.toLowerCase();
      const negation = NEGATION_WORDS.has(lower);
      const term = negation ? 'not' : normalizeTerm(token);
      if (!term) continue; // phrases skip over dropped words: "card has not arrived" -> card_not, not_arriv
      if (!negation && !PARTICLES.has(lower)) out.push({ term, surface: lower, phrase: false });
      if (prev) out.push({ term: `${prev.term}_${term}`, surface: `${prev.surface} ${lower}`, phrase: true });
      prev = { term, surface: lower };
    }
  }
  return out;
}
