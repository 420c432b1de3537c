// The generic content script (entrypoints/helpdesk.content), registered at run time on the hosts of custom
// helpdesks an admin or agent granted (lib/custom-helpdesks/background.ts). It reads with the custom configs alone
// and carries the built-in helpdesks' detectors, not their adapters: a page one of them recognises (Freshdesk or
// Zendesk on the company's own domain) is handed to that helpdesk's own script, which the background injects in
// its place. So no content script carries all three readers, and each stays inside the 30 KB budget.
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { urlMatchesPatterns } from '../../adapters/shared/match-pattern';
import { detectFreshdesk } from '../../adapters/freshdesk/detect';
import { detectIntercom } from '../../adapters/intercom/detect';
import { detectZendesk } from '../../adapters/zendesk/detect';
import type { BuiltInHelpdesk } from '../messaging';
import { sendMessage } from './messaging';
import { pickWithCustom } from './pick-with-custom';
import { startContentScriptWith, type AdapterPicker, type ContentScriptWatcher } from './watch-core';

/** In adapters/index.ts's order: the first that recognises the page is the one the full picker would choose. */
const DETECTORS: [BuiltInHelpdesk, (url: string, doc: Document) => boolean][] = [
  ['zendesk', detectZendesk],
  ['intercom', detectIntercom],
  ['freshdesk', detectFreshdesk],
];

export function builtInHelpdeskOf(url: string, doc: Document): BuiltInHelpdesk | undefined {
  return DETECTORS.find(([, detect]) => detect(url, doc))?.[0];
}

export function startGenericContentScript(ctx: Pick<ContentScriptContext, 'onInvalidated'>): ContentScriptWatcher | undefined {
  // A custom pattern wider than a helpdesk's hosts (https://*/*) also brings this script to a page whose own script
  // the manifest loads: that one reads it (with the configs), and a second reader would answer inserts twice.
  const declared = browser.runtime.getManifest().content_scripts?.flatMap((s) => s.matches ?? []) ?? [];
  if (urlMatchesPatterns(location.href, declared)) return undefined;
  let configsKnown = false;
  const customOnly = pickWithCustom([]);
  // Which reader the full picker (adapters/pick.ts) would choose: an agent's repair of this URL laid over the
  // built-in that detects the page, else a config for this URL, else that built-in. Where a built-in is in it, the
  // page goes to that helpdesk's script (it has the custom adapter too, so a repair is still laid over it).
  const pick: AdapterPicker = (url, doc, configs) => {
    if (!configsKnown) return null; // (a config may name this URL: nothing is decided before they came)
    const configured = customOnly(url, doc, configs);
    const repaired = !!configured && !!customOnly(url, doc, configs.filter((c) => c?.layer === 'override'));
    const helpdesk = (!configured || repaired) && builtInHelpdeskOf(url, doc);
    if (!helpdesk) return configured;
    // Stopped first (within this read, which then reports nothing), so the two scripts never both answer.
    script.stopScript();
    // (a background restarting does not answer at once: a few tries, a second apart)
    const handOff = (tries: number): unknown => sendMessage('loadHelpdeskScript', helpdesk).catch(() => tries && setTimeout(handOff, 1000, tries - 1));
    handOff(3);
    return null;
  };
  // (pick uses `script` only once the configs came, after this returned)
  const script: ContentScriptWatcher = startContentScriptWith(pick, ctx, () =>
    sendMessage('getCustomAdapters').finally(() => {
      configsKnown = true;
    }),
  );
  return script;
}
