// Issue 14 item 5: privileged messages are answered only for the extension's own pages, and a content script's
// host is the browser's tab URL, not the URL it reports. The handlers are captured where the background registers
// them (lib/background), so this checks the real wiring, message by message.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

type Handler = (message: { data: unknown; sender: Record<string, unknown> }) => unknown;
const handlers = new Map<string, Handler>();
const sentToTabs: string[] = [];
vi.mock('../../../lib/messaging', () => ({
  onMessage: (name: string, handler: Handler) => {
    handlers.set(name, handler);
    return () => handlers.delete(name);
  },
  sendMessage: vi.fn(async (name: string) => {
    sentToTabs.push(name);
    return { ok: true, text: 'the agent reply in the editor' };
  }),
  removeAllListeners: vi.fn(),
}));

import { registerBackground } from '../../../lib/background';
import { stubMissingBrowserApis } from './background-harness';
import { extensionBase, isExtensionPage, REFUSED_MESSAGE, senderTabHost } from '../../../lib/background/senders';

const TICKET_URL = 'https://acme.zendesk.com/agent/tickets/42';
const contentScript = { id: 'tandem', url: TICKET_URL, tab: { id: 7, url: TICKET_URL }, frameId: 0 };
const panelAsTab = () => ({ id: 'tandem', url: `${extensionBase()}sidepanel.html?tabId=7`, tab: { id: 9, url: `${extensionBase()}sidepanel.html?tabId=7` }, frameId: 0 });
const optionsPage = () => ({ id: 'tandem', url: `${extensionBase()}options.html` });

/** The messages content scripts may send; everything else is for the extension's pages. (The generic script on a
 *  custom host asks for a built-in helpdesk's own script, injected only into its own tab on a registered host.) */
const CONTENT_SCRIPT_MESSAGES = ['reportSnapshot', 'getCustomAdapters', 'loadHelpdeskScript'];

const requests: Record<string, unknown> = {
  insertIntoTab: { tabId: 7, ticketId: '42', text: 'hi', mode: 'cursor' },
  readEditorFromTab: { tabId: 7 },
  refreshTab: { tabId: 7 },
  draftsRun: { action: { kind: 'draft', ticketKey: 'zendesk:42' }, online: false },
  draftsPreview: { action: { kind: 'draft', ticketKey: 'zendesk:42' }, online: false },
  draftsStop: { id: 'x' },
  draftsOnline: undefined,
  previewCustomAdapterInTab: { tabId: 7, config: { id: 'x', name: 'X', urlPatterns: ['https://x.test/*'], selectors: {} } },
  // "Fix how Tandem reads this page": the panel starts the picker, saves or removes a repair.
  repairStart: { tabId: 7 },
  repairCancel: { tabId: 7 },
  repairSave: { tabId: 7, config: { id: 'x', name: 'X', urlPatterns: ['https://acme.zendesk.com/*'], selectors: {} } },
  repairRemove: { tabId: 7 },
  // Connectors (issue 16): the agent's approval of a tool call, and the look-up form.
  toolsDecide: { callId: 'x', approve: true },
  toolsList: undefined,
  toolsLookup: { ticketKey: 'zendesk:acme.zendesk.com:42', apiName: 'get_order', args: {} },
};

describe('sender helpers', () => {
  it('an extension page is judged by its URL, tab or not', () => {
    expect(isExtensionPage(optionsPage())).toBe(true);
    expect(isExtensionPage(panelAsTab())).toBe(true); // the side panel opened as a tab has sender.tab
    expect(isExtensionPage(contentScript)).toBe(false);
    expect(isExtensionPage({ url: 'chrome-extension://another-extension/options.html' }, 'chrome-extension://tandem-id/')).toBe(false);
    expect(isExtensionPage({ url: 'chrome-extension://tandem-id.evil/x' }, 'chrome-extension://tandem-id/')).toBe(false);
    expect(isExtensionPage({}, 'chrome-extension://tandem-id/')).toBe(false);
    expect(isExtensionPage(undefined)).toBe(false);
  });

  it("a content script's host comes from the browser's tab URL", () => {
    expect(senderTabHost({ url: 'https://spoofed.test/', tab: { url: 'https://Acme.Zendesk.com/agent' } })).toBe('acme.zendesk.com');
    expect(senderTabHost({ url: 'https://x.test/' })).toBeUndefined();
  });
});

