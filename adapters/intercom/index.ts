// Intercom Inbox. One conversation is open at a time; the URL carries its id
// (/a/inbox/<app>/inbox/conversation/<id>, or /a/apps/<app>/inbox/.../conversations/<id> in older builds).
// Conversations have no subject unless they have a title (tickets, titled conversations) or started as e-mail: an
// untitled chat's snapshot has none, and the reading health does not hold that against it (subjectOptional).
import type { HelpdeskAdapter, Role, TicketSnapshot } from '../types';
import {
  emailIn,
  fieldsOutside,
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
  type SelectorEntry,
} from '../shared/dom';
import { adapterParts, queryEditor } from '../shared/insert';
import { apiWord } from '../shared/vocabulary';
import { finishSnapshot, firstInsideCached, looksLikeBot, readMessages, sameName } from '../shared/read';
import { emailBesideName } from '../shared/requester';
import { kindFromAttributes, readStructuralMessages, structuralThreadIfShort } from '../shared/structure';
import { inlineText } from '../shared/text';
import { CATEGORY_ROLES, EMAIL_METADATA, intercomSelectors as S } from './selectors';
import { CONVERSATION_PATH, detectIntercom } from './detect';

/** The definition of a term in a term/definition list ("Name" -> "Marta Oyelaran"). */
function definition(list: Element | null, term: string): Element | null {
  if (!list) return null;
  for (const dt of Array.from(list.querySelectorAll('dt'))) {
    if (inlineText(dt).toLowerCase() === term) return dt.nextElementSibling?.localName === 'dd' ? dt.nextElementSibling : null;
  }
  return null;
}


/** The "Subject" label of a mail header in the languages Intercom's inbox and its customers' mail clients use. */
const SUBJECT_LABELS = new Set(['subject', 'asunto', 'assunto', 'objet', 'betreff', 'oggetto', 'onderwerp', 'temat', 'předmět', 'ämne', 'emne', 'aihe', 'konu', 'тема', 'נושא', 'الموضوع', '件名', '제목', '主题', '主旨']);

/** An e-mail conversation's subject: the "Subject:" line of its first part's metadata, in whatever language the
 *  inbox labels it (tuning-25: "Asunto:", "Assunto:", "נושא:"). A line is its label and value as two elements (the
 *  label drawn apart, with or without a colon: tuning-17) or one text "Label: value". */
function emailSubject(firstPart: Element | undefined): string {
  const meta = firstPart ? queryFirst(firstPart, EMAIL_METADATA) : null;
  if (!meta) return '';
  for (const line of Array.from(meta.children)) {
    const text = inlineText(line);
    const first = line.children.length >= 2 ? inlineText(line.firstElementChild) : '';
    const colon = text.indexOf(':');
    const label = first || (colon > 0 ? text.slice(0, colon) : text.split(' ', 1)[0]!);
    if (SUBJECT_LABELS.has(label.replace(/:$/, '').trim().toLowerCase())) return text.slice(label.length).replace(/^\s*:/, '').trim();
  }
  return '';
}

/** Whether most of a title's words are not the name's ("Invoice address for Rossi Costruzioni" is not Mateo Rossi's
 *  name; "Aiko" and "Ms. Tanaka" are Aiko Tanaka's: tuning-16). */
function mostlyOtherWords(a: string, b: string): boolean {
  const words = new Set(b.toLowerCase().split(/[\s,.]+/));
  let n = 0;
  for (const w of a.toLowerCase().split(/[\s,.]+/)) if (w) n += words.has(w) ? -1 : 1;
  return n > 0;
}

/** Documents whose last read took authors and roles from the rows' layout (readByLayout). */
const byLayout = new WeakMap<Document, boolean>();

export { CONVERSATION_PATH };
/** Never the thread: the conversation list and navigation (stored ids 32615608900, 61772247758). */
const NOT_THREAD = '.inbox2__inbox-list-sidebar, .inbox-2__inbox-list-sidebar, [data-intercom-target="inbox-left-nav"], [data-primary-nav-container], nav, [role="list"]';

