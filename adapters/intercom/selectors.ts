// Every Intercom inbox selector in one place, newest markup first, with the fixtures each must match
// (tests/unit/adapters/selectors.test.ts). "inbox2" = current Inbox (data-part-group-* attributes, Tailwind
// classes); "inbox1" = the older Ember inbox (.conversation__part BEM classes).
import type { SelectorMap } from '../shared/dom';

const NEW = ['intercom/inbox.html'];
const OLD = ['intercom/inbox-legacy.html'];
const ALL = [...NEW, ...OLD];
// Public sources (tests/fixtures/public/SOURCES.md, Intercom): COPILOT = "Support Copilot for Intercom" content
// script and CHANGELOG (stored ids 70503028210, 70558390292); "stored id N" = a file of the public-code index.
/** Pages of the public-facts set (tests/fixtures/public/), relative to tests/fixtures/adapters/ like the rest. */
const PUB = ['../public/intercom/inbox-chat-all-categories.html', '../public/intercom/inbox-2-prefix-2026.html'];

export const intercomSelectors = {
  conversation: {
    selectors: [
      '[data-conversation-id]',
      '.conversation__main',
      '.inbox2__conversation',
      // The conversation page (stored ids 61772247758, 61459146618) and its stream (COPILOT `streamSelectors`,
      // stored id 45282487857 `[data-conversation-stream]`)
      '.inbox2__conversation-page',
      '.inbox-2__conversation-page',
      '[data-testid="conversation-stream-scroll-container"]',
      '[data-conversation-stream]',
      // The rest of COPILOT's `streamSelectors` (stored id 70503028210)
      '[data-intercom-target-conversation-stream]',
      '.inbox-2__conversation-stream',
      '.inbox2__conversation-stream',
      // The conversation pane, stream and composer ("Intercom Focus", stored ids 61772247758, 61459146618, "verified
      // from actual Intercom DOM (May 2026)"; stored id 26149089461 finds `[data-conversation-stream]` inside it)
      '[data-intercom-target="conversation-space"]',
    ],
    fixtures: [...ALL, 'intercom/missing-fields.html'],
  },
  title: {
    selectors: [
      // (a title under the contact's name in the header, `[data-conversation-title]`, comes before the header's
      // title hook: tuning-40)
      '[data-conversation-title]',
      // (its first line when it holds the title and a contact line under it: public-tuning-51)
      '[data-inbox-conversation-header-title] > :first-child',
      '[data-inbox-conversation-header-title]',
      '.inbox2__conversation-title',
      '.conversation__title',
      // The 2021 conversation card's title: a custom title's input wins over the text (toggl/track-extension
      // intercom.js "Intercom 2021": `[data-intercom-target="conversation-card-header"]`, `.conversation__card__title__text`
      // and its `input`; tuning-11 and tuning-14 SOURCES.md)
      '[data-intercom-target="conversation-card-header"] .conversation__card__title__text input',
      // (its first line when it holds a title and a subtitle: "Ticket #7702 · Lars Nilsson" under a ticket's title)
      '[data-intercom-target="conversation-card-header"] .conversation__card__title__text > :first-child',
      '[data-intercom-target="conversation-card-header"] .conversation__card__title__text',
      // The older Ember card's header title (toggl/track-extension intercom.js: `.inbox__card__header__title` inside
      // `.card.conversation__card`), Inbox 2's title line (clockify intercom, stored id 14728842013:
      // `.text-lg.u__one-truncated-line > div > span`) and the 2026 header's name (greasyfork 454464 "ich", stored id
      // 17051965945: `.inbox-2__conversation-header span`, the contact's name)
      // (its title text alone when the header title also holds the contact's link: public-tuning-48)
      '.inbox__card__header__title .conversation__card__title__text',
      // (the open card's title, `o__expanded`, beside the list's cards: public-tuning-44, -53)
      '.o__expanded .conversation__card__title__text',
      '.inbox__card__header__title',
      '.text-lg.u__one-truncated-line > div > span',
      '.inbox-2__conversation-header span',
    ],
    fixtures: ALL,
  },
  state: {
    selectors: [
      '[data-conversation-state]',
      '[data-testid="conversation-state"]',
      '.conversation__state',
      // Header state badge: inferred (SOURCES.md: "how the conversation state is shown in the header"), named with
      // the inbox2__ / inbox-2__ prefixes of the page (COPILOT CHANGELOG: the prefix rename)
      '.inbox2__conversation-state',
      '.inbox-2__conversation-state',
      '[title="Conversation state"]',
      // The older Ember inbox's conversation card header (tuning-4: its state label beside the contact's name)
      '.conversation__card__state',
      // A ticket's state attribute, and the header's state button carrying the state as `data-state` while its text
      // is the action ("Close"): no public source, tuning-38's writer's
      '[data-ticket-state]',
      '[class*="__conversation-controls"] [data-state]',
    ],
    fixtures: [...ALL, ...PUB],
  },
  /** The older inbox's conversation controls (TrueAI content scripts, stored ids 12999876269, 13552673279:
   *  `.conversation__card__content-expanded__controls`, `.js_conversation_control_form`): the state button among them. */
  controls: {
    selectors: ['.conversation__card__content-expanded__controls', '.js_conversation_control_form'],
    fixtures: [],
  },
  priority: {
    // (and the header's badge by `data-priority`: no public source, tuning-38's writer's)
    // (and a pressed "Marked as priority" toggle, the API's `priority`: tuning-40's and -41's writers)
    // (and the controls' `o__priority` modifier, on a pressed star or a badge: public-tuning-52's and -53's writers)
    selectors: ['[data-conversation-priority]', '[data-testid="conversation-priority"]', '.conversation__priority', '.inbox2__conversation-header [data-priority]', '[aria-pressed="true"][aria-label="Marked as priority"]', '[class*="conversation-controls"] .o__priority'],
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
    selectors: [
      '[data-testid="user-details"] [data-user-name]',
      '[data-user-attribute="name"]',
      '.user-details__name',
      '.profile__name',
      // Legacy inbox user header (tuning-2 SOURCES.md: agroptima/intercom-browser-extension `styles.css`,
      // `header.user-list__header span`)
      'header.user-list__header > span:first-child',
      // The older Ember inbox's user profile sidebar (clockify intercom.js, stored id 18016022496:
      // `.inbox__user-profile__user-details-title`); its name line's class is modelled (public-tuning-16, -24)
      '.inbox__user-profile .user-profile__name',
      // The 2019 Ember sidebar's attribute rows keyed by attribute path, whatever the UI language labels them
      // (extension selectors.js "as of June 5, 2019", stored id 43822007790: `[data-key="<attr>"] .t__solo-link`;
      // catalogue adapters/PUBLIC-HOOKS.md, Intercom row 17)
      '[data-key="name"] .t__solo-link',
      // The older Ember card header's link to the user (Intercom reporter extension, stored id 38685826447:
      // `.conversation__card__header a[href*="/a/apps"] span`, "the user name at the top")
      '.conversation__card__header a[href*="/a/apps"] span',
    ],
    fixtures: ALL,
  },
  /** The panel beside the conversation that shows the contact, read by its labels ("Name", "Email": labelledValue)
   *  when no named field matches. `.inbox2__conversation-details-sidebar` (stored ids 61772247758, 61459146618;
   *  the inbox-2__ prefix: stored id 70558390292 CHANGELOG); the legacy user header's panel (agroptima, above); the
   *  older Ember inbox's user profile sidebar (clockify intercom.js, stored id 18016022496: `.inbox__user-profile__*`;
   *  its "Email" row, public-tuning-24). */
  userPanel: {
    // (and the sidebar's sheet, `.inbox2__conversation-details-sidebar-sheet`: ShiftZen, stored id 36204049485)
    selectors: ['.inbox2__conversation-details-sidebar', '.inbox-2__conversation-details-sidebar', 'header.user-list__header', '.inbox__user-profile', '.inbox2__conversation-details-sidebar-sheet', '.inbox-2__conversation-details-sidebar-sheet'],
    fixtures: PUB,
  },
  /** The details sidebar's user data, as a term/definition list (`Name`, `Email`): read by term, see userData.
   *  `.inbox2__conversation-details-sidebar` (stored ids 61772247758, 61459146618); the list itself is inferred. */
  userData: {
    selectors: [
      '.inbox2__conversation-details-sidebar section[aria-label="User data"]', '.inbox-2__conversation-details-sidebar section[aria-label="User data"]', 'section[aria-label="User data"]', '.user-details',
      // The details sidebar's user section by its product-tour target, whatever the UI language labels it (greasyfork
      // 454464 "ich" userscript, stored id 17051965945: `.accordion-new__section[data-intercom-target$="user-details"] .flex-row`)
      '.accordion-new__section[data-intercom-target$="user-details"]',
    ],
    fixtures: PUB,
  },
  userEmail: {
    // (and the 2019 Ember sidebar's e-mail row by its key: stored id 43822007790, catalogue row 17)
    selectors: ['[data-testid="user-details"] [data-user-email]', '[data-user-attribute="email"]', '.user-details__email', '.profile__email', '[data-key="email"]'],
    fixtures: ALL,
  },
  /** One conversation part (a message, a note, a bot answer, an event). */
  part: {
    selectors: [
      // Parts named by either id: 2026 parts are `[data-part-entity-id]` wrappers (stored id 70503028210: the
      // message id is `closest('[data-part-entity-id]')`) while events keep `data-part-id`, in the same stream; an
      // event row may stand in a stream of groups, in none itself (tuning-25: "X assigned the conversation to Y"; a
      // stream of ungrouped part wrappers, public-tuning-24, is left to the entries below). (No `:has()` on the row
      // itself: it would be tried on each of 2,000 parts before the parent check, 4 ms a read.)
      '[data-part-group-id] [data-part-id]:not([data-part-entity-id] *), [data-part-group-id] [data-part-entity-id]:not([data-part-id] *), ' +
        '[data-conversation-stream]:has(> [data-part-group-id]) > [data-part-entity-id]:not([data-part-group-id]), ' +
        '[data-conversation-stream]:has(> [data-part-group-id]) > [data-part-id]:not([data-part-group-id]), ' +
        // (an event row drawn in the stream between the groups with neither id: tuning-41's `inbox2__event-part`)
        '[data-conversation-stream]:has(> [data-part-group-id]) > [class*="__event-part"]:not([data-part-group-id])',
      '[data-part-group-id] [data-part-id]',
      '[data-part-id]',
      '[data-intercom-part-id]',
      // An Inbox 2 part by its product-tour target (ShiftZen v9, stored id 36204049485; "Intercom AI Helper" v4.2,
      // stored id 18525760070: `div[data-intercom-target="conversation-stream-content-part"]`, one per message)
      '[data-intercom-target="conversation-stream-content-part"]',
      '.conversation__part',
      // 2026 Tailwind part class (COPILOT CHANGELOG: "moved message parts to a Tailwind-based group/content-part class")
      '[data-part-group-id] [class*="group/content-part"]',
      // The rest of COPILOT's `partSelectors` (stored id 70503028210): the Tailwind part class with no group around
      // it, and the part classes of both prefixes
      // (with the event rows among them that carry a message id but not that class: tuning-40's; the id, stored id
      // 70503028210: `closest('[data-part-entity-id]')`)
      // (and event rows with no id at all beside them, `inbox-2__event-part`: tuning-41)
      '[class*="group/content-part"], .inbox-2__conversation-event[data-part-entity-id], .inbox2__conversation-event[data-part-entity-id], [class*="__event-part"]:not([data-part-group-id])',
      '.inbox-2__conversation-part',
      '.inbox2__conversation-part',
    ],
    fixtures: [...ALL, 'intercom/missing-fields.html'],
  },
  /** The older Ember inbox's stream, when no part hook matches: each of its children is one part, a comment's
   *  `.conversation__bubble-container` or an event row ("Intercom Tag Enforcer" userscript, stored id 22916530167:
   *  the stream's first child, an `ember-view`, is the first part, a placeholder while older parts load; its
   *  comments are `.conversation__bubble-container`s, found so when no child carries the Ember class; tuning-18). */
  streamPart: { selectors: ['.conversation__stream > .ember-view', '.conversation__stream > .conversation__bubble-container'], fixtures: [] },
  /** The group a part belongs to; carries the category (author kind) and the author. */
  group: {
    selectors: ['[data-part-group-id]', '.conversation__part-group'],
    fixtures: NEW,
  },
  author: {
    selectors: [
      '[data-part-author-name]',
      // A teammate's name inside an Inbox 2 part (stored id 18525760070: its presence marks the part a teammate's),
      // before the author line around it, which may add a badge ("Bot", "Agent IA") or "· Note": tuning-39
      '[data-testid="admin-avatar-name"]',
      '.inbox2__part-author',
      '.conversation__part__author',
      // (the Ember bubble's meta line author, before any link in the bubble: a tag's link goes to a users' segment,
      // public-tuning-53)
      '.conversation__bubble__author',
      // The older Ember part's author line (a public multi-helpdesk chat scraper's Intercom author hook, stored id
      // 58506695049: `.conversation__author` beside `[data-conversation-part-id]`, `.intercom-comment-body`; the
      // author in the part's `.conversation__part__meta` line, public-tuning-24)
      '.conversation__author',
      '.o__author',
      // (a bot's name in that meta line, `.conversation__bot-name`: tuning-34)
      '.conversation__bot-name',
      // (a name element in the part's meta line under its bubble, `.conversation__part__admin-name`: public-tuning-49)
      '.conversation__part__meta [class*="name"]',
      // (or its author element in the part's metadata line, `.conversation__part__metadata__author`: public-tuning-56)
      '.conversation__part__metadata [class*="author"]',
      // The group's author line, once per part group (stored ids 45282487857, 70503028210: author per group; its
      // layout is inferred in SOURCES.md)
      '.inbox2__part-group-meta > span:first-child',
      '.inbox-2__part-group-meta > span:first-child',
      // The group's avatar, named by its aria-label (stored id 45282487857: `.inbox2__avatar`; the legacy avatar
      // `span.avatar__media[role=img][aria-label=<name>]`: ellysus/intercom-inbox-of-love `extension/app.js`)
      '.inbox2__avatar[aria-label]',
      '.inbox-2__avatar[aria-label]',
      '.avatar__media[role="img"][aria-label]',
      // The older inbox's link to the author's profile, a user's or a teammate's (channel notifier userscript, stored
      // id 42469591672: `.o__for-admin a[href*=admins/]`; tuning-10 SOURCES.md)
      'a[href*="/a/apps/"][href*="/users/"]:not(.avatar, .tag)',
      // The older Ember bubble's meta line (Tag Enforcer, stored id 22916530167: `.conversation__bubble__meta`): its
      // first item is the author (tuning-18)
      '.conversation__bubble__meta > :first-child',
      'a[href*="/a/apps/"][href*="/admins/"]:not(.avatar)',
    ],
    fixtures: ALL,
  },
  body: {
    selectors: [
      '.interblocks-html',
      // The prefixed spelling: the blocks of a part, or its HTML block (ShiftZen, stored id 36204049485:
      // `.intercom-interblocks`; stored ids 18525760070, 42430175079: `.intercom-interblocks-html`)
      '.intercom-interblocks',
      '.intercom-interblocks-html',
      // E-mail parts (COPILOT `bodySelectors`, `isEmail`: `.inbox2__user-email-content`)
      '.inbox2__user-email-content',
      '.inbox-2__user-email-content',
      '.inbox2__break-words',
      '.inbox-2__break-words',
      '.conversation__text',
      // The older Ember part's comment text (the multi-helpdesk chat scraper's Intercom message hook, stored id
      // 58506695049: `.intercom-comment-body`): its text without the part's avatar initials and note label
      '.intercom-comment-body',
      // The older Ember inbox's message block, for a part with no text block (attachments only: TrueAI content
      // scripts, stored ids 12999876269, 13344579841)
      '.conversation__bubble',
      '.o__body',
      // System events' text (category 20 parts: text inferred in SOURCES.md)
      '.inbox2__event-text',
      '.inbox-2__event-text',
      // A message's content (ShiftZen's fallback body, stored id 36204049485: `.inbox2__message-content`)
      '.inbox2__message-content',
      // Any rendered part (COPILOT `bodySelectors`: `.inbox2__renderable-part`)
      '.inbox2__renderable-part',
      '.inbox-2__renderable-part',
    ],
    fixtures: ALL,
  },
  time: {
    selectors: ['time[datetime]', '[data-part-created-at]', '.conversation__part__timestamp[title]'],
    fixtures: ALL,
  },
  /** Legacy BEM modifiers on .conversation__part: what kind of author wrote it. */
  // (a part's own class naming it a note in any spelling: `conversation__part--note`, `is-note`, tuning-16)
  legacyNote: { selectors: ['[class*="-note"]', '.o__note'], fixtures: OLD },
  /** Inside a part: its bubble is a teammate's note (Intercom's own acceptance test, stored id
   *  14142574598: `.conversation__bubble.o__admin-note`), or carries the Ember note modifier `o__note` (the note
   *  composer's `.conversation__text.o__note` in the Tag Enforcer userscript, stored id 22916530167; on its text
   *  block in tuning-18, on its bubble and bubble container in tuning-19); in Inbox 2 the note part's own class
   *  (ShiftZen userscript: `.inbox2__note-part`; the `inbox-2__` prefix: COPILOT CHANGELOG; tuning-19). */
  // (`.o__admin-note` alone: a marker's selectors are unioned, and it covers the bubble's)
  legacyNoteBubble: { selectors: ['.o__admin-note', '.o__note', '.inbox2__note-part', '.inbox-2__note-part'], fixtures: [] },
  legacyAdmin: { selectors: ['.o__admin', '.conversation__part--admin'], fixtures: OLD },
  // (and Inbox 2's bot part, named as its note and e-mail parts are: public-tuning-36)
  legacyBot: { selectors: ['.o__bot', '.conversation__part--bot', '.inbox2__bot-part', '.inbox-2__bot-part'], fixtures: OLD },
  /** (also a part holding an action line, "<name> assigned this conversation to <team>": `.conversation__action div`,
   *  tuning-11 SOURCES.md) */
  // (and Inbox 2's event part, named as its note and e-mail parts are, `inbox2__<kind>-part`: public-tuning-33)
  legacyEvent: { selectors: ['.o__event', '.conversation__part--event', '.conversation__action', '.inbox2__event-part', '.inbox-2__event-part'], fixtures: OLD },
  /** Inside a legacy part: the bubble container's sender modifier, a customer's or a teammate's comment (TrueAI
   *  content scripts, stored ids 12999876269, 13344579841; "Intercom Tags" userscript, stored id 28185423099:
   *  `.conversation__bubble-container.o__user-comment`). */
  // (and Inbox 2's e-mail parts: ShiftZen, stored id 36204049485, reads a part holding `.inbox2__admin-email-part` as
  // the agent's, one holding `.inbox2__user-email-part` as the customer's; the `inbox-2__` spelling of the latter:
  // COPILOT, stored id 70503028210, of the former inferred from the same rename)
  // (and its chat part, `inbox2__user-part`, as its bot part: public-tuning-36)
  legacyUserComment: { selectors: ['.o__user-comment', '.inbox2__user-email-part', '.inbox-2__user-email-part', '.inbox2__user-part', '.inbox-2__user-part'], fixtures: [] },
  legacyAdminComment: { selectors: ['.o__admin-comment', '.inbox2__admin-email-part', '.inbox-2__admin-email-part'], fixtures: [] },
  chrome: {
    // (a Gmail signature kept in a mail-borne message, `.gmail_signature`: Gmail's own class, tuning-2 SOURCES.md)
    selectors: ['button', '.channels__inbox__email-metadata-container', '[data-part-seen-indicator]', '.inbox2__part-metadata', '.conversation__part__metadata', '.gmail_signature'],
    fixtures: [],
  },
  editor: {
    selectors: [
      '[data-conversation-reply-composer] .ProseMirror[contenteditable="true"]',
      '.ProseMirror.embercom-prosemirror-composer-editor',
      '.embercom-prosemirror-composer-editor',
      '.ProseMirror[contenteditable="true"]',
      '.conversation__composer textarea',
      // The older Ember inbox's composer, reply and note alike (stored ids 12999876269, 13340532257)
      '.composer-inbox[contenteditable="true"]',
      // (or the editable inside it, where the composer wraps its editor: tuning-25's Ember pages)
      '.composer-inbox [contenteditable="true"]',
      // The editable inside the older inbox's reply inserter, whatever its class (saadq/intercom-code
      // `src/content/index.js`: `.inbox__conversation-controls__inserter`; public-tuning-23 SOURCES.md)
      '.inbox__conversation-controls__inserter [contenteditable="true"]',
    ],
    fixtures: ALL,
  },
} satisfies SelectorMap;

/** data-part-group-category, as names (current) or Intercom's numeric codes (older builds). */
/** An e-mail part's metadata block ("From:", "To:", "Subject:" lines: COPILOT `isEmail`). */
export const EMAIL_METADATA = ['.channels__inbox__email-metadata-container'];

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
