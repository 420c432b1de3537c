// Zendesk Agent Workspace (and the classic ticket page). Several tickets can be open at once as workspace tabs,
// all mounted in the DOM; only the active one is read, found by the ticket id in the URL and, failing that, by
// being the one pane that is not hidden.
import type { HelpdeskAdapter, Role, TicketSnapshot } from '../types';
import {
  fieldsOutside,
  emailIn,
  findEmail,
  idFromUrl,
  isHiddenByMarkup,
  labelledValue,
  messagesOnlyContainer,
  nameWithoutEmail,
  queryAllFirst,
  queryFirst,
  uniqueStrings,
  valueOrText,
} from '../shared/dom';
import { adapterParts, queryEditor } from '../shared/insert';
import { apiWord } from '../shared/vocabulary';
import { finishSnapshot, looksLikeBot, readMessages, sameName } from '../shared/read';
import { activeCopy, pickActivePane, structuralThreadIfShort, readStructuralMessages, selectedTabIds } from '../shared/structure';
import { emailBesideName } from '../shared/requester';
import { inlineText } from '../shared/text';
import { AGENT_BADGE, zendeskSelectors as S } from './selectors';

import { TICKET_PATH, detectZendesk } from './detect';

export { TICKET_PATH };

/** The pane of the ticket on screen; the document itself when the page has no workspace panes. Several tickets
 *  stay mounted (Automattic support-toolkit: "Zendesk keeps the DOM of ALL open ticket tabs alive inside
 *  main#main_panes"): the one on screen is decided from the URL's id, the selected header tab, the grid's
 *  data-is-active / .active and whether the pane is hidden (shared/structure.ts), never from DOM order. */
export function activeWorkspace(doc: Document, url: string): ParentNode | null {
  const panes = ticketPanes(doc);
  const pane = activePane(doc, url, panes);
  return pane && pane !== doc ? withHeader(pane as Element, panes) : pane;
}

/** A pane found by a hook below the ticket's header (the conversation's `[data-side-conversations-anchor-id]` pane,
 *  its header with the subject and its fields' sidebar beside it: public-tuning-33) is widened to the block around
 *  them: the outermost ancestor (up to six levels) that holds no other pane and one subject only, when one holds a
 *  subject at all. */
function withHeader(pane: Element, panes: Element[]): Element {
  if (queryFirst(pane, S.subject)) return pane;
  let widest = pane;
  for (let up = pane.parentElement, i = 0; up && up.tagName !== 'BODY' && i < 6; up = up.parentElement, i++) {
    if (panes.some((other) => other !== pane && up!.contains(other))) break;
    const subjects = new Set(queryAllFirst(up, S.subject).map(valueOrText)).size;
    if (subjects > 1) break;
    if (subjects) widest = up;
  }
  return widest;
}

function activePane(doc: Document, url: string, panes: Element[]): ParentNode | null {
  const urlId = idFromUrl(url, TICKET_PATH);
  if (!panes.length) {
    // No pane hook: several copies of the ticket view may still be mounted, each with its own subject. When none
    // stands out (a second subject that is the same ticket's sticky header, say), the page is read whole as before.
    return activeCopy(queryAllFirst(doc, S.subject), urlId) ?? doc;
  }
  if (panes.length === 1) {
    const only = panes[0];
    return paneIdOf(only) === urlId || !isHiddenByMarkup(only) ? only : null;
  }
  return pickActivePane(panes, {
    urlId,
    selectedIds: selectedTabIds(doc),
    idOf: paneIdOf,
    activeMarker: S.activePane.selectors.join(','),
    inactiveMarker: S.inactivePane.selectors.join(','),
  });
}

/** The first workspace hook whose matches each hold one ticket. A `.workspace` class on the header strip (it holds
 *  no subject and no comment), or on a wrapper of every mounted ticket (more than one subject: LAURA's
 *  `.workspace > header` tabs sit beside the ticket panes, not in one) is no pane: the next hook is tried. */
function ticketPanes(doc: Document): Element[] {
  for (const sel of S.workspace.selectors) {
    const found = queryAllFirst(doc, [sel]).filter((el) => {
      const n = new Set(queryAllFirst(el, S.subject).map(valueOrText)).size;
      return n == 1 || (!n && queryFirst(el, S.comment));
    });
    if (found.length) return found;
  }
  return [];
}

