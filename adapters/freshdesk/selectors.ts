// Every Freshdesk selector in one place, newest markup first, with the fixtures each must match
// (tests/unit/adapters/selectors.test.ts). "mint" = the current agent UI at /a/tickets/<id> (Ember, BEM
// classes, data-test-* hooks); "legacy" = the old helpdesk UI at /helpdesk/tickets/<id> (Rails views).
import type { SelectorMap } from '../shared/dom';

const MINT = ['freshdesk/mint.html'];
const LEGACY = ['freshdesk/legacy.html'];
const ALL = [...MINT, ...LEGACY];

export const freshdeskSelectors = {
  subject: {
    selectors: ['.ticket-subject-heading', '[data-test-id="ticket-subject"]', '.ticket_details h2.subject', 'h2.subject'],
    fixtures: [...ALL, 'freshdesk/mint-newest-first.html'],
  },
  /** Mint: one row per property, label + value. */
  detailsItem: {
    selectors: ['.ticket-details__item', '[data-test-id="ticket-property"]'],
    fixtures: MINT,
  },
  detailsLabel: { selectors: ['.ticket-details__label', 'label'], fixtures: MINT },
  detailsValue: { selectors: ['.ticket-details__value', '.ember-power-select-selected-item', 'select', 'input'], fixtures: MINT },
  /** Legacy: the ticket properties list. */
  legacyProperty: { selectors: ['.ticket-properties .tkt-prop', '#TicketProperties li'], fixtures: LEGACY },
  legacyPropertyValue: { selectors: ['.prop-value', 'select', 'span'], fixtures: LEGACY },
  tagsField: {
    selectors: ['.ticket-tags', '[data-test-id="ticket-tags"]', '#ticket-tags', '.tag_list'],
    fixtures: ALL,
  },
  tag: { selectors: ['.tag-item', '.ember-power-select-multiple-option', 'a.tag', 'li'], fixtures: ALL },
  requesterName: {
    selectors: ['.requester-info .requester-name', '[data-test-id="requester-name"]', '#requester-info .user_name', '.requester .user_name'],
    fixtures: ALL,
  },
  requesterEmail: {
    selectors: ['.requester-info .requester-email', '[data-test-id="requester-email"]', '#requester-info .user_email', '#requester-info'],
    fixtures: ALL,
  },
  /** One message: the ticket description (first message) and every reply / note / forward. */
  message: {
    selectors: [
      '.ticket-conversation [data-test-conversation]',
      '.ticket-conversation .conversation-item',
      '.conversation_thread .conversation',
      '#all_notes .conversation',
    ],
    fixtures: [...ALL, 'freshdesk/mint-newest-first.html', 'freshdesk/mint-missing-fields.html'],
  },
  author: {
    selectors: ['.conversation-item__user-name', '[data-test-id="conversation-author"]', '.user_name', '.author-name'],
    fixtures: ALL,
  },
  body: {
    selectors: ['.conversation-item__body', '.fr-view', '.commentbox .details', '.conversation .details', '.commentbox'],
    fixtures: ALL,
  },
  time: {
    selectors: ['time[datetime]', '.conversation-item__time[title]', '[data-timeago]', '.timeago[title]'],
    fixtures: ALL,
  },
  /** Matched against the message element: a private note. */
  privateNote: {
    selectors: ['[data-test-conversation="private-note"]', '.conversation-item--private', '.private-note', '.commentbox-gray'],
    fixtures: ALL,
  },
  /** Matched against the message element: written by an agent. */
  agentMessage: {
    selectors: ['[data-test-conversation="agent-reply"]', '.conversation-item--agent', '.agent-reply', '.conversation.agent'],
    fixtures: ALL,
  },
  /** Matched against the message element: automated (scenario automations, auto-responses). */
  systemMessage: {
    selectors: ['[data-test-conversation="automation"]', '.conversation-item--system', '.conversation.automation'],
    fixtures: MINT,
  },
  chrome: {
    selectors: ['button', '.conversation-item__actions', '.show-quoted-text', '.fr-quick-insert', '.attachment-list'],
    fixtures: [],
  },
  editor: {
    selectors: [
      '.reply-editor .fr-element.fr-view[contenteditable="true"]',
      '.fr-element[contenteditable="true"]',
      '.redactor_editor[contenteditable="true"]',
      'textarea#cnotes-reply-body',
      'textarea[name="helpdesk_note[note_body_attributes][body_html]"]',
      '#ReplyForm textarea',
    ],
    fixtures: ALL,
  },
} satisfies SelectorMap;
