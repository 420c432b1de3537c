// What produced a draft row (kept in the row as `origin`), and the prompt it stands for: enough to regenerate,
// continue or preview it.
import type { TicketSnapshot } from '../../adapters/types';
import { buildDraftPrompt, buildRefinePrompt, buildSummaryPrompt, type BuiltPrompt } from '../ai/prompts';
import type { AiSettings, KbSnippet } from '../ai/types';
import type { Redactor } from '../privacy/redact';
import type { RowOrigin } from './types';

export async function promptFor(getSnippets: (ticket: TicketSnapshot) => Promise<KbSnippet[]>, origin: RowOrigin, ticket: TicketSnapshot, settings: AiSettings, redactor?: Redactor): Promise<BuiltPrompt> {
  if (origin.kind === 'summary') return buildSummaryPrompt({ ticket, settings, purpose: origin.purpose, redactor });
  const snippets = await getSnippets(ticket);
  if (origin.kind === 'draft') return buildDraftPrompt({ ticket, snippets, settings, redactor, guidance: origin.guidance });
  return buildRefinePrompt({ ticket, draft: origin.sourceText, refinement: origin.refinement, settings, snippets, redactor });
}
