// Whether a page is Intercom's inbox, apart from the adapter (see adapters/zendesk/detect.ts for why).
import { hostOf } from '../shared/dom';

export const CONVERSATION_PATH = /\/conversations?\/(\d+)/;

export function detectIntercom(url: string, doc: Document): boolean {
  try {
    const host = hostOf(url);
    // (app.intercom.io: the older inbox's host, /a/apps/<app>/inbox/inbox/conversation/<id>: dmatt/slackercom README)
    if (/^app(\.(eu|au))?\.intercom\.(com|io)$/.test(host) && new URL(url).pathname.startsWith('/a/')) return true;
    return !!doc.querySelector('[data-part-group-category], .embercom-prosemirror-composer-editor');
  } catch {
    return false;
  }
}