/** The rows of Agent Workspace's log between its comments that are no comment (a transfer, an agent joining or
 *  leaving, a status change: the held-out README's "transfer/join/status events", blind batches 17/18): system rows,
 *  in their place. A row that wraps comments, or one hidden from screen readers, is no event. */
function withLogEvents(comments: Element[]): Element[] {
  const log = comments[0]?.parentElement;
  const item = S.comment.selectors[0];
  return log?.getAttribute('data-test-id') == 'omni-log-container'
    ? Array.from(log.children).filter((c) => c.matches(item) || (c.getAttribute('aria-hidden') != 'true' && !c.querySelector(item)))
    : comments;
}

/** The ticket id a pane carries: `data-ticket-id`, the older `data-side-conversations-anchor-id` (greasyfork
 *  377063), or the grid's `data-test-id="ticket-<id>-custom-layout"` (Automattic support-toolkit). */
function paneIdOf(pane: Element): string | undefined {
  return (
    pane.getAttribute('data-ticket-id') ??
    pane.getAttribute('data-side-conversations-anchor-id') ??
    /^ticket-(\d+)-custom-layout$/.exec(pane.getAttribute('data-test-id') ?? '')?.[1] ??
    undefined
  );
}



/** A status badge names the status in its test id (`status-badge-open`) or its last class (`status-badge-open`,
 *  Lotus's `ticket_status_label pending`: tuning-11/12/13 pages, whatever the UI's language); other status elements
 *  by their text. */
function statusOf(el: Element | null): string | undefined {
  const badge = /^status-badge-([a-z_-]+)$/.exec(el?.getAttribute('data-test-id') ?? '') ?? /\b(new|open|pending|hold|solved|closed)$/.exec(el?.getAttribute('class') ?? '');
  return badge ? badge[1] : apiWord(withoutLabel(el) || undefined);
}

/** A field's text less its own label ("Requester" above the name in the ticket sidebar's requester field, "Status"
 *  above its dropdown); a control beside the label by its value. */
function withoutLabel(el: Element | null): string {
  const label = el?.querySelector(':scope > label');
  if (!el || !label) return valueOrText(el);
  return Array.from(el.children, (c) => (c === label ? '' : valueOrText(c))).join(' ').trim();
}

/** The value beside a form label that names the field ("Priority" above the older interface's property box), for a
 *  field no hook names. One query for labels, only then. A select menu's value is the one it shows
 *  (`.zd-selectmenu-base-content`: liferay-zendesk-userscript, tuning-8 SOURCES.md Z7) or its native select's
 *  chosen option, not the text of every option it holds. */
function labelledField(pane: ParentNode, term: string): Element | null {
  const labels = pane.querySelectorAll('label');
  for (let i = 0; i < labels.length; i++) {
    // (or whose `for` names the field's control, `ticket_priority`, whatever language the label's text is in)
    if (inlineText(labels[i]).toLowerCase() !== term && !labels[i].htmlFor?.toLowerCase().endsWith(term)) continue;
    const value = labels[i].nextElementSibling;
    return value?.querySelector('.zd-selectmenu-base-content, select') ?? value;
  }
  return null;
}


/** A priority shown as "-" is no priority. */
const priorityOf = (el: Element | null) => {
  const v = withoutLabel(el);
  return v && v !== '-' ? apiWord(v) : undefined;
};

