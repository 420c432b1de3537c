// Turns a ticket (or a typed search) into weighted query terms. What the customer wrote is what decides the
// article: the subject and the customer's own messages count, agent replies and internal notes do not (they
// echo our own wording and would pull in whatever the agent already answered). Later customer messages weigh
// more: the latest one usually states the question still open.
import type { TicketSnapshot } from '../../adapters/types';
import { analyzeWithSurface } from './text';

export interface QueryTerm {
  /** Normalised index term (stem). */
  term: string;
  /** The word as the customer wrote it (first seen), shown as "why this". */
  surface: string;
  weight: number;
}

/** How fast older customer messages fade: latest 1, previous 0.6, then 0.36, ... never below the floor. */
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
  /^\s*(?:hi|hello|hey|hiya|dear|good\s+(?:morning|afternoon|evening|day)|greetings|hallo|bonjour|hola)(?:[\s,]+[\p{L}'.-]+){0,2}\s*[,.!:]?\s*$/iu;
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

function partsOf(query: TicketSnapshot | string): Part[] {
  if (typeof query === 'string') return [{ text: cleanCustomerText(query), weight: 1 }];
  const parts: Part[] = [];
  if (query.subject) parts.push({ text: query.subject, weight: SUBJECT_WEIGHT });
  const customer = query.messages.filter((m) => m.author.role === 'customer' && !m.internal && m.text);
  // latest first
  for (let k = 0; k < customer.length; k++) {
    const m = customer[customer.length - 1 - k];
    parts.push({ text: cleanCustomerText(m.text), weight: Math.max(RECENCY_FLOOR, RECENCY_DECAY ** k) });
  }
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
