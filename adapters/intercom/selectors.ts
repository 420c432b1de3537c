// Every Intercom inbox selector in one place, newest markup first, with the fixtures each must match
// (tests/unit/adapters/selectors.test.ts). "inbox2" = current Inbox (data-part-group-* attributes, Tailwind
// classes); "inbox1" = the older Ember inbox (.conversation__part BEM classes).
import type { SelectorMap } from '../shared/dom';

const NEW = ['intercom/inbox.html'];
const OLD = ['intercom/inbox-legacy.html'];
const ALL = [...NEW, ...OLD];

export const intercomSelectors = {
  conversation: {
    selectors: ['[data-conversation-id]', '.conversation__main', '.inbox2__conversation'],
    fixtures: [...ALL, 'intercom/missing-fields.html'],
  },
  title: {
    selectors: ['[data-inbox-conversation-header-title]', '[data-conversation-title]', '.inbox2__conversation-title', '.conversation__title'],
    fixtures: ALL,
  },
  state: {
    selectors: ['[data-conversation-state]', '[data-testid="conversation-state"]', '.conversation__state'],
    fixtures: ALL,
  },
  priority: {
    selectors: ['[data-conversation-priority]', '[data-testid="conversation-priority"]', '.conversation__priority'],
    fixtures: ALL,
  },
  tagsField: {
    selectors: ['[data-conversation-tags]', '[data-testid="conversation-tags"]', '.conversation__tags'],
    fixtures: ALL,
  },
  tag: {
    selectors: ['[data-tag-name]', '.tag', '.o__tag'],
    fixtures: NEW,
  },
  userName: {
    selectors: ['[data-testid="user-details"] [data-user-name]', '[data-user-attribute="name"]', '.user-details__name', '.profile__name'],
    fixtures: ALL,
  },
  userEmail: {
    selectors: ['[data-testid="user-details"] [data-user-email]', '[data-user-attribute="email"]', '.user-details__email', '.profile__email'],
    fixtures: ALL,
  },
  /** One conversation part (a message, a note, a bot answer, an event). */
  part: {
    selectors: ['[data-part-group-id] [data-part-id]', '[data-part-id]', '[data-intercom-part-id]', '.conversation__part'],
    fixtures: [...ALL, 'intercom/missing-fields.html'],
  },
  /** The group a part belongs to; carries the category (author kind) and the author. */
  group: {
    selectors: ['[data-part-group-id]', '.conversation__part-group'],
    fixtures: NEW,
  },
  author: {
    selectors: ['[data-part-author-name]', '.inbox2__part-author', '.conversation__part__author', '.o__author'],
    fixtures: ALL,
  },
  body: {
    selectors: ['.interblocks-html', '.inbox2__break-words', '.inbox-2__break-words', '.conversation__text', '.o__body'],
    fixtures: ALL,
  },
  time: {
    selectors: ['time[datetime]', '[data-part-created-at]', '.conversation__part__timestamp[title]'],
    fixtures: ALL,
  },
  /** Legacy BEM modifiers on .conversation__part: what kind of author wrote it. */
  legacyNote: { selectors: ['.conversation__part--note', '.o__note'], fixtures: OLD },
  legacyAdmin: { selectors: ['.o__admin', '.conversation__part--admin'], fixtures: OLD },
  legacyBot: { selectors: ['.o__bot', '.conversation__part--bot'], fixtures: OLD },
  legacyEvent: { selectors: ['.o__event', '.conversation__part--event'], fixtures: OLD },
  chrome: {
    selectors: ['button', '[data-part-seen-indicator]', '.inbox2__part-metadata', '.conversation__part__metadata'],
    fixtures: [],
  },
  editor: {
    selectors: [
      '[data-conversation-reply-composer] .ProseMirror[contenteditable="true"]',
      '.ProseMirror.embercom-prosemirror-composer-editor',
      '.embercom-prosemirror-composer-editor',
      '.ProseMirror[contenteditable="true"]',
      '.conversation__composer textarea',
    ],
    fixtures: ALL,
  },
} satisfies SelectorMap;

/** data-part-group-category, as names (current) or Intercom's numeric codes (older builds). */
export const CATEGORY_ROLES: Record<string, { role: 'customer' | 'agent' | 'bot' | 'system'; internal?: boolean }> = {
  user: { role: 'customer' },
  lead: { role: 'customer' },
  contact: { role: 'customer' },
  '1': { role: 'customer' },
  teammate: { role: 'agent' },
  admin: { role: 'agent' },
  '3': { role: 'agent' },
  note: { role: 'agent', internal: true },
  '4': { role: 'agent', internal: true },
  bot: { role: 'bot' },
  fin: { role: 'bot' },
  '5': { role: 'bot' },
  event: { role: 'system' },
  system: { role: 'system' },
  '20': { role: 'system' },
};
