// Grounding for drafts: the drafting service asks for the ticket's best snippets, ranked locally. And the
// scheduled refresh of the knowledge sources the settings name (lib/knowledge/refresh.ts).
import { getDb } from '../db';
import { setSnippetProvider } from '../drafts/snippets';
import { createIndexCache, hitsToSnippets, rankForTicket } from './live';
import { registerKnowledgeRefresh } from './refresh';
import { loadSettings } from '../settings';

export function registerKnowledge(): void {
  const currentIndex = createIndexCache(getDb());
  setSnippetProvider(async (ticket) => {
    if (!(await loadSettings()).features.knowledge) return []; // switched off by the organisation
    const index = await currentIndex();
    return hitsToSnippets(index, await rankForTicket(getDb(), index, ticket));
  });
  registerKnowledgeRefresh(getDb, loadSettings);
}