describe('the background answers page messages only for its pages', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    handlers.clear();
    sentToTabs.length = 0;
    stubMissingBrowserApis();
    registerBackground();
  });

  it('every registered message is either a content-script message or page-only (no third kind slips in)', () => {
    expect([...handlers.keys()].sort()).toEqual([...CONTENT_SCRIPT_MESSAGES, ...Object.keys(requests)].sort());
  });

  for (const name of Object.keys(requests)) {
    it(`${name}: refused for a content script, answered for the side panel`, async () => {
      const handler = handlers.get(name)!;
      await expect(Promise.resolve().then(() => handler({ data: requests[name], sender: contentScript }))).rejects.toThrow(REFUSED_MESSAGE);
      expect(sentToTabs).toEqual([]); // nothing reached the tab's content script
      // From the side panel (here opened as a tab, so with sender.tab) it is not refused, whatever it answers.
      const fromPanel = await Promise.resolve()
        .then(() => handler({ data: requests[name], sender: panelAsTab() }))
        .then(() => 'answered', (e: Error) => e.message);
      expect(fromPanel).not.toBe(REFUSED_MESSAGE);
    });
  }
});

describe('loadHelpdeskScript', () => {
  const CUSTOM_URL = 'https://support.acme.test/a/tickets/7';
  const genericScript = { id: 'tandem', url: CUSTOM_URL, tab: { id: 7, url: CUSTOM_URL }, frameId: 0 };
  beforeEach(() => {
    fakeBrowser.reset();
    handlers.clear();
    stubMissingBrowserApis();
    registerBackground();
  });

  function withScripting(registered = ['https://support.acme.test/*']) {
    const executeScript = vi.fn(async () => []);
    const getRegisteredContentScripts = vi.fn(async () => [{ id: 'tandem-custom-helpdesks', matches: registered, js: ['content-scripts/helpdesk.js'] }]);
    (fakeBrowser as unknown as { scripting: unknown }).scripting = { executeScript, getRegisteredContentScripts };
    vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({
      manifest_version: 3,
      name: 'x',
      version: '1',
      content_scripts: [{ matches: ['https://*.zendesk.com/*'], js: ['content-scripts/zendesk.js'] }],
    } as never);
    return executeScript;
  }

  it("injects the named helpdesk's script into the asking script's own tab and frame, on a registered custom host", async () => {
    const executeScript = withScripting();
    await handlers.get('loadHelpdeskScript')!({ data: 'freshdesk', sender: { ...genericScript, frameId: 3 } });
    expect(executeScript).toHaveBeenCalledWith({ target: { tabId: 7, frameIds: [3] }, files: ['/content-scripts/freshdesk.js'] });
  });

  it('does nothing for an extension page, a host not registered, a declared helpdesk host, no tab or an unknown script', async () => {
    const executeScript = withScripting(['https://support.acme.test/*', 'https://*/*']);
    const handler = handlers.get('loadHelpdeskScript')!;
    await handler({ data: 'freshdesk', sender: panelAsTab() });
    await handler({ data: 'zendesk', sender: contentScript }); // (a *.zendesk.com page: its own script is there)
    await handler({ data: 'freshdesk', sender: { url: CUSTOM_URL } });
    await handler({ data: '../background', sender: genericScript });
    await handler({ data: 'helpdesk', sender: genericScript });
    expect(executeScript).not.toHaveBeenCalled();
    const narrow = withScripting(['https://other.acme.test/*']);
    await handler({ data: 'freshdesk', sender: genericScript });
    expect(narrow).not.toHaveBeenCalled();
  });
});
