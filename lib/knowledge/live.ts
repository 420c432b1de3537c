// The knowledge index as the background and the panel use it: loaded from IndexedDB once, kept in memory, and
// reloaded only when the stored articles change (imports and syncs run in the options page, another context).
import type { TicketSnapshot } from '../../adapters/types';
import type { KbSnippet } from '../ai/types';
import { ticketKeyOf, type TandemDB } from '../db';
import { feedbackFromRows } from '../kb/feedback';
import { rankArticles, type KbHit, type KbIndex } from '../kb';
import { kbStamp, loadIndex } from './store';

export { kbStamp } from './store';

export function createIndexCache(db: TandemDB) {
  let cached: { stamp: string; index: Promise<KbIndex> } | undefined;
  return async function currentIndex(): Promise<KbIndex> {
    const stamp = await kbStamp(db);
    if (cached?.stamp !== stamp) cached = { stamp, index: loadIndex(db) };
    return cached.index;
  };
}

/** The best snippets for a ticket, with this and other tickets' thumbs applied. */
export async function rankForTicket(db: TandemDB, index: KbIndex, ticket: TicketSnapshot, limit = 5): Promise<KbHit[]> {
  const feedback = feedbackFromRows(await db.kbFeedback.toArray(), ticketKeyOf(ticket));
  return rankArticles(index, ticket, limit, { feedback });
}

/** Hits as the drafting prompts cite them: numbered in rank order, with title and source link. */
export function hitsToSnippets(index: KbIndex, hits: KbHit[]): KbSnippet[] {
  return hits.map((hit, i) => {
    const article = index.articles.get(hit.articleId);
    return { n: i + 1, articleId: hit.articleId, title: article?.title ?? hit.articleId, url: article?.url, passage: hit.snippet, score: hit.score };
  });
}
