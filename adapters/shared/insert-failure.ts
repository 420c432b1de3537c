// Why an insertion failed, as a code the panel translates (public/_locales/*/messages.json, `insertFail_<code>`)
// plus the English sentence kept in `reason` for logs, the audit and callers that only read text. The content
// script does not load the locale files: this small table is its English; a unit test keeps it equal to en's.
import type { InsertFailureCode, InsertResult } from '../types';

/** English text per code; `$1`, `$2` are the params. */
export const INSERT_FAILURE_EN: Record<InsertFailureCode, string> = {
  'wrong-ticket': 'This tab now shows ticket $1; the text was written for ticket $2. Nothing was inserted.',
  'no-ticket-id': 'Tandem cannot tell which ticket this tab shows (it has no ticket number it can read). Nothing was inserted.',
  'id-mismatch': 'The ticket number on this page does not match its address: Tandem cannot tell which ticket you mean. Nothing was inserted.',
  'reading-low': 'Tandem is not sure it read this page right: check the ticket above, then confirm.',
  'needs-confirmation': 'The reply box already holds your text: confirm before Tandem writes around it.',
  'not-a-helpdesk': 'This page is not a helpdesk Tandem can write into.',
  'no-editor': 'No reply editor found on this page — open the reply box and try again.',
  'editor-hidden': 'The reply editor is hidden on this page — open the reply box and try again.',
  'editor-unreachable': 'The reply editor cannot be reached (it may be in a frame from another site).',
  'read-only': 'The reply editor is read-only right now.',
  'no-text': 'There is no text to insert.',
  'not-accepted': 'The editor did not take the text.',
  'shown-differently': 'The editor took the text but shows it differently — check the reply box before sending.',
  error: 'Insertion failed: $1',
  unreachable: 'Tandem could not reach this tab: $1',
};

/** A failed InsertResult for `code`. 'needs-confirmation' keeps that word as its reason too (the adapter contract
 *  in DESIGN.md: `reason: 'needs-confirmation'`). */
export function insertFailure(code: InsertFailureCode, ...params: string[]): InsertResult {
  if (code === 'needs-confirmation') return { ok: false, code, reason: 'needs-confirmation' };
  let reason = INSERT_FAILURE_EN[code];
  params.forEach((p, i) => (reason = reason.replace(`$${i + 1}`, () => p)));
  return params.length ? { ok: false, code, reason, params } : { ok: false, code, reason };
}
