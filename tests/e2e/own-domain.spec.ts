// A built-in helpdesk on the company's own domain: the demo Freshdesk page served at a host that is no
// *.freshdesk.com, granted for an agent's repair of that host copied into the agent's configs (layer: override).
// The generic content script, registered there at run time, carries no Freshdesk reader: it recognises Freshdesk's
// markup, stops, and the background injects Freshdesk's own script, which lays the repair over the built-in. The
// ticket keeps the built-in's helpdesk id (only Freshdesk's script can give it), and a draft goes into Froala's
// own model exactly once (one reader answers in the tab).
import { expect, test, type Page } from '@playwright/test';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { DEMO_DIST, launchWithExtension } from '../../scripts/browser';
import { contentTypeFor, demoFileFor } from '../../demo/routes';
import { DEMO_TICKETS } from '../../demo/tickets';
import { extensionWithHosts } from './rt/rt';

const HOST = 'support.acme-own.test';
const ticket = DEMO_TICKETS.find((t) => t.page === 'freshdesk.html')!;
const url = `https://${HOST}${new URL(ticket.url).pathname}`;

const froalaModel = (page: Page) => page.evaluate(() => String((window as any).__demo.getEditorHtml()).replace(/<[^<>]+>/g, ' '));

test("Freshdesk on its own domain: handed to Freshdesk's own script, read with the repair laid over it, a draft inserted once", async () => {
  // (this host granted up front: a headless test cannot answer the permission prompt)
  const extensionPath = extensionWithHosts([`https://${HOST}/*`]);
  const ext = await launchWithExtension({ extensionPath });
  try {
    // The demo's Freshdesk files, at the company's own host.
    await ext.context.route(`https://${HOST}/**`, async (route) => {
      const own = new URL(route.request().url());
      const file = demoFileFor(`https://tandem-demo.freshdesk.com${own.pathname}`);
      if (file) await route.fulfill({ path: join(DEMO_DIST, file), contentType: contentTypeFor(file) });
      else await route.fulfill({ status: 404, body: 'not part of the demo' });
    });
    await ext.worker.evaluate(async (host) => {
      await chrome.storage.local.set({
        customAdapters: [
          {
            id: `repair-${host.replaceAll('.', '-')}`,
            name: host,
            urlPatterns: [`https://${host}/*`],
            layer: 'override',
            selectors: {
              subject: '.ticket-subject-heading',
              message: '.conversation-item',
              messageBody: '.conversation-item__body',
              messageAuthor: '.conversation-item__user-name',
              agentMessage: '.conversation-item--agent, .conversation-item--private, .conversation-item--system',
              internalMessage: '.conversation-item--private',
              editor: '.fr-element',
            },
          },
        ],
      });
    }, HOST);
    // The generic script is registered for the granted host once the configs changed.
    await expect
      .poll(() => ext.worker.evaluate(async () => (await chrome.scripting.getRegisteredContentScripts()).flatMap((s) => s.matches ?? [])))
      .toContain(`https://${HOST}/*`);

    const page = await ext.context.newPage();
    await page.goto(url);
    await page.waitForFunction(() => (window as any).__demo?.ready !== undefined);
    await page.evaluate(() => (window as any).__demo.ready);
    await ext.worker.evaluate(() => chrome.storage.managed.get().catch(() => undefined));
    const panel = await ext.context.newPage();
    await panel.goto(ext.panelUrl(await ext.tabIdOf(page)));
    await expect(panel.getByTestId('ticket-subject')).toHaveText(ticket.subject);
    await expect(panel.getByTestId('ticket-message-count')).toHaveText(String(ticket.messageCount));
    // The requester, which the repair does not name, from Freshdesk's reader under it.
    await expect(panel.getByTestId('ticket-requester')).toContainText(ticket.requester.email);
    const stored = await ext.worker.evaluate(async (key) => {
      const open = indexedDB.open('tandem');
      const db: IDBDatabase = await new Promise((ok, fail) => ((open.onsuccess = () => ok(open.result)), (open.onerror = fail)));
      const req = db.transaction('tickets').objectStore('tickets').get(key);
      return new Promise<any>((ok) => (req.onsuccess = () => ok(req.result)));
    }, `freshdesk:${HOST}:${ticket.ticketId}`);
    expect(stored?.snapshot.subject).toBe(ticket.subject);

    await panel.getByLabel('At the end').check();
    await panel.getByTestId('draft-reply').click();
    await expect(panel.getByTestId('draft-insert')).toBeEnabled();
    await panel.getByTestId('draft-insert').click();
    await expect(panel.getByTestId('insert-status')).toContainText('Inserted');
    const greeting = `Hi ${ticket.requester.name.split(' ')[0]},`;
    await expect.poll(() => froalaModel(page)).toContain(greeting);
    expect((await froalaModel(page)).split(greeting)).toHaveLength(2); // (once: one reader answered)
  } finally {
    await ext.close();
    rmSync(extensionPath, { recursive: true, force: true });
  }
});
