// The public-facts fixture set (tests/fixtures/public/, written blind from public sources): every built-in
// adapter reads >= 98 % of the fields right, per helpdesk (tests/scoring/reading-score.ts says how fields are compared).
// happy-dom here; `npm run bench:reading` gives the same figure in Chromium.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { pickAdapter } from '../../../adapters';
import { findThreadByStructure } from '../../../adapters/shared/structure';
import { APPS, loadFixtureSet, percent, readPage, scorePage, tally } from '../../scoring/reading-score';

const DIR = join(dirname(fileURLToPath(import.meta.url)), '../../fixtures/public');
const pages = loadFixtureSet(DIR, 'public');
// Tuning set 2 (tests/fixtures/public-tuning-2/, written blind from public sources: other eras and shapes of the
// same apps). Its _build/ folder holds no pages.
const DIR2 = join(dirname(fileURLToPath(import.meta.url)), '../../fixtures/public-tuning-2');
const pages2 = loadFixtureSet(DIR2, 'public-tuning-2').filter((p) => !p.name.startsWith('_build/'));

/** Parsed as the other adapter tests do (DOMParser: no layout, so only markup says what is hidden). */
/** A page as a browser parses it. happy-dom's parser leaves a <select>'s chosen option wrong (it answers another one
 *  than the option marked `selected`); a browser chooses the last option marked so, and the test does the same. */
const docFor = (file: string) => {
  const doc = new DOMParser().parseFromString(readFileSync(file, 'utf8'), 'text/html');
  for (const select of Array.from(doc.querySelectorAll('select'))) {
    const options = Array.from(select.options);
    const chosen = options.findLastIndex((o) => o.hasAttribute('selected'));
    if (chosen >= 0) select.selectedIndex = chosen;
  }
  return doc;
};

const results = pages.map((page) => ({ page, fields: scorePage(page, readPage({ pickAdapter }, docFor(page.file), page.url, page.expected.editor)) }));
const byKey = tally(results);
const results2 = pages2.map((page) => ({ page, fields: scorePage(page, readPage({ pickAdapter }, docFor(page.file), page.url, page.expected.editor)) }));
const byKey2 = tally(results2);
// Tuning set 3 (tests/fixtures/public-tuning-3/, written blind: translated UIs, image-only messages, forms kept mounted).
const DIR3 = join(dirname(fileURLToPath(import.meta.url)), '../../fixtures/public-tuning-3');
const pages3 = loadFixtureSet(DIR3, 'public-tuning-3').filter((p) => !p.name.startsWith('_build/'));
const results3 = pages3.map((page) => ({ page, fields: scorePage(page, readPage({ pickAdapter }, docFor(page.file), page.url, page.expected.editor)) }));
const byKey3 = tally(results3);
/** Tuning sets 4 onwards (written blind), each read page by page: only the fields listed are wrong. Their lists are
 *  today's misses, which shrink as general rules fix them (a listed field that reads right fails the test). (happy-dom
 *  does not apply `:not(<complex selector>)`, so nested part matches counted twice in it until the Intercom adapter
 *  kept the outermost of nested matches; its wrong <select> choice, which once filled these lists, is set right by
 *  docFor.) */
