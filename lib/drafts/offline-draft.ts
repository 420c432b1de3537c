// The offline draft: built on this computer (no API key, offline, or the API out of reach) from the ticket, the
// knowledge snippets and the facts tools found for it, stored as its own row with an honest label saying why.
import type { TicketSnapshot } from '../../adapters/types';
import { offlineDraft } from '../ai/offline';
import type { KbSnippet } from '../ai/types';
import type { StoredTicket, TandemDB } from '../db';
import { instructionFields } from './labels';
import type { OfflineWhyCode } from '../ai/error-codes';
import type { DraftRow } from './types';

export interface OfflineDraftDeps {
  db: TandemDB;
  now(): number;
  newId(): string;
  getSnippets(ticket: TicketSnapshot): Promise<KbSnippet[]>;
}

/** The English words that open an offline draft's label (the panel words the code in the agent's language). */
export const OFFLINE_WHY_ENGLISH: Record<OfflineWhyCode, string> = {
  'no-api-key': 'No API key is set, so the AI was not asked (add one in Tandem settings).',
  offline: 'You are offline.',
  unreachable: 'Could not reach the AI.',
};

/** Write an offline draft row for `ticket`; returns its id. `why` opens its label. */
export async function writeOfflineDraft(deps: OfflineDraftDeps, ticket: StoredTicket, agentName: string | undefined, why: OfflineWhyCode): Promise<string> {
  const snippets = await deps.getSnippets(ticket.snapshot);
  // Facts the agent looked up (or the AI found) for this ticket feed the offline draft too (issue 16).
  const found = (await deps.db.toolCalls.where('ticketKey').equals(ticket.key).toArray()).filter((c) => c.status === 'done' && c.facts?.length);
  const facts = found.reverse().map((c) => ({ title: `${c.connectorName}/${c.tool}`, values: c.facts! }));
  const draft = offlineDraft({ ticket: ticket.snapshot, snippets, agentName, facts });
  const id = deps.newId();
  const t = deps.now();
  const row: DraftRow = {
    id,
    ticketKey: ticket.key,
    kind: 'offline',
    text: draft.text,
    versions: [],
    status: 'done',
    basedOnCustomerMessages: ticket.customerMessageCount,
    citations: draft.sources,
    offlineLabel: `${OFFLINE_WHY_ENGLISH[why]} ${draft.label}`,
    offlineLabelCode: { why, basis: draft.fromKnowledge ? 'knowledge' : 'holding' },
    ...instructionFields({ code: 'offline' }),
    createdAt: t,
    updatedAt: t,
  };
  await deps.db.drafts.add(row);
  return id;
}
