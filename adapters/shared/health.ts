// Reading health: how far a snapshot can be trusted, and why. A reader that silently returns the wrong pane, half a
// thread or another ticket's messages under this ticket's number is worse than one that says "I could not read
// this": the agent then drafts for, and inserts into, the wrong conversation. Pure: snapshot + URL + page signals in,
// a verdict out. The content script computes it on every read (lib/content/watch-ticket.ts) for built-in and custom
// adapters alike; the panel shows it and asks before drafting or inserting on a low reading; a ticket whose id
// disagrees with the URL is never drafted for or inserted into.
import type { TicketSnapshot } from '../types';
import { ticketIdFromUrl } from '../custom';
import { TICKET_PATH as ZENDESK_PATH } from '../zendesk/detect';
import { TICKET_PATH as FRESHDESK_PATH } from '../freshdesk/detect';
import { CONVERSATION_PATH as INTERCOM_PATH } from '../intercom/detect';
import { idFromUrl } from './dom';

export interface ReadingHealth {
  confidence: 'high' | 'low';
  /** Codes: the problems first (HEALTH_PROBLEMS), then what was found (HEALTH_FINDINGS), then notes (HEALTH_NOTES). */
  reasons: string[];
}

/** What the content script knows about the page besides the snapshot. */
export interface PageSignals {
  /** The ticket id the page itself shows (the active pane, the conversation element), read apart from the URL. */
  pageTicketId?: string;
  /** Message-like blocks a structural finder sees on the page (adapters/shared/structure.ts), whatever the
   *  selectors say: many more of them than messages read means the selectors missed part of the thread. */
  blocksOnPage?: number;
  /** The adapter says the page may rightly show no subject (an untitled Intercom chat: HelpdeskAdapter.subjectOptional):
   *  no subject is then not a problem. */
  subjectOptional?: boolean;
  /** The adapter read the thread's authors and roles by the page's layout, its known markers gone
   *  (HelpdeskAdapter.readByLayout): right or not, a redesign the agent should check. */
  readByLayout?: boolean;
  /** The page shows that part of the thread is not rendered (HelpdeskAdapter.threadPartial). */
  threadPartial?: boolean;
}

/** Codes that make a reading low. Order: the worst first (the panel lists them in this order). */
export const HEALTH_PROBLEMS = [
  'id-mismatch-url',
  'no-thread',
  'few-messages-vs-page',
  'thread-by-layout',
  'no-customer-message',
  'roles-one-kind',
  'subject-missing',
] as const;
/** Codes that say what was found (shown as "found" beside the problems). */
export const HEALTH_FINDINGS = ['id-matches-url', 'subject-found', 'subject-optional', 'customer-message-found', 'roles-mixed', 'messages-match-page'] as const;
/** Codes that are neither a misread nor a finding: the panel says them whatever the confidence. A thread the helpdesk
 *  has not rendered in full is read right, but drafts and alerts see only what is rendered. */
export const HEALTH_NOTES = ['thread-partial'] as const;
export type HealthProblem = (typeof HEALTH_PROBLEMS)[number];
export type HealthFinding = (typeof HEALTH_FINDINGS)[number];

/** Codes decided by the page (its URL and what else is on it), not by the snapshot's content: a merge with an
 *  earlier read of the ticket keeps them (see healthAfterMerge). */
const PAGE_CODES = new Set<string>(['id-mismatch-url', 'id-matches-url', 'few-messages-vs-page', 'messages-match-page', 'subject-optional', 'thread-by-layout', 'thread-partial']);

/** A thread this much smaller than the message-like blocks on the page was read only in part. */
const MIN_SHARE_OF_BLOCKS = 0.5;

const URL_ID: Record<string, RegExp> = { zendesk: ZENDESK_PATH, freshdesk: FRESHDESK_PATH, intercom: INTERCOM_PATH };

/** The ticket id in a page's URL, by helpdesk; a custom helpdesk's by the custom adapter's rule. */
export function ticketIdInUrl(helpdesk: string, url: string): string | undefined {
  const re = URL_ID[helpdesk];
  return re ? idFromUrl(url, re) : ticketIdFromUrl(url);
}

/** Every id-like token of a URL: path segments, query values, digit runs of the hash. A custom helpdesk's URL may
 *  carry several numbers (/queues/7/tickets/123); the page's id agrees when it is any of them. */
function urlTokens(url: string): string[] {
  try {
    const u = new URL(url);
    const tokens = u.pathname.split('/').filter(Boolean).map((s) => decodeURIComponent(s));
    for (const v of u.searchParams.values()) tokens.push(v);
    for (const m of u.hash.matchAll(/\d+/g)) tokens.push(m[0]);
    return tokens.map((s) => s.toLowerCase());
  } catch {
    return [];
  }
}