const LATER_SETS: { set: string; about: string; pages: number; knownWrong: Record<string, string[]> }[] = [
  {
    set: 'public-tuning-4',
    about: 'older layout generations: Zendesk Lotus, Intercom\'s Ember inbox on app.intercom.io, Freshdesk classic; attachments-only messages, status cards, RTL and Korean UIs',
    pages: 24,
    knownWrong: {},
  },
  {
    set: 'public-tuning-5',
    about: 'odd states and customised instances: list and search panes beside the open item, sidebar apps, macro previews, drafts, collision banners, long threads; Freshdesk\'s classic "commentbox" view',
    pages: 24,
    knownWrong: {},
  },
  {
    set: 'public-tuning-6',
    about: '"Save page as" captures with framework noise: Garden and Ember attributes, state blobs, templates, tooltips and popovers, separators, receipts',
    pages: 24,
    knownWrong: {},
  },
  {
    set: 'public-tuning-7',
    about: "ticket properties in every form: requester only in hovercards, mailto links or From lines; subjects as inputs and titles; status and priority as selects, pills, dots and grids beside other tickets' values",
    pages: 24,
    // Today's misses (happy-dom) of this new batch, to be fixed by general rules: each fixed field leaves this list.
    knownWrong: {
      'zendesk/zd-aw-requester-email-only-in-hovercard': ['requester.email'],
    },
  },
  {
    set: 'public-tuning-8',
    about: "an independent resample: a new writer's own reading of the public evidence on each app's current and older layouts, not shown the earlier batches",
    pages: 24,
    // Today's misses (happy-dom) of this new batch, to be fixed by general rules: each fixed field leaves this list.
    knownWrong: {
      // (an event row of the log and Lotus audit rows, messages by the held-out README's convention that batches 17/18
      // follow: this batch's README counted them as no message)
      'zendesk/zd-aw-messaging-bot-dark-theme': ['messages.count'],
      'zendesk/zd-lotus-merged-ticket-comment': ['messages.count'],
      'zendesk/zd-lotus-newest-first-note-quoted': ['messages.count'],
    },
  },
  {
    set: 'public-tuning-10',
    about: "an independent resample by a third new writer (sources other than toggl and clockify first)",
    pages: 24,
    // Today's misses (happy-dom) of this new batch, to be fixed by general rules: each fixed field leaves this list.
    knownWrong: {
      'intercom/ic-ember-legacy-email-lazyload-mixed-language': ['subject'],
    },
  },
  {
    set: 'public-tuning-9',
    about: "an independent resample by a second new writer (Freshdesk researched first)",
    pages: 24,
    // Today's misses (happy-dom) of this new batch, to be fixed by general rules: each fixed field leaves this list.
    knownWrong: {},
  },
  {
    set: 'public-tuning-11',
    about: "an independent resample by a fourth new writer (Zendesk researched first), kept out of tuning until the batch 7-10 rules were in: its first figure is a check of them",
    pages: 24,
    // Today's misses (happy-dom) of this new batch, to be fixed by general rules: each fixed field leaves this list.
    knownWrong: {
      'freshdesk/fd-classic-forwarded-thread-reply-closed': ['editor'],
    },
  },
  {
    set: 'public-tuning-13',
    about: "Independent resample by a sixth new writer (blind, own public research: Lotus newest-first comments, Ember inbox bubbles, Inbox 2 categories, Freshdesk classic and Mint, RTL threads)",
    pages: 24,
    // Today's misses (happy-dom) of this new batch, to be fixed by general rules: each fixed field leaves this list.
    knownWrong: {},
  },
  {
    set: 'public-tuning-14',
    about: "Independent resample by a seventh new writer (blind, own public research, a busy day: long threads, merged tickets, several tabs, notes among replies, bots, quoted mail)",
    pages: 24,
    // Today's misses (happy-dom) of this new batch, to be fixed by general rules: each fixed field leaves this list.
    knownWrong: {},
  },
  {
    set: 'public-tuning-12',
    about: "Independent resample by a fifth new writer (blind, own public research, Freshdesk first: classic dropdowns, paged-out items, Mint outside replies, Ember inbox, Lotus newest-first, Japanese UI)",
    pages: 24,
    // Today's misses (happy-dom) of this new batch, to be fixed by general rules: each fixed field leaves this list.
    knownWrong: {
      'zendesk/zd-lotus-japanese-ui': ['priority'],
    },
  },
  {
    set: 'public-tuning-15',
    about: "Independent resample by an eighth new writer (blind, own research, Intercom first: Ember bubbles, inbox2__ and inbox-2__ rows, the newest Tailwind inbox; Freshdesk classic and Mint; Lotus and Agent Workspace)",
    pages: 24,
    // Today's misses (happy-dom) of this new batch, to be fixed by general rules: each fixed field leaves this list.
    knownWrong: {},
  },
  {
    set: 'public-tuning-16',
    about: "Independent resample by a ninth new writer (blind, own research, properties and composers: requester cards, subjects, status and priority in sidebars, headers, pills, selects; reply vs note modes)",
    pages: 24,
    // Today's misses (happy-dom) of this new batch, to be fixed by general rules: each fixed field leaves this list.
    knownWrong: {},
  },
  {
    set: 'public-tuning-18',
    about: "Blind batch 18 (2026-12-06): a resample of the held-out README's brief by a writer who read only that README (2 pages per row of its table), never its pages",
    pages: 18,
    // Today's misses (happy-dom) of this new batch, to be fixed by general rules: each fixed field leaves this list.
    knownWrong: {},
  },
  {
    set: 'public-tuning-17',
    about: "Blind batch 17 (2026-12-06): a resample of the held-out README's brief by a writer who read only that README (2 pages per row of its table), never its pages",
    pages: 18,
    // Today's misses (happy-dom) of this new batch, to be fixed by general rules: each fixed field leaves this list.
    knownWrong: {},
  },
  {
    set: 'public-tuning-19',
    about: "Blind batch 19: a resample of the held-out README's Intercom rows (4 pages per row), written by a helper who saw only that README",
    pages: 12,
    // Today's misses (happy-dom) of this new batch, to be fixed by general rules: each fixed field leaves this list.
    knownWrong: {},
  },
  {
    set: 'public-tuning-20',
    about: "Blind batch 20: a resample of the held-out README's Freshdesk rows (4 pages per row), written by a helper who saw only that README",
    pages: 12,
    // Today's misses (happy-dom) of this new batch, to be fixed by general rules: each fixed field leaves this list.
    knownWrong: {},
  },
  {
    set: 'public-tuning-21',
    about: "Blind batch 21: a resample of the held-out README's Zendesk rows (4 pages per row), written by a helper who saw only that README",
    pages: 12,
    // Today's misses (happy-dom) of this new batch, to be fixed by general rules: each fixed field leaves this list.
    knownWrong: {},
  },
  {
    set: 'public-tuning-22',
    about: "Blind batch 22: the held-out README's Freshdesk rows again (4 pages per row), the writer asked to make the other plausible choices (markup generations, places for authors, notes, status); written by a helper who saw only that README",
    pages: 12,
    // Today's misses (happy-dom) of this new batch, to be fixed by general rules: each fixed field leaves this list.
    knownWrong: {
      'freshdesk/mint-fr-french-ui-labels': ['status'],
    },
  },
  {
    set: 'public-tuning-23',
    about: "Blind batch 23: the held-out README's Intercom rows again (4 pages per row), the writer asked to make the other plausible choices (markup generations, places for authors, notes, status); written by a helper who saw only that README",
    pages: 12,
    // Today's misses (happy-dom) of this new batch, to be fixed by general rules: each fixed field leaves this list.
    knownWrong: {},
  },
  {
    set: 'public-tuning-24',
    about: 'The first held-out set (public-holdout until 2026-12-07), retired to tuning at 94.0 % when public-holdout-2 replaced it: 9 pages, one per row of its README, written blind from public sources',
    pages: 9,
    // Today's misses (happy-dom) of the retired set, to be fixed by general rules: each fixed field leaves this list.
    knownWrong: {},
  },  {
    set: 'public-tuning-26',
    about: "Blind batch 26, Intercom only: 16 pages resampling public-holdout-2's README brief (its Intercom rows, four pages each: two as the real app renders, two other plausible choices); written by a helper who saw only that README, the format and public sources",
    pages: 16,
    // Arrival (Chromium): 579/720 = 80.4 %. Left: an "other plausible choice" of the List view (the author line on
    // the first part of a run only). Continuing the run would contradict the public source the List view is modelled
    // on (the Swedish "Intercom AI Helper", stored id 18525760070: a part without `admin-avatar-name` is the
    // customer's), so those bare parts stay the customer's.
    knownWrong: {
      'intercom/inbox2-list-view-unassigned-run-author': ['messages[4].role', 'messages[4].authorName', 'messages[7].role', 'messages[7].authorName'],
    },
  },
  {
    set: 'public-tuning-28',
    about: "Blind batch 28, Freshdesk only: 8 pages (4 Mint, 4 classic; Dutch and French UIs, an older Mint, a 2013 classic) from a brief of the writer's own choosing",
    pages: 8,
    // Arrival (Chromium) at the session's start (f6715d7): 218/224 = 97.3 %; after batch 27's rules, before any change
    // for this batch: 221/224 = 98.7 %. Left: this writer names who triggered a classic activity row (system), where
    // every other set's 424 system rows name no author (see finishSnapshot). (Its Dutch priority label, "Gemiddeld", was
    // wrong until the vocabulary learnt Dutch.)
    knownWrong: {
      'freshdesk/fd-classic-private-notes-activities': ['messages[1].authorName', 'messages[5].authorName'],
    },
  },
  {
    set: 'public-tuning-29',
    about: "Blind batch 29: 4 Zendesk (Agent Workspace split view, Hebrew messaging, Lotus, a views list) and 4 Intercom (Ember, Inbox 2 in German and Japanese) pages from a brief of the writer's own choosing",
    pages: 8,
    // Arrival (Chromium) at the session's start (f6715d7): 348/348, before any change for it.
    knownWrong: {},
  },
  {
    set: 'public-tuning-30',
    about: "Blind batch 30, Freshdesk only: 8 pages (Spanish, German and Arabic UIs, third-party and vendor replies kept as notes, outbound e-mail, a phone contact, a 2012 classic), the writer asked for variants an extension built from others' pages would get wrong",
    pages: 8,
    // Arrival (Chromium) at the session's start (f6715d7): 211/220 = 95.9 %; with this session's earlier rules, before
    // any change for it: 218/220 = 99.1 %. Left: a 2012 reply form's plain text area, shown: the same form hidden (not
    // yet opened, tuning-10) must give no editor, and the selector that finds the one finds the other.
    knownWrong: {
      'freshdesk/classic-2012-minimized-notes-textarea': ['editor'],
    },
  },
  {
    set: 'public-tuning-31',
    about: "Blind batch 31, Freshdesk only: 8 pages (Dutch Mint, load more with a custom status, an older Mint outbound e-mail, a contact timeline, 2013 classic, RTL bodies, a vendor's forward), the writer asked for variants an extension built from others' pages would get wrong",
    pages: 8,
    // Arrival (Chromium) at the session's start (f6715d7): 231/240 = 96.3 %; with this session's earlier rules, before
    // any change for it: 240/240.
    knownWrong: {},
  },
  {
    set: 'public-tuning-36',
    about: "The Intercom part of held-out set 7, retired to tuning after one scoring: 6 pages written blind from a brief of the writer's own choosing",
    pages: 6,
    // Its held-out figure (Chromium, 3ce0dcf): 190/212 = 89.6 %; now 211/212. Left: a priority read from an event's
    // words ("marked this conversation as priority"), as tuning-35's writer also does; no page shows it otherwise.
    knownWrong: {
      'intercom/inbox2-long-thread-collapsed-priority': ['priority'],
    },
  },
  {
    set: 'public-tuning-37',
    about: "The Zendesk part of held-out set 7, retired to tuning after one scoring: 6 pages written blind from a brief of the writer's own choosing",
    pages: 6,
    // Its held-out figure (Chromium, 3ce0dcf): 183/188 = 97.3 %; now 188/188.
    knownWrong: {},
  },
  {
    set: 'public-tuning-38',
    about: "The Intercom part of held-out set 8, retired to tuning after one scoring: 6 pages written blind from a brief of the writer's own choosing",
    pages: 6,
    // Its held-out figure (Chromium, 5d674a8): 213/224 = 95.1 %; now 224/224.
    knownWrong: {},
  },
  {
    set: 'public-tuning-39',
    about: "One of the two Intercom parts of held-out set 9, retired to tuning after one scoring: 6 pages written blind from a brief of the writer's own choosing",
    pages: 6,
    // Its held-out figure (Chromium, 48a4d91): 293/304 = 96.4 %; now 303/304. Left: a state shown only in a banner's
    // sentence above the stream ("This conversation is snoozed until ..."), the writer's own markup.
    knownWrong: {
      'intercom/inbox2-table-list-view-snoozed-two-note-authors': ['status'],
    },
  },
  {
    set: 'public-tuning-40',
    about: "The other Intercom part of held-out set 9, retired to tuning after one scoring: 6 pages written blind from a brief of the writer's own choosing",
    pages: 6,
    // Its held-out figure (Chromium, 48a4d91): 251/280 = 89.6 %; now 276/280 (its pressed "Marked as priority" toggle
    // since tuning-41 showed the same). Left: tuning-35's convention (a state implied by a "Close" button: open), which
    // other writers do not follow; an Ember full card's title beside the contact's name in its header (read so, the list
    // cards' titles, which are contacts' names, were taken).
    knownWrong: {
      'intercom/ember-card-chat-notes-operator-tag': ['status'],
      'intercom/ember-rtl-arabic-email-closed': ['subject'],
      'intercom/inbox2-email-quoted-signatures-attachments': ['status'],
      'intercom/inbox2-german-ui-fin-handover-events': ['status'],
    },
  },
  {
    set: 'public-tuning-41',
    about: "One of the two Intercom parts of held-out set 11, retired to tuning after one scoring: 6 pages written blind from a brief of the writer's own choosing",
    pages: 6,
    // Its held-out figure (Chromium, 2736aef): 262/296 = 88.5 %; now 294/296 (its Hebrew-labelled e-mail row, the
    // panel's only address, since tuning-49). Left: an Ember bot part named only by a plain span in its meta line
    // ("Operator").
    knownWrong: {
      'intercom/ember-inbox-operator-note-assignment': ['messages[1].role', 'messages[1].authorName'],
    },
  },
  {
    set: 'public-tuning-42',
    about: "One of the two Intercom parts of held-out set 12, retired to tuning after one scoring: 6 pages written blind from a brief of the writer's own choosing",
    pages: 6,
    // Its held-out figure (Chromium, 9e2da32): 226/240 = 94.2 %; now 240/240.
    knownWrong: {},
  },
  {
    set: 'public-tuning-43',
    about: "One of the two Intercom parts of held-out set 10, retired to tuning when a later rule read its events as authored: 6 pages written blind from a brief of the writer's own choosing",
    pages: 6,
    // Its held-out figure (Chromium, b7d8eae): 307/312 = 98.4 %; 292/312 at cac0ee9; now 309/312 (the German state
    // button "Offen" beside the title read since public-tuning-55). Left: an event row that is a group with no part
    // inside ("Fin hat die Unterhaltung ... übergeben") taken for a bot's part, and a German page's e-mail.
    knownWrong: {
      'intercom/inbox-2-german-ui-long-email-thread': ['requester.email', 'messages[3].role', 'messages[3].authorName'],
    },
  },
  {
    set: 'public-tuning-44',
    about: "One of the two Intercom parts of held-out set 13, retired to tuning after one scoring: 6 pages written blind from a brief of the writer's own choosing",
    pages: 6,
    // Its held-out figure (Chromium, cac0ee9): 245/256 = 95.7 %; now 256/256.
    knownWrong: {},
  },
  {
    set: 'public-tuning-45',
    about: "The other Intercom part of held-out set 13, retired to tuning after one scoring: 6 pages written blind from a brief of the writer's own choosing",
    pages: 6,
    // Its held-out figure (Chromium, cac0ee9): 283/292 = 96.9 %; now 292/292.
    knownWrong: {},
  },
  {
    set: 'public-tuning-46',
    about: "The Freshdesk part of held-out set 14, retired to tuning after one scoring: 6 pages written blind from a brief of the writer's own choosing",
    pages: 6,
    // Its held-out figure (Chromium, 933c48e): 152/172 = 88.4 %; now 170/172. Left: an activity row's agent name (the
    // reader's convention: a system row names no author, adapters/shared/read.ts; tuning-28's writer is the other one
    // to name it).
    knownWrong: {
      'freshdesk/classic-activities-minimized': ['messages[1].authorName', 'messages[5].authorName'],
    },
  },
  {
    set: 'public-tuning-47',
    about: "The Zendesk part of held-out set 14, retired to tuning after one scoring: 6 pages written blind from a brief of the writer's own choosing",
    pages: 6,
    // Its held-out figure (Chromium, 933c48e): 218/224 = 97.3 %; now 224/224.
    knownWrong: {},
  },
  {
    set: 'public-tuning-48',
    about: "One of the three Intercom parts of held-out set 14, retired to tuning after one scoring: 6 pages written blind from a brief of the writer's own choosing",
    pages: 6,
    // Its held-out figure (Chromium, 933c48e): 252/260 = 96.9 %; now 259/260. Left: an Ember card titled "Conversation
    // with <contact>", which the writer reads as no subject (a rule for it did not fit the content script's budget).
    knownWrong: {
      'intercom/ember-operator-bot-tags-long': ['subject'],
    },
  },
  {
    set: 'public-tuning-49',
    about: "Another of the three Intercom parts of held-out set 14, retired to tuning after one scoring: 6 pages written blind from a brief of the writer's own choosing",
    pages: 6,
    // Its held-out figure (Chromium, 933c48e): 265/272 = 97.4 %; now 268/272. Left: tuning-35's convention (a state
    // implied by a "Close" button, or by the list's "Open" filter: open), which other writers do not follow.
    knownWrong: {
      'intercom/ember-2019-email-quote-sidebar-keys': ['status'],
      'intercom/inbox-2-hebrew-rtl-email-subject': ['status'],
      'intercom/inbox2-details-sheet-copilot-workflow-bot': ['status'],
      'intercom/inbox2-german-fin-handover-notes': ['status'],
    },
  },
  {
    set: 'public-tuning-50',
    about: "One of the two Freshdesk parts of held-out set 15, retired to tuning after one scoring: 6 pages written blind from a brief of the writer's own choosing",
    pages: 6,
    // Its held-out figure (Chromium, cf51fe0): 94/212 = 44.3 % (its classic pages, on the helpdesk's own domain, were
    // not recognised); now 210/212. Left: an activity row's agent name (see public-tuning-46).
    knownWrong: {
      'freshdesk/classic-activities-private-attachments': ['messages[5].authorName'],
      'freshdesk/classic-long-thread-forward-survey': ['messages[8].authorName'],
    },
  },
  {
    set: 'public-tuning-51',
    about: "One of the three Intercom parts of held-out set 15, retired to tuning after one scoring: 6 pages written blind from a brief of the writer's own choosing",
    pages: 6,
    // Its held-out figure (Chromium, cf51fe0): 242/252 = 96.0 %; now 252/252.
    knownWrong: {},
  },
  {
    set: 'public-tuning-52',
    about: "Another of the three Intercom parts of held-out set 15, retired to tuning after one scoring: 6 pages written blind from a brief of the writer's own choosing",
    pages: 6,
    // Its held-out figure (Chromium, cf51fe0): 274/288 = 95.1 %; now 285/288. Left: tuning-35's convention (a state
    // implied by a "Close" button: open).
    knownWrong: {
      'intercom/ember-inbox-list-operator-note': ['status'],
      'intercom/inbox2-email-priority-quoted-attachments': ['status'],
      'intercom/inbox2-messenger-fin-handover-notes': ['status'],
    },
  },
  {
    set: 'public-tuning-53',
    about: "The third Intercom part of held-out set 15, retired to tuning after one scoring: 6 pages written blind from a brief of the writer's own choosing",
    pages: 6,
    // Its held-out figure (Chromium, cf51fe0): 262/296 = 88.5 %; now 296/296 (the German state pill "Offen" read since
    // public-tuning-55). Left in happy-dom only: the open Ember card's title (`.o__expanded
    // .conversation__card__title__text`: happy-dom does not match a selector's ancestors outside the element queried).
    knownWrong: {
      'intercom/ember-2018-card-list-email-thread': ['subject'],
    },
  },
  {
    set: 'public-tuning-54',
    about: "The first Zendesk part of held-out set 16, retired to tuning after one scoring: 6 pages written blind from a brief of the writer's own choosing",
    pages: 6,
    // Its held-out figure (Chromium, 4763ea3): 231/236 = 97.9 %; now 236/236.
    knownWrong: {},
  },
  {
    set: 'public-tuning-55',
    about: "The first Intercom part of held-out set 16, retired to tuning after one scoring: 6 pages written blind from a brief of the writer's own choosing",
    pages: 6,
    // Its held-out figure (Chromium, 4763ea3): 257/264 = 97.3 %; now 264/264.
    knownWrong: {},
  },
  {
    set: 'public-tuning-56',
    about: "The third Intercom part of held-out set 16, retired to tuning after one scoring: 6 pages written blind from a brief of the writer's own choosing",
    pages: 6,
    // Its held-out figure (Chromium, 4763ea3): 249/260 = 95.8 %; now 258/260. Left, this writer's convention: a group
    // of parts (each with its own part id) is one message; Intercom's API and the other Intercom writers (tuning-55's
    // README among them) make each part one, and the adapter keeps to theirs.
    knownWrong: {
      'intercom/inbox-2-long-thread-fin-reassigned': ['messages.count'],
      'intercom/inbox2-split-view-fin-handover': ['messages.count'],
    },
  },
  {
    set: 'public-tuning-35',
    about: 'The fifth held-out set (all Intercom), retired to tuning after one scoring: 8 pages written blind from a brief of the writer\'s own choosing',
    pages: 8,
    // Its held-out figure (Chromium, fcafd63): 268/276 = 97.1 %; now 271/276 (a "Reopen" button reads as closed, the
    // rule tuning-40 showed). Left, a convention this writer and tuning-40's follow: a state the page does not show but
    // implies (a "Close" button means open), and a priority from an event's words. Read so, ~40 pages of seven other
    // writers, who give null where no state is shown, went wrong; the adapter keeps to theirs.
    knownWrong: {
      'intercom/ember-card-note-profile': ['status'],
      'intercom/ic2-busy-list-recent-convs': ['status'],
      'intercom/ic2-email-quote-signature': ['status', 'priority'],
      'intercom/ic2-rtl-arabic-2026': ['status'],
    },
  },
  {
    set: 'public-tuning-34',
    about: "The Intercom half of held-out set 4b, retired to tuning after one scoring: 4 pages (Ember with Operator, Inbox 2 e-mail, Fin hand-over, German long thread) written blind from a brief of the writer's own choosing",
    pages: 4,
    // Its held-out figure (Chromium, a0374ad): 173/180 = 96.1 %; now 180/180.
    knownWrong: {},
  },
  {
    set: 'public-tuning-33',
    about: "The third held-out set (public-holdout-3 until 2026-12-07), retired to tuning at 85.4 %: 12 pages, four per helpdesk, written blind from a brief of the writer's own choosing",
    pages: 12,
    // Its last held-out figures (Chromium, b89fddc): FD 96/156 = 61.5 %, IC 186/192 = 96.9 %, ZD 155/164 = 94.5 %; now
    // FD 156/156, IC 192/192, ZD 162/164 (its pt-BR closed page by its "Reabrir" button since tuning-40, its Hebrew Lotus
    // priority by the form's select since tuning-47, its e-mail part's sender by the part's own head since tuning-53).
    // Left: a Hebrew Lotus requester box with no hook or label the adapter knows.
    knownWrong: {
      'zendesk/lotus-hebrew-rtl-newest-first': ['requester.name', 'requester.email'],
    },
  },
  {
    set: 'public-tuning-32',
    about: "Blind batch 32: 4 Zendesk (Lotus in Dutch, Hebrew Agent Workspace, messaging hand-off in three tabs, a side conversation) and 4 Intercom (Ember card, French and table-view Inbox 2, a Copilot editor decoy) pages, the writer asked for variants an extension built from others' pages would get wrong",
    pages: 8,
    // Arrival (Chromium) at the session's start (f6715d7): IC 180/188 = 95.7 %, ZD 167/172 = 97.1 %; with this session's
    // earlier rules, before any change for it: IC 186/188, ZD 168/172. (Its Ember card's state, read from the
    // conversation list's filter title until public-tuning-34 showed the same, is now read as none.)
    knownWrong: {},
  },
  {
    set: 'public-tuning-27',
    about: "Blind batch 27: 10 Freshdesk (Mint and classic) and 6 Zendesk (Agent Workspace and Lotus) pages from a brief of the writer's own choosing; written by a helper who saw only the format and public sources",
    pages: 16,
    // Arrival (Chromium): FD 226/252 = 89.7 %, ZD 147/152 = 96.7 %. (Its Hebrew priority label, "גבוהה", was wrong until
    // the vocabulary learnt Hebrew priorities, seen on batch 32 too.) Left: a third party's e-mailed reply that Freshdesk
    // keeps as a private note, which this writer counts as not internal; the adapter counts it internal, as batches 30
    // and 31 and the kept-reply rule do (it was read right only while the adapter read the wrapper inside the item).
    knownWrong: {
      'freshdesk/fd-mint-external-reply-in-note-style': ['messages[2].internal'],
    },
  },
  {
    set: 'public-tuning-25',
    about: 'Blind batch 25, Intercom only: 16 pages in translated UIs (Hebrew, Arabic, Italian, Spanish, pt-BR, Dutch, Polish), e-mail subjects inside the first part, Ember-era cards; written by a helper who saw only the retired held-out README and public sources',
    pages: 16,
    // Arrival (Chromium, before any change for it): 620/696 = 89.1 %. The status fields below are a convention, not a
    // misread: this writer expects the state chip's word as shown ("pospuesta"); the adapters give the helpdesk's API
    // value ("snoozed"), as every earlier batch with a translated UI expected (adapters/shared/vocabulary.ts).
    knownWrong: {
      'intercom/ar-inbox-2-tailwind-fin-snoozed': ['status'],
      'intercom/ar-inbox2-operator-closed': ['status'],
      'intercom/es-inbox2-email-asunto-pospuesta': ['status'],
      'intercom/es-inbox2-fin-handover-open': ['status'],
      'intercom/he-inbox2-chat-fin-handover-note': ['status'],
      'intercom/he-inbox2-email-subject-in-part-snoozed': ['status'],
      'intercom/it-inbox2-operator-closed-events': ['status'],
      'intercom/nl-inbox2-gesloten-note-run': ['status'],
      'intercom/pl-inbox2-otwarta-fin-invoice': ['status'],
      'intercom/ptbr-inbox-2-tailwind-adiado': ['status'],
      'intercom/ptbr-inbox2-aberto-fin-two-notes': ['status'],
      'intercom/ptbr-inbox2-email-assunto-fechado': ['status'],
    },
  },
];

