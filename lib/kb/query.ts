// Turns a ticket (or a typed search) into weighted query terms. What the customer wrote is what decides the
// article: the subject and the customer's own messages count; agent replies and internal notes do not (they
// echo our own wording and would pull in whatever the agent already answered), except the agent's questions, which
// count faintly (they name what the agent is checking). Later customer messages weigh more, the latest one usually
// states the question still open; but a message ages by how much the customer said after it, short answers to the
// agent's questions weigh less, and the opening statement keeps most of its weight, because in a chat the last
// lines are mostly the details the agent asked for and goodbyes. Those (e-mail addresses, phone and order numbers,
// the customer's name, "Username:" labels, "thanks, take care") are left out before weighting.
import type { TicketSnapshot } from '../../adapters/types';
import { capText, MAX_MESSAGE_CHARS, MAX_SUBJECT_CHARS } from '../limits';
import { analyzeWithSurface, NEGATION_WORDS, normalizeTerm, splitSentences, tokenize } from './text';

export interface QueryTerm {
  /** Normalised index term (stem). */
  term: string;
  /** The word as the customer wrote it (first seen), shown as "why this". */
  surface: string;
  weight: number;
}

/** How fast older customer messages fade (per AGE_WORDS said since): 1, 0.6, 0.36, ... never below the floor. */
const RECENCY_DECAY = 0.6;
const RECENCY_FLOOR = 0.15;
const SUBJECT_WEIGHT = 1.0;
/** Keeps long threads from turning into 200-term OR queries (slow, and noisy). */
const MAX_TERMS = 48;
/** A two-word phrase adds to its words' own matches; it should not outweigh them. */
export const PHRASE_WEIGHT = { value: 0.6 };