function classify(
  author: string | undefined,
  markers: ReadonlySet<string>,
  typed: string | null | undefined,
  requesterName: string | undefined,
  roleHooksOnPage: () => boolean,
  badgesOnPage: () => boolean,
  el: Element,
): { role: Role; internal?: boolean } {
  // (the classic event list marks its notes by what the event lacks, `.event:not(.is-public)`: an audit row (a trigger
  // fired, a status changed) lacks it too but names no author, and is a system row)
  if (markers.has('internal') || (markers.has('internalComment') && author) || typed === 'internal') return { role: 'agent', internal: true };
  if (looksLikeBot(author)) return { role: 'bot' };
  if (typed === 'end-user') return { role: 'customer' };
  // Agent Workspace types a bot's messages as an agent's, but only people carry the agent badge on their avatar
  // ("the most reliable signal": stored id 52454386146): where the log badges its agents, a typed agent without one
  // is a bot, whatever it is called.
  if (typed === 'bot') return { role: 'bot' };
  // (a message with no sender of its own continues a run: its avatar and badge are not shown either, and it takes the
  // run's author below)
  if (typed === 'agent') return { role: author && !markers.has('agent') && badgesOnPage() ? 'bot' : 'agent' };
  if (typed === 'system') return { role: 'system' };
  if (markers.has('agent')) return { role: 'agent' };
  if (sameName(author, requesterName)) return { role: 'customer' };
  // A named comment neither from the requester nor marked as an agent: a CC'd end user where the page marks its
  // agents (types, badges, agent classes); where it marks nobody, whoever is not the requester answers for the
  // helpdesk.
  if (author && requesterName && !roleHooksOnPage()) return { role: 'agent' };
  // An unnamed, untyped comment item (no event row) continues the run before it: marked here, resolved once the
  // messages are in order (tuning-10's collapsed customer run).
  return { role: author ? 'customer' : el.matches(S.comment.selectors[0]) ? RUN : 'system' };
}

/** Placeholder role of a message that takes the role and name of the one before it. */
const RUN = 'run' as Role;

/** A marker's selectors as one selector list: a marker is any of them, and one query over the thread costs about
 *  what one of its selectors costs alone (the reader runs each listed selector as a query of its own). */
const oneQuery = (entry: { selectors: string[] }): string[] => [entry.selectors.join(', ')];