/** The fields still read wrong on tuning set 2, in this DOM (DOMParser under happy-dom), and why:
 *  - the 2021 Zendesk layout shows the requester's e-mail only in an unlabelled side card: nothing public to read
 *    it by (the classic "Lotus" priority box is read by its label since tuning batch 4). */
const KNOWN_WRONG: Record<string, string[]> = {
  'zendesk/zd-aw-2021-polaris-note-mode': ['requester.email'],
};

describe('public-facts fixture set', () => {
  it.each(APPS.map((app) => ({ app })))('$app: >= 98 % of the fields read right', ({ app }) => {
    const t = byKey.get(`public ${app}`)!;
    expect(t.total).toBeGreaterThan(50);
    expect(percent(t), t.wrong.join('\n')).toBeGreaterThanOrEqual(98);
  });

  it('the page whose first pane is a hidden ticket is read as the one on screen', () => {
    const t = byKey.get('public/misleading zendesk')!;
    expect(t.wrong.filter((w) => w.startsWith('misleading/zendesk-wrong-pane-first'))).toEqual([]);
  });
});

describe('public-facts tuning set 2', () => {
  it('has its 18 pages', () => expect(pages2).toHaveLength(18));

  // The bar is what the adapters reach (happy-dom): see KNOWN_WRONG.
  const BAR: Record<string, number> = { zendesk: 99.7, intercom: 100, freshdesk: 100 };
  it.each(APPS.map((app) => ({ app })))('$app: fields read right at least at the reached bar', ({ app }) => {
    const t = byKey2.get(`public-tuning-2 ${app}`)!;
    expect(t.total).toBeGreaterThan(300);
    expect(percent(t), t.wrong.join('\n')).toBeGreaterThanOrEqual(BAR[app]);
  });

  it.each(results2.map(({ page, fields }) => ({ name: page.name, fields })))('$name: only the known fields are wrong', ({ name, fields }) => {
    expect(fields.filter((f) => !f.ok).map((f) => f.field)).toEqual(KNOWN_WRONG[name] ?? []);
  });
});

