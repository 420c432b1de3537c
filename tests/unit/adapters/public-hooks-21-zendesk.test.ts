// General Zendesk rules learnt from blind batch 21 (a resample of the held-out README's Zendesk rows by a writer who
// read only that README): each test is a small page in the shape the batch's SOURCES.md describes (not a copy of a
// batch page), read by the built-in adapter, and each failed on the adapter before it learnt the rule.
import { describe, expect, it } from 'vitest';
import { zendeskAdapter } from '../../../adapters/zendesk';
import { parseHtml } from './helpers';

const url = 'https://acme.zendesk.com/agent/tickets/730';

/** A classic (Lotus) comment event: `.event.is-public` / `.is-private` carrying its comment id (liferay userscript:
 *  `div[data-comment-id]`, `.actor .name`, `time[datetime]`; Gorgias: `.event.is-public .zd-comment`). */
const comment = (cls: string, id: string, who: string, text: string, at: string) =>
  `<div class="event ${cls}" data-comment-id="${id}"><div class="content"><div class="header"><div class="actor"><span class="name">${who}</span></div>
    <time datetime="${at}">x</time></div><div class="comment"><div class="zd-comment"><p>${text}</p></div></div></div></div>`;
/** A standalone audit event: no comment id, no author, its title and change lines (batch 21 SOURCES.md, modelled). */
const audit = (title: string, at: string) =>
  `<div class="event audit" data-audit-id="9${at.slice(8, 10)}"><div class="audit-header"><span class="audit-title">${title}</span> <time datetime="${at}">x</time></div>
    <ul class="audit-changes"><li class="change">Status: Offen → Wartend</li></ul></div>`;

const page = (events: string) => `<div id="main_panes"><div class="workspace" style="display: block;">
  <div class="pane left"><div class="field requester"><label>Requester</label><span class="name">Sabine Krüger</span></div></div>
  <div class="pane right"><div class="pane_header"><input name="subject" value="Heizung fällt nachts aus"></div>
  <div class="event-container"><div class="audits">${events}</div></div></div></div></div>`;

describe('zendesk classic: audit events beside comment events that carry their comment id', () => {
  it('are read as system rows in their place (newest first in the DOM, oldest first read)', () => {
    const events = [
      audit('Trigger „Antwort vom Anfragenden: wieder öffnen“ ausgeführt', '2026-02-11T15:35:00Z'),
      comment('is-public', '61', 'Sabine Krüger', 'Die Heizung ist heute Nacht wieder ausgefallen.', '2026-02-11T12:28:00Z'),
      comment('is-private', '55', 'Florian Beck', 'Techniker für Donnerstag eingeplant.', '2026-02-11T09:30:00Z'),
      audit('Status geändert durch Florian Beck', '2026-02-11T09:21:00Z'),
      comment('is-public', '42', 'Florian Beck', 'Bitte prüfen Sie den Wasserdruck.', '2026-02-10T15:14:00Z'),
      comment('is-public', '40', 'Sabine Krüger', 'Unsere Heizung fällt jede Nacht aus.', '2026-02-10T09:00:00Z'),
    ].join('');
    const t = zendeskAdapter.readTicket(parseHtml(page(events)), url)!;
    expect(t.messages.map((m) => [m.author.role, m.author.name ?? null, !!m.internal, m.text.split('\n')[0].slice(0, 30)])).toEqual([
      ['customer', 'Sabine Krüger', false, 'Unsere Heizung fällt jede Nach'],
      ['agent', 'Florian Beck', false, 'Bitte prüfen Sie den Wasserdru'],
      ['system', null, false, expect.stringContaining('Status geändert durch Florian')],
      ['agent', 'Florian Beck', true, 'Techniker für Donnerstag einge'],
      ['customer', 'Sabine Krüger', false, 'Die Heizung ist heute Nacht wi'],
      ['system', null, false, expect.stringContaining('Trigger „Antwort vom Anfragend')],
    ]);
  });

  it('audit lines printed inside a comment event stay part of that comment (no row of their own)', () => {
    const inComment = comment('is-public', '70', 'Reto Baumann', 'Die Umstellung ist vorgemerkt.', '2026-02-11T12:28:00Z').replace(
      '</div></div></div></div>',
      '</div></div><ul class="audit-changes"><li class="change">Status: Offen → Wartend</li></ul></div></div>',
    );
    const events = [inComment, comment('is-public', '60', 'Sabine Krüger', 'Bitte auf Premium umstellen.', '2026-02-10T09:00:00Z')].join('');
    const t = zendeskAdapter.readTicket(parseHtml(page(events)), url)!;
    expect(t.messages.map((m) => m.author.role)).toEqual(['customer', 'agent']);
  });
});

/** An Agent Workspace log item (`omni-log-comment-item`): sender only on the first of a run; `type` given or not. */
const item = (who: string | null, type: string | null, text: string) => `
  <article data-test-id="omni-log-comment-item">${who ? `<div data-test-id="omni-log-item-sender"><a data-test-id="omni-log-comment-user-link">${who}</a></div>` : ''}
    <div data-test-id="omni-log-item-message"${type ? ` type="${type}"` : ''}><div data-test-id="omni-log-message-content"><p>${text}</p></div></div></article>`;
const awPage = (log: string) => `<div data-ticket-id="730"><input data-test-id="omni-header-subject" value="App logs me out">
  <div data-test-id="ticket-system-field-requester-select"><label>Requester</label>Mateus Conceição</div>
  <div data-test-id="omni-log-container">${log}</div></div>`;

describe('zendesk Agent Workspace: a comment item with neither sender nor type continues the run before it', () => {
  it('is the previous sender\'s (a customer run collapsed, tuning-10), not a system row; an event row stays system', () => {
    const log = [
      item('Mateus Conceição', null, 'hi my app keeps logging me out'),
      item('Northwind Bot', null, 'Are you using the iOS or Android app?'),
      item('Mateus Conceição', null, 'android, version 7.2'),
      item(null, null, 'and I already reinstalled'),
      '<div data-test-id="omni-log-event-item"><span>Conversation transferred to Tier 2</span></div>',
    ].join('');
    const t = zendeskAdapter.readTicket(parseHtml(awPage(log)), url)!;
    expect(t.messages.map((m) => [m.author.role, m.author.name ?? null])).toEqual([
      ['customer', 'Mateus Conceição'],
      ['bot', 'Northwind Bot'],
      ['customer', 'Mateus Conceição'],
      ['customer', 'Mateus Conceição'],
      ['system', null],
    ]);
  });

  it('first in the log, with nobody before it, it stays a row of no one (system)', () => {
    const t = zendeskAdapter.readTicket(parseHtml(awPage(item(null, null, 'Conversation started') + item('Mateus Conceição', null, 'hi'))), url)!;
    expect(t.messages.map((m) => [m.author.role, m.author.name ?? null])).toEqual([['system', null], ['customer', 'Mateus Conceição']]);
  });
});
