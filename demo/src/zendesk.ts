// Zendesk Agent Workspace look-alike: ticket tabs in the header, one workspace pane per open ticket (hidden
// when not active), the omni-log conversation with data-test-id hooks as Zendesk renders them, and a
// CKEditor 5 composer per ticket. SPA navigation with history.pushState to /agent/tickets/<id>.
import { Bold, ClassicEditor, Essentials, Italic, Link, List, Paragraph } from 'ckeditor5';
import 'ckeditor5/ckeditor5.css';
import { zendeskTickets, type DemoMessage, type DemoTicket } from '../tickets';
import { h, initials, markReady, newMessageId, shortTime, textToParagraphs, type NewDemoMessage } from './dom';
import './zendesk.css';

const tickets = new Map<string, DemoTicket>(zendeskTickets.map((t) => [t.id, structuredClone(t)]));
const editors = new Map<string, ClassicEditor>();
const panes = new Map<string, HTMLElement>();
let activeId = '';

const tabList = h('div', { 'data-test-id': 'header-tablist', role: 'tablist', class: 'zd-tabs' });
const main = h('main', { id: 'main_panes', class: 'zd-main' });

function field(testId: string, label: string, value: Node | string): HTMLElement {
  return h('div', { class: 'zd-field', 'data-test-id': testId }, h('label', {}, label), typeof value === 'string' ? h('div', { class: 'zd-select' }, value) : value);
}

function tag(text: string): HTMLElement {
  return h('div', { 'data-garden-id': 'tags.tag_view', class: 'zd-tag' }, text);
}

function renderComment(m: DemoMessage): HTMLElement {
  const isNote = m.role === 'note';
  const type = m.role === 'customer' ? 'end-user' : isNote ? 'internal' : m.role === 'system' ? 'system' : 'agent';
  const body = h('div', { 'data-test-id': 'omni-log-message-content', class: 'zd-comment' });
  if (m.html) body.innerHTML = m.html;
  return h(
    'article',
    { 'data-test-id': 'omni-log-comment-item', 'data-comment-id': m.id, class: `zd-log-item zd-log-item--${type}` },
    h('div', { class: 'zd-avatar', 'aria-hidden': 'true' }, initials(m.author)),
    h(
      'div',
      { class: 'zd-log-main' },
      h(
        'div',
        { class: 'zd-log-header' },
        h('a', { 'data-test-id': 'omni-log-comment-user-link', href: '#' }, h('span', { 'data-test-id': 'omni-log-item-sender' }, m.author)),
        m.role === 'customer' && m.email ? h('span', { class: 'zd-via' }, ` <${m.email}>`) : null,
        h('time', { 'data-test-id': 'timestamp-relative', datetime: m.at, title: m.at }, shortTime(m.at)),
      ),
      isNote ? h('div', { 'data-test-id': 'omni-log-internal-note-tag', class: 'zd-note-tag' }, 'Internal note') : null,
      h('div', { 'data-test-id': 'omni-log-item-message', type, class: isNote ? 'zd-bubble zd-bubble--internal' : 'zd-bubble' }, body),
    ),
  );
}

function renderPane(t: DemoTicket): HTMLElement {
  const log = h('div', { 'data-test-id': 'omni-log-container', class: 'zd-log' }, ...t.messages.map((m) => renderComment(m)));
  const editorHost = h('div', { class: 'zd-editor-host' });
  const pane = h(
    'section',
    { class: 'ember-view workspace zd-workspace', 'data-test-id': 'ticket-workspace', 'data-ticket-id': t.id },
    h(
      'aside',
      { class: 'zd-fields', 'data-test-id': 'ticket-fields' },
      field('ticket-system-field-requester-select', 'Requester', h('div', { class: 'zd-select' }, tag(t.requester.name))),
      field('ticket-system-field-assignee-select', 'Assignee', `Support / ${t.assignee}`),
      field('ticket-fields-tags', 'Tags', h('div', { class: 'zd-tags' }, ...t.tags.map(tag))),
      field('ticket-fields-type-select', 'Type', t.type ?? '-'),
      field('ticket-fields-priority-select', 'Priority', h('div', { class: 'zd-select' }, h('span', { 'data-test-id': 'ticket-fields-priority-value' }, t.priority))),
      field('ticket-fields-status-select', 'Status', h('div', { class: 'zd-select' }, h('span', { 'data-test-id': 'ticket-fields-status-value', class: `zd-status zd-status--${t.status.toLowerCase()}` }, t.status))),
    ),
    h(
      'div',
      { class: 'zd-center' },
      h(
        'header',
        { class: 'zd-pane-header', 'data-test-id': 'ticket-pane-header' },
        h('h1', { 'data-test-id': 'omni-header-subject' }, t.subject),
        h('div', { class: 'zd-pane-sub' }, `#${t.id} · Via email`),
      ),
      log,
      h(
        'div',
        { class: 'zd-composer', 'data-test-id': 'ticket-editor' },
        h('div', { class: 'zd-composer-mode' }, h('button', { class: 'zd-mode is-active', type: 'button' }, 'Public reply'), h('button', { class: 'zd-mode', type: 'button' }, 'Internal note')),
        h('div', { 'data-test-id': 'ticket-rich-text-editor', class: 'zendesk-editor--rich-text-container' }, editorHost),
        h('div', { class: 'zd-submit' }, h('button', { type: 'button', class: 'zd-submit-btn' }, `Submit as ${t.status}`)),
      ),
    ),
    h(
      'aside',
      { class: 'zd-context', 'data-test-id': 'context-panel' },
      h('div', { class: 'zd-user-avatar', 'aria-hidden': 'true' }, initials(t.requester.name)),
      h('div', { 'data-test-id': 'user-profile-name', class: 'zd-user-name' }, t.requester.name),
      h('a', { 'data-test-id': 'user-profile-email', href: `mailto:${t.requester.email}` }, t.requester.email),
      t.requester.company ? h('div', { class: 'zd-user-org' }, t.requester.company) : null,
      h('h3', {}, 'Interactions'),
      h('ul', { class: 'zd-interactions' }, h('li', {}, `#${t.id} ${t.subject}`)),
    ),
  );
  return pane;
}