describe('public-facts tuning set 3', () => {
  it('has its 22 pages', () => expect(pages3).toHaveLength(22));

  it.each(results3.map(({ page, fields }) => ({ name: page.name, fields })))('$name: every field read right', ({ fields }) => {
    expect(fields.filter((f) => !f.ok).map((f) => `${f.field}: expected ${JSON.stringify(f.expected)} got ${JSON.stringify(f.got)}`)).toEqual([]);
  });

  it.each(APPS.map((app) => ({ app })))('$app: all fields read right', ({ app }) => {
    expect(percent(byKey3.get(`public-tuning-3 ${app}`)!)).toBe(100);
  });
});

describe.each(LATER_SETS)('$set ($about)', ({ set, pages: count, knownWrong }) => {
  const pages = loadFixtureSet(join(dirname(fileURLToPath(import.meta.url)), '../../fixtures', set), set).filter((p) => !p.name.startsWith('_build/'));
  const results = pages.map((page) => ({ page, fields: scorePage(page, readPage({ pickAdapter }, docFor(page.file), page.url, page.expected.editor)) }));

  it(`has its ${count} pages`, () => expect(pages).toHaveLength(count));

  it.each(results.map(({ page, fields }) => ({ name: page.name, fields })))('$name: only the known fields are wrong', ({ name, fields }) => {
    expect(fields.filter((f) => !f.ok).map((f) => f.field)).toEqual(knownWrong[name] ?? []);
  });
});

