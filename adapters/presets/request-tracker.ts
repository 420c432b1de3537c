// Request Tracker (Best Practical's open-source helpdesk, Debian's request-tracker5) as a preset: the agent or
// admin gives the host (and the web path when it is not /rt), and gets a custom-helpdesk config for it.
// The selectors were taken from RT 5.0.3's own pages, as Debian's request-tracker5 serves them (checked by the
// end-to-end test tests/e2e/rt.spec.ts against a running RT, not against a copy of its markup):
//   Ticket/Display.html   <div id="header"><h1>#12: Subject</h1>; "The Basics" box with
//                         .form-row.status/.priority/.requestors .current-value; history as
//                         .history-container > .transaction.message (correspondence and comments; status changes
//                         and "Outgoing email recorded" are .transaction.other / .basics), each with
//                         .metadata .date, .metadata .description .user (author "Name <e-mail>") and .messagebody
//   Ticket/Update.html    <h1>Update ticket #12: Subject</h1>; the reply in CKEditor 4, which hides
//                         textarea#UpdateContent and edits an iframe (iframe.cke_wysiwyg_frame) instead
// Comments (internal notes) carry no class of their own: their header says "Comments added" (RT's English UI).
// Roles: no selector says who is an agent; the requester's name or e-mail does (lib/custom-helpdesks/adapter.ts).
import type { CustomAdapterConfig } from '../custom';

export const REQUEST_TRACKER_SELECTORS: CustomAdapterConfig['selectors'] = {
  subject: '#header h1',
  requester: '.form-row.requestors .current-value .user',
  status: '.form-row.status .current-value',
  priority: '.form-row.priority .current-value .Priority',
  message: '.history-container .transaction.message',
  messageAuthor: '.metadata .description .user',
  messageBody: '.messagebody',
  messageTime: '.metadata .date',
  // The visible one wins (lib/custom-helpdesks/adapter.ts): CKEditor 4's frame, or the plain textarea when the agent switched
  // rich text off in RT's preferences.
  editor: '#cke_UpdateContent iframe.cke_wysiwyg_frame, textarea#UpdateContent',
};

/** Why a typed host was refused, as a code the options page translates (`chPresetHost_<code>`, $1: what was typed). */
export const RT_HOST_PROBLEMS = ['no-host', 'not-a-host', 'not-http'] as const;
export type RtHostProblem = (typeof RT_HOST_PROBLEMS)[number];

/** "rt.example.com", "127.0.0.1:8080", "https://rt.example.com/rt/" -> the base URL RT's pages live under. A refusal
 *  carries its code and the English `reason` (for callers that read text only). */
export function requestTrackerBase(input: string, webPath = '/rt'): { ok: true; base: string } | { ok: false; code: RtHostProblem; reason: string } {
  const raw = input.trim();
  if (!raw) return { ok: false, code: 'no-host', reason: 'give the host RT runs on, e.g. rt.example.com or 127.0.0.1:8080' };
  let url: URL;
  try {
    url = new URL(/^[a-z]+:\/\//i.test(raw) ? raw : `https://${raw}`);
  } catch {
    return { ok: false, code: 'not-a-host', reason: `"${raw}" is not a host name` };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return { ok: false, code: 'not-http', reason: 'RT is reached over https:// (or http://)' };
  // A bare host on a loopback or private address is most likely plain http (a test or on-prem install).
  if (!/^[a-z]+:\/\//i.test(raw) && /^(127\.|localhost$|10\.|192\.168\.)/.test(url.hostname)) url = new URL(`http://${raw}`);
  const path = url.pathname !== '/' ? url.pathname : webPath;
  const cleanPath = `/${path.split('/').filter(Boolean).join('/')}`.replace(/^\/$/, '');
  return { ok: true, base: `${url.protocol}//${url.host}${cleanPath}` };
}

/** The custom-helpdesk config for one RT instance. */
export function requestTrackerConfig(input: string, { id = 'request-tracker', name = 'Request Tracker', webPath }: { id?: string; name?: string; webPath?: string } = {}): CustomAdapterConfig | null {
  const base = requestTrackerBase(input, webPath);
  if (!base.ok) return null;
  return {
    id,
    name,
    urlPatterns: [`${base.base}/Ticket/Display.html*`, `${base.base}/Ticket/Update.html*`],
    selectors: { ...REQUEST_TRACKER_SELECTORS },
    internalPhrases: ['Comments added'],
  };
}