function classify(
  part: Element,
  author: string | undefined,
  markers: ReadonlySet<string>,
  customerName: string | undefined,
  stream: Element | null,
  row: Element | undefined,
  typed: boolean,
  adminNamed: boolean,
): { role: Role; internal?: boolean } {
  // A part marked as a note is one, whatever its group's category says (a teammate's notes sit in a teammate's group)
  if (markers.has('note') || markers.has('noteBubble')) return { role: 'agent', internal: true };
  const group = part.closest('[data-part-group-category]');
  const category = (part.getAttribute('data-part-group-category') ?? group?.getAttribute('data-part-group-category') ?? '').toLowerCase();
  const known = CATEGORY_ROLES[category];
  if (known) return known;
  if (markers.has('userComment')) return { role: 'customer' };
  if (markers.has('bot')) return { role: 'bot' };
  if (markers.has('event')) return { role: 'system' };
  // (the older inbox drew Operator, Intercom's bot, as a teammate's part and comment)
  if (markers.has('admin') || markers.has('adminComment')) return { role: looksLikeBot(author) ? 'bot' : 'agent' };
  const authorType = (part.closest('[data-author-type]')?.getAttribute('data-author-type') ?? '').toLowerCase();
  if (/user|lead|contact|customer/.test(authorType)) return { role: 'customer' };
  // (the REST API's `ai_agent`, Fin: a bot, not a teammate; public-tuning-23)
  if (/^ai[_-]?agent$/.test(authorType)) return { role: 'bot' };
  if (/admin|teammate|agent/.test(authorType)) return { role: 'agent' };
  if (/bot/.test(authorType) || looksLikeBot(author)) return { role: 'bot' };
  // (an event's group: `data-author-type="system"`, or none at all and no author where the other groups name their
  // author's type; Intercom's events have no author: tuning-17, 18)
  if (/system|event/.test(authorType) || (!authorType && !author && typed)) return { role: 'system' };
  // (a row's own attribute words, data-cluster-kind="system": what a renamed group hook still says; a part drawn
  // straight in the stream, outside any row, by its own: an event line's `inbox-2__event`, tuning-12)
  const kind = kindFromAttributes(row ?? part);
  if (kind) return kind;
  if (sameName(author, customerName)) return { role: 'customer' };
  const side = sideOf(part, stream);
  if (side && (side !== 'system' || !author)) return { role: side };
  // (a teammate's part, or its row, carries `[data-testid="admin-avatar-name"]` (stored id 18525760070): where the
  // thread's parts carry it, a named part without it is the customer's; public-tuning-55's table view)
  return { role: author && !(adminNamed && !(row ?? part).querySelector(ADMIN_NAME)) ? 'agent' : 'customer' };
}

/** Which side of the stream a part's row is laid out on, by the row's flex classes: teammates' on the right
 *  (`justify-end`, `flex-row-reverse`), the customer's on the left (`justify-start`). COPILOT's "Method 2" (stored
 *  id 70503028210), which walks up to six ancestors; rows of mid-2026 carry no such class (undefined). */
function sideOf(part: Element, stream: Element | null): 'agent' | 'customer' | 'system' | undefined {
  let el: Element | null = part;
  for (let i = 0; i < 6 && el && el !== stream; i++, el = el.parentElement) {
    const cls = el.classList;
    // (justify-* in a column aligns vertically: a stream kept at the bottom says nothing about sides)
    if (!cls.contains('flex-col')) {
      if (cls.contains('justify-end') || cls.contains('flex-row-reverse')) return 'agent';
      if (cls.contains('justify-start')) return 'customer';
      // (a row in the middle of the stream: an event line, COPILOT's layout facts)
      if (cls.contains('justify-center')) return 'system';
    }
    if (el.hasAttribute('data-part-group-id')) break;
  }
  // (the row is often a sibling wrapper inside the group, not an ancestor of the part)
  const row = el?.hasAttribute('data-part-group-id') ? el.firstElementChild : null;
  if (row?.classList.contains('justify-end') || row?.classList.contains('flex-row-reverse')) return 'agent';
  if (row?.classList.contains('justify-start')) return 'customer';
  return undefined;
}


/** The first leaf element's text under root (outside its parts and `skip`) that passes test: labels and lines the
 *  page draws beside the parts ("Note", the author line, the state). */
function leaf(root: Element, test: (text: string) => boolean, skip = ''): string | undefined {
  const all = root.querySelectorAll('*');
  for (let i = 0; i < all.length && i < 80; i++) {
    const el = all[i];
    if (el.firstElementChild || el.closest(PART_SELECTOR + skip)) continue;
    const text = inlineText(el);
    if (text && test(text)) return text;
  }
  return undefined;
}

const noteGroups = new WeakMap<Element, boolean>();
/** A note's label: "Note", "Internal note", "<name> added a note" (tuning-8, 9, 12, 13 SOURCES.md: the marker's
 *  markup is invented by each writer; the words are what the agent sees). English UI only. */
// (and the same label in the agent's UI language: es/pt "Nota interna", de "Interne Notiz", fr "Note interne", ar
// "ملاحظة"; public-tuning-23)
// (and Hebrew "הערה": public-tuning-48)
const isNoteLabel = (t: string) => /^(?:(?:added a |internal )?note|note interne|(?:interne )?notiz|nota(?: interna)?|ملاحظة(?: داخلية)?|הערה)$/i.test(t);
/** Whether the part's group (or, with no group hook, its row) shows a note's label outside its parts: Intercom
 *  marks a teammate's note so, in the teammate's own group. */
