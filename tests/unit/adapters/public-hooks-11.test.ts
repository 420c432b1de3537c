// General Freshdesk rules learnt from blind batch 11 (an independent resample by a fourth new writer, kept out of the
// tuning of batches 7-10): each test is a small page in the shape the batch's SOURCES.md describes (not a copy of a
// batch page), read by the built-in adapter, and each failed on the adapter before it learnt the rule.
import { describe, expect, it } from 'vitest';
import { freshdeskAdapter } from '../../../adapters/freshdesk';
import { parseHtml } from './helpers';

const MINT = 'https://acme.freshdesk.com/a/tickets/4100';
const CLASSIC = 'https://acme.freshdesk.com/helpdesk/tickets/4100';
const read = (html: string, url = MINT) => freshdeskAdapter.readTicket(parseHtml(html), url)!;

/** Classic ticket page (Freshdesk's ticket_details.js: `#Pagearea.ticket_show`, the description's body
 *  `#ticket_original_request`, notes in `#all_notes [rel=activity_container] .conversation`), the description in a
 *  box of its own beside the notes rather than in a `.conversation`. No requester widget. */
const classicPage = `<div id="Pagearea" class="ticket_show"><h2 class="subject">Brake pads squeal</h2><div class="leftcontent">
  <div class="original-request"><div class="conv-header"><a class="user-name">Ana Silva</a>
    <span class="conv-email">ana.silva@example.com</span> reported via email</div>
    <div id="ticket_original_request" class="details"><p>The new brake pads squeal at low speed.</p></div></div>
  <div id="all_notes"><div rel="activity_container">
    <div class="conversation agent" id="note_1"><div class="conv-header"><a class="user-name" href="/contacts/7">Kofi Boateng</a></div>
      <div class="details"><p>Please send us a photo of the pads.</p></div></div>
    <div class="conversation requester" id="note_2"><div class="conv-header"><a class="user-name" href="/contacts/8">Ana Silva</a></div>
      <div class="details"><p>Photo attached, thanks.</p></div></div>
  </div></div></div></div>`;

/** Mint 2025-26 items with only the data-test-id hooks (support-toolkit content script: `[data-test-id=
 *  ticket-description]`, `[data-test-id=conversation-wrapper]`, `.sender-info`, `#ticket_original_request`), the
 *  replies also classed `conversation-item`, the description not. */
const mintPage = `<div class="ticket-details-wrapper"><h2 class="ticket-subject-heading">Torque wrench reads high</h2>
  <div class="ticket-thread ticket-conversation">
  <div data-test-id="ticket-description"><div class="ticket-details__item__header"><span class="sender-info"><a class="user _ar_redact_">Björn Åkesson</a>
    reported via portal</span></div><div class="ticket-details__item__content"><div id="ticket_original_request"><p>It reads 15 % too high.</p></div></div></div>
  <div data-test-id="conversation-wrapper" data-album="note_1" class="conversation-item"><div class="conversation-header"><span class="sender-info">
    <a class="user _ar_redact_">Aiko Suzuki</a> replied</span></div>
    <div data-test-id="conversation-content-wrapper"><div data-test-conversation="conversation-text"><p>We will send a recalibrated unit.</p></div></div></div>
  <div data-test-id="conversation-wrapper" data-album="note_2" class="conversation-item"><div class="conversation-header"><span class="sender-info">
    <a class="user _ar_redact_">Björn Åkesson</a> replied</span></div>
    <div data-test-id="conversation-content-wrapper"><div data-test-conversation="conversation-text"><p>Thank you!</p></div></div></div>
  </div></div>`;

describe('freshdesk: the description outside the thread hooks is the first message', () => {
  it("classic: the description's own box beside #all_notes (no .conversation around it)", () => {
    const t = read(classicPage, CLASSIC);
    expect(t.messages.map((m) => [m.author.role, m.author.name])).toEqual([
      ['customer', 'Ana Silva'],
      ['agent', 'Kofi Boateng'],
      ['customer', 'Ana Silva'],
    ]);
    expect(t.messages[0].text).toContain('squeal at low speed');
  });

  it("Mint: [data-test-id=ticket-description] when the replies' class names the thread", () => {
    const t = read(mintPage);
    expect(t.messages.map((m) => [m.author.role, m.author.name])).toEqual([
      ['customer', 'Björn Åkesson'],
      ['agent', 'Aiko Suzuki'],
      ['customer', 'Björn Åkesson'],
    ]);
    expect(t.messages[0].text).toContain('15 % too high');
  });
});

describe("freshdesk: without a requester widget, the requester is the description's author", () => {
  it('Mint: the name of "<name> reported via <channel>"', () => {
    expect(read(mintPage).requester.name).toBe('Björn Åkesson');
  });

  it('classic: the name, and the address shown after it in an element of its own', () => {
    expect(read(classicPage, CLASSIC).requester).toEqual({ name: 'Ana Silva', email: 'ana.silva@example.com' });
  });
});
