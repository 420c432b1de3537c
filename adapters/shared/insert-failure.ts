// Why an insertion failed, as a code the panel translates (public/_locales/*/messages.json, `insertFail_<code>`)
// plus `reason`: the same sentence in the browser's language, for logs and callers that read text only. The
// content script asks the browser's i18n for it rather than carrying the sentences (its size is budgeted); where
// there is no extension i18n (unit tests), the reason is the code itself.
import { browser } from 'wxt/browser';
import type { InsertFailureCode, InsertResult } from '../types';

/** Every message name in public/_locales (WXT types getMessage with them). */
type MessageName = Parameters<typeof browser.i18n.getMessage>[0];

/** The locale message of a code: 'wrong-ticket' -> 'insertFail_wrong_ticket'. */
export const insertFailureMessageName = (code: InsertFailureCode): string => `insertFail_${code.replaceAll('-', '_')}`;

/** A failed InsertResult for `code`. 'needs-confirmation' keeps that word as its reason (the adapter contract in
 *  DESIGN.md: `reason: 'needs-confirmation'`). */
export function insertFailure(code: InsertFailureCode, ...params: string[]): InsertResult {
  if (code === 'needs-confirmation') return { ok: false, code, reason: 'needs-confirmation' };
  let reason = '';
  try {
    reason = browser?.i18n?.getMessage?.(insertFailureMessageName(code) as MessageName, params) ?? '';
  } catch {
    /* no extension i18n here */
  }
  return { ok: false, code, reason: reason || code, ...(params.length ? { params } : {}) };
}