function notedGroup(part: Element, row?: Element): boolean {
  const group = part.closest('[data-part-group-id]') ?? row;
  if (!group) return false;
  let noted = noteGroups.get(group);
  if (noted === undefined) noteGroups.set(group, (noted = !!leaf(group, isNoteLabel)));
  return noted;
}

/** Matches in document order less those inside the one before: a part hook of several selectors may match an event row
 *  and the Tailwind part around it (tuning-26, -41). Linear: a match inside an earlier one is inside the last kept. */
function outermost(els: Element[]): Element[] {
  const out: Element[] = [];
  for (const el of els) if (!out.at(-1)?.contains(el)) out.push(el);
  return out;
}

/** Groups the part hook found nothing in (an event drawn without a part id among parts that have one): each such
 *  group's Tailwind parts (COPILOT CHANGELOG: `group/content-part`), or the group itself, join the parts in page
 *  order. Every group Intercom draws holds at least one part. */
function withUncoveredGroups(parts: Element[], groups: Element[]): Element[] {
  const all = new Set(groups);
  // (a part may be its group itself: `.inbox2__conversation-part[data-part-group-id]`, tuning-38)
  for (const part of parts) {
    for (let g: Element | null = part; g; g = g.parentElement) if (all.delete(g)) break;
  }
  if (!all.size || !parts.length) return parts;
  const extra: Element[] = [];
  for (const g of all) {
    const inner = g.querySelectorAll('[class*="group/content-part"]');
    extra.push(...(inner.length ? Array.from(inner) : [g]));
  }
  return inPageOrder([...parts, ...extra]);
}
/** Rows in the thread that no part hook read: an event row with a message id, or drawn as an event, among parts
 *  found by another hook (`.inbox2__event-part[data-part-entity-id]` beside `[data-intercom-target]` parts, a
 *  `justify-center` row beside Tailwind parts, an event between groups in a wrapper: public-tuning-48, -51 to -53).
 *  Linear: the parts' ancestors are marked once, then each candidate is looked up. */
function withStrayRows(parts: Element[], hidden: boolean): Element[] {
  const stream = holderOf(parts);
  if (!stream || parts.length < 2) return parts;
  const have = new Set(parts);
  const around = new Set<Element>();
  for (const part of parts) for (let a = part.parentElement; a && a !== stream && !around.has(a); a = a.parentElement) around.add(a);
  const insidePart = (el: Element) => {
    for (let a = el.parentElement; a && a !== stream; a = a.parentElement) if (have.has(a)) return true;
    return false;
  };
  const extra = outermost(shown(Array.from(stream.querySelectorAll('[data-part-entity-id], [class*="__event-part"]')), hidden)).filter((el) => !have.has(el) && !around.has(el) && !insidePart(el));
  return extra.length ? inPageOrder([...parts, ...extra]) : parts;
}
// (2 = DOCUMENT_POSITION_PRECEDING)
const inPageOrder = (els: Element[]) => els.sort((a, b) => (a.compareDocumentPosition(b) & 2 ? 1 : -1));

/** A group's author line when no hook names it and no time element sits on it: the first text with letters in the
 *  group outside its parts (the name comes first on the line; a badge or the time may follow it). */
function textOutsideParts(group: Element): string | undefined {
  // (an avatar's text is the initials, "נ" for נועה: public-tuning-44)
  const found = leaf(group, isName, ', button, time, [class*="avatar"]');
  return found && found.length <= 60 ? found : undefined;
}

/** Intercom's conversation states (open, snoozed, closed) and its tickets' (in progress, waiting on customer,
 *  resolved: tuning-8 SOURCES.md I12), as the header shows them beside the title. The header's actions are verbs ("Snooze",
 *  "Close", "Reopen"). */
const STATE_WORD = /^(open|snoozed|closed|in progress|waiting on customer|resolved)$/i;

/** The state shown in the conversation header when no hook names it: the first leaf near the title (or among the
 *  conversation controls) whose whole text is a state. */
// (or "Snoozed until Mon 9:00", "Closed by <teammate>", as the header's badge says it: see stateWord)
// (or in the UI's language, "Abierta" beside the title: public-tuning-55)
const isState = (t: string) => STATE_WORD.test(apiWord(t, 'resolved')!) || STATE_PHRASE.test(t);
/** Not the conversation list beside the conversation: its header names the inbox's filter ("Open"), not this
 *  conversation's state (tuning-32's Ember list wrapper, public-tuning-34's Inbox 2 list). */
