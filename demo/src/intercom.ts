// Intercom Inbox look-alike: conversation list, one open conversation (data-conversation-id) whose parts are
// grouped by author with data-part-group-category (user / teammate / note / bot), the details sidebar, and a
// ProseMirror composer (Intercom's composer is ProseMirror). SPA navigation with window.history.pushState to
// /a/inbox/<app>/inbox/conversation/<id>.
import { baseKeymap, toggleMark } from 'prosemirror-commands';
import { history, redo, undo } from 'prosemirror-history';
import { keymap } from 'prosemirror-keymap';
import { Schema } from 'prosemirror-model';
import { schema as basicSchema } from 'prosemirror-schema-basic';
import { addListNodes, liftListItem, sinkListItem, splitListItem } from 'prosemirror-schema-list';
import { EditorState } from 'prosemirror-state';
import { EditorView } from 'prosemirror-view';
import 'prosemirror-view/style/prosemirror.css';
import { intercomConversations, type DemoMessage, type DemoTicket } from '../tickets';
import { h, initials, markReady, newMessageId, shortTime, textToParagraphs, type NewDemoMessage } from './dom';
import './intercom.css';

const APP = 'tandemdemo';
const conversations = new Map<string, DemoTicket>(intercomConversations.map((c) => [c.id, structuredClone(c)]));
let activeId = '';

const schema = new Schema({ nodes: addListNodes(basicSchema.spec.nodes, 'paragraph block*', 'block'), marks: basicSchema.spec.marks });

function newState(): EditorState {
  const itemType = schema.nodes.list_item;
  return EditorState.create({
    schema,
    plugins: [
      history(),
      keymap({ 'Mod-z': undo, 'Shift-Mod-z': redo, 'Mod-y': redo, 'Mod-b': toggleMark(schema.marks.strong), 'Mod-i': toggleMark(schema.marks.em) }),
      keymap({ Enter: splitListItem(itemType), 'Mod-[': liftListItem(itemType), 'Mod-]': sinkListItem(itemType) }),
      keymap(baseKeymap),
    ],
  });
}

const CATEGORY: Record<DemoMessage['role'], string> = { customer: 'user', agent: 'teammate', note: 'note', bot: 'bot', system: 'event' };

const list = h('nav', { class: 'ic-list', 'aria-label': 'Conversations' });
const center = h('section', { class: 'ic-center' });
const sidebar = h('aside', { class: 'ic-sidebar', 'data-testid': 'user-details' });
const composerHost = h('div', { 'data-conversation-reply-composer': true, class: 'ic-composer-box' });
let view: EditorView;

function renderPart(m: DemoMessage): HTMLElement {
  const body = h('div', { class: 'interblocks-html' });
  if (m.html) body.innerHTML = m.html;
  return h(
    'div',
    { class: 'group/content-part ic-part', 'data-part-id': m.id },
    body,
    h('time', { datetime: m.at, class: 'ic-time' }, shortTime(m.at)),
  );
}

function renderGroup(m: DemoMessage): HTMLElement {
  const category = CATEGORY[m.role];
  return h(
    'div',
    { class: `ic-group ic-group--${category}`, 'data-part-group-id': `g-${m.id}`, 'data-part-group-category': category },
    h(
      'div',
      { class: 'inbox2__part-author ic-author' },
      h('span', { class: 'ic-avatar', 'aria-hidden': 'true' }, initials(m.author)),
      h('span', { 'data-part-author-name': true }, m.author),
      category === 'note' ? h('span', { class: 'ic-note-badge' }, 'Note') : null,
    ),
    renderPart(m),
  );
}

/** Appends a message the way Intercom groups them: consecutive parts by the same author share a group. */
function appendToStream(stream: HTMLElement, m: DemoMessage, previous: DemoMessage | undefined): HTMLElement {
  const lastGroup = stream.lastElementChild as HTMLElement | null;
  if (previous && lastGroup && previous.author === m.author && previous.role === m.role) {
    const part = renderPart(m);
    lastGroup.append(part);
    return part;
  }
  const group = renderGroup(m);
  stream.append(group);
  return group;
}

