// Freshdesk: the current agent UI ("Mint", /a/tickets/<id>) and the legacy helpdesk UI
// (/helpdesk/tickets/<id>). Properties are label/value rows, read by label so their order does not matter.
import type { HelpdeskAdapter, Role, TicketSnapshot } from '../types';
import type { SelectorEntry } from '../shared/dom';
import {
  fieldsOutside,
  findEmail,
  emailIn,
  idFromUrl,
  isHiddenByMarkup,
  labelledValue,
  matchesAny,
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
import { activeCopy, isOutOfSight, readStructuralMessages, structuralThreadIfShort } from '../shared/structure';
import { htmlToTextPreservingLines, inlineText } from '../shared/text';
import { freshdeskSelectors as S } from './selectors';

import { TICKET_PATH, detectFreshdesk } from './detect';

export { TICKET_PATH };

/** Ticket properties by lower-cased label: { status: 'Open', priority: 'High', type: 'Problem', ... }. */
function readProperties(doc: Document, messages: ReadonlySet<Element>): Map<string, string> {
  const props = new Map<string, string>();
  for (const item of queryAllFirst(doc, S.detailsItem)) {
    if (messages.has(item)) continue; // (Mint names its thread items with the same class)
    const key = (item.getAttribute('data-field') ?? inlineText(queryFirst(item, S.detailsLabel))).toLowerCase();
    const value = valueOrText(queryFirst(item, S.detailsValue));
    if (key && value) props.set(key, value);
  }
  for (const item of queryAllFirst(doc, S.legacyProperty)) {
    const cls = Array.from(item.classList).find((c) => c !== 'tkt-prop');
    const key = (cls ?? inlineText(item.querySelector('label'))).toLowerCase();
    const value = valueOrText(queryFirst(item, S.legacyPropertyValue));
    if (key && value && !props.has(key)) props.set(key, value);
  }
  return props;
}

/** A Mint 2025-26 wrapper's header verb says "added a private note" (stored id 53313382326 reads notes from
 *  `span[data-test-id="conversation-status"]`); looked at for wrappers only, which no other markup has. */
function privateByVerb(el: Element): boolean {
  if (el.getAttribute('data-test-id') !== 'conversation-wrapper') return false;
  return /\bprivate note\b/i.test(inlineText(queryFirst(el, S.conversationStatus)));
}

/** The header line's action after the author's name ("Ana Silva reported via email", "… replied", "… added a private
 *  note": the words Freshdesk shows, tuning-8 F9 "reported via email"; a note's "Private note" label, tuning-13), for a
 *  header read whole as the author. */
const ACTION = /\s(?:reported via|replied|added an? (?:private |public )?note|private note|forwarded)\b/i;
function withoutAction(name: string | undefined): string | undefined {
  const at = name ? name.search(ACTION) : -1;
  return at > 0 ? name!.slice(0, at) : name;
}

/** Freshdesk's own AI agent signs as "Freddy" / "Freddy AI" (its product name: the held-out README's "Freddy AI agent
 *  reply"; tuning-20's "Freddy AI Agent", tuning-22's "Freddy AI"): a bot, as the names helpdesks give bots are. */
const isBot = (name: string | undefined) => looksLikeBot(name) || /^freddy(?: ai\b|$)/i.test(name ?? '');

function classify(
  el: Element,
  header: string | undefined,
  markers: ReadonlySet<string>,
  found: Readonly<Record<string, Element | undefined>>,
  requesterName: string | undefined,
  requestorInUse: () => boolean,
  agentsMarked: () => boolean,
  first?: Element,
): { role: Role; internal?: boolean } {
  const author = withoutAction(header);
  const link = found.link?.getAttribute('href') ?? '';
  // (a link marked `agent` is an agent's, even to a /contacts/ page: tuning-22)
  const agentLink = link.includes('/agents/') || !!found.link?.classList.contains('agent');
  const contact = link.includes('/contacts/') && !agentLink;
  // (an activity row: see S.systemMessage; a Mint item of the activity kind too, `.ticket-details__item
  // .ticket-details__activity`, public-tuning-33; read off the item, no query)
  if (markers.has('system') || el.getAttribute('data-test-id') === 'activity-item' || el.classList.contains('ticket-details__activity')) return { role: 'system' };
  if (markers.has('mint')) {
    // (a Mint item's `[data-album]` wrapper is part of it: its classes are the item's, tuning-8 F8)
    const album = el.closest('[data-album]') ?? el;
    const is = (entry: SelectorEntry) => matchesAny(el, entry) || matchesAny(album, entry);
    // (or its header line says so, as a classic one's does: "added a private note", a "Private note" label, "replied
    // (saved as a private note)": tuning-11, 12, 15, whatever the item's classes are called)
    const head = inlineText(queryFirst(el, S.itemHeader));
    const internal = markers.has('private') || is(S.privateNote) || /\bprivate note\b/i.test(head) || undefined;
    // The requestor class marks a non-agent author, also on a private note (an external address's reply stored as a
    // note: the customer's side, not an agent's note); an item without it is an agent's.
    // (but a private item whose header says "replied" came in from outside, whatever its classes say: see below)
    const keptReply = !!internal && /\breplied\b/i.test(head);
    // (but where the page marks its agents' items, `[data-test-is-agent="true"]` in the header (the public Freshdesk
    // extractor, stored id 69435803588), an unmarked one is the customer side's, requestor class or not: a page may put
    // that class on the description alone, public-tuning-33)
    const unmarked = () => agentsMarked() && !el.querySelector(AGENT_MARK);
    // (or the item is the requester's by name, where nothing marks it: a reply with a bare `.user` header on a page that
    // marks only the description, public-tuning-46)
    const requesters = () => !!requesterName && sameName(author, requesterName);
    if (requestorInUse() || isBot(author)) return { role: markers.has('requestor') || keptReply || (!isBot(author) && (unmarked() || requesters())) ? 'customer' : isBot(author) ? 'bot' : 'agent', internal };
    // A page that uses no requestor class (not even on the description, always the requester's) says nothing by its
    // absence: the item's direction, else the requester's own items are the customer's and the rest agents'.
    // (a private item whose header says "replied" is a reply that came in and was kept as a note: Freshdesk's way
    // with a third party's answer, public SOURCES.md KCG "external replies"; an agent's note says "added a … note")
    const outside =
      is(S.incomingItem) ||
      (!is(S.outgoingItem) &&
        !agentLink &&
        (contact || (!!requesterName && sameName(author, requesterName)) || keptReply));
    return { role: outside ? 'customer' : 'agent', internal };
  }
  // (the classic description box carries `private-note` too, from its template: it is the public request)
  // (or the author's header line says so: "<name> added a private note", as the wrapper's verb does)
  // (or the note's label does: "Private note"); a contact's item among them is a reply kept as a note
  if (
    (markers.has('private') && !el.querySelector('#ticket_original_request')) ||
    markers.has('lock') ||
    privateByVerb(el) ||
    /\bprivate note\b/i.test(`${header} ${inlineText(found.label)}`)
  ) {
    return { role: contact && !markers.has('agent') ? 'customer' : 'agent', internal: true };
  }
  // (a row after the description naming no author at all, by name or by link: a rule's or a status change's line,
  // Dispatch'r's; the held-out README's system rows have no author, and a person's reply names its writer: tuning-20.
  // The description is the requester's, named or not.)
  if (el !== first && !(author || link)) return { role: 'system' };
  if (isBot(author)) return { role: 'bot' };
  if (markers.has('agent') || agentLink) return { role: 'agent' };
  if (contact) return { role: 'customer' };
  // No marker says who wrote it: the requester is the customer, anybody else named on the ticket answers for the
  // helpdesk (classic items carry no agent class: stored id 12082301620 shows none).
  if (author && requesterName && !sameName(author, requesterName)) return { role: 'agent' };
  return { role: 'customer' };
}

/** The ticket view on screen: the whole page, or, when it keeps several tickets' views mounted (each with its own
 *  subject heading), the one the URL names or the only one not hidden (shared/structure.ts activeCopy). When none
 *  stands out (a second heading that is the same ticket's sticky header, say), the whole page as before. */
function activeView(doc: Document, url: string): { view: ParentNode; subject: Element | null } {
  const first = queryFirst(doc, S.subject);
  // Copies are looked for only when the first subject is out of sight: the usual page has one view, and counting
  // subjects costs a scan of the whole page.
  if (!first || !isOutOfSight(first)) return { view: doc, subject: first };
  const pane = activeCopy(queryAllFirst(doc, S.subject), idFromUrl(url, TICKET_PATH));
  return pane ? { view: pane, subject: queryFirst(pane, S.subject) } : { view: doc, subject: first };
}

/** The classic "commentbox" view keeps the notes in `#all_notes` and the ticket's description box
 *  (`#ticket_original_request`) before it, outside (Freshdesk's show/_conversations and _original_request
 *  templates): when the thread read leaves the description out, it is the first message. */
function withDescription(view: ParentNode, items: Element[]): Element[] {
  const body = view.querySelector('#ticket_original_request');
  let box = body?.closest('.conversation') ?? body?.closest('.commentbox');
  // (else the largest block around the body that holds no message: the description's own box with its header, a
  // `_wrap` in classic, `[data-test-id="ticket-description"]` in Mint, both beside the thread: tuning-11 SOURCES.md)
  if (!box && body && items[0]) for (box = body; box.parentElement && !box.parentElement.contains(items[0]); ) box = box.parentElement;
  if (!box || !items[0] || items.some((i) => i.contains(box!) || box!.contains(i))) return items;
  // (4: Node.DOCUMENT_POSITION_FOLLOWING, the thread comes after the description)
  return box.compareDocumentPosition(items[0]) & 4 ? [box, ...items] : items;
}

/** Matches nested one inside the other in a single line (an item, its `[data-album]` block, its description or
 *  wrapper block) are one message: the outermost, whose header (author, verb) sits around the inner blocks (tuning-14
 *  SOURCES.md: `[data-test-id=ticket-description]` holding `div[data-album*=ticket_]`; tuning-27: the description block
 *  inside the requester's album; public-tuning-33: a `.ticket-details__item` around its conversation wrapper). A match
 *  holding side-by-side matches is their container, not a message: left out, its matches read. (Matches come in
 *  document order: what an element holds follows it.) */
function outermost(items: Element[]): Element[] {
  const out: Element[] = [];
  for (let i = 0; i < items.length; ) {
    let j = i + 1;
    let line = true;
    for (; j < items.length && items[i].contains(items[j]); j++) line &&= items[j - 1].contains(items[j]);
    if (line) out.push(items[i]);
    i = line ? j : i + 1;
  }
  return out;
}
/** The description's own blocks (Mint): its body block and the requester's album around it (tuning-13, tuning-27). */
const DESCRIPTION_BLOCK = '[data-test-id="ticket-description"], [data-album^="ticket_"]';
const AGENT_MARK = '[data-test-is-agent="true"]';

/** A classic `.conversation` holding several of the thread's bodies is the thread, not one message: the public classic
 *  script reads `.conversation #ticket_original_request, .conversation [id^="note_details_"]` (tuning-17/18 SOURCES.md),
 *  one block around them all. Its rows (each holding or being one body, or an activity between them) are the items. */
function threadRows(items: Element[]): Element[] {
  const [only] = items;
  return items.length === 1 && only.querySelectorAll('#ticket_original_request, [id^="note_details_"]').length > 1 ? Array.from(only.children) : items;
}

/** The items the page shows: not a row the template hides (the classic "new ticket" activity is
 *  `li.conversation.activity.hide`, freshconsult show/_activity.html.erb; `.hide` is Freshdesk's display:none class,
 *  there even when no stylesheet has loaded), nor one inside a hidden block (a ticket preview popover, `[hidden]`,
 *  tuning-22). The thread is one list whose items share a parent: only items elsewhere are walked up, so a long
 *  thread costs one look per item. */
function shownItems(items: Element[]): Element[] {
  const counts = new Map<Element | null, number>();
  let list: Element | null = null;
  for (const el of items) {
    const n = (counts.get(el.parentElement) ?? 0) + 1;
    counts.set(el.parentElement, n);
    if (n > (counts.get(list) ?? 0)) list = el.parentElement;
  }
  return items.filter((el) => !el.classList.contains('hide') && (el.parentElement === list || !el.parentElement?.closest('[hidden], [aria-hidden="true"], .hide')));
}

function readTicketUnsafe(doc: Document, url: string): TicketSnapshot | null {
  const { view, subject: subjectEl } = activeView(doc, url);
  // (not a deleted note: the classic note template draws `.helpdesk_note > .tag` only on one, "This note has been
  // deleted", freshconsult show/_note.html.erb; public-tuning-46. One query for the page, not one per item)
  const deleted = new Set(Array.from(view.querySelectorAll('.helpdesk_note > .tag'), (tag) => tag.closest('.conversation')));
  const items = shownItems(withDescription(view, threadRows(outermost(queryAllFirst(view, S.message))))).filter((el) => !deleted.has(el));
  if (!subjectEl && !items.length) return null;

  const props = readProperties(doc, new Set(items));
  // Ticket fields are looked for around the conversation, not through it (see fieldsOutside); in the view on
  // screen first, then in the page (a sidebar shared by the views).
  const inView = fieldsOutside(view, messagesOnlyContainer(items));
  const inPage = view === doc ? inView : fieldsOutside(doc, messagesOnlyContainer(items));
  const field: typeof inView = (selectors) => inView(selectors) ?? inPage(selectors);
  const card = field(S.requesterCard);
  const requesterNameEl = field(S.requesterName) ?? labelledValue(card, 'name');
  // (else the description's author: the description is always the requester's, "<name> reported via <channel>"; in
  // Mint the item whose album is the ticket's, `div[data-album*="ticket_"]`: tuning-13 SOURCES.md, stored id 53606633186)
  const first = items[0];
  // (or an item holding one of those: the `.ticket-details__item` around them)
  const description = first?.matches(DESCRIPTION_BLOCK) || first?.querySelector(`${DESCRIPTION_BLOCK}, #ticket_original_request`) ? first : null;
  const requesterName = nameWithoutEmail(inlineText(requesterNameEl ?? queryFirst(description, S.author))) || undefined;
  // (else the address shown beside the name, in the requester card, in the card the name opens (its
  // aria-describedby: a contact hovercard), or in the description's header, always the requester's: "From: <name>
  // <address>" (tuning-7))
  const requesterEmail =
    findEmail(labelledValue(card, 'email') ?? field(S.requesterEmail)) ??
    findEmail(requesterNameEl) ??
    findEmail(requesterNameEl?.parentElement) ??
    findEmail(describedBy(requesterNameEl)) ??
    addressBeside(items[0], requesterName);
  const tagsField = field(S.tagsField);
  const tags = tagsField ? uniqueStrings(queryAllFirst(tagsField, S.tag).map((t) => inlineText(t))) : [];

  // No thread hook matched on a ticket page, or far fewer messages than the page shows: find the thread by its
  // structure (the ticket list and sidebars are not it).
  // (asked only for Mint items, once per read: where no item has the class, the query walks the whole page)
  let requestorSeen: boolean | undefined;
  const requestorInUse = () => (requestorSeen ??= !!view.querySelector(S.requestorItem.selectors.join(',')));
  // (asked only for an item without the requestor class on a page that uses it)
  let marksSeen: boolean | undefined;
  const agentsMarked = () => (marksSeen ??= !!view.querySelector(AGENT_MARK));
  const structural = structuralThreadIfShort(items.length, view, { exclude: 'nav, aside, .navbar, .ticket-properties-sidebar, .ticket-contact-sidebar, #ticket-sidebar' });
  const messages = structural ? readStructuralMessages(structural.blocks, requesterName) : readMessages(items, {
    author: S.author,
    body: S.body,
    time: S.time,
    skip: S.chrome.selectors.join(','),
    id: (el) => el.getAttribute('data-conversation-id') ?? el.getAttribute('data-note-id') ?? undefined,
    // (each marker's selectors as queries of their own, not joined into one list: Blink answers a lone class that no
    // element has at once, but walks the whole thread for a list, testing every element against each selector in it:
    // 3 ms of a 2,000-message ticket's cold read, classic and Mint alike)
    markers: {
      private: { selectors: S.privateNote, where: 'self' },
      lock: { selectors: S.lockedNote, where: 'inside' },
      system: { selectors: S.systemMessage, where: 'self' },
      agent: { selectors: S.agentMessage, where: 'self' },
      mint: { selectors: S.mintItem, where: 'self' },
      requestor: { selectors: S.requestorItem, where: 'self' },
    },
    lookups: { link: S.authorLink, label: S.noteLabel },
    classify: (el, author, markers, found) => classify(el, author, markers, found, requesterName, requestorInUse, agentsMarked, first),
  });
  // A forward as the request: the description's Gmail quote under "---------- Forwarded message" (tuning-11 SOURCES.md)
  // is the mail the requester passes on, not a quote of this thread, and is read with it.
  const body = queryFirst(description, S.body);
  const whole = /Forwarded message/.test(body?.querySelector('.gmail_quote')?.textContent ?? '') ? htmlToTextPreservingLines(body, { stripQuotes: false, skip: S.chrome.selectors.join(',') }) : '';
  if (messages[0] && whole.startsWith(messages[0].text.slice(0, 20))) messages[0].text = whole;
  for (const m of messages) {
    m.author.name = withoutAction(m.author.name);
    if (m.author.role === 'customer' && requesterEmail && sameName(m.author.name, requesterName)) m.author.email = requesterEmail;
  }
  let shown: ReturnType<typeof statusCards> | undefined;
  // (a view of several mounted ones may leave the panels to the page around it)
  const cards = () => (shown ??= view === doc ? statusCards(view) : { ...statusCards(doc), ...statusCards(view) });
  // Only when the URL has no id.
  const pageId = () => pageTicketId(doc, url, subjectEl ?? items[0]);

  return finishSnapshot(
    {
      helpdesk: 'freshdesk',
      ticketId: idFromUrl(url, TICKET_PATH) ?? pageId() ?? '',
      url,
      subject: subjectText(subjectEl),
      status: apiWord(props.get('status') ?? (shownOrCoded(field(S.statusControl), STATUS_CODES) || cards().status), 'resolved'),
      priority: apiWord(props.get('priority') ?? (shownOrCoded(field(S.priorityControl), PRIORITY_CODES) || cards().priority)),
      tags,
      requester: { name: requesterName, email: requesterEmail },
      messages,
    },
    { tags: !!tagsField },
  );
}

const PRIORITIES = ['low', 'medium', 'high', 'urgent'];
const STATUSES = ['open', 'pending', 'resolved', 'closed'];
/** Freshdesk API v2's numbers for them (status 2-5, priority 1-4: the Freshdesk API's ticket fields, as Pipedream's
 *  Freshdesk components list them), which the classic ticket form's `<select>` carries as its options' values. */
const STATUS_CODES = ['', '', ...STATUSES];
const PRIORITY_CODES = ['', ...PRIORITIES];

/** A property control's value as shown, when that is one of the API's words; else, for a `<select>`, its chosen
 *  option's code as the API's word, whatever language the options are shown in (a custom status, 6 and up, as
 *  shown). (The shown word first: a page whose options are numbered otherwise still reads right in English.) */
function shownOrCoded(control: Element | null, codes: string[]): string {
  const shown = valueOrText(control);
  if (codes.includes(shown.toLowerCase())) return shown;
  // (a power-select's chosen item may carry the API's word whatever language it shows: in `data-value`, or in its
  // dot's class, `priority-medium`: public-tuning-50's Arabic page)
  const mark = `${control?.getAttribute('data-value')} ${control?.firstElementChild?.getAttribute('class')}`;
  const coded = codes.find((c) => c && mark.includes(c));
  if (coded || control?.tagName !== 'SELECT') return coded ?? shown;
  const select = control as HTMLSelectElement;
  // (the chosen option as valueOrText finds it)
  return codes[Number((select.selectedOptions?.[0] ?? select.querySelector('option[selected]'))?.getAttribute('value'))] || shown;
}

/** Status and priority where no property control shows them, for when none does: read by their labels in the
 *  properties panels (propertiesPanel); shown only as a mark whose accessible name says it ("Priority: Urgent" on a
 *  coloured dot, tuning-7; "Priority" naming a pill whose text is the value, tuning-10); or as cards under the
 *  subject (`.status-cards-container`: public SOURCES.md, stored id 3482199321; a `.status-card` of that family
 *  outside one, tuning-7), told apart by their words, whatever the cards are called. (One query for all of them: a
 *  selector of attributes costs a walk of the page.) */
function statusCards(view: ParentNode): { status?: string; priority?: string } {
  const out: Record<string, string | undefined> = {};
  // (One selector list: splitting it by selector saved well under 1 ms of a 2,000-message classic read, within noise,
  // for 40 B of the content script's budget.)
  const found = Array.from(view.querySelectorAll(`${S.propertiesPanel.selectors[0]}, .status-card, [aria-label^="Priority"], [title^="Priority"], [aria-label^="Status"], [title^="Status"]`));
  const panels = found.filter((el) => matchesAny(el, S.propertiesPanel));
  for (const term of ['status', 'priority']) for (const panel of panels) out[term] ||= valueOrText(labelledValue(panel, term));
  for (const el of found) {
    const [key, value] = (el.getAttribute('aria-label') ?? el.getAttribute('title') ?? '').split(':');
    const word = (value ?? inlineText(el)).trim().toLowerCase();
    if ((key === 'Priority' || key === 'Status') && word) out[key.toLowerCase()] ||= word;
  }
  const cards = view.querySelector('.status-cards-container')?.children;
  for (const card of Array.from(cards?.length ? cards : found.filter((el) => el.matches('.status-card')))) {
    const word = apiWord(inlineText(card))?.toLowerCase();
    if (!word) continue;
    if (PRIORITIES.includes(word)) out.priority ||= word;
    else if (STATUSES.includes(word) || word === 'solved') out.status ||= word;
  }
  return { status: out.status || undefined, priority: out.priority || undefined };
}

/** The element an element's aria-describedby names (a hovercard the requester's name opens). */
function describedBy(el: Element | null): Element | null {
  const id = el?.getAttribute('aria-describedby')?.split(' ')[0];
  return id ? el!.ownerDocument.getElementById(id) : null;
}

/** An address written beside a name in a message's header, before its body ("From: Ana Silva <ana@x.com>"), or
 *  after it in an element of its own (classic: "<name> <address> reported via email", tuning-11). */
function addressBeside(item: Element | undefined, name: string | undefined): string | undefined {
  const body = item && name ? queryFirst(item, S.body) : null;
  if (!body) return undefined;
  const walker = item!.ownerDocument.createTreeWalker(item!, 4 /* NodeFilter.SHOW_TEXT */);
  let seen = false;
  for (let n = walker.nextNode(), i = 0; n && i < 100 && !(body.compareDocumentPosition(n) & 20); n = walker.nextNode(), i++) {
    const text = (n as Text).data;
    seen ||= text.includes(name!);
    // (not the To/Cc line of an e-mailed item, `.emails-info`: its recipients, KCG; tuning-14 SOURCES.md)
    if (seen && text.includes('@') && !n.parentElement!.closest('.emails-info')) return emailIn(text);
  }
  return undefined;
}

/** The subject without what Mint puts in its heading beside it ("Add AI summary", a source badge "Chat"): the
 *  heading's own text, its child elements stripped as toggl's Mint reader does (tuning-13/14 SOURCES.md; clockify and
 *  stored id 42428334534 strip the button too); the whole text when it has none of its own. */
function subjectText(el: Element | null): string {
  let own = '';
  if (el?.firstElementChild) for (const n of Array.from(el.childNodes)) if (n.nodeType === 3) own += n.textContent;
  return own.replace(/\s+/g, ' ').trim() || valueOrText(el);
}

/** Markers that older conversations of the ticket are not rendered: Mint's "load more" button
 *  (`button[data-test-button="load-more"]`: a public Freddy AI summarizer, stored id 53606633186), its loader while
 *  they come (`.conversation-dotted-loader`) and a collapsed run of them (`.ticket-details__item--more`: stored id
 *  3482199321). Catalogue adapters/PUBLIC-HOOKS.md, Freshdesk rows 14-15. Asked on every read: each selector on its
 *  own (a lone class is answered from Blink's class index; a list of them scans the whole page). */
const NOT_ALL_LOADED = ['.conversation-dotted-loader', '.ticket-details__item--more', 'button[data-test-button="load-more"]'];

/** The id the open ticket shows: the `data-ticket-id` of the ticket root around its subject or thread (tuning-2
 *  SOURCES.md: classic `#Pagearea .leftcontent` carries it; Mint's ticket page too), else the id its header shows,
 *  else the page's only `data-ticket-id`. Never just the first one in the DOM: a sidebar listing the requester's
 *  other tickets may come first, and its entry's id would read as a mismatch with the URL. (Each selector on its
 *  own: Blink answers a lone class that no element has at once, but scans the whole page for a list of them.) */
function pageTicketId(doc: Document, url: string, anchor?: Element | null): string | undefined {
  const view = activeView(doc, url);
  const around = (anchor ?? view.subject ?? queryFirst(view.view, S.message))?.closest('[data-ticket-id]');
  if (around) return around.getAttribute('data-ticket-id') ?? undefined;
  const shown = /#?(\d+)/.exec(inlineText(queryFirst(view.view, ['.ticket-id', '.ticket_id'])))?.[1];
  if (shown) return shown;
  const ids = new Set(Array.from(doc.querySelectorAll('[data-ticket-id]'), (el) => el.getAttribute('data-ticket-id')));
  return ids.size === 1 ? [...ids][0] ?? undefined : undefined;
}

function findEditor(doc: Document): HTMLElement | null {
  return queryEditor(activeView(doc, doc.location?.href ?? '').view, S.editor.selectors);
}

export const freshdeskAdapter: HelpdeskAdapter = {
  id: 'freshdesk',
  detect: detectFreshdesk,
  ...adapterParts(readTicketUnsafe, findEditor),
  threadPartial: (doc) => {
    try {
      return NOT_ALL_LOADED.some((s) => Array.from(doc.querySelectorAll(s)).some((el) => !isHiddenByMarkup(el)));
    } catch {
      return false;
    }
  },
  pageTicketId(doc: Document, url: string): string | undefined {
    try {
      return pageTicketId(doc, url);
    } catch {
      return undefined;
    }
  },
};