const LISTS = ', [class*="conversation-list"], [class*="list-wrapper"], [class*="list-header"]';
function headerState(start: Element | null): string | undefined {
  let found: string | undefined;
  for (let p = start, i = 0; p && i < 4 && !found; i++, p = p.parentElement) found = leaf(p, isState, LISTS);
  return found;
}

/** A "Reopen" button is shown on a closed conversation (tuning pages with one, in nine sets: 16 closed, 1 snoozed, none
 *  without a state); a "Close" button is shown where writers read the state as open and where they read none (37 and
 *  55 pages), so it tells nothing. */
const REOPEN = /^(reopen|wieder öffnen|rouvrir|reabrir|riapri|heropenen|إعادة فتح|פתיחה מחדש)$/i;
function reopenShown(root: ParentNode): 'closed' | undefined {
  // (only short labels are read: a long thread may hold a button in every part)
  for (const b of Array.from(root.querySelectorAll('button'))) if ((b.textContent?.length ?? 0) < 40 && REOPEN.test(inlineText(b))) return 'closed';
  return undefined;
}

/** "Snoozed until Mon 9:00 AM" is the state snoozed (the API's `state`; the time is a field of its own); "Closed by
 *  <teammate>" is closed (the older Ember card's state line, its "Reopen" button beside it: public-tuning-44). */
const STATE_PHRASE = /^(snoozed(?= until\b)|closed(?= by\b))/i;
const stateWord = (shown: string | undefined) => STATE_PHRASE.exec(shown ?? '')?.[1].toLowerCase() ?? shown;

/** The element that holds every part: the first part's ancestor that holds the last one holds every part between. */
function holderOf(parts: Element[]): Element | null | undefined {
  let stream = parts[0]?.parentElement;
  while (stream && !stream.contains(parts[parts.length - 1])) stream = stream.parentElement;
  return stream;
}

/** When no group hook names the groups (renamed markup), each part's row: its ancestor just below the element that
 *  holds every part (the stream). A row is a group as Intercom draws one (avatar, author line, time), whatever its
 *  attributes are called. Empty when the parts sit straight in the stream (no rows to tell anything). */
function rowsOf(parts: Element[]): Map<Element, Element> {
  const rows = new Map<Element, Element>();
  const stream = holderOf(parts);
  for (const part of parts) {
    let row = part;
    while (row.parentElement && row.parentElement !== stream) row = row.parentElement;
    if (row !== part) rows.set(part, row);
  }
  return rows;
}

/** Author names per group: Intercom shows the name once per group of consecutive parts, outside the parts. */
function groupAuthors(groups: Element[], root: ParentNode): Map<Element, string> {
  // Cached per group like the messages themselves: only groups that changed are looked at again.
  // (an avatar names its person in aria-label; its text is the initials)
  return firstInsideCached(groups, S.author, root, 'intercom-group-author', (el) => el.getAttribute('aria-label') || inlineText(el));
}

const PART_SELECTOR = S.part.selectors.join(', ');
const ADMIN_NAME = '[data-testid="admin-avatar-name"]';
/** The part hooks, then the Ember stream's children when none matches (never in PART_SELECTOR: a stream child may be
 *  a group holding its author line outside its parts). */
const PARTS = [...S.part.selectors, ...S.streamPart.selectors];

/** A group's author when no author hook names it: the group shows its author once, on the line with its time
 *  (stored ids 45282487857, 70503028210: author and category per group; the line's markup differs between
 *  builds). The first item of that line with letters in it, before the time; none for event groups, whose time
 *  sits inside the event part. */
function timeLineAuthor(group: Element): string | undefined {
  const times = group.querySelectorAll('time');
  for (let i = 0; i < times.length; i++) {
    const time = times[i];
    if (time.parentElement?.closest(PART_SELECTOR)) continue; // (a part's own time)
    for (let c = time.parentElement?.firstElementChild; c && c !== time; c = c.nextElementSibling) {
      const text = inlineText(c);
      if (text && /\p{L}/u.test(text)) return text;
    }
    // (the name as the line's own text, "Nguyễn Thị Hoa · <time>": tuning-11)
    const own = (time.previousSibling as Text | null)?.data?.split(/[·•|]/)[0].trim();
    if (own && /\p{L}/u.test(own)) return own;
  }
  return undefined;
}

const BODY = S.body.selectors.join(',');
/** The first leaf of a part's head, before its body, that passes test: the author line and a note's label when the
 *  part holds them itself (an e-mail part's "<name> · <date>" above its content, tuning-12; its metadata's "From:
 *  <name> <address>", COPILOT `isEmail`, tuning-11). None for a part without a body (an event's text is no name). */