function renderConversation(c: DemoTicket): void {
  const stream = h('div', { 'data-testid': 'conversation-stream-scroll-container', class: 'ic-stream' });
  c.messages.forEach((m, i) => appendToStream(stream, m, c.messages[i - 1]));
  const priority = c.priority === 'priority';
  center.replaceChildren(
    h(
      'div',
      { class: 'inbox2__conversation ic-conversation', 'data-conversation-id': c.id },
      h(
        'header',
        { class: 'ic-header' },
        h('h2', { 'data-inbox-conversation-header-title': true }, c.subject),
        h('div', { class: 'ic-header-meta' },
          h('span', { class: `ic-priority${priority ? ' is-on' : ''}`, 'data-conversation-priority': c.priority, title: priority ? 'Priority' : 'Not priority' }, priority ? '★ Priority' : '☆'),
          h('span', { class: 'ic-state', 'data-conversation-state': c.status }, c.status === 'open' ? 'Open' : c.status),
          h('button', { type: 'button', class: 'ic-close' }, 'Close')),
      ),
      stream,
      h('div', { class: 'ic-composer' }, h('div', { class: 'ic-composer-tabs' }, h('span', { class: 'is-active' }, 'Reply'), h('span', {}, 'Note')), composerHost, h('div', { class: 'ic-composer-actions' }, h('button', { type: 'button', class: 'ic-send' }, 'Send'))),
    ),
  );
  stream.scrollTop = stream.scrollHeight;
  sidebar.replaceChildren(
    h('div', { class: 'ic-side-avatar', 'aria-hidden': 'true' }, initials(c.requester.name)),
    h('div', { 'data-user-name': true, class: 'ic-side-name' }, c.requester.name),
    h('div', { 'data-user-email': true, class: 'ic-side-row' }, h('a', { href: `mailto:${c.requester.email}` }, c.requester.email)),
    h('div', { class: 'ic-side-row' }, c.requester.company ?? ''),
    h('h3', {}, 'Conversation tags'),
    h('div', { 'data-conversation-tags': true, class: 'ic-tags' }, ...c.tags.map((t) => h('span', { class: 'tag', 'data-tag-name': t }, t))),
    h('h3', {}, 'Assignee'),
    h('div', { class: 'ic-side-row' }, c.assignee),
  );
  for (const item of list.querySelectorAll<HTMLElement>('[data-list-conversation-id]')) item.classList.toggle('is-active', item.dataset.listConversationId === c.id);
  document.title = `${c.requester.name} | Inbox | Intercom`;
}

function openTicket(id: string, opts: { push?: boolean } = {}): boolean {
  const c = conversations.get(id);
  if (!c) return false;
  activeId = id;
  renderConversation(c);
  view.updateState(newState()); // a fresh composer per conversation, as Intercom keeps drafts per conversation
  const path = `/a/inbox/${APP}/inbox/conversation/${id}`;
  if (opts.push !== false && location.pathname !== path) window.history.pushState({ id }, '', path);
  return true;
}

function addMessage(input: NewDemoMessage, conversationId = activeId): string {
  const c = conversations.get(conversationId);
  if (!c) throw new Error(`no conversation ${conversationId}`);
  const role = input.role ?? 'customer';
  const m: DemoMessage = {
    id: newMessageId('p'),
    author: input.author ?? (role === 'customer' ? c.requester.name : role === 'bot' ? 'Fin' : c.assignee),
    role,
    at: input.at ?? new Date().toISOString(),
    html: input.html ?? '',
  };
  const previous = c.messages[c.messages.length - 1];
  c.messages.push(m);
  if (conversationId === activeId) {
    const stream = center.querySelector<HTMLElement>('[data-testid="conversation-stream-scroll-container"]')!;
    const el = appendToStream(stream, m, previous);
    if (!input.html && input.text !== undefined) {
      const parts = el.matches('[data-part-id]') ? el : el.querySelector('[data-part-id]')!;
      parts.querySelector('.interblocks-html')!.append(textToParagraphs(input.text));
    }
    stream.scrollTop = stream.scrollHeight;
  }
  return m.id;
}

function start(): void {
  for (const c of intercomConversations) {
    const item = h(
      'a',
      { href: `/a/inbox/${APP}/inbox/conversation/${c.id}`, class: 'ic-list-item', 'data-list-conversation-id': c.id },
      h('span', { class: 'ic-avatar', 'aria-hidden': 'true' }, initials(c.requester.name)),
      h('span', { class: 'ic-list-text' }, h('strong', {}, c.requester.name), h('span', {}, c.subject)),
    );
    item.addEventListener('click', (e) => {
      e.preventDefault();
      openTicket(c.id);
    });
    list.append(item);
  }
  const nav = h('div', { class: 'ic-nav' }, h('div', { class: 'ic-logo', 'aria-hidden': 'true' }, '▦'), h('span', { class: 'ic-nav-item' }, 'Inbox'));
  document.getElementById('root')!.append(nav, h('div', { class: 'ic-list-col' }, h('div', { class: 'ic-list-title' }, 'Your inbox'), list), center, sidebar);
  view = new EditorView(composerHost, {
    state: newState(),
    attributes: { class: 'embercom-prosemirror-composer-editor', 'aria-label': 'Reply to the customer', role: 'textbox', 'aria-multiline': 'true' },
  });
  const fromUrl = /\/conversations?\/(\d+)/.exec(location.pathname)?.[1];
  const first = fromUrl && conversations.has(fromUrl) ? fromUrl : intercomConversations[0].id;
  openTicket(first, { push: false });
  if (!fromUrl) window.history.replaceState({ id: first }, '', `/a/inbox/${APP}/inbox/conversation/${first}`);
  window.addEventListener('popstate', () => {
    const id = /\/conversations?\/(\d+)/.exec(location.pathname)?.[1];
    if (id) openTicket(id, { push: false });
  });
  markReady();
}

start();

Object.assign(window, {
  __demo: {
    get view() {
      return view;
    },
    ready: Promise.resolve(),
    get activeTicketId() {
      return activeId;
    },
    addMessage,
    openTicket,
    getEditorText: () => view.state.doc.textBetween(0, view.state.doc.content.size, '\n\n'),
    getEditorDoc: () => view.state.doc.toJSON(),
  },
});
