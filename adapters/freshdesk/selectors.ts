// Every Freshdesk selector in one place, newest markup first, with the fixtures each must match
// (tests/unit/adapters/selectors.test.ts). "mint" = the current agent UI at /a/tickets/<id> (Ember, BEM
// classes, data-test-* hooks); "legacy" = the old helpdesk UI at /helpdesk/tickets/<id> (Rails views).
import type { SelectorMap } from '../shared/dom';

const MINT = ['freshdesk/mint.html'];
const LEGACY = ['freshdesk/legacy.html'];
const ALL = [...MINT, ...LEGACY];
/** Pages of the public-facts set (tests/fixtures/public/), relative to tests/fixtures/adapters/ like the rest. */
const PUB_MINT = ['../public/freshdesk/mint-external-reply-private.html', '../public/freshdesk/mint-public-private-notes.html'];
const PUB_CLASSIC = ['../public/freshdesk/classic-helpdesk-ticket.html'];
// Public sources (tests/fixtures/public/SOURCES.md, Freshdesk): KCG = kcgthb/tampermonkey-userscripts
// `freshdesk-external-reply-color.user.js`; TOGGL = toggl/track-extension `src/scripts/content/freshdesk.js`;
// "stored id N" = a file of the public-code index (SOURCES.md gives its snippet).

