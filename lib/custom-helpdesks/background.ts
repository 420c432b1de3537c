// The content script for helpdesks described with selectors is registered at run time, only for the hosts the
// agent or admin granted (optional host permissions): the manifest asks for the known helpdesks alone.
import { browser } from 'wxt/browser';
import { onMessage } from '../messaging';
import { loadAdapterOverrides } from '../repair/overrides';
import { fromExtensionPage, isExtensionPage } from '../background/senders';
import { urlMatchesPatterns } from '../../adapters/shared/match-pattern';
import { coveredByPatterns, originOfTabUrl, originPatternOf, unscriptableReason } from './access';
import { BUILT_IN_HELPDESK_IDS, type CustomAdapterConfig } from './config';
import type { CustomPreviewReply, CustomPreviewResult } from './preview';
import { customAdaptersItem, loadCustomAdapters } from './store';

const SCRIPT_ID = 'tandem-custom-helpdesks';
/** Path of the bundle built from entrypoints/helpdesk.content (registration: 'runtime'). */
export const GENERIC_CONTENT_SCRIPT = 'content-scripts/helpdesk.js';

/** The hosts the manifest's content scripts (one per built-in helpdesk) run on. */
const declaredPatterns = () => browser.runtime.getManifest().content_scripts?.flatMap((s) => s.matches ?? []) ?? [];

export function registerCustomHelpdesks(
  managedConfigs: () => Promise<unknown[]> = async () => [],
  /** Whether the agent's own configs run (policy `agentHelpdesks`). */
  ownAllowed: () => Promise<boolean> = async () => true,
): void {
  // The agent's repairs of single hosts (layer: 'override') come with them; pickAdapter tries those first.
  onMessage('getCustomAdapters', async () => [...(await loadAdapterOverrides()), ...(await loadCustomAdapters(await managedConfigs(), await ownAllowed()))]);
  // The generic script on a custom helpdesk's host found a built-in helpdesk there (Freshdesk on the company's own
  // domain) and stopped itself (lib/content/generic.ts): that helpdesk's own script goes in its place, into the
  // frame that asked. Only where the generic script is registered, and never where the manifest already loads a
  // helpdesk's script (two readers would both answer an insert).
  onMessage('loadHelpdeskScript', async ({ data, sender }) => {
    const tabId = sender?.tab?.id;
    const url = sender?.tab?.url ?? '';
    if (tabId === undefined || isExtensionPage(sender) || !BUILT_IN_HELPDESK_IDS.includes(data)) return;
    const registered = (await browser.scripting.getRegisteredContentScripts({ ids: [SCRIPT_ID] }))[0]?.matches ?? [];
    if (!urlMatchesPatterns(url, registered) || urlMatchesPatterns(url, declaredPatterns())) return;
    await browser.scripting.executeScript({ target: { tabId, frameIds: [sender.frameId ?? 0] }, files: [`/content-scripts/${data}.js`] });
  });
  // Content scripts ask for the configs (selectors only); the live preview is for the options page alone.
  onMessage('previewCustomAdapterInTab', fromExtensionPage(({ data }) => previewInTab(data.tabId, data.config)));
  const resync = () => void syncContentScript(managedConfigs, ownAllowed);
  customAdaptersItem.watch(resync);
  // The organisation's configs or its agentHelpdesks switch changed.
  browser.storage?.onChanged?.addListener((_changes, area) => area === 'managed' && resync());
  browser.permissions?.onAdded?.addListener(resync);
  browser.permissions?.onRemoved?.addListener(resync);
  browser.runtime.onStartup?.addListener(resync);
  browser.runtime.onInstalled?.addListener(resync);
}

export async function syncContentScript(managedConfigs: () => Promise<unknown[]>, ownAllowed: () => Promise<boolean> = async () => true): Promise<string[]> {
  const scripting = browser.scripting;
  if (!scripting?.registerContentScripts) return [];
  const configs = await loadCustomAdapters(await managedConfigs(), await ownAllowed());
  const granted: string[] = [];
  const declared = declaredPatterns();
  for (const pattern of configs.flatMap((c) => c.urlPatterns)) {
    // Pages the manifest's content script already covers (a custom config on a *.zendesk.com host) get it once.
    if (coveredByPatterns(pattern, declared)) continue;
    const origin = originPatternOf(pattern);
    if (origin && (await browser.permissions.contains({ origins: [origin] }))) granted.push(pattern);
  }
  const existing = await scripting.getRegisteredContentScripts({ ids: [SCRIPT_ID] });
  if (existing.length) await scripting.unregisterContentScripts({ ids: [SCRIPT_ID] });
  if (granted.length) {
    // The generic content script (the custom adapter; a built-in helpdesk it detects gets its own script), which
    // the manifest does not declare.
    await scripting.registerContentScripts([{ id: SCRIPT_ID, matches: granted, js: [GENERIC_CONTENT_SCRIPT], runAt: 'document_idle', persistAcrossSessions: true }]);
  }
  return granted;
}

/** The slice of the browser API the preview uses (tests hand in their own). */
export interface PreviewApi {
  tabs: { get(tabId: number): Promise<{ url?: string }> };
  permissions: { contains(p: { origins: string[] }): Promise<boolean> };
  scripting: {
    executeScript(injection: {
      target: { tabId: number };
      files?: string[];
      func?: (config: CustomAdapterConfig) => unknown;
      args?: unknown[];
    }): Promise<{ result?: unknown }[]>;
  };
}

/** Path of the bundle built from entrypoints/custom-preview.ts. */
export const PREVIEW_SCRIPT = '/custom-preview.js';

/**
 * The live preview: run `config` in the tab the agent picked and say what it found, or exactly why it could not
 * (browser pages and web stores cannot be scripted; other sites need the agent to grant access first).
 */
export async function previewInTab(tabId: number, config: CustomAdapterConfig, api: PreviewApi = browser as unknown as PreviewApi): Promise<CustomPreviewReply> {
  let url: string | undefined;
  try {
    url = (await api.tabs.get(tabId)).url;
  } catch {
    return { ok: false, reason: 'no-tab' };
  }
  const unscriptable = unscriptableReason(url);
  if (unscriptable) return { ok: false, reason: unscriptable };
  const origin = originOfTabUrl(url!);
  if (!origin || !(await api.permissions.contains({ origins: [origin] }).catch(() => false))) return { ok: false, reason: 'no-access', origin: origin ?? undefined };
  try {
    await api.scripting.executeScript({ target: { tabId }, files: [PREVIEW_SCRIPT] });
    // Self-contained: executeScript sends this function's source, not its closure.
    const [frame] = await api.scripting.executeScript({
      target: { tabId },
      func: (c: CustomAdapterConfig) => {
        const run = (globalThis as { __tandemCustomPreview?: (c: CustomAdapterConfig) => unknown }).__tandemCustomPreview;
        return run ? run(c) : null;
      },
      args: [config],
    });
    const result = frame?.result as CustomPreviewResult | null | undefined;
    if (!result) return { ok: false, reason: 'failed', detail: 'the preview script did not answer' };
    return { ok: true, result };
  } catch (err) {
    // Chrome refuses some pages only at injection time (an error page, a policy-blocked host).
    const detail = err instanceof Error ? err.message : String(err);
    if (/must request permission/i.test(detail)) return { ok: false, reason: 'no-access', origin, detail };
    return { ok: false, reason: /cannot be scripted|chrome:\/\/|error page/i.test(detail) ? 'browser-page' : 'failed', detail };
  }
}