const digitsOf = (s: string) => /\d+/.exec(s)?.[0];

/** Whether the page's id and the URL disagree: true (they do), false (they agree), undefined (cannot tell). */
function idDisagrees(helpdesk: string, url: string, pageId: string | undefined): boolean | undefined {
  const page = pageId?.replace(/^#/, '').trim().toLowerCase();
  const inUrl = ticketIdInUrl(helpdesk, url)?.toLowerCase();
  if (!page || !inUrl) return undefined;
  if (URL_ID[helpdesk]) return page !== inUrl;
  // Custom helpdesks: the URL's rule is a guess (the last segment with a digit), so agree with any token, and let
  // "INC-123" on the page agree with 123 in the URL.
  const digits = digitsOf(page);
  return !urlTokens(url).some((tok) => tok === page || (!!digits && digitsOf(tok) === digits && /^[a-z]*-?\d+$/.test(tok) && /^[a-z]*-?\d+$/.test(page)));
}

/** The codes that follow from the snapshot's content alone. */
function contentCodes(s: Pick<TicketSnapshot, 'subject' | 'messages'> & { helpdesk?: string }, subjectOptional = false): string[] {
  const codes: string[] = [];
  // ('subject-optional', a page code, stands in for the subject when the page has none to show)
  if (s.subject?.trim()) codes.push('subject-found');
  else if (!subjectOptional) codes.push('subject-missing');
  const messages = s.messages ?? [];
  if (!messages.length) {
    codes.push('no-thread');
    return codes;
  }
  codes.push(messages.some((m) => m.author.role === 'customer') ? 'customer-message-found' : 'no-customer-message');
  if (messages.length >= 2) {
    const roles = new Set(messages.map((m) => m.author.role));
    const authors = new Set(messages.map((m) => m.author.name?.trim().toLowerCase()).filter(Boolean));
    // One role for everybody is normal for a new ticket (one customer writing again); one role for several
    // different people, or for a thread where nobody has a name, is a reader that lost the markers telling
    // authors apart (renamed hooks: every message then falls to the default role).
    // The built-in helpdesks name the author of every message (of a run, at least its first): a thread of theirs
    // where nobody is named lost its author hooks, and its roles, however mixed, are guesses from layout.
    const nameless = !authors.size && !!s.helpdesk && s.helpdesk in URL_ID && messages.filter((m) => m.author.role !== 'system').length >= 2;
    if (roles.size > 1 && !nameless) codes.push('roles-mixed');
    else if (authors.size !== 1) codes.push('roles-one-kind');
  }
  return codes;
}

function verdict(codes: string[]): ReadingHealth {
  const problems = HEALTH_PROBLEMS.filter((c) => codes.includes(c));
  const others = [...HEALTH_FINDINGS, ...HEALTH_NOTES].filter((c) => codes.includes(c));
  return { confidence: problems.length ? 'low' : 'high', reasons: [...problems, ...others] };
}

/** How far the snapshot read from `url` can be trusted. */
export function readingHealth(snapshot: TicketSnapshot, url: string, signals: PageSignals = {}): ReadingHealth {
  const codes = contentCodes(snapshot, signals.subjectOptional);
  if (signals.subjectOptional) codes.push('subject-optional');
  if (signals.readByLayout) codes.push('thread-by-layout');
  if (signals.threadPartial) codes.push('thread-partial');
  // Built-in adapters take the id from the URL first, so the page's own id comes as a signal; a custom adapter
  // reads it from the page (its ticketId selector) and falls back to the URL.
  const pageId = URL_ID[snapshot.helpdesk] ? signals.pageTicketId : signals.pageTicketId ?? snapshot.ticketId;
  const disagrees = idDisagrees(snapshot.helpdesk, url, pageId);
  if (disagrees === true) codes.push('id-mismatch-url');
  else if (disagrees === false) codes.push('id-matches-url');
  const blocks = signals.blocksOnPage;
  if (blocks !== undefined && blocks >= 2) {
    const read = snapshot.messages?.length ?? 0;
    codes.push(read < blocks * MIN_SHARE_OF_BLOCKS ? 'few-messages-vs-page' : 'messages-match-page');
  }
  return verdict(codes);
}

/** The health of a snapshot merged with an earlier read of the same ticket (lib/tickets/merge.ts: a reply page
 *  without the thread keeps the stored thread): the content codes follow the merged content, the page codes stay. */
export function healthAfterMerge(pageHealth: ReadingHealth | undefined, merged: Pick<TicketSnapshot, 'subject' | 'messages'>): ReadingHealth | undefined {
  if (!pageHealth) return undefined;
  const page = pageHealth.reasons.filter((c) => PAGE_CODES.has(c));
  return verdict([...page, ...contentCodes(merged, page.includes('subject-optional'))]);
}