function headText(part: Element, test: (text: string) => boolean): string | undefined {
  const body = part.querySelector(BODY);
  // (document order: the head's leaves come before the body)
  for (const el of body ? part.querySelectorAll('*') : []) {
    if (el === body) break;
    // ("From: <name> <address> · To: <address>", a mail header on one line: tuning-42)
    // (not an avatar's initials: public-tuning-11's "Z")
    const text = el.firstElementChild || el.matches('button,time,[class*="avatar"] *,[class*="avatar"]') ? '' : inlineText(el).replace(/^from:\s*/i, '').split(' · ')[0];
    if (text && test(text)) return text;
  }
  return undefined;
}
/** A part's own meta line written as "<name> · <time>" (the name as text, no element around it: tuning-9's older
 *  Ember part, `.conversation__part__metadata`), outside its body. Only a name the line separates from its time: an
 *  event's text beside its time is no author. */
function metaLineName(part: Element): string | undefined {
  const times = part.querySelectorAll('time');
  for (let i = 0; i < times.length; i++) {
    const before = times[i].previousSibling;
    const line = before?.nodeType === 3 ? (before as Text).data.trim() : '';
    // (the line ends in its one separator, and what comes before it has letters)
    const name = line.length > 1 && '·•|'.includes(line.slice(-1)) ? line.slice(0, -1).trim() : '';
    if (!/\p{L}/u.test(name) || /[·•|]/.test(name)) continue;
    const body = times[i].closest(BODY);
    if (!(body && part.contains(body))) return name;
  }
  return undefined;
}
/** A part's line "<name>", "· <time>" drawn as two items, the second starting with the separator, after its body
 *  (tuning-42's Inbox 2 chat parts). */
function dotLineName(part: Element): string | undefined {
  // (only a line after the part's body, outside it: an event's text beside its time is no name; public-tuning-43)
  const body = part.querySelector(BODY);
  for (const el of body ? Array.from(part.querySelectorAll('span')) : []) {
    const name = el.previousElementSibling;
    if (name && !name.firstElementChild && !body!.contains(name) && body!.compareDocumentPosition(name) & 4 && /^[·•]/.test(inlineText(el)) && isName(inlineText(name))) return inlineText(name);
  }
  return undefined;
}
/** The author line a wrapper draws once above its parts when each part carries the group id itself (public-tuning-45:
 *  `[data-part-group-wrapper]` > author row, parts): the nearest earlier sibling that is no part and holds none. */
function lineAbove(part: Element): string | undefined {
  let row = part.previousElementSibling;
  while (row?.matches(PART_SELECTOR)) row = row.previousElementSibling;
  if (!row || row.querySelector(PART_SELECTOR)) return undefined;
  const hooked = queryFirst(row, S.author);
  return hooked?.getAttribute('aria-label') || (hooked && inlineText(hooked)) || textOutsideParts(row);
}
/** The element a part's first line is drawn in: its first descendant with no element children. */
function firstLeaf(el: Element): Element {
  while (el.firstElementChild) el = el.firstElementChild;
  return el;
}
const isName = (t: string) => /\p{L}/u.test(t) && !isNoteLabel(t);

/** Subtrees the page keeps mounted but does not show (a background tab, a hover preview, a stale card of another
 *  conversation: `hidden`, `aria-hidden` or `display:none` in the markup). Usually none: then nothing is filtered. */
const HIDDEN_HINT = '[hidden],[aria-hidden="true"],[style*="none"],[style*="hidden"]';
/** Whether anything in the page is hidden by markup (only then are matches filtered: stops at the first one). */
function anyHidden(root: ParentNode): boolean {
  return Array.from(root.querySelectorAll(HIDDEN_HINT)).some(isHiddenByMarkup);
}
/** Whether the element or an ancestor is hidden by markup. (Walked up from the element: testing every hidden element
 *  for containment cost parts x hidden elements, and real pages mark every icon aria-hidden.) */
function insideHidden(el: Element): boolean {
  for (let h = el.closest(HIDDEN_HINT); h; h = h.parentElement?.closest(HIDDEN_HINT) ?? null) if (isHiddenByMarkup(h)) return true;
  return false;
}
const shown = <T extends Element>(els: T[], hidden: boolean): T[] => (hidden ? els.filter((el) => !insideHidden(el)) : els);
/** The first match of a hook outside hidden subtrees, selectors in order. */
function firstShown(root: ParentNode, hook: string[] | SelectorEntry, hidden: boolean): Element | null {
  if (!hidden) return queryFirst(root, hook);
  for (const sel of Array.isArray(hook) ? hook : hook.selectors) {
    const el = shown(Array.from(root.querySelectorAll(sel)), hidden)[0];
    if (el) return el;
  }
  return null;
}