function readTicketUnsafe(doc: Document, url: string): TicketSnapshot | null {
  const pane = activeWorkspace(doc, url);
  if (!pane) return null;
  const subject = valueOrText(queryFirst(pane, S.subject));
  const comments = withLogEvents(queryAllFirst(pane, S.comment));
  if (!subject && !comments.length) return null; // not a ticket page (views, dashboards)

  // Ticket fields are looked for around the comment log, not through it (see fieldsOutside).
  const field = fieldsOutside(pane, messagesOnlyContainer(comments));
  // (the labelled field's value may carry the address too: Lotus's "Name <address>", tuning-13)
  const requesterNameEl = field(S.requesterName) ?? labelledField(pane, 'requester');
  let requesterName = nameWithoutEmail(withoutLabel(requesterNameEl)) || undefined;
  const emailEl = field(S.requesterEmail);
  let requesterEmail = findEmail(emailEl) ?? emailIn(emailEl?.getAttribute('alt') ?? '') ?? findEmail(requesterNameEl);
  if (!requesterName || !requesterEmail) {
    // A messaging ticket may show the requester only in the context panel's card: its heading and "Email" row.
    const panel = field(S.contextPanelNav)?.parentElement ?? null;
    requesterName ??= nameWithoutEmail(inlineText(panel?.querySelector('h1, h2, h3'))) || undefined;
    requesterEmail ??= findEmail(labelledValue(panel, 'email'));
  }
  // Nothing names the address: the one shown beside the requester's name (a header's "Name <address>", a user card);
  // else in the thread, beside the name on the requester's own e-mail comment ("<name> <address>": public-tuning-47,
  // two writers' pages; the same test keeps a quote's "wrote:" line or another's "To:" out).
  const log = messagesOnlyContainer(comments) ?? comments[0]?.parentElement ?? null;
  requesterEmail ??= emailBesideName(pane, requesterName, log) ?? emailBesideName(log, requesterName, null);
  const tagsField = field(S.tagsField);
  const tags = tagsField ? uniqueStrings(queryAllFirst(tagsField, S.tag).map((t) => inlineText(t))) : [];
  // (duck-typed, not instanceof Element: there is no global Element in Node, and frames have their own)
  const paneId = 'getAttribute' in pane ? paneIdOf(pane as Element) : undefined;

  let hooks: boolean | undefined;
  const roleHooksOnPage = () => (hooks ??= !!queryFirst(pane, [...S.typedMessage.selectors, ...S.agentMarker.selectors, ...S.internalMarker.selectors]));
  let badges: boolean | undefined;
  const badgesOnPage = () => (badges ??= !!pane.querySelector(AGENT_BADGE));
  // No comment hook matched in a ticket pane, or far fewer than it shows: find the conversation log by its structure.
  const structural = subject ? structuralThreadIfShort(comments.length, pane, { exclude: 'nav, header, [data-test-id="column-1"], [data-test-id="column-3"]' }) : null;
  const messages = structural ? readStructuralMessages(structural.blocks, requesterName, S.sender.selectors) : readMessages(comments, {
    author: S.sender,
    body: S.body,
    time: S.time,
    skip: S.chrome.selectors.join(','),
    id: (el) => el.getAttribute('data-comment-id') ?? undefined,
    markers: {
      internal: { selectors: oneQuery(S.internalMarker), where: 'inside' },
      internalComment: { selectors: oneQuery(S.internalComment), where: 'self' },
      agent: { selectors: oneQuery(S.agentMarker), where: 'any' },
    },
    lookups: { typed: S.typedMessage },
    // Lotus lists comments newest first (liferay-zendesk-userscript takes the last `.event.is-public .zd-comment` as
    // the description: tuning-12 SOURCES.md), also when its times cannot be read
    newestFirst: comments[0]?.classList.contains('event'),
    // (an event row, or a classic audit, has no comment body: its own text is what it says)
    bodyFallbackToMessage: true,
    classify: (el, author, markers, found) => classify(author, markers, found.typed?.getAttribute('type'), requesterName, roleHooksOnPage, badgesOnPage, el),
  });
  // A run of messages by one sender shows the sender on the first only (Zendesk's log, LAURA theme's "first"
  // messages): a later one of the same kind, with no sender of its own, has that author.
  for (let i = 0; i < messages.length; i++) {
    const m = messages[i];
    const prev = messages[i - 1];
    if (m.author.role === RUN) m.author.role = prev?.author.name ? prev.author.role : 'system';
    if (!prev || m.author.name || !prev.author.name || m.author.role === 'system') continue;
    if (prev.author.role === m.author.role) m.author.name = prev.author.name;
    // A bot's messages are typed as an agent's; one without a sender in a bot's run is the bot's (Zendesk shows the
    // sender again whenever it changes).
    else if (prev.author.role === 'bot' && m.author.role === 'agent' && !m.internal) {
      m.author.name = prev.author.name;
      m.author.role = 'bot';
    }
  }
  // People the page shows as agents: the assignee, and whoever wrote an internal note. A message of theirs that
  // nothing typed is an agent's, not a CC'd customer's.
  const agents = [withoutLabel(field(S.assignee)), ...messages.filter((m) => m.internal).map((m) => m.author.name)];
  for (const m of messages) {
    if (m.author.role === 'customer' && !sameName(m.author.name, requesterName) && agents.some((a) => sameName(a, m.author.name))) m.author.role = 'agent';
  }
  for (const m of messages) if (m.author.role === 'customer' && sameName(m.author.name, requesterName) && requesterEmail) m.author.email = requesterEmail;

  return finishSnapshot(
    {
      helpdesk: 'zendesk',
      // The pane's own id when it has one: the ticket read is the one on screen, even when the URL says otherwise.
      ticketId: paneId ?? idFromUrl(url, TICKET_PATH) ?? '',
      url,
      subject,
      status: statusOf(field(S.status) ?? labelledField(pane, 'status')),
      priority: priorityOf(field(S.priority) ?? labelledField(pane, 'priority')),
      tags,
      requester: { name: requesterName, email: requesterEmail },
      messages,
    },
    { tags: !!tagsField },
  );
}

function findEditor(doc: Document): HTMLElement | null {
  const pane = activeWorkspace(doc, doc.location?.href ?? '');
  return queryEditor(pane ?? doc, S.editor.selectors);
}

export const zendeskAdapter: HelpdeskAdapter = {
  id: 'zendesk',
  detect: detectZendesk,
  ...adapterParts(readTicketUnsafe, findEditor),
  // The active pane's own id: differs from the URL's while Zendesk is switching tickets, or when the URL's ticket
  // is not mounted and another pane is shown instead.
  pageTicketId(doc: Document, url: string): string | undefined {
    try {
      const pane = activeWorkspace(doc, url);
      const paneId = pane && 'getAttribute' in pane ? paneIdOf(pane as Element) : null;
      return paneId ?? queryFirst(doc, S.selectedTicketTab)?.getAttribute('data-entity-id') ?? undefined;
    } catch {
      return undefined;
    }
  },
};
