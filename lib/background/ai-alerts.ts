// The AI's second opinion on alerts, in the background (issue 15): after each stored snapshot, when the feature is
// on (settings `features.aiAlerts`, lockable by policy) and local sentiment is on, the ticket's new customer messages
// are classified by the AI. Only the worker reads the key (loadAiSettings). The panel reads the cached verdicts from
// Dexie (table aiAlerts) and shows them beside the local alerts, marked "AI".
import { createOpinionRunner, type OpinionRunner } from '../ai/alert-opinions';
import { getDb, type TicketKey } from '../db';
import { loadSettings } from '../settings';
import { loadAiSettings } from './drafts';

let runner: OpinionRunner | undefined;

function getRunner(): OpinionRunner {
  runner ??= createOpinionRunner({
    db: getDb(),
    isOnline: () => navigator.onLine,
    loadSettings: async () => {
      const [settings, ai] = await Promise.all([loadSettings(), loadAiSettings()]);
      return {
        enabled: settings.features.aiAlerts && settings.features.sentiment,
        apiKey: ai.apiKey,
        baseUrl: ai.baseUrl,
        redact: ai.redact,
        auditIncludeContent: settings.auditIncludeContent,
      };
    },
  });
  return runner;
}

/** Ask for the AI's opinion on the stored ticket's new customer messages; never throws, never blocks the caller. */
export function requestAiAlerts(ticketKey: TicketKey): void {
  void (async () => {
    const settings = await loadSettings();
    if (!settings.features.aiAlerts || !settings.features.sentiment) return;
    const stored = await getDb().tickets.get(ticketKey);
    if (stored) await getRunner().request(stored.snapshot);
  })().catch(() => undefined);
}