function readTicketUnsafe(doc: Document, url: string): TicketSnapshot | null {
  const hidden = anyHidden(doc);
  let conversation: Element | null = firstShown(doc, S.conversation, hidden);
  let groups = shown(queryAllFirst(conversation ?? doc, S.group), hidden);
  let parts = withStrayRows(withUncoveredGroups(outermost(shown(queryAllFirst(conversation ?? doc, PARTS), hidden)), groups), hidden);
  // The first conversation element holds no part: an entry of a list of other conversations coming first, not the
  // open one (looked for only then: the usual page's first one is the open conversation). Its groups and parts are
  // read as the first one's were, uncovered groups (events) included.
  const open = conversation && !parts.length ? openConversation(doc, hidden) : null;
  if (open && open !== conversation) {
    conversation = open;
    groups = shown(queryAllFirst(open, S.group), hidden);
    parts = withStrayRows(withUncoveredGroups(outermost(shown(queryAllFirst(open, PARTS), hidden)), groups), hidden);
  }
  // No thread hook matched (or far fewer parts than the page shows), yet the URL names an open conversation: find
  // the thread by its structure.
  const structural = idFromUrl(url, CONVERSATION_PATH) ? structuralThreadIfShort(parts.length, conversation ?? doc, { exclude: NOT_THREAD }) : null;
  if (!conversation && !parts.length && !structural) return null;
  const root: ParentNode = conversation ?? doc;

  // Fields are looked for around the conversation stream, not through it (see fieldsOutside): the user details
  // come after it, and fields this page lacks would otherwise be searched for through every message.
  const stream = messagesOnlyContainer(groups.length ? groups : parts);
  const inDoc = fieldsOutside(doc, stream);
  const inRoot = root === doc ? inDoc : fieldsOutside(root, stream);
  const userData = inDoc(S.userData);
  // (the legacy user header's panel is its parent)
  const panelEl = userData ? null : inDoc(S.userPanel);
  const panel = panelEl?.localName === 'header' ? panelEl.parentElement : panelEl;
  const titleEl = inRoot(S.title) ?? inDoc(S.title);
  // The header title is the contact's name (COPILOT `nameSelectors` -> `customerName`, stored id 70503028210):
  // the requester's name when no user panel gives one.
  // (the open conversation's own header first: an Ember card list shows every card's contact: public-tuning-44, -45)
  const panelName = nameWithoutEmail(valueOrText(inRoot(S.userName) ?? inDoc(S.userName) ?? definition(userData, 'name') ?? labelledValue(panel, 'name'))) || undefined;
  const titleName = nameWithoutEmail(valueOrText(titleEl)) || undefined;
  const userName = panelName ?? titleName;
  let userEmail = findEmail(inDoc(S.userEmail)) ?? findEmail(definition(userData, 'email') ?? userData) ?? findEmail(labelledValue(panel, 'email'));
  const tagsField = inDoc(S.tagsField);
  const tags = tagsField
    ? uniqueStrings(queryAllFirst(tagsField, S.tag).map((t) => t.getAttribute('data-tag-name') ?? inlineText(t)))
    : [];

  const authorsByGroup = groupAuthors(groups, root);
  const rows = groups.length ? undefined : rowsOf(parts);
  byLayout.set(doc, !structural && !!rows?.size);
  const lineAuthors = new Map<Element, string | undefined>();
  // (whether any group names its author's type: asked once per read)
  const typed = !!conversation?.querySelector('[data-author-type]');
  const adminNamed = !!root.querySelector(ADMIN_NAME);
  const messages = structural ? readStructuralMessages(structural.blocks) : readMessages(parts, {
    // Current Inbox shows the author once per group, outside the parts: looking inside every part for it would
    // query the thread once per author selector for nothing. Older markup has it inside the part.
    author: authorsByGroup.size ? undefined : S.author,
    authorName: (part) => {
      const row = rows?.get(part);
      if (row) return row.querySelector('[role="img"][aria-label]')?.getAttribute('aria-label') || timeLineAuthor(row) || textOutsideParts(row) || headText(part, isName);
      const group = part.closest('[data-part-group-id], .conversation__part-group');
      // (or, with no group and no row, the part's own head: "<name>", a badge, the time above its body, public-tuning-53)
      if (!group) return metaLineName(part) ?? dotLineName(part) ?? headText(part, isName);
      const named = authorsByGroup.get(group);
      if (named !== undefined || lineAuthors.has(group)) return named ?? lineAuthors.get(group) ?? headText(part, isName) ?? dotLineName(part) ?? lineAbove(part);
      const found = timeLineAuthor(group) ?? textOutsideParts(group);
      lineAuthors.set(group, found);
      return found ?? headText(part, isName) ?? dotLineName(part) ?? lineAbove(part);
    },
    body: S.body,
    time: S.time,
    // A part whose text no body hook names (an event line in markup we have not seen) is read whole, less its
    // author, time and chrome, rather than dropped.
    bodyFallbackToMessage: true,
    skip: S.chrome.selectors.join(','),
    id: (el) => el.getAttribute('data-part-id') ?? el.getAttribute('data-intercom-part-id') ?? undefined,
    markers: {
      note: { selectors: S.legacyNote, where: 'self' },
      noteBubble: { selectors: S.legacyNoteBubble, where: 'inside' },
      bot: { selectors: S.legacyBot, where: 'any' },
      event: { selectors: S.legacyEvent, where: 'inside' },
      admin: { selectors: S.legacyAdmin, where: 'self' },
      userComment: { selectors: S.legacyUserComment, where: 'inside' },
      adminComment: { selectors: S.legacyAdminComment, where: 'inside' },
    },
    classify: (el, author, markers) => {
      const row = rows?.get(el);
      const kind = classify(el, author, markers, userName, conversation, row, typed, adminNamed);
      // (a teammate's part in a group labelled as a note, or whose head shows the label, whatever told it was a
      // teammate's: the group's category, its author type, its side of the stream; tuning-19. The label may follow the
      // author's name in a part that draws its own head: tuning-38)
      return kind.role === 'agent' && !kind.internal && (notedGroup(el, row) || !!headText(el, isNoteLabel) || (!row && isNoteLabel(inlineText(firstLeaf(el))))) ? { role: 'agent', internal: true } : kind;
    },
  });
  // No contact panel names the customer: the customer's own parts do (one contact per conversation). They also
  // tell a header title that is not the contact's name (a ticket's title: no word in common with the customer's).
  // A run of parts by one person shows the author once (on the first or the last part of the run): a part with no
  // author of its own, of the same kind as the part before it, is that part's author's; one still without, of the same
  // kind as the part after it, that part's (the Ember inbox's meta line under the last bubble of a run: tuning-34).
  const sameRun = (m: (typeof messages)[number], other: (typeof messages)[number]) => !m.author.name && !!other.author.name && m.author.role !== 'system' && m.author.role === other.author.role;
  for (let i = 1; i < messages.length; i++) if (sameRun(messages[i], messages[i - 1])) messages[i].author.name = messages[i - 1].author.name;
  for (let i = messages.length - 2; i >= 0; i--) if (sameRun(messages[i], messages[i + 1])) messages[i].author.name = messages[i + 1].author.name;
  const customerName = messages.find((m) => m.author.role === 'customer' && m.author.name)?.author.name;
  const titleIsTitle = !panelName && !!titleName && !!customerName && mostlyOtherWords(titleName, customerName);
  const requesterName = (titleIsTitle ? customerName : userName) ?? customerName;
  // Nothing names the address: the one shown beside the requester's name (a profile card, outside the thread).
  // (or the only address the contact panel shows, whatever the UI language labels it: a Hebrew "אימייל" row, public-tuning-49)
  userEmail ??= emailBesideName(doc, requesterName, stream ?? messagesOnlyContainer(parts) ?? parts[0]?.parentElement ?? null) ?? soleEmail(panel);
  for (const m of messages) {
    if (m.author.role === 'customer' && userEmail && sameName(m.author.name, requesterName)) m.author.email = userEmail;
  }

  // The subject is what the page shows: a titled conversation's or a ticket's title, else an e-mail's subject,
  // else none (''). The header shows the customer's name for untitled chats; that is not a subject. (The panel's
  // header stands in the first customer line for display: components/panel/TicketCard.tsx.)
  let subject = valueOrText(titleEl);
  // (nor is a title that starts with a separator: the rest of the contact's line, "<name> · <company>", drawn in the
  // title's element; public-tuning-55's Ember card header)
  if (/^[·•|]/.test(subject) || (requesterName && sameName(subject, requesterName))) subject = '';
  // A conversation that started as e-mail has the mail's subject (its first part's; a chat the customer later
  // answered by e-mail did not start as one).
  if (!subject) subject = emailSubject(structural ? structural.blocks[0] : parts[0]);
  const conversationId = conversation?.getAttribute('data-conversation-id') ?? undefined;
  const stateEl = inRoot(S.state) ?? inDoc(S.state);
  const priorityEl = inRoot(S.priority) ?? inDoc(S.priority);

  return finishSnapshot(
    {
      helpdesk: 'intercom',
      ticketId: idFromUrl(url, CONVERSATION_PATH) ?? conversationId ?? '',
      url,
      subject,
      // (a state hook may hold the state's actions too, "Snooze" and "Close" buttons beside the badge: tuning-11)
      // (else a "Status" row of the details sidebar, in the UI's language: public-tuning-35)
      status: apiWord(stateWord((stateEl?.getAttribute('data-conversation-state') || stateEl?.getAttribute('data-ticket-state') || stateEl?.getAttribute('data-state') || (stateEl && leaf(stateEl, isState)) || inlineText(stateEl)) || headerState(titleEl ?? inRoot(S.controls)) || valueOrText(labelledValue(panel, 'status')) || reopenShown(doc)), 'resolved'),
      priority: (priorityEl?.getAttribute('data-conversation-priority') || priorityEl?.getAttribute('data-priority') || (priorityEl?.matches('[aria-pressed], .o__priority') && 'priority') || inlineText(priorityEl)) || undefined,
      tags,
      requester: { name: requesterName, email: userEmail },
      messages,
    },
    { tags: !!tagsField, subjectOptional: true },
  );
}