// A line that is only a greeting with at most a name or two ("Hi team,", "Dear Support Team"); never a line
// that goes on to say something ("Hello, the app crashes on login" keeps its words).
const GREETING_LINE =
  /^\s*(?:hi|hello|hey|hiya|dear|good\s+(?:morning|afternoon|evening|day)|greetings|hallo|bonjour|hola)(?:[\s,]+[\p{L}'.-]+){0,2}\s*(?:[,.!:]\s*)?$/iu;
const GREETING_PREFIX =
  /^\s*(?:hi|hello|hey|hiya|good\s+(?:morning|afternoon|evening|day)|greetings)(?:\s+(?:there|team|all|folks|guys|support))?[\s,!.:-]+/i;
const SIGN_OFF =
  /^\s*(?:--\s*$|—\s*$|_{3,}|best(?:\s+(?:regards|wishes))?\b|kind(?:est)?\s+regards|warm\s+regards|regards\b|many\s+thanks|thanks(?:\s+(?:a\s+lot|so\s+much|again|in\s+advance))?[,.!]?\s*$|thank\s+you(?:\s+(?:so\s+much|in\s+advance))?[,.!]?\s*$|cheers\b|sincerely\b|yours\s+(?:truly|sincerely)|sent\s+from\s+my\b|get\s+outlook\s+for)/i;
const QUOTE_HEADER = /^\s*(?:on\s.{5,120}\bwrote:\s*$|-{2,}\s*original\s+message\s*-{2,}|from:\s.+@|>)/i;
const BOILERPLATE =
  /(?:this\s+(?:e-?mail|message)\s+(?:and\s+any\s+attachments\s+)?(?:is|are|may\s+be)\s+confidential|unsubscribe|please\s+consider\s+the\s+environment|do\s+not\s+reply\s+to\s+this|disclaimer:)/i;

/**
 * Removes greetings, sign-offs with the signature below them, quoted earlier mail and legal boilerplate.
 * Keeps the customer's actual words.
 */
export function cleanCustomerText(text: string): string {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const kept: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (QUOTE_HEADER.test(line)) break; // quoted history below: already counted as its own message
    if (kept.length > 0 && SIGN_OFF.test(line)) break; // signature follows
    if (kept.length === 0 && SIGN_OFF.test(line) && i === lines.length - 1) break;
    if (GREETING_LINE.test(line)) continue;
    if (BOILERPLATE.test(line)) continue;
    const stripped = line.replace(GREETING_PREFIX, '');
    if (stripped.trim()) kept.push(stripped);
  }
  return kept.join('\n').trim();
}

interface Part {
  text: string;
  weight: number;
}

/**
 * The customer's first message with something to say states the problem (in a chat it is the subject the ticket
 * does not have): it keeps at least this weight however much follows. Below the latest message's 1, so a new
 * question asked at the end still leads.
 */
const OPENING_WEIGHT = 0.8;
/**
 * Messages age by what the customer wrote after them, in units of this many words (stopwords, details and
 * pleasantries not counted), not by how many messages came after them. In an e-mail thread each follow-up says a
 * paragraph and ages the older ones by a step or more; in a chat, where the problem is stated first and then
 * answered in bubbles ("I'm a bronze member", "No, in November"), the opening statement barely ages.
 */
const AGE_WORDS = 12;

// Contact details: what the agent asked for, never what the ticket is about. (An address starts where a run of its
// characters starts: without the lookbehind, a long run with no "@" was scanned again from each of its characters.)
const EMAIL = /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu;
// Phone numbers, and any long run of digits in groups (an order or account number: 3348917502, 2024-11-06).
const PHONE = /(?<![\p{L}\p{N}+])(?:\+\d{1,3}[\s.-]?)?\(?\d{2,4}\)?(?:[\s.-]?\(?\d{2,4}\)?){2,4}(?![\p{L}\p{N}])/gu;
// "Order ID: 3348917502", "Username: cminh730", "Ref #A-1234": a short label naming an identifier the agent asked
// for. The label's words ("order", "username") would match every article that mentions orders; the identifier
// stays, and matches only if the knowledge base really contains it (an error code, a plan name).
const LABELLED_ID = /^\s*\p{L}[\p{L} .#'-]{0,30}[:#]\s*(?=\S*[\d@])(\S+)\s*$/u;

/** Words of politeness, agreement and closing. A sentence made only of these (and stopwords) is a pleasantry. */
const COURTESY = new Set(
  (
    'thanks thank thankyou thx ty cheers appreciate appreciated appreciation great perfect exactly awesome cool ' +
    'fine ok okay sure alright excellent wonderful lovely amazing brilliant nice good glad happy pleasure ' +
    'welcome bye goodbye care day night evening morning afternoon weekend worries worry helped helpful help ' +
    'helping try trying look looking forward hear hearing take again lot else'
  ).split(/\s+/),
);

/**
 * Whether a sentence is only courtesy ("Thanks for trying to help.", "That's it. Take care.", "no worries"):
 * every word is a stopword, a negation, a single character or a courtesy word. Such lines come at the end of
 * a chat and would otherwise be the most recent, heaviest words of the query.
 */
export function isPleasantry(sentence: string): boolean {
  return tokenize(sentence).every((token) => {
    const lower = token.toLowerCase();
    return COURTESY.has(lower) || NEGATION_WORDS.has(lower) || normalizeTerm(lower) === null;
  });
}

/**
 * The customer's words without the details they were asked for: e-mail addresses, phone numbers, their own
 * name, and the labels of "Label: identifier" lines; sentences that are only pleasantries go too.
 */
export function detailFree(text: string, customer: { name?: string } = {}): string {
  const nameWords = new Set(
    tokenize(customer.name ?? '')
      .map((w) => w.toLowerCase())
      .filter((w) => w.length > 1),
  );
  const kept: string[] = [];
  for (const line of text.split('\n')) {
    const labelled = LABELLED_ID.exec(line);
    let l = (labelled ? labelled[1] : line).replace(EMAIL, ' ').replace(PHONE, ' ');
    if (nameWords.size) {
      l = l.replace(/[\p{L}\p{N}'’]+/gu, (w) => (nameWords.has(w.toLowerCase()) ? ' ' : w));
    }
    for (const sentence of splitSentences(l)) if (!isPleasantry(sentence)) kept.push(sentence);
  }
  return kept.join('\n');
}

/**
 * A short reply to an agent's question ("I'm a bronze", "No, I bought it in November.") answers what the agent
 * needed to know; it is not the customer's problem. Replies of at most ANSWER_WORDS content words after an agent's
 * question weigh at most ANSWER_WEIGHT, however recent (the opening statement keeps its own floor). On ABCD's
 * return dialogue the answer "bought it in November" was pulling in "Mistimed Billing Never Bought".
 */
const ANSWER_WORDS = 6;
const ANSWER_WEIGHT = 0.5;
/**
 * The agent's questions say what the agent is checking ("was the purchase made in the last 90 days?",
 * "what is your membership level?"): the procedure the right article describes. They count, faintly and without
 * ageing; the agent's statements do not (they echo answers already given). Questions that only ask for the
 * customer's identifying details ("may I have your name and order ID?") say nothing about the case and are left
 * out. ABCD: the return dialogue goes from 2nd to 1st; BANKING77 tickets unchanged (bench/kb.ts).
 */
const AGENT_QUESTION_WEIGHT = 0.3;
const TRAILING_MARK = /[\s\p{P}\p{S}]/u;
/** Whether a text ends with "?" and then only spaces, punctuation and symbols ("Is it broken? 🙂"). A loop from the
 *  end: the pattern /\?[\s\p{P}\p{S}]*$/ rescanned a run of "?" from each of them. */
function endsWithQuestion(text: string): boolean {
  let i = text.length;
  while (i > 0) {
    // (one code point: emoji are symbols too)
    const low = text.charCodeAt(i - 1);
    const size = low >= 0xdc00 && low <= 0xdfff && i > 1 ? 2 : 1;
    const ch = text.slice(i - size, i);
    if (ch === '?') return true;
    if (!TRAILING_MARK.test(ch)) return false;
    i -= size;
  }
  return false;
}
/** Words of an agent's request for identifying details; a question made only of these (and courtesy) is routine. */
const DETAIL_ASK = new Set(
  (
    'name names full first last surname username user email mail address addresses phone number numbers mobile ' +
    'order orders id ids account details detail confirm verify provide give get share tell send may could ' +
    'would can please'
  ).split(/\s+/),
);

/** The agent's questions in a message, without routine requests for identifying details. */
function agentQuestions(text: string): string[] {
  return splitSentences(text).filter(
    (sentence) =>
      endsWithQuestion(sentence) &&
      !tokenize(sentence).every((token) => {
        const lower = token.toLowerCase();
        return DETAIL_ASK.has(lower) || COURTESY.has(lower) || normalizeTerm(lower) === null;
      }),
  );
}

const contentWords = (text: string) => tokenize(text).filter((t) => normalizeTerm(t) !== null).length;

function partsOf(query: TicketSnapshot | string): Part[] {
  if (typeof query === 'string') return [{ text: detailFree(cleanCustomerText(query)), weight: 1 }];
  const parts: Part[] = [];
  if (query.subject) parts.push({ text: capText(query.subject, MAX_SUBJECT_CHARS), weight: SUBJECT_WEIGHT });
  const names = [query.requester?.name ?? ''];
  const customer: { text: string; answer: boolean }[] = [];
  const asked: string[] = []; // the agent's questions
  let afterQuestion = false; // the message before this one was an agent's question
  for (const m of query.messages) {
    if (m.internal || !m.text) continue;
    if (m.author.role === 'customer') {
      if (m.author.name) names.push(m.author.name);
      customer.push({ text: capText(m.text, MAX_MESSAGE_CHARS), answer: afterQuestion });
      afterQuestion = false; // a second bubble in a row goes on by itself
    } else {
      afterQuestion = m.author.role === 'agent' && endsWithQuestion(m.text);
      if (m.author.role === 'agent') asked.push(...agentQuestions(capText(m.text, MAX_MESSAGE_CHARS)));
    }
  }
  // Messages with nothing left to say (a name, an order number, "thanks!") neither count nor age the others.
  const texts = customer
    .map((m) => ({ ...m, text: detailFree(cleanCustomerText(m.text), { name: names.join(' ') }) }))
    .filter((m) => contentWords(m.text) > 0);
  let after = 0; // content words the customer wrote after the message
  for (let i = texts.length - 1; i >= 0; i--) {
    const words = contentWords(texts[i].text);
    let weight = Math.max(RECENCY_FLOOR, RECENCY_DECAY ** (after / AGE_WORDS));
    // The opening answers "How can I help?": it states the problem, however short.
    if (i > 0 && texts[i].answer && words <= ANSWER_WORDS) weight = Math.min(weight, ANSWER_WEIGHT);
    if (i === 0) weight = Math.max(weight, OPENING_WEIGHT);
    parts.push({ text: texts[i].text, weight });
    after += words;
  }
  if (asked.length) parts.push({ text: detailFree(asked.join('\n'), { name: names.join(' ') }), weight: AGENT_QUESTION_WEIGHT });
  return parts;
}

/**
 * Weighted query terms. A term's weight is its strongest occurrence plus a little for each repeat
 * (a customer who says "refund" three times means it), capped so one word cannot drown the rest.
 */
export function buildQuery(query: TicketSnapshot | string): QueryTerm[] {
  const byTerm = new Map<string, { surface: string; max: number; sum: number }>();
  for (const part of partsOf(query)) {
    for (const { term, surface, phrase } of analyzeWithSurface(part.text)) {
      const w = part.weight * (phrase ? PHRASE_WEIGHT.value : 1);
      const seen = byTerm.get(term);
      if (seen) {
        seen.max = Math.max(seen.max, w);
        seen.sum += w;
      } else {
        byTerm.set(term, { surface, max: w, sum: w });
      }
    }
  }
  const terms: QueryTerm[] = [];
  for (const [term, t] of byTerm) {
    terms.push({ term, surface: t.surface, weight: Math.min(1.6, t.max + 0.2 * (t.sum - t.max)) });
  }
  terms.sort((a, b) => b.weight - a.weight);
  return terms.slice(0, MAX_TERMS);
}
