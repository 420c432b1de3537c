// Whether a page is a Freshdesk ticket, apart from the adapter (see adapters/zendesk/detect.ts for why).
import { hostOf } from '../shared/dom';

export const TICKET_PATH = /\/(?:a|helpdesk)\/tickets\/(\d+)/;

export function detectFreshdesk(url: string, doc: Document): boolean {
  try {
    const host = hostOf(url);
    if (host.endsWith('.freshdesk.com') && TICKET_PATH.test(new URL(url).pathname)) return true;
    if (host.endsWith('.freshdesk.com') && /^\/(a|helpdesk)\//.test(new URL(url).pathname)) return true;
    // (a helpdesk on its own domain, a CNAME to Freshdesk: its Mint items, or the classic ticket page's original
    // request, freshconsult show/_original_request.html.erb: public-tuning-50)
    return !!doc.querySelector('.ticket-subject-heading, .ticket-details__item, #ticket_original_request');
  } catch {
    return false;
  }
}