/** Inbox 2 renders a long stream as an Ember vertical-collection: the parts scrolled out of view are replaced by an
 *  `.occluded-content` block that reads "And 12 items before" (or "after"), and is empty when nothing is occluded
 *  (html-next/vertical-collection, its a11y integration test of the occluded labels; a public Intercom reply
 *  extension waits while `[data-conversation-stream]`'s text includes "And 1 item before": catalogue
 *  adapters/PUBLIC-HOOKS.md, Intercom row 15). Any text counts, whatever the UI language. Only inside the stream: the
 *  conversation list beside it may be a virtual list too. (The Ember inbox's `.conversation__stream > .sp__3`
 *  placeholder, row 14, is a spacing utility class too: not used.) */
function threadPartial(doc: Document): boolean {
  const stream = doc.querySelector('[data-conversation-stream]');
  if (!stream) return false;
  for (const block of stream.querySelectorAll('.occluded-content')) if (block.textContent?.trim()) return true;
  return false;
}

/** The conversation hooks other than the id: the area around a thread whose list rows alone carry ids. */
const CONVERSATION_AREA = S.conversation.selectors.filter((s) => s !== '[data-conversation-id]').join(', ');

/** The one address a panel shows; none when it shows two (a teammate's beside the contact's). */
function soleEmail(panel: Element | null): string | undefined {
  const text = panel?.textContent ?? '';
  const found = emailIn(text);
  return found && !emailIn(text.split(found).join(' ')) ? found : undefined;
}

