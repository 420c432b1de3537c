import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useState } from 'react';
import type { TicketSnapshot } from '../../adapters/types';
import { getDb, ticketKeyOf } from '../db';
import { feedbackFromRows, rankArticles, type KbHit, type KbIndex } from '../kb';
import { kbStamp } from '../knowledge/live';
import { loadIndex } from '../knowledge/store';

export interface SnippetsState {
  /** undefined while the index loads. */
  hits?: KbHit[];
  index?: KbIndex;
  articleCount: number;
  votes: Record<string, 1 | -1>;
  vote(articleId: string, vote: 1 | -1): Promise<void>;
}

/**
 * The knowledge snippets for the ticket (or for what the agent typed in the search box), ranked locally, offline.
 * The index is loaded once and again only when the stored articles change; thumbs re-rank live.
 */
export function useSnippets(snapshot: TicketSnapshot, search: string, limit = 5): SnippetsState {
  const db = getDb();
  const key = ticketKeyOf(snapshot);
  const stamp = useLiveQuery(() => kbStamp(db), [], undefined);
  const [index, setIndex] = useState<KbIndex>();
  useEffect(() => {
    if (stamp === undefined) return;
    let live = true;
    void loadIndex(db).then((loaded) => live && setIndex(loaded));
    return () => {
      live = false;
    };
  }, [stamp, db]);
  const feedbackRows = useLiveQuery(() => db.kbFeedback.toArray(), [], []);
  const hits = useMemo(() => {
    if (!index) return undefined;
    const feedback = feedbackFromRows(feedbackRows, key);
    return rankArticles(index, search.trim() || snapshot, limit, { feedback, ticketTags: snapshot.tags });
  }, [index, feedbackRows, key, search, snapshot, limit]);
  const votes = Object.fromEntries(feedbackRows.filter((r) => r.ticketKey === key).map((r) => [r.articleId, r.vote]));
  return {
    hits,
    index,
    articleCount: index?.articles.size ?? 0,
    votes,
    async vote(articleId, vote) {
      // A second click on the same thumb takes the vote back.
      if (votes[articleId] === vote) await db.kbFeedback.delete([key, articleId]);
      else await db.kbFeedback.put({ ticketKey: key, articleId, vote, at: Date.now() });
    },
  };
}
