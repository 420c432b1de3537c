// The content script's guard before inserting (issue 14, item 1): the text goes in only when the ticket on screen
// is the one it was written for — same id AND same helpdesk account host — and never when no id can be read.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { zendeskAdapter } from '../../../adapters/zendesk';
import { watchTicket, type TicketWatcher } from '../../../lib/content/watch-ticket';
import { longThreadHtml } from '../../fixtures/adapters/generate';
import { windowAt } from '../adapters/helpers';


describe('insert guard', () => {
  let watcher: TicketWatcher | undefined;
  afterEach(() => {
    watcher?.stop();
    vi.restoreAllMocks();
  });

  function start(url: string) {
    // The page shows the ticket of its URL (a pane with another id would be a page that disagrees with its URL:
    // refused on its own, see tests/unit/adapters/health.test.ts).
    const html = longThreadHtml('zendesk', 3).replace('data-ticket-id="1042"', `data-ticket-id="${url.split("/").pop()}"`);
    document.documentElement.innerHTML = new DOMParser().parseFromString(html, 'text/html').documentElement.innerHTML;
    const inserts = vi.spyOn(zendeskAdapter, 'insert').mockResolvedValue({ ok: true, via: 'test' });
    const reported: (string | undefined)[] = [];
    watcher = watchTicket({ doc: document, win: windowAt(url), customAdapters: () => [], report: (s) => reported.push(s?.host) });
    return { inserts, reported };
  }

  it('reports the account host with the snapshot', () => {
    const { reported } = start('https://acme.zendesk.com/agent/tickets/1042');
    expect(reported).toEqual(['acme.zendesk.com']);
  });

  it('inserts into the same ticket of the same account', async () => {
    const { inserts } = start('https://acme.zendesk.com/agent/tickets/1042');
    expect(await watcher!.insert({ ticketId: '1042', host: 'acme.zendesk.com' }, 'Hi', 'cursor')).toEqual({ ok: true, via: 'test' });
    expect(inserts).toHaveBeenCalledTimes(1);
  });

  it('refuses the same ticket id in another account', async () => {
    const { inserts } = start('https://globex.zendesk.com/agent/tickets/1042');
    const result = await watcher!.insert({ ticketId: '1042', host: 'acme.zendesk.com' }, 'Hi Maria', 'cursor');
    expect(result).toMatchObject({ ok: false, code: 'wrong-ticket' });
    expect(result.params?.join(' ')).toContain('globex.zendesk.com');
    expect(inserts).not.toHaveBeenCalled();
  });

  it('refuses another ticket id of the same account', async () => {
    const { inserts } = start('https://acme.zendesk.com/agent/tickets/1042');
    expect(await watcher!.insert({ ticketId: '4522', host: 'acme.zendesk.com' }, 'Hi', 'cursor')).toMatchObject({ ok: false, code: 'wrong-ticket' });
    expect(inserts).not.toHaveBeenCalled();
  });

  it('refuses text for a ticket without an id', async () => {
    const { inserts } = start('https://acme.zendesk.com/agent/tickets/1042');
    expect(await watcher!.insert({ ticketId: '', host: 'acme.zendesk.com' }, 'Hi', 'cursor')).toMatchObject({ ok: false, code: 'no-ticket-id' });
    expect(inserts).not.toHaveBeenCalled();
  });
});
