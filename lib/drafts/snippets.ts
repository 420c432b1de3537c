// Grounding snippets for a ticket. The knowledge layer's ranking is plugged in from outside with
// setSnippetProvider(); until then (and in tests that do not set one) drafts are written without snippets.
import type { TicketSnapshot } from '../../adapters/types';
import type { KbSnippet } from '../ai/types';

export type SnippetProvider = (ticket: TicketSnapshot) => Promise<KbSnippet[]>;

const noSnippets: SnippetProvider = async () => [];
let provider: SnippetProvider = noSnippets;

/** Plug in the knowledge ranking (the background does this once at start). Pass null to go back to none. */
export function setSnippetProvider(fn: SnippetProvider | null): void {
  provider = fn ?? noSnippets;
}

/** The snippets used to ground a draft, refine or chat about this ticket. Never throws: no snippets on failure. */
export async function getSnippetsForTicket(ticket: TicketSnapshot): Promise<KbSnippet[]> {
  try {
    return await provider(ticket);
  } catch {
    // A broken index must not block drafting: the draft is written without grounding (and says so).
    return [];
  }
}
