// Whether a page is Zendesk's agent interface, apart from the adapter: the generic content script on a custom host
// carries the three detectors alone and hands a page they recognise to that helpdesk's own script
// (lib/content/generic.ts); reading health needs the ticket path (adapters/shared/health.ts).
import { hostOf } from '../shared/dom';

export const TICKET_PATH = /\/agent\/tickets\/(\d+)/;

export function detectZendesk(url: string, doc: Document): boolean {
  try {
    if (hostOf(url).endsWith('.zendesk.com') && url.includes('/agent/')) return true;
    // Zendesk on a host-mapped domain: recognise the Agent Workspace markup itself.
    return !!doc.querySelector('[data-test-id="omni-log-container"], [data-garden-id="chrome.nav"]');
  } catch {
    return false;
  }
}
