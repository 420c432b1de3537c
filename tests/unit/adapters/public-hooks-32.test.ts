// General Zendesk and Intercom rules learnt from blind batch public-tuning-32 (and the Hebrew pages of batches 27 and
// 32): each test is a small page in the shape that set's source notes describe (not a copy of its pages), read by the
// built-in adapter or the shared helper, and each failed before the rule.
import { describe, expect, it } from 'vitest';
import { zendeskAdapter } from '../../../adapters/zendesk';
import { emailBesideName } from '../../../adapters/shared/requester';
import { parseHtml } from './helpers';

describe('zendesk (tuning-32): Lotus property box in a translated UI', () => {
  // A Lotus workspace (liferay-zendesk-userscript: `.workspace`, `.event.is-public .zd-comment`) whose property box
  // labels its fields in Dutch, the labels bound to their controls by `for`, the requester shown in elements named for
  // the requester's name and address.
  const page = `<div class="workspace" style="display: block;" data-ticket-id="48213"><header class="pane_header"><input name="subject" value="Factuur dubbel"></header>
    <div class="property_box"><label>Aanvrager</label><div class="requester-field"><a class="requester_name" href="/agent/users/7">Femke van Lier</a> <span class="requester_email">&lt;femke@example.com&gt;</span></div>
      <label for="ticket_status">Status</label><select id="ticket_status"><option value="open">Open</option><option value="pending" selected>In afwachting</option></select>
      <label for="ticket_priority">Prioriteit</label><select id="ticket_priority"><option value="">-</option><option value="high" selected>Hoog</option></select></div>
    <div class="event-container"><div class="event is-public"><div class="actor"><a class="name" href="/agent/users/7">Femke van Lier</a></div><div class="zd-comment"><p>Twee keer afgeschreven.</p></div></div></div></div>`;
  const t = zendeskAdapter.readTicket(parseHtml(page), 'https://acme.zendesk.com/agent/tickets/48213')!;

  it('reads the requester from the elements named for their name and address', () => {
    expect(t.requester).toEqual({ name: 'Femke van Lier', email: 'femke@example.com' });
  });

  it("reads status and priority by the label's `for`, whatever language its text is in", () => {
    expect([t.status, t.priority]).toEqual(['pending', 'high']);
  });
});

describe('zendesk: a Hebrew priority label (tuning-27, tuning-32)', () => {
  it("reads the Agent Workspace priority field's Hebrew value as the API's word", () => {
    const page = `<div data-test-id="ticket-fields-priority-select"><label>עדיפות</label><div data-garden-id="dropdowns.combobox.value">רגילה</div></div>
      <input data-test-id="omni-header-subject" value="חיוב כפול"><div data-test-id="omni-log-comment-item"><div data-test-id="omni-log-message-content">שלום</div></div>`;
    expect(zendeskAdapter.readTicket(parseHtml(page), 'https://acme.zendesk.com/agent/tickets/5')!.priority).toBe('normal');
  });
});

describe('emailBesideName (tuning-32): a header line "Name · address"', () => {
  it('takes the address that a middle dot parts from the name', () => {
    const doc = parseHtml('<main><header><span class="title">Import fails</span> <span>Ravi Subramanian · ravi@example.org</span></header><div class="log"><b>Ravi Subramanian</b></div></main>');
    expect(emailBesideName(doc.querySelector('main'), 'Ravi Subramanian', doc.querySelector('.log'))).toBe('ravi@example.org');
  });
});

describe('zendesk (tuning-33, tuning-37): the header status tag', () => {
  it('reads the status from the class of `[data-test-id="ticket-status-tag"]`, whatever language its text is in', () => {
    const page = `<header><input data-test-id="omni-header-subject" value="חיוב כפול"><span data-test-id="ticket-status-tag" class="sc-status status-solved">נפתרה</span></header>
      <div data-test-id="omni-log-comment-item"><div data-test-id="omni-log-message-content">שלום</div></div>`;
    expect(zendeskAdapter.readTicket(parseHtml(page), 'https://acme.zendesk.com/agent/tickets/5')!.status).toBe('solved');
  });
});
