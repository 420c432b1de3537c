// Reading health in the real browser (issue 13, part 5): a Zendesk page whose URL says ticket 4521 while the page
// shows ticket 4530 (a public-facts fixture, tests/fixtures/public/misleading/zendesk-id-mismatch.html). The panel
// says so plainly, offers no draft, and the content script refuses to insert; the same page under its own URL reads
// as a normal ticket.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const html = readFileSync(resolve('tests/fixtures/public/misleading/zendesk-id-mismatch.html'), 'utf8');
const EDITOR = '[data-ticket-id="4530"] .ck-editor__editable[data-test-id="omnicomposer-rich-text-ckeditor"]';

async function serve(page: Page, url: string, body = html) {
  await page.route(url, (route) => route.fulfill({ body, contentType: 'text/html' }));
  await page.goto(url);
}

test('a page whose ticket id disagrees with its URL: warned, no draft, insert refused', async ({ ext, openPanel }) => {
  const page = await ext.context.newPage();
  await serve(page, 'https://acme.zendesk.com/agent/tickets/4521');
  const panel = await openPanel(page);

  const warning = panel.getByTestId('reading-health');
  await expect(warning).toBeVisible();
  await expect(warning).toContainText('does not match the page address');
  await expect(warning).toHaveAttribute('data-reasons', /id-mismatch-url/);

  await expect(panel.getByTestId('draft-reply')).toBeDisabled();
  await expect(panel.getByTestId('drafts-refused')).toBeVisible();

  // No draft can exist here; an insert asked for anyway (as the panel would send it, with the agent's go-ahead for
  // an unsure reading) is refused by the background for the mismatch itself.
  const tabId = await ext.tabIdOf(page);
  const result = await panel.evaluate(
    ([tab]) => chrome.runtime.sendMessage({ id: 1, type: 'insertIntoTab', data: { tabId: tab, ticketId: '4530', host: 'acme.zendesk.com', text: 'Hi', mode: 'cursor', readingConfirmed: true }, timestamp: Date.now() }),
    [tabId] as const,
  );
  expect(JSON.stringify(result)).toContain('id-mismatch');
  await expect(panel.getByTestId('insert-confirm')).toHaveCount(0);
  await expect(page.locator(EDITOR)).toHaveText('');
});

test('the same page under its own URL: no warning, drafting offered', async ({ ext, openPanel }) => {
  const page = await ext.context.newPage();
  await serve(page, 'https://acme.zendesk.com/agent/tickets/4530');
  const panel = await openPanel(page);
  await expect(panel.getByTestId('ticket-subject')).toHaveText('Milk frother wand clogged');
  await expect(panel.getByTestId('reading-health')).toHaveCount(0);
  await expect(panel.getByTestId('draft-reply')).toBeEnabled();
});

test('a ticket page whose thread did not load: warned, and drafting and inserting ask first', async ({ ext, openPanel }) => {
  const page = await ext.context.newPage();
  await serve(page, 'https://acme.freshdesk.com/a/tickets/3201', readFileSync(resolve('tests/fixtures/public/misleading/freshdesk-thread-missing.html'), 'utf8'));
  const panel = await openPanel(page);
  const warning = panel.getByTestId('reading-health');
  await expect(warning).toContainText('No messages were found on the page.');
  await expect(warning).toContainText(/Found: .*subject/);

  await panel.getByTestId('draft-reply').click();
  await expect(panel.getByTestId('reading-confirm')).toBeVisible();
  await panel.getByTestId('reading-confirm').getByRole('button', { name: 'Cancel' }).click();
  await expect(panel.getByTestId('reading-confirm')).toHaveCount(0);

  // Drafted after saying so, then inserted: the insert asks first too.
  await panel.getByTestId('draft-reply').click();
  await panel.getByTestId('reading-confirm').getByRole('button', { name: 'Draft anyway' }).click();
  await expect(panel.getByTestId('draft-insert')).toBeEnabled({ timeout: 15_000 });
  await panel.getByTestId('draft-insert').click();
  const confirm = panel.getByTestId('insert-confirm');
  await expect(confirm).toHaveAttribute('data-ask', 'reading');
  const editor = page.locator('.fr-element.fr-view[contenteditable="true"]');
  await expect(editor).toHaveText('');
  await confirm.getByRole('button', { name: 'Insert anyway' }).click();
  await expect(panel.getByTestId('insert-status')).toHaveClass(/done/);
  await expect(editor).not.toHaveText('');
});

// An Inbox 2 stream is a virtual list: parts scrolled away are replaced by an `.occluded-content` label ("And 2 items
// before": html-next/vertical-collection). The panel says the thread is partial; once the agent scrolls and the
// helpdesk renders them, the note goes and the thread holds them.
test('an Intercom thread the page has not rendered in full: said, and gone once it is', async ({ ext, openPanel }) => {
  const part = (id: string, category: string, who: string, text: string) =>
    `<div data-part-group-id="g${id}" data-part-group-category="${category}"><div class="inbox2__conversation-part" data-part-id="p${id}"><p>${text}</p></div>` +
    `<span class="inbox2__part-group-author">${who}</span></div>`;
  const body = `<!doctype html><html><body><div data-intercom-target="conversation-space">
    <div class="inbox2__conversation-header"><span data-conversation-title>Refund for order 4471</span></div>
    <div data-conversation-stream><div class="occluded-content">And 2 items before</div>
    ${part('3', '3', 'Sam Lee', 'I have asked the warehouse.')}${part('4', '1', 'Ines Duarte', 'Any news on my refund?')}<div class="occluded-content"></div></div>
    <div class="embercom-prosemirror-composer ProseMirror" contenteditable="true" role="textbox"><p><br></p></div>
    <aside class="inbox2__conversation-details-sidebar"><div class="inbox2__user-name">Ines Duarte</div></aside></div></body></html>`;
  const page = await ext.context.newPage();
  await serve(page, 'https://app.intercom.com/a/inbox/acme/inbox/conversation/88001', body);
  const panel = await openPanel(page);
  await expect(panel.getByTestId('ticket-message-count')).toHaveText('2');
  await expect(panel.getByTestId('reading-partial')).toContainText('has not shown this whole conversation');
  await expect(panel.getByTestId('reading-health')).toHaveCount(0);

  await page.evaluate((older) => {
    const label = document.querySelector('.occluded-content')!;
    label.textContent = '';
    label.insertAdjacentHTML('afterend', older);
  }, part('1', '1', 'Ines Duarte', 'My refund for order 4471 never arrived.') + part('2', '3', 'Sam Lee', 'Sorry about that, checking now.'));
  await expect(panel.getByTestId('ticket-message-count')).toHaveText('4');
  await expect(panel.getByTestId('reading-partial')).toHaveCount(0);
});