function renderTab(t: DemoTicket): HTMLElement {
  const tab = h('div', { 'data-test-id': 'header-tab', role: 'tab', 'aria-selected': 'false', 'data-ticket-id': t.id, tabindex: 0, class: 'zd-tab' }, h('span', { class: 'zd-tab-id' }, `#${t.id}`), ` ${t.subject}`);
  tab.addEventListener('click', () => void openTicket(t.id));
  return tab;
}

async function mountTicket(id: string): Promise<HTMLElement | null> {
  const existing = panes.get(id);
  if (existing) return existing;
  const t = tickets.get(id);
  if (!t) return null;
  const pane = renderPane(t);
  panes.set(id, pane);
  main.append(pane);
  tabList.append(renderTab(t));
  const editor = await ClassicEditor.create(pane.querySelector('.zd-editor-host') as HTMLElement, {
    licenseKey: 'GPL',
    plugins: [Essentials, Paragraph, Bold, Italic, List, Link],
    toolbar: ['bold', 'italic', 'link', '|', 'bulletedList', 'numberedList', '|', 'undo', 'redo'],
    placeholder: 'Public reply',
  });
  editors.set(id, editor);
  return pane;
}

function activate(id: string): void {
  activeId = id;
  for (const [pid, pane] of panes) {
    if (pid === id) pane.style.removeProperty('display');
    else pane.style.display = 'none';
  }
  for (const tab of tabList.querySelectorAll<HTMLElement>('[data-test-id="header-tab"]')) tab.setAttribute('aria-selected', String(tab.dataset.ticketId === id));
  const t = tickets.get(id);
  if (t) document.title = `${t.subject} – Agent Workspace – Zendesk`;
}

/** Opens a ticket as the active tab (mounting it if needed) and puts its URL in the address bar. */
async function openTicket(id: string, opts: { push?: boolean } = {}): Promise<boolean> {
  const pane = await mountTicket(id);
  if (!pane) return false;
  activate(id);
  const path = `/agent/tickets/${id}`;
  if (opts.push !== false && location.pathname !== path) history.pushState({ ticketId: id }, '', path);
  return true;
}

function addMessage(input: NewDemoMessage, ticketId = activeId): string {
  const t = tickets.get(ticketId);
  const pane = panes.get(ticketId);
  if (!t || !pane) throw new Error(`ticket ${ticketId} is not open`);
  const role = input.role ?? 'customer';
  const m: DemoMessage = {
    id: newMessageId('z'),
    author: input.author ?? (role === 'customer' ? t.requester.name : t.assignee),
    email: role === 'customer' ? t.requester.email : undefined,
    role,
    at: input.at ?? new Date().toISOString(),
    html: input.html ?? '',
  };
  t.messages.push(m);
  const el = renderComment(m);
  if (!input.html && input.text !== undefined) el.querySelector('[data-test-id="omni-log-message-content"]')!.append(textToParagraphs(input.text));
  pane.querySelector('[data-test-id="omni-log-container"]')!.append(el);
  return m.id;
}

async function start(): Promise<void> {
  const nav = h(
    'nav',
    { class: 'zd-nav', 'data-garden-id': 'chrome.nav', 'aria-label': 'Main' },
    h('div', { class: 'zd-logo', 'aria-hidden': 'true' }, 'Z'),
    h('a', { href: '#', class: 'zd-nav-item', title: 'Home' }, '⌂'),
    h('a', { href: '#', class: 'zd-nav-item', title: 'Views' }, '☰'),
    h('a', { href: '#', class: 'zd-nav-item', title: 'Customers' }, '◎'),
  );
  const header = h('header', { class: 'zd-header', 'data-garden-id': 'chrome.global_header' }, tabList, h('div', { class: 'zd-header-right' }, h('span', { class: 'zd-agent' }, 'Sam Patel')));
  document.getElementById('root')!.append(nav, h('div', { class: 'zd-shell' }, header, main));

  // Tabs a busy agent has open: the other tickets are mounted too (hidden), like Agent Workspace does.
  const fromUrl = /\/agent\/tickets\/(\d+)/.exec(location.pathname)?.[1];
  const first = fromUrl && tickets.has(fromUrl) ? fromUrl : zendeskTickets[0].id;
  for (const t of zendeskTickets) if (t.id !== '1045') await mountTicket(t.id);
  await openTicket(first, { push: false });
  if (!fromUrl) history.replaceState({ ticketId: first }, '', `/agent/tickets/${first}`);
  window.addEventListener('popstate', () => {
    const id = /\/agent\/tickets\/(\d+)/.exec(location.pathname)?.[1];
    if (id) void openTicket(id, { push: false });
  });
  markReady();
}

const ready = start();

Object.assign(window, {
  __demo: {
    get editor() {
      return editors.get(activeId);
    },
    editors,
    ready,
    get activeTicketId() {
      return activeId;
    },
    addMessage,
    openTicket,
    getEditorData: (id = activeId) => editors.get(id)?.getData() ?? '',
  },
});
