// The content script for helpdesks described with selectors is registered at run time, only for the hosts the
// agent or admin granted (optional host permissions): the manifest asks for the known helpdesks alone.
import { customAdaptersItem, loadCustomAdapters, originPatternOf } from '../custom-helpdesks';
import { onMessage } from '../messaging';

const SCRIPT_ID = 'tandem-custom-helpdesks';

export function registerCustomHelpdesks(managedConfigs: () => Promise<unknown[]> = async () => []): void {
  onMessage('getCustomAdapters', async () => loadCustomAdapters(await managedConfigs()));
  const resync = () => void syncContentScript(managedConfigs);
  customAdaptersItem.watch(resync);
  chrome.permissions?.onAdded?.addListener(resync);
  chrome.permissions?.onRemoved?.addListener(resync);
  chrome.runtime.onStartup?.addListener(resync);
  chrome.runtime.onInstalled?.addListener(resync);
}

export async function syncContentScript(managedConfigs: () => Promise<unknown[]>): Promise<string[]> {
  const scripting = chrome.scripting;
  if (!scripting?.registerContentScripts) return [];
  const configs = await loadCustomAdapters(await managedConfigs());
  const granted: string[] = [];
  for (const pattern of configs.flatMap((c) => c.urlPatterns)) {
    const origin = originPatternOf(pattern);
    if (origin && (await chrome.permissions.contains({ origins: [origin] }))) granted.push(pattern);
  }
  const existing = await scripting.getRegisteredContentScripts({ ids: [SCRIPT_ID] });
  if (existing.length) await scripting.unregisterContentScripts({ ids: [SCRIPT_ID] });
  if (granted.length) {
    const manifest = chrome.runtime.getManifest();
    const js = manifest.content_scripts?.[0]?.js ?? ['content-scripts/helpdesk.js'];
    await scripting.registerContentScripts([{ id: SCRIPT_ID, matches: granted, js, runAt: 'document_idle', persistAcrossSessions: true }]);
  }
  return granted;
}