describe('findThreadByStructure', () => {
  const html = (thread: string) => `<body><nav><a href="/1">Ticket one, a long enough title</a><a href="/2">Ticket two, a long enough title</a></nav>
    <main><h1>Subject</h1><div class="x-log">${thread}</div><div class="composer"><div contenteditable="true"></div></div></main></body>`;
  const msg = (who: string, text: string, t: string) => `<div class="x-item q${t}"><span class="x-who">${who}</span><time datetime="2024-05-0${t}T10:00:00Z">May ${t}</time><p>${text}</p></div>`;

  it('finds repeated blocks with text and times next to the editor, whatever their class names', () => {
    const doc = new DOMParser().parseFromString(html(msg('Ana', 'My parcel never arrived, can you check?', '1') + msg('Bo', 'I am checking with the carrier right now.', '2') + msg('Ana', 'Thanks, still nothing today though.', '3')), 'text/html');
    const found = findThreadByStructure(doc)!;
    expect(found.container.className).toBe('x-log');
    expect(found.blocks).toHaveLength(3);
  });

  it('does not take a list of links, or blocks without times, for a thread', () => {
    const links = `<ul>${'<li><a href="/t/1">A conversation preview long enough to count <time datetime="2024-05-01T10:00:00Z">1h</time></a></li>'.repeat(4)}</ul>`;
    expect(findThreadByStructure(new DOMParser().parseFromString(`<body>${links}</body>`, 'text/html'))).toBeNull();
    const cards = '<div><div class="c">Pending for more than three hours now</div><div class="c">First response due in three hours</div></div>';
    expect(findThreadByStructure(new DOMParser().parseFromString(`<body>${cards}<div contenteditable="true"></div></body>`, 'text/html'))).toBeNull();
  });

  it('leaves hidden blocks out', () => {
    const doc = new DOMParser().parseFromString(html(`<div hidden>${msg('A', 'hidden one with text enough', '1')}${msg('B', 'hidden two with text enough', '2')}</div>`), 'text/html');
    expect(findThreadByStructure(doc)).toBeNull();
  });
});
