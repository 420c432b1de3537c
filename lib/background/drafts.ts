// Drafts in the background: the only place that reads the API key and talks to the AI. Streams are written into
// IndexedDB (the panel reads them live), the worker is kept alive while a stream runs, requests queued offline run
// when the network returns, and rows a killed worker left half-written are marked incomplete at start.
import { browser } from 'wxt/browser';
import type { AiSettings } from '../ai/types';
import { getDb } from '../db';
import { createDraftService, type DraftService } from '../drafts/service';
import { onMessage } from '../messaging';
import { loadApiKey, loadSettings } from '../settings';
import { audit } from '../audit';
import { fromExtensionPage } from './senders';
import { getToolsProvider } from './connectors';
import { actionFailure } from '../action-failure';

export const GATEWAY_PLACEHOLDER_KEY = 'gateway-without-key';

/** Settings as the AI layer wants them, with the key (read here only). */
export async function loadAiSettings(): Promise<AiSettings> {
  const [settings, apiKey] = await Promise.all([loadSettings(), loadApiKey()]);
  return {
    // A company gateway that authenticates by network or SSO takes no key; the SDK still wants one, and the
    // gateway ignores it. The key itself (agent's or organisation's) is read here only.
    apiKey: apiKey || (settings.useGatewayWithoutKey && settings.baseUrl ? GATEWAY_PLACEHOLDER_KEY : undefined),
    baseUrl: settings.baseUrl || undefined,
    model: settings.model,
    maxTokens: settings.maxTokens,
    redact: settings.redact,
    agentName: settings.agentName || undefined,
    brandVoice: settings.brandVoice || undefined,
  };
}

/** MV3 stops an idle worker after ~30 s; any extension API call resets that timer, so one runs every 20 s while
 *  a stream is open (a fetch in flight alone does not count as activity). */
function keepWorkerAlive(): () => void {
  const timer = setInterval(() => void browser.runtime.getPlatformInfo().catch(() => {}), 20_000);
  return () => clearInterval(timer);
}

let service: DraftService | undefined;

export function getDraftService(): DraftService {
  service ??= createDraftService({
    db: getDb(),
    loadSettings: loadAiSettings,
    isOnline: () => navigator.onLine,
    keepAlive: keepWorkerAlive,
    tools: getToolsProvider(),
    auditIncludeContent: async () => (await loadSettings()).auditIncludeContent,
  });
  return service;
}

export function registerDrafts(): void {
  // Native promises (async functions), not Dexie's: see TOOLCHAIN.md on listeners returning Dexie promises.
  onMessage('draftsRun', fromExtensionPage(async ({ data }) => {
    const { action } = data;
    const settings = await loadSettings();
    if (!settings.features.drafts || (action.kind === 'chat' && !settings.features.chat)) {
      return actionFailure('feature-off');
    }
    const result = await getDraftService().run(data);
    if (result.ok && action.kind !== 'restore') {
      await audit(
        getDb(),
        action.kind === 'chat' ? 'chat_turn' : action.kind === 'summary' ? 'summary_generated' : 'draft_generated',
        { ticketKey: 'ticketKey' in action ? action.ticketKey : undefined, detail: { kind: action.kind, mode: result.mode } },
        { includeContent: settings.auditIncludeContent },
      ).catch(() => {});
    }
    return result;
  }));
  onMessage('draftsPreview', fromExtensionPage(async ({ data }) => getDraftService().preview(data)));
  onMessage('draftsStop', fromExtensionPage(async ({ data }) => getDraftService().stop(data.id)));
  onMessage('draftsOnline', fromExtensionPage(async () => getDraftService().drainQueue(true)));
  self.addEventListener?.('online', () => void getDraftService().drainQueue(true));

  // Worker start: finish what a killed worker left behind, then run what was queued if we are online.
  void (async () => {
    await getDraftService().recoverInterrupted();
    if (navigator.onLine) await getDraftService().drainQueue(true);
  })().catch(() => {});
}
