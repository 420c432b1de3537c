// Who may ask the background what. Every runtime message comes from inside the extension, but not every part of
// it is equally trusted: a content script runs beside a helpdesk page (any *.zendesk.com or *.freshdesk.com
// account, any host an agent granted), so the page can drive it. Content scripts may report what they read and
// ask for selector configs, nothing else; everything the side panel and the options page ask for (drafts and
// their previews, reading or writing a tab's editor, the custom adapter preview, knowledge) is answered only for
// the extension's own pages.
import { browser } from 'wxt/browser';

/** The part of runtime.MessageSender these checks read. */
export interface SenderLike {
  url?: string;
  tab?: { id?: number; url?: string };
  frameId?: number;
}

/** "chrome-extension://<id>/" or "moz-extension://<uuid>/". */
export const extensionBase = (): string => browser.runtime.getURL('/');

/**
 * Whether the message comes from one of the extension's own pages (side panel, options, popup). Judged by the
 * sender's URL, not by the absence of a tab: the side panel opened as a tab has one, and a content script has
 * one too. A prefix check on the full "scheme://id/" (not URL.origin, which is "null" for unknown schemes in
 * some URL parsers).
 */
export function isExtensionPage(sender: SenderLike | undefined, base: string = extensionBase()): boolean {
  return typeof sender?.url === 'string' && base.endsWith('/') && sender.url.startsWith(base);
}

/** The host of the tab a content script runs in, as the browser knows it (never what the script reports). */
export function senderTabHost(sender: SenderLike | undefined): string | undefined {
  try {
    return sender?.tab?.url ? new URL(sender.tab.url).host.toLowerCase() : undefined;
  } catch {
    return undefined;
  }
}

export const REFUSED_MESSAGE = 'Refused: Tandem answers this only for its own pages.';

/** Wraps a message handler so it runs only for the extension's own pages; any other sender gets an error. */
export function fromExtensionPage<M extends { sender: SenderLike }, R>(handler: (message: M) => R): (message: M) => R {
  return (message) => {
    if (!isExtensionPage(message.sender)) throw new Error(REFUSED_MESSAGE);
    return handler(message);
  };
}
