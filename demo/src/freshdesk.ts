// Freshdesk (Mint UI) look-alike: subject heading, the conversation (description first, then replies, an
// automation and a private note), the properties panel (.ticket-details__item rows), the requester card, and
// the Froala reply editor Freshdesk uses. SPA navigation with history.pushState to /a/tickets/<id>.
import FroalaEditor from 'froala-editor';
import 'froala-editor/js/plugins/lists.min.js';
import 'froala-editor/js/plugins/link.min.js';
import 'froala-editor/css/froala_editor.pkgd.min.css';
import 'froala-editor/css/froala_style.min.css';
import { freshdeskTickets, type DemoMessage, type DemoTicket } from '../tickets';
import { h, initials, markReady, newMessageId, shortTime, textToParagraphs, type NewDemoMessage } from './dom';
import './freshdesk.css';

const tickets = new Map<string, DemoTicket>(freshdeskTickets.map((t) => [t.id, structuredClone(t)]));
let activeId = '';
let editor: FroalaEditor | undefined;

const KIND: Record<DemoMessage['role'], { cls: string; test: string }> = {
  customer: { cls: 'customer', test: 'customer-reply' },
  agent: { cls: 'agent', test: 'agent-reply' },
  note: { cls: 'private', test: 'private-note' },
  bot: { cls: 'agent', test: 'agent-reply' },
  system: { cls: 'system', test: 'automation' },
};

const headerArea = h('div', { class: 'ticket-details-header fd-ticket-header' });
const conversation = h('div', { class: 'ticket-conversation fd-conversation' });
const sidebar = h('aside', { class: 'ticket-sidebar fd-sidebar' });
const editorHost = h('div', { id: 'fd-reply-editor' });
const page = h('div', { class: 'app-main ticket-details-page fd-page' });

function renderItem(m: DemoMessage, t: DemoTicket): HTMLElement {
  const kind = KIND[m.role];
  const body = h('div', { class: 'conversation-item__body fr-view' });
  if (m.html) body.innerHTML = m.html;
  return h(
    'div',
    { class: `conversation-item conversation-item--${kind.cls}`, 'data-test-conversation': kind.test, 'data-conversation-id': m.id },
    h('span', { class: 'fd-avatar', 'aria-hidden': 'true' }, initials(m.author)),
    h(
      'div',
      { class: 'conversation-item__main' },
      h(
        'div',
        { class: 'conversation-item__header' },
        h('span', { class: 'conversation-item__user-name' }, m.author),
        h('span', { class: 'fd-action' }, m.role === 'note' ? ' added a private note' : m.role === 'customer' ? (m.id.startsWith('d-') ? ' reported via email' : ' replied') : m.role === 'system' ? ' (automation)' : ' replied'),
        m.role === 'customer' ? h('span', { class: 'fd-to' }, ` · ${t.requester.email}`) : null,
        h('time', { datetime: m.at, class: 'conversation-item__time', title: m.at }, shortTime(m.at)),
      ),
      body,
    ),
  );
}

function detail(field: string, label: string, value: Node | string): HTMLElement {
  return h(
    'div',
    { class: 'ticket-details__item', 'data-field': field },
    h('label', { class: 'ticket-details__label' }, label),
    h('div', { class: 'ticket-details__value' }, typeof value === 'string' ? h('span', { class: 'ember-power-select-selected-item' }, value) : value),
  );
}

function render(t: DemoTicket): void {
  headerArea.replaceChildren(
    h('div', { class: 'fd-breadcrumb' }, 'Tickets › ', h('span', { class: 'ticket-id' }, `#${t.id}`)),
    h('h2', { class: 'ticket-subject-heading' }, t.subject),
    h('div', { class: 'fd-ticket-meta' }, `Created by ${t.requester.name} · via Email`),
  );
  conversation.replaceChildren(...t.messages.map((m) => renderItem(m, t)));
  sidebar.replaceChildren(
    h(
      'div',
      { class: 'fd-card requester-info' },
      h('div', { class: 'fd-card-title' }, 'Contact details'),
      h('div', { class: 'fd-requester' }, h('span', { class: 'fd-avatar fd-avatar--big', 'aria-hidden': 'true' }, initials(t.requester.name)), h('div', {}, h('div', { class: 'requester-name' }, t.requester.name), h('div', { class: 'requester-email' }, t.requester.email))),
      t.requester.phone ? h('div', { class: 'fd-row' }, `Phone: ${t.requester.phone}`) : null,
    ),
    h(
      'div',
      { class: 'fd-card ticket-details' },
      h('div', { class: 'fd-card-title' }, 'Properties'),
      h('div', { class: 'ticket-details__item ticket-tags', 'data-field': 'tags' }, h('label', { class: 'ticket-details__label' }, 'Tags'), h('div', { class: 'fd-tags' }, ...t.tags.map((x) => h('span', { class: 'tag-item' }, x)))),
      detail('type', 'Type', t.type ?? '--'),
      detail('status', 'Status', t.status),
      detail('priority', 'Priority', h('span', { class: `ember-power-select-selected-item fd-priority fd-priority--${t.priority.toLowerCase()}` }, t.priority)),
      detail('agent', 'Agent', t.assignee),
      h('button', { type: 'button', class: 'fd-update' }, 'Update'),
    ),
  );
  page.setAttribute('data-ticket-id', t.id);
  document.title = `${t.subject} : Tandem Demo Support`;
}

