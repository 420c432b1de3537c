// Freshdesk legacy helpdesk UI (/helpdesk/tickets/<id>): a server-rendered Rails page in its day, so the
// script renders the whole ticket once from data, with a plain <textarea> reply box. No SPA navigation.
import { legacyTickets, type DemoMessage, type DemoTicket } from '../tickets';
import { h, markReady, newMessageId, shortTime, textToParagraphs, type NewDemoMessage } from './dom';
import './freshdesk-legacy.css';

const id = /\/helpdesk\/tickets\/(\d+)/.exec(location.pathname)?.[1];
const ticket: DemoTicket = structuredClone(legacyTickets.find((t) => t.id === id) ?? legacyTickets[0]);
const thread = h('div', { class: 'conversation_thread', id: 'all_notes' });
const textarea = h('textarea', { id: 'cnotes-reply-body', name: 'helpdesk_note[note_body_attributes][body_html]', rows: 8, placeholder: 'Reply to the requester...' }) as HTMLTextAreaElement;

function renderNote(m: DemoMessage): HTMLElement {
  const cls = m.role === 'note' ? 'conversation private-note' : m.role === 'customer' ? 'conversation requester-reply' : 'conversation agent agent-reply';
  const details = h('div', { class: 'details' });
  if (m.html) details.innerHTML = m.html;
  return h(
    'div',
    { class: cls, 'data-note-id': m.id },
    h(
      'div',
      { class: m.role === 'note' ? 'commentbox commentbox-gray' : 'commentbox' },
      h('div', { class: 'conv-head' }, h('div', { class: 'user_name' }, m.author), h('span', { class: 'timeago', title: m.at, 'data-timeago': m.at }, shortTime(m.at)), m.role === 'note' ? h('span', { class: 'private-label' }, 'Private note') : null),
      details,
    ),
  );
}

function addMessage(input: NewDemoMessage): string {
  const role = input.role ?? 'customer';
  const m: DemoMessage = {
    id: newMessageId('n'),
    author: input.author ?? (role === 'customer' ? ticket.requester.name : ticket.assignee),
    role,
    at: input.at ?? new Date().toISOString(),
    html: input.html ?? '',
  };
  ticket.messages.push(m);
  const el = renderNote(m);
  if (!input.html && input.text !== undefined) el.querySelector('.details')!.append(textToParagraphs(input.text));
  thread.append(el);
  return m.id;
}

function start(): void {
  const t = ticket;
  thread.append(...t.messages.map(renderNote));
  const prop = (cls: string, label: string, value: string) => h('li', { class: `tkt-prop ${cls}` }, h('label', {}, label), h('span', { class: 'prop-value' }, value));
  document.getElementById('root')!.append(
    h('div', { id: 'header' }, h('span', { class: 'logo' }, 'Tandem Demo Support'), h('ul', { class: 'tabs' }, ...['Dashboard', 'Tickets', 'Solutions', 'Forums', 'Customers', 'Reports'].map((x) => h('li', { class: x === 'Tickets' ? 'active' : '' }, x)))),
    h(
      'div',
      { id: 'Pagearea' },
      h(
        'div',
        { class: 'leftcontent' },
        h('div', { class: 'ticket_details', id: 'ticket-details' }, h('span', { class: 'ticket_id' }, `#${t.id}`), h('h2', { class: 'subject' }, t.subject)),
        thread,
        h('form', { id: 'ReplyForm', action: '#', onsubmit: 'return false' }, h('h3', {}, 'Reply'), textarea, h('div', { class: 'form-actions' }, h('input', { type: 'submit', class: 'btn btn-primary', value: 'Send' }))),
      ),
      h(
        'div',
        { class: 'rightcontent' },
        h('div', { id: 'requester-info', class: 'requester' }, h('h3', {}, 'Requester'), h('a', { class: 'user_name', href: '#' }, t.requester.name), h('span', { class: 'user_email' }, t.requester.email), t.requester.phone ? h('span', { class: 'user_phone' }, t.requester.phone) : null),
        h('ul', { class: 'ticket-properties', id: 'TicketProperties' }, prop('status', 'Status', t.status), prop('priority', 'Priority', t.priority), prop('ticket_type', 'Type', t.type ?? '--'), prop('source', 'Source', 'Email'), prop('responder', 'Agent', t.assignee)),
        h('h3', {}, 'Tags'),
        h('ul', { class: 'tag_list', id: 'ticket-tags' }, ...t.tags.map((x) => h('li', {}, h('a', { class: 'tag', href: `#tag-${x}` }, x)))),
      ),
    ),
  );
  document.title = `${t.subject} : Tandem Demo Support`;
  markReady();
}

start();

Object.assign(window, {
  __demo: { ready: Promise.resolve(), activeTicketId: ticket.id, addMessage, getEditorValue: () => textarea.value },
});
