// From the four elements the agent picked to a custom adapter config for this host, layered over the built-in
// adapter (adapters/index.ts), checked with the custom adapter's own validator.
import { validateCustomAdapterConfig, type CustomAdapterConfig } from '../../adapters/custom';
import { parse as parseCss, stringify } from 'css-what';
import { DeepQuery, parsePiercing } from '../../adapters/shared/deep-query';
import { subjectOf } from '../../adapters/shared/selector-split';
import { bodyElementOf, customerMarkOf, messageSelector, selectorInMessage, uniqueSelector } from './selectors';

export interface RepairPicks {
  subject: Element;
  message: Element;
  author: Element;
  editor: Element;
}

/** Why a pick could not become a selector (codes; the panel words them). */
export type RepairProblem = 'subject' | 'message' | 'author' | 'editor' | 'invalid';

export type RepairBuild =
  | { ok: true; config: CustomAdapterConfig; positional: string[] }
  | { ok: false; problems: RepairProblem[]; detail?: string[] };

/** A body selector that finds nothing: the reader then takes the whole message minus its author and time. */
const NO_BODY = ':not(*)';

/** "support.acme.test:8443" -> "repair-support-acme-test-8443" (the id rules of custom configs). */
export function overrideIdFor(host: string): string {
  // (split and join rather than trimming runs of '-' with a pattern: linear on any host text)
  const words = host.toLowerCase().split(/[^a-z0-9]/).filter(Boolean);
  let id = `repair-${words.join('-')}`.slice(0, 64);
  while (id.endsWith('-')) id = id.slice(0, -1);
  return id;
}

/** The match pattern for every page of the host the agent repaired ("https://support.acme.test/*"). */
export function hostPatternOf(url: string): { host: string; pattern: string } | null {
  try {
    const u = new URL(url);
    if (u.protocol !== 'https:' && u.protocol !== 'http:') return null;
    return { host: u.host, pattern: `${u.protocol}//${u.host}/*` };
  } catch {
    return null;
  }
}

export function buildRepairConfig(picks: RepairPicks, doc: Document, url: string): RepairBuild {
  const problems: RepairProblem[] = [];
  const where = hostPatternOf(url);
  const subject = uniqueSelector(picks.subject, doc);
  if (!subject) problems.push('subject');
  const message = messageSelector(picks.message, doc);
  if (!message) problems.push('message');
  const messages = message ? new DeepQuery().find(doc, message.selector) : [picks.message];
  const author = selectorInMessage(picks.author, picks.message, messages);
  if (!author) problems.push('author');
  const editor = uniqueSelector(picks.editor, doc);
  if (!editor) problems.push('editor');
  if (problems.length || !where || !subject || !message || !author || !editor) return { ok: false, problems: problems.length ? problems : ['invalid'] };
  const bodyEl = bodyElementOf(picks.message, picks.author);
  const body = bodyEl ? selectorInMessage(bodyEl, picks.message, messages) : null;
  const roles = rolesFrom(picks, doc, message.selector, author.selector);
  const raw: CustomAdapterConfig = {
    id: overrideIdFor(where.host),
    name: where.host,
    urlPatterns: [where.pattern],
    selectors: {
      subject: subject.selector,
      message: message.selector,
      messageAuthor: author.selector,
      messageBody: body?.selector ?? NO_BODY,
      editor: editor.selector,
      ...roles,
    },
    layer: 'override',
  };
  const checked = validateCustomAdapterConfig(raw, { strict: true });
  if (!checked.ok) return { ok: false, problems: ['invalid'], detail: checked.errors };
  const positional = (
    [['subject', subject], ['message', message], ['messageAuthor', author], ['editor', editor], ['messageBody', body]] as const
  ).filter(([, d]) => d?.positional).map(([k]) => k);
  return { ok: true, config: checked.config, positional };
}

/** The message part of the thread selector, in the message's own tree: "od-shell >>> od-message" -> "od-message". */
export function lastPart(selector: string): string {
  const part = parsePiercing(selector)?.[0]?.at(-1) ?? selector;
  try {
    return stringify([subjectOf(parseCss(part)[0] ?? [])]) || part;
  } catch {
    return part;
  }
}

/**
 * Who wrote what. The picker asks for one of the customer's messages, so its author is the customer. When a class
 * or attribute sets it apart from the other messages ("from-customer"), messages without it are the agents', and
 * the first author in a customer's message is the requester. Else the first message's author is taken as the
 * requester (customers open tickets) — but only when that is the picked customer, checked here. Else nothing is
 * said, and the reader calls nobody an agent.
 */
function rolesFrom(picks: RepairPicks, doc: Document, messageSel: string, authorSel: string): { requester?: string; agentMessage?: string } {
  const q = new DeepQuery();
  const authorInMessageTree = picks.author.getRootNode() === picks.message.getRootNode();
  const join = (outer: string) => `${outer}${authorInMessageTree ? ' ' : ' >>> '}${authorSel}`;
  const name = (el: Element | null) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
  const mark = customerMarkOf(picks.message);
  if (mark) {
    const item = lastPart(messageSel);
    const requester = join(`${messageSel}${mark}`);
    if (q.first(doc, requester) && !q.matches(picks.message, `${item}:not(${mark})`)) return { requester, agentMessage: `${item}:not(${mark})` };
  }
  const requester = join(messageSel);
  const firstAuthor = q.first(doc, requester);
  return firstAuthor && name(firstAuthor) && name(firstAuthor) === name(picks.author) ? { requester } : {};
}

/** The config as one entry of the managed policy's `customAdapters` list (policy configs are not layered: there
 *  a config whose patterns match wins over the built-in adapters anyway). */
export function policyEntryOf(config: CustomAdapterConfig): string {
  const { layer: _layer, ...entry } = config;
  return JSON.stringify(entry, null, 2);
}

/** What the picker in the tab answers: the config with its preview (nothing saved yet), or why there is none. */
export type RepairReply =
  | { ok: true; host: string; config: CustomAdapterConfig; preview: import('../custom-helpdesks/preview').CustomPreviewResult; positional: string[] }
  | { ok: false; reason: 'cancelled' | 'busy' | 'no-tab' | 'not-built' | 'failed'; problems?: RepairProblem[]; detail?: string[] };