/** The `[data-conversation-id]` around the open conversation's thread, title or composer. */
function openConversation(doc: Document, hidden = anyHidden(doc)): Element | null {
  for (const hook of [PARTS, S.title, S.editor]) {
    const found = firstShown(doc, hook, hidden);
    // (the thread itself may carry no id, the list's rows only: then the conversation area around its first part,
    // found by the other conversation hooks; tuning-26's List view, `tr[data-conversation-id]` rows above a stream)
    let el = found?.closest('[data-conversation-id]') ?? (hook === PARTS ? found?.closest(CONVERSATION_AREA) : null);
    // (the outermost element with that id: an Ember card holds its header and a stream wrapper with the same id,
    // public-tuning-53)
    const id = el?.getAttribute('data-conversation-id');
    for (let up = el?.parentElement; id && up; up = up.parentElement) if (up.getAttribute('data-conversation-id') === id) el = up;
    if (el) return el;
  }
  return null;
}

/** The open conversation's id as the page shows it: the `[data-conversation-id]` around its thread, title or
 *  composer, else the page's only one. Never just the first in the DOM: a list of other conversations may come
 *  first, and its entry's id would read as a mismatch with the URL. */
function pageConversationId(doc: Document): string | undefined {
  const id = openConversation(doc)?.getAttribute('data-conversation-id');
  if (id) return id;
  const ids = new Set(Array.from(doc.querySelectorAll('[data-conversation-id]'), (el) => el.getAttribute('data-conversation-id')));
  return ids.size === 1 ? [...ids][0] ?? undefined : undefined;
}

function findEditor(doc: Document): HTMLElement | null {
  return queryEditor(doc, S.editor.selectors);
}

export const intercomAdapter: HelpdeskAdapter = {
  id: 'intercom',
  detect: detectIntercom,
  ...adapterParts(readTicketUnsafe, findEditor),
  // An untitled chat shows no subject: its absence is no sign of a misread.
  subjectOptional: () => true,
  readByLayout: (doc) => byLayout.get(doc) ?? false,
  threadPartial: (doc) => {
    try {
      return threadPartial(doc);
    } catch {
      return false;
    }
  },
  pageTicketId(doc: Document): string | undefined {
    try {
      return pageConversationId(doc);
    } catch {
      return undefined;
    }
  },
};