function openTicket(id: string, opts: { push?: boolean } = {}): boolean {
  const t = tickets.get(id);
  if (!t) return false;
  activeId = id;
  render(t);
  editor?.html.set('');
  const path = `/a/tickets/${id}`;
  if (opts.push !== false && location.pathname !== path) history.pushState({ id }, '', path);
  return true;
}

function addMessage(input: NewDemoMessage, ticketId = activeId): string {
  const t = tickets.get(ticketId);
  if (!t) throw new Error(`no ticket ${ticketId}`);
  const role = input.role ?? 'customer';
  const m: DemoMessage = {
    id: newMessageId('c-'),
    author: input.author ?? (role === 'customer' ? t.requester.name : t.assignee),
    role,
    at: input.at ?? new Date().toISOString(),
    html: input.html ?? '',
  };
  t.messages.push(m);
  if (ticketId === activeId) {
    const item = renderItem(m, t);
    if (!input.html && input.text !== undefined) item.querySelector('.conversation-item__body')!.append(textToParagraphs(input.text));
    conversation.append(item);
  }
  return m.id;
}

async function start(): Promise<void> {
  const nav = h('nav', { class: 'fd-nav', 'aria-label': 'Main' }, h('div', { class: 'fd-logo', 'aria-hidden': 'true' }, 'fd'), ...['Dashboard', 'Tickets', 'Contacts', 'Solutions'].map((x) => h('span', { class: `fd-nav-item${x === 'Tickets' ? ' is-active' : ''}`, title: x }, x[0])));
  const toolbar = h('div', { class: 'fd-toolbar' }, ...['Reply', 'Add note', 'Forward', 'Close', 'Merge'].map((x) => h('button', { type: 'button', class: 'fd-tool' }, x)));
  page.append(
    h('div', { class: 'fd-main' }, toolbar, h('div', { class: 'fd-scroll' }, headerArea, conversation, h('div', { class: 'reply-editor fd-reply' }, h('div', { class: 'fd-reply-head' }, 'Reply'), editorHost, h('div', { class: 'fd-reply-actions' }, h('button', { type: 'button', class: 'fd-send' }, 'Send'))))),
    sidebar,
  );
  document.getElementById('root')!.append(nav, page);
  const fromUrl = /\/a\/tickets\/(\d+)/.exec(location.pathname)?.[1];
  const first = fromUrl && tickets.has(fromUrl) ? fromUrl : freshdeskTickets[0].id;
  openTicket(first, { push: false });
  if (!fromUrl) history.replaceState({ id: first }, '', `/a/tickets/${first}`);
  window.addEventListener('popstate', () => {
    const id = /\/a\/tickets\/(\d+)/.exec(location.pathname)?.[1];
    if (id) openTicket(id, { push: false });
  });
  await new Promise<void>((resolve) => {
    editor = new FroalaEditor(
      editorHost,
      {
        toolbarButtons: ['bold', 'italic', 'underline', 'formatUL', 'formatOL', 'insertLink', 'undo', 'redo'],
        placeholderText: 'Type your reply here',
        heightMin: 110,
        heightMax: 260,
        quickInsertEnabled: false,
        charCounterCount: false,
        attribution: false,
      } as never,
      function () {
        resolve();
      },
    );
  });
  markReady();
}

const ready = start();

Object.assign(window, {
  __demo: {
    get editor() {
      return editor;
    },
    ready,
    get activeTicketId() {
      return activeId;
    },
    addMessage,
    openTicket,
    getEditorHtml: () => editor?.html.get() ?? '',
  },
});