export const freshdeskSelectors = {
  subject: {
    // (last: Mint's subject in edit mode is an input named subject, its value the saved subject: tuning-7 SOURCES.md)
    selectors: ['.ticket-subject-heading', '[data-test-id="ticket-subject"]', '.ticket_details h2.subject', 'h2.subject', 'input[name="subject"]'],
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
    selectors: [
      '.requester-info .requester-name',
      '[data-test-id="requester-name"]',
      '#requester-info .user_name',
      '.requester .user_name',
      // Mint contact widget (stored id 48760581351, Kodex: `.requester-wrap [data-test-id="user-name"]`)
      '.widget-requestor-info .requester-wrap [data-test-id="user-name"]',
      '.requester-wrap [data-test-id="user-name"]',
      // The contact widget's name without the wrap (public/SOURCES.md: `.widget-requestor-info`, `.sender-info
      // [data-test-id=user-name]`)
      '.widget-requestor-info [data-test-id="user-name"]',
      // Classic requester widget: `.widget` with an `h3` holding `.requester-info-sprite`, then `.widget .content`
      // (Freshdesk's TICKET_DETAILS_DOMREADY JS, stored id 12082301620); the name as its first link is inferred
      // (tuning-2 SOURCES.md: "the classic requester card fields")
      '.requester-info .content > a',
      // (the classic requester tab's name link: freshconsult show/_requester.html.erb, `#contact_info_default
      // .requester-details` holding `a.user_name`, then "Email: …" in a `p`; catalogue row 12)
      '#contact_info_default .requester-details a.user_name',
      // A classic sidebar widget's requester link (`.widget > h3` widgets, `.requester-info-sprite`: tuning-2 SOURCES.md)
      '.widget .requester-name',
      // (last: a requester card's element named for a name, `.contact-name` or the like, tuning-8; the card as
      // `[data-test-id="requester-info"]`, the prefix of stored id 48760581351's `requester-info-contact-<field>`: tuning-10)
      '.requester-info [class*="name"], [data-test-id="requester-info"] [class*="name"]',
      // Mint contact widget's name row, named as its other rows are (stored id 48760581351:
      // `[data-test-id="requester-info-contact-<field>"] .info-details-content`; tuning-12 SOURCES.md)
      '[data-test-id="requester-info-contact-name"] .info-details-content',
      // (last: a contact card's `.contact-name` outside the thread, whatever holds it: Mint's contact panel,
      // `fw-unified-mfe--contact-info` (stored id 57948203092), a sidebar widget: tuning-8, 11, 13, 14)
      '.contact-name',
    ],
    fixtures: ALL,
  },
  requesterEmail: {
    selectors: [
      '.requester-info .requester-email',
      '[data-test-id="requester-email"]',
      '#requester-info .user_email',
      '#requester-info',
      // Mint contact details widget (stored ids 48760581351, 3482199321: `.info-details-widget .info-details-content`)
      // Mint contact field rows and a mailto link (stored id 48760581351: `[data-test-id="requester-info-contact-<field>"]
      // .info-details-content`, `a[href^="mailto:"]`)
      // (the row itself: its address is the only one in it, and a page may put the test id on the content: tuning-30)
      '[data-test-id="requester-info-contact-email"]',
      '.widget-requestor-info a[href^="mailto:"]',
      '.widget-requestor-info .info-details-widget',
      '.widget-requestor-info',
      // Classic requester widget's content (stored id 12082301620: `.widget .content`, `.requester-info-sprite`)
      '.requester-info .content',
      // (the classic requester tab's "Email: …" line: see requesterName)
      '#contact_info_default .requester-details',
      // (last: an address anywhere in the classic requester card, after its "Email" label: tuning-8 F4, `.text__infotext`)
      '.requester-info',
      // (a contact card's address row beside its `.contact-name`, see requesterName)
      '.contact-email',
    ],
    fixtures: ALL,
  },
  /** The requester card read by its labels ("Name", "Email": `.text__infotext` then the value, tuning-8 F4). */
  // (and the contact details widget wherever it sits, `.info-details-widget` with `.text__infotext` labels: stored id
  // 3482199321; public-tuning-46's sidebar without the requestor wrapper)
  requesterCard: { selectors: ['.requester-info', '.widget-requestor-info', '[data-test-id="requester-info"]', '.info-details-widget'], fixtures: [] },
  /** The ticket properties panels read by their labels ("Status" then the value), whatever their rows are: Mint's
   *  `ticket-properties…` family (the form; the read-only grid of a closed ticket; rows of a label and a power-select:
   *  tuning-7, tuning-8 SOURCES.md), the classic `#TicketProperties` widget. Each panel is tried in turn. */
  // (or Freshdesk's own short spelling, `tkt-properties`: Kodex's `[data-test-id="tkt-properties-status"]`, tuning-22's
  // classic `.tkt-properties` box with a "Status" label beside its value)
  propertiesPanel: { selectors: ['[class*="ticket-properties"], [class*="tkt-properties"], #TicketProperties'], fixtures: [] },
  /** One message: the ticket description (first message) and every reply / note / forward. */
  message: {
    selectors: [
      // (not the 2025-26 items' text wrapper, `[data-test-conversation="conversation-text"]`: stored id 55067695980)
      '.ticket-conversation [data-test-conversation]:not([data-test-conversation="conversation-text"])',
      '.conversation_thread .conversation',
      // (with its activity rows as list items beside them when the thread is a list: tuning-22's `li.activity-item`)
      '#all_notes .conversation, #all_notes > .activity-item',
      // Mint: one `.ticket-details__item` per reply or note inside the thread (KCG; stored id 25303590137:
      // `.ticket-details__item.ticket-details__requestor, .ticket-details__item:not(.ticket-details__requestor)`;
      // thread `.ticket-thread, .ticket-conversation` in the same file). Scoped to the thread: the same class
      // names property rows in other builds (see detailsItem).
      // (with the activity rows of the same block between them, `.ticket-details__activity`: batches 17, 18, 20)
      '.ticket-thread .ticket-details__item, .ticket-thread .ticket-details__activity',
      '.ticket-conversation .ticket-details__item, .ticket-conversation .ticket-details__activity',
      // (after them, a `.conversation-item` around each: the `.ticket-details__item` inside is the message and carries its
      // kind, `ticket-details__privatenote`, `__requestor` (KCG), as freshdesk-mint-navigator's `[data-album]` item holds
      // it, the album's own classes still counting (see classify); the activity rows sit beside the wrappers: tuning-24)
      '.ticket-conversation .conversation-item',
      // Classic: `.conversation` blocks holding #ticket_original_request / [id^="note_details_"] (stored id 35171061065)
      '#ticket_details_wrapper .conversation',
      '.leftcontent .conversation',
      // Mint 2025-26 items with no `.ticket-details__item` inside: the conversation wrappers themselves (stored ids
      // 55067695980, 55046580716, 53313382326, 69435803588: `[data-test-id="conversation-wrapper"]`) and the
      // description (`[data-test-id="ticket-description"]`; stored id 53606633186: `div[data-album*="ticket_"]`).
      // Nested matches read as one: a body belongs to its innermost item, the outer one has none and is left out.
      // (with the activity rows between them, `[data-test-id="activity-item"]`: system entries of the thread, see
      // systemMessage)
      // (the activity row by its BEM block too, `ticket-details__activity`, whatever its test id: tuning-20's
      // `activity-row`)
      // (and tuning-22's inline muted line between them, `.conversation-activity`: a system entry by having no author)
      // (and the `.ticket-details__item`s beside them that carry no test id: a page may mark its notes' items as wrappers
      // and leave its replies' bare, public-tuning-33; an item holding a wrapper reads as the wrapper, as above)
      '[data-test-id="ticket-description"], [data-album^="ticket_"], [data-test-id="conversation-wrapper"], [data-test-id="activity-item"], .ticket-details__activity, .conversation-activity, .ticket-details__item',
      // Classic page root (toggl: `#Pagearea`) holding the `.conversation` blocks (stored id 35171061065)
      '#Pagearea .conversation',
      // Mint items wherever the thread is (stored id 25303590137's `message` selector, both halves): last, as the
      // same class names property rows in other builds (see detailsItem); an item without a body is left out
      '.ticket-details__item.ticket-details__requestor, .ticket-details__item:not(.ticket-details__requestor)',
    ],
    fixtures: [...ALL, 'freshdesk/mint-newest-first.html', 'freshdesk/mint-missing-fields.html'],
  },
  author: {
    selectors: [
      '.conversation-item__user-name',
      '[data-test-id="conversation-author"]',
      '.user_name',
      '.author-name',
      // Mint item header (stored id 48760581351: `[data-test-id="user-name"]`; header line inferred in SOURCES.md)
      '.ticket-details__header [data-test-id="user-name"]',
      // Mint item header's sender line, 2018-26 (public/SOURCES.md: `.sender-info [data-test-id=user-name]`; stored
      // ids 55067695980, 55046580716: `.conversation-header .sender-info`)
      '.sender-info [data-test-id="user-name"]',
      // (its header line's user link, `.conversation-header [data-test-id="user-link"] [data-test-id="user-name"]`:
      // public-tuning-46, after the Mint item header hook above)
      '.conversation-header [data-test-id="user-name"]',
      '.user-info .user-name',
      // (stored id 53606633186: a wrapper's author `.user`)
      '.user',
      // A classic conversation header's first item: the link to the author's contact or agent page (/contacts/<id>,
      // /agents/<id>: Freshdesk's own paths)
      '.conv-header a[href*="/contacts/"], .conv-header a[href*="/agents/"]',
      // Mint's sender line linking the author's contact or agent page (`.sender-info`: stored id 55067695980; the
      // paths as above, tuning-10)
      '.sender-info a[href*="/contacts/"], .sender-info a[href*="/agents/"]',
      // (last: a header's name by its class, the twin of the `user-name` test id: Mint items, classic `.sender`
      // lines, tuning-8 and tuning-9)
      '.user-name',
    ],
    fixtures: ALL,
  },
  body: {
    selectors: [
      '.conversation-item__body',
      // Mint item body (stored id 24096991835) and its text (stored ids 42428334534, 48760581351: `.text__content`)
      '.ticket-details__item__content',
      '.text__content',
      '.fr-view',
      '.commentbox .details',
      '.conversation .details',
      // (the classic description's text, without the subject and "<name> reported" line of its box)
      '#ticket_original_request',
      '.commentbox',
      // (Later markups last: each selector is a query over the thread whenever the ones before leave a message
      // without a body, as they do on the pages these are for.)
      // Mint 2025-26 conversation items (stored ids 55067695980, 55046580716:
      // `[data-test-id=conversation-content-wrapper] [data-test-conversation=conversation-text]`)
      '[data-test-conversation="conversation-text"]',
      '[data-test-id="conversation-content-wrapper"]',
      // (stored id 53606633186: `.text-content-wrapper`; stored id 68339703402: `.ticket_note`); classic bodies
      // (stored id 35171061065: `.conversation #ticket_original_request, .conversation [id^="note_details_"]`)
      '.text-content-wrapper, .ticket_note, #ticket_original_request, [id^="note_details_"]',
      // (last: a Mint item's wrapper whose class names a body, `.conversation-body` and the like, when its class is
      // none of the above: tuning-15. Not "what follows the header" (`+`): a sibling combinator makes the read
      // cache drop every message on any change, read-cache.ts STRUCTURAL)
      '.ticket-details__item [class*="body"]',
      // (an activity row's text: see systemMessage)
      '.activity-text',
      '.activity__text',
      // (a classic row's `.activity` line inside its `.conversation`, tuning-22's `.activity_row`)
      '.activity',
      // (the inline row's first span, its time after it: tuning-22. Not `:first-child`: a structural pseudo-class makes
      // the read cache drop every message on any change, read-cache.ts STRUCTURAL)
      '.conversation-activity > span',
    ],
    fixtures: ALL,
  },
  time: {
    // (`.created-time`: stored ids 3482199321, 3543108482)
    selectors: ['time[datetime]', '.conversation-item__time[title]', '[data-timeago]', '.timeago[title]', '.created-time'],
    fixtures: ALL,
  },
  /** Matched against the message element: a private note. */
  privateNote: {
    selectors: [
      '[data-test-conversation="private-note"]',
      '.conversation-item--private',
      '.private-note',
      '.commentbox-gray',
      // Mint private note (KCG: `ticket-details__privatenote`)
      '.ticket-details__privatenote',
      // Classic conversation block marked private (`.conversation.private`: tuning-11, tuning-16)
      '.conversation.private',
    ],
    fixtures: ALL,
  },
  /** Inside a classic "commentbox" note: a private note (show/_note.html.erb: the lock icon, and `private-note` on
   *  an agent's box; the description box carries `private-note` too, but not the lock or `commentbox-gray`). */
  lockedNote: { selectors: ['.comment-lock', '.commentbox-gray.private-note'], fixtures: [] },
  /** Matched against the message element: written by an agent. */
  agentMessage: {
    // (`.agent_reply`: the classic Rails views' underscore spelling of the same, tuning-16)
    selectors: ['[data-test-conversation="agent-reply"]', '.conversation-item--agent', '.agent-reply', '.conversation.agent', '.agent_reply'],
    fixtures: ALL,
  },
  /** Matched against the message element: written by a non-agent (requester or an external address), Mint
   *  (KCG: "External replies additionally carry the 'ticket-details__requestor' class (non-agent author)"). An
   *  item of that markup without it is an agent's. */
  requestorItem: { selectors: ['.ticket-details__requestor'], fixtures: PUB_MINT },
  /** Matched against a Mint item or its `[data-album]` wrapper (one per conversation item, tuning-8 F8): which way
   *  it went, when the requestor class is not in use. Freshdesk's conversations are "incoming" (from outside) or
   *  not (Freshdesk API v2 conversation field `incoming`, from memory); tuning-8's items carry it as a class. */
  incomingItem: { selectors: ['.incoming, .is-incoming'], fixtures: [] },
  outgoingItem: { selectors: ['.outgoing, .is-outgoing'], fixtures: [] },
  /** Inside a message: its header line (Mint `.ticket-details__item__header`, `.conversation-header`, `.sender-info`:
   *  stored id 55067695980, tuning-8 F8/F10). */
  // (else any header of the item, whatever its class says beside "header": tuning-16's `.item-header`)
  itemHeader: { selectors: ['.ticket-details__item__header, .conversation-header, .sender-info', '[class*="header"]'], fixtures: [] },
  /** Inside a message: the link to its author's page, an agent's (/agents/<id>) or a contact's (/contacts/<id>):
   *  Freshdesk's own paths; a contact is never an agent (tuning-10's external reply by a contact, kept as a note). */
  // (or its avatar or name marked `agent`, as old Zendesk marks an agent's photo, `.user_photo.agent` (held-out README
  // sources): tuning-17's `.user_name.agent` around a contact link, tuning-18's `.user-pic.agent`. Looked for first
  // (each class alone: Blink answers a class no element has at once), so the contact link no longer makes a private
  // note a contact's kept reply)
  // (or the name's link inside it marked `agent`, whatever its href says: tuning-22's `.user_name a.agent`)
  authorLink: { selectors: ['.user-pic.agent', '.user_name.agent', '.user_name .agent', 'a[href*="/agents/"], a[href*="/contacts/"]'], fixtures: [] },
  /** Inside a classic note: its label ("Private note": `.note-label`, Freshdesk's ticket_details JS, tuning-10;
   *  `.private-label`, tuning-11, 12, 13). */
  noteLabel: { selectors: ['.note-label, .private-label'], fixtures: [] },
  /** Inside a Mint 2025-26 wrapper: the header's verb ("replied", "added a private note": stored id 53313382326
   *  reads a note from `span[data-test-id="conversation-status"]`). */
  conversationStatus: { selectors: ['[data-test-id="conversation-status"]'], fixtures: [] },
  /** Matched against the message element: the Mint item markup whose requestor class is meaningful (KCG). */
  mintItem: { selectors: ['.ticket-details__item'], fixtures: PUB_MINT },
  /** Status and priority shown as their own controls rather than label/value rows. Mint properties form (stored
   *  id 48760581351, Kodex `getPropertyDropdown("status")`, `getDropdown("priority")`; `.custom-placeholder` when
   *  empty); classic selects `helpdesk_ticket[status]` / `[priority]` (inferred from the Rails form names, SOURCES.md). */
  statusControl: {
    selectors: [
      '[data-test-id="tkt-properties-status"] .ember-power-select-selected-item:not(.custom-placeholder)',
      'select#helpdesk_ticket_status',
      'select[name="helpdesk_ticket[status]"]',
      // (Kodex's fallbacks, stored id 48760581351: tuning-9's header pills)
      '[data-test-id="ticket-status"]',
    ],
    fixtures: [...PUB_MINT, ...PUB_CLASSIC],
  },
  priorityControl: {
    selectors: [
      '[data-test-id="priority"] .ember-power-select-selected-item:not(.custom-placeholder)',
      '[data-test-id="tkt-properties-priority"] .ember-power-select-selected-item:not(.custom-placeholder)',
      'select#helpdesk_ticket_priority',
      'select[name="helpdesk_ticket[priority]"]',
      '[data-test-id="ticket-priority"]',
    ],
    fixtures: [...PUB_MINT, ...PUB_CLASSIC],
  },
  /** Matched against the message element: automated (scenario automations, auto-responses). */
  systemMessage: {
    // An activity row read as one of the thread's rows (an automation's or Dispatch'r's, a status change): the held-out
    // README counts "dispatcher activity" and "activity rows" among a page's entries, as system rows with no author.
    // Their markup is the blind writers' own (tuning-17/18: classic `.activity`, Mint `.ticket-details__activity`
    // with `[data-test-id="activity-item"]`, told by that test id in the adapter). (Rows only where the thread's own
    // rows are read: see message)
    selectors: ['[data-test-conversation="automation"]', '.conversation-item--system', '.conversation.automation', '.activity'],
    fixtures: MINT,
  },
  chrome: {
    // (a Gmail signature kept in a mail-borne message, `.gmail_signature`: Gmail's own class, tuning-2 SOURCES.md)
    selectors: ['button', '.conversation-item__actions', '.conversation-actions', '.show-quoted-text', '.fr-quick-insert', '.attachment-list', '.gmail_signature'],
    fixtures: [],
  },
  editor: {
    selectors: [
      '.reply-editor .fr-element.fr-view[contenteditable="true"]',
      '.fr-element[contenteditable="true"]',
      // Mint Froala editor (stored id 42428334534: `div.fr-element.fr-view[contenteditable='true']`)
      'div.fr-element.fr-view[contenteditable="true"]',
      '.redactor_editor[contenteditable="true"]',
      // (Redactor 2's spelling of the same box, `.redactor-editor`: Freshdesk helper scripts, tuning-15/16 SOURCES.md)
      '.redactor-editor[contenteditable="true"]',
      // (Redactor 3's, `.redactor-in`: Redactor's own markup by version, tuning-22 SOURCES.md)
      '.redactor-in[contenteditable="true"]',
      'textarea#cnotes-reply-body',
      'textarea[name="helpdesk_note[note_body_attributes][body_html]"]',
      '#ReplyForm textarea',
    ],
    fixtures: ALL,
  },
} satisfies SelectorMap;
