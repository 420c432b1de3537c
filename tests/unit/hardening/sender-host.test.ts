// Issue 14 item 5: the allowed-hosts check of a content script's report uses the browser's tab URL
// (sender.tab.url), never the URL the script reports. Its own file: the settings must be in place before the
// background's first (cached) read of them.
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

type Handler = (message: { data: unknown; sender: Record<string, unknown> }) => Promise<unknown>;
const handlers = new Map<string, Handler>();
vi.mock('../../../lib/messaging', () => ({
  onMessage: (name: string, handler: Handler) => void handlers.set(name, handler),
  sendMessage: vi.fn(async () => undefined),
  removeAllListeners: vi.fn(),
}));

import { registerBackground } from '../../../lib/background';
import { getDb } from '../../../lib/db';
import { settingsItem, withDefaults } from '../../../lib/settings';
import { stubMissingBrowserApis } from './background-harness';

const TICKET_URL = 'https://acme.zendesk.com/agent/tickets/42';
const snapshot = { helpdesk: 'zendesk', ticketId: '42', url: TICKET_URL, subject: 'Refund', tags: [], requester: {}, messages: [] };

describe('reportSnapshot and the allowed hosts', () => {
  beforeAll(async () => {
    fakeBrowser.reset();
    stubMissingBrowserApis();
    await settingsItem.setValue(withDefaults({ allowedHelpdeskHosts: ['acme.zendesk.com'] }));
    registerBackground();
  });

  it("a script in another account's tab that reports an allowed URL is not listened to", async () => {
    const elsewhere = 'https://other-account.zendesk.com/agent/tickets/42';
    await handlers.get('reportSnapshot')!({ data: { snapshot, helpdesk: 'zendesk', url: TICKET_URL }, sender: { url: elsewhere, tab: { id: 7, url: elsewhere }, frameId: 0 } });
    expect(await getDb().tabs.get(7)).toBeUndefined();
    expect(await getDb().tickets.count()).toBe(0);
  });

  it('the same report from a tab on the allowed host is stored', async () => {
    await handlers.get('reportSnapshot')!({ data: { snapshot, helpdesk: 'zendesk', url: TICKET_URL }, sender: { url: TICKET_URL, tab: { id: 8, url: TICKET_URL }, frameId: 0 } });
    expect((await getDb().tabs.get(8))?.status).toBe('ticket');
  });
});
