// General Zendesk and Intercom rules learnt from blind batches 11-14 (independent resamples by new writers, each
// doing their own public research): each test is a small page in the shape the batches' SOURCES.md describe (not a
// copy of a batch page), read by the built-in adapter, and each failed on the adapter before it learnt the rule.
import { describe, expect, it } from 'vitest';
import { zendeskAdapter } from '../../../adapters/zendesk';
import { parseHtml } from './helpers';

const ZD = 'https://acme.zendesk.com/agent/tickets/700';
const zd = (html: string, url = ZD) => zendeskAdapter.readTicket(parseHtml(html), url)!;

/** A Lotus comment (liferay-zendesk-userscript: `.event`, `div[data-comment-id]`, `div.actor .name`, `time[title]`,
 *  `.zd-comment`). */
const lotusEvent = (id: number, who: string, kind: 'agent' | 'end_user', text: string, time: string, isPublic = true) =>
  `<div class="event${isPublic ? ' is-public' : ''}"><div data-comment-id="${id}"><div class="user_photo ${kind}"></div>
    <div class="content"><div class="header"><div class="actor"><span class="name">${who}</span></div>${time}</div>
    <div class="body"><div class="zd-comment"><p>${text}</p></div></div></div></div></div>`;

/** A Lotus ticket pane, comments newest first as Lotus lists them. */
const lotusPage = (times: string[], status = '<span class="ticket_status_label toolbar pending">Pending</span>', fields = '') => `
  <div class="ember-view workspace"><div class="pane left section"><div class="sidebar_box_container"><div class="property_box">
    <div class="ember-view form_field requester"><label>Requester</label>
      <div class="zd-selectmenu-base-content">Ravi Shankar &lt;ravi.shankar@example.com&gt;</div></div>${fields}</div></div></div>
  <div class="pane right section"><div class="ember-view" data-side-conversations-anchor-id="700">
    <div class="pane_header">${status}<input name="subject" value="Desktop app logs me out"></div>
    <div class="audits event-container">
      ${lotusEvent(3, 'Ravi Shankar', 'end_user', 'That fixed it, thank you.', times[0])}
      ${lotusEvent(2, 'Rafaela Costa', 'agent', 'Please sign out everywhere and sign in again.', times[1])}
      ${lotusEvent(1, 'Ravi Shankar', 'end_user', 'The app logs me out every 5 minutes.', times[2])}
    </div></div></div></div>`;

describe('zendesk Lotus: comments are listed newest first', () => {
  it('read oldest first when the times shown cannot be parsed ("Thursday, November 26, 2026 at 14:51")', () => {
    const times = ['16:02', '15:10', '14:51'].map((t) => `<time title="Thursday, November 26, 2026 at ${t}" datetime="">Nov 26 ${t}</time>`);
    const t = zd(lotusPage(times));
    expect(t.messages.map((m) => m.text)).toEqual([
      'The app logs me out every 5 minutes.',
      'Please sign out everywhere and sign in again.',
      'That fixed it, thank you.',
    ]);
  });

  it('read oldest first when every comment carries the same time', () => {
    const times = ['yesterday', '2 days ago', 'last week'].map((t) => `<time datetime="2025-03-04 10:00:00" title="">${t}</time>`);
    expect(zd(lotusPage(times)).messages.map((m) => m.text)[0]).toBe('The app logs me out every 5 minutes.');
  });

  it('times that do say the order still decide it (a Lotus page listing oldest first)', () => {
    const times = ['09:00', '10:00', '11:00'].map((t) => `<time datetime="2026-03-12T${t}:00Z">${t}</time>`);
    expect(zd(lotusPage(times)).messages[0].text).toBe('That fixed it, thank you.');
  });
});

describe('zendesk: the status named by a class, whatever the UI language', () => {
  const times = ['', '', ''];
  it("Lotus: the status label's class (`ticket_status_label pending` showing 保留中)", () => {
    expect(zd(lotusPage(times, '<span class="ticket_status_label toolbar pending">保留中</span>')).status).toBe('pending');
  });

  const awPage = (badge: string) => `<div data-side-conversations-anchor-id="700"><section class="omni-conversation-pane">
    <div><input aria-label="Subject" value="Invoice address">${badge}</div>
    <div data-test-id="omni-log-container"><article data-test-id="omni-log-comment-item">
      <span data-test-id="omni-log-item-sender"><strong>Aisha Bello</strong></span>
      <div data-test-id="omni-log-item-message" type="end-user"><div data-test-id="omni-log-message-content"><p>Please update it.</p></div></div>
    </article></div></section></div>`;

  it('Agent Workspace: a badge classed `status-badge status-badge-<status>`', () => {
    expect(zd(awPage('<span data-garden-id="tags.tag" class="status-badge status-badge-hold">On-hold</span>')).status).toBe('hold');
  });

  it('Agent Workspace: a `ticket-status-badge` test id, translated text', () => {
    expect(zd(awPage('<span data-test-id="ticket-status-badge" class="status-badge status-badge-solved">حل شده</span>')).status).toBe('solved');
  });
});

describe('zendesk Lotus: the requester field', () => {
  it('the address shown in the labelled field\'s "Name <address>"', () => {
    expect(zd(lotusPage(['', '', ''])).requester).toEqual({ name: 'Ravi Shankar', email: 'ravi.shankar@example.com' });
  });

  it('a translated label: the field by its class (`form_field requester_id`)', () => {
    const page = lotusPage(['', '', '']).replace(
      /<div class="ember-view form_field requester">[\s\S]*?<\/div><\/div>/,
      '<div class="ember-view form_field requester_id"><label>リクエスタ</label><div class="zd-combo-selectmenu"><span class="zd-selectmenu-base-content">佐藤 美咲</span></div><div class="requester-email">misaki.sato@example.com</div></div>',
    );
    expect(zd(page).requester).toEqual({ name: '佐藤 美咲', email: 'misaki.sato@example.com' });
  });
});
