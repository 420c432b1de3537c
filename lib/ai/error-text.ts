// The panel's and options page's side of lib/ai/error-codes.ts: a row's (or an AiError's) failure in the agent's
// language, put together from its codes. Rows written before the codes keep their stored English sentence.
import {
  AI_ERROR_CODES,
  OFFLINE_BASIS_CODES,
  OFFLINE_WHY_CODES,
  ROW_NOTE_CODES,
  aiErrorMessageName,
  offlineBasisMessageName,
  offlineWhyMessageName,
  rowNoteMessageName,
  type OfflineBasisCode,
  type OfflineWhyCode,
  type RowErrorFields,
} from './error-codes';
import { codedText } from '../coded-text';

const AI_ERRORS = { codes: AI_ERROR_CODES, messageName: aiErrorMessageName };
const ROW_NOTES = { codes: ROW_NOTE_CODES, messageName: rowNoteMessageName };
const OFFLINE_WHY = { codes: OFFLINE_WHY_CODES, messageName: offlineWhyMessageName };
const OFFLINE_BASIS = { codes: OFFLINE_BASIS_CODES, messageName: offlineBasisMessageName };

/** A row's error sentence (and its note) from the codes; without a known code, the stored `error` as it is. */
export function rowErrorText(row: RowErrorFields & { error?: string }): string | undefined {
  const sentence = codedText(AI_ERRORS, row.errorCode, row.errorParams, undefined);
  if (sentence === undefined) return row.error;
  const note = codedText(ROW_NOTES, row.errorNote, row.errorNoteParams, undefined);
  return note === undefined ? sentence : `${sentence} ${note}`;
}

/** An AiError (or anything with a message and maybe a code) in the agent's language. */
export function aiErrorText(error: { message: string; code?: RowErrorFields['errorCode']; params?: string[] }): string {
  return rowErrorText({ error: error.message, errorCode: error.code, errorParams: error.params }) ?? error.message;
}

/** An offline draft's label from its codes; rows without them show their stored English label. */
export function offlineLabelText(row: { offlineLabel?: string; offlineLabelCode?: { why: OfflineWhyCode; basis: OfflineBasisCode } }): string | undefined {
  const why = codedText(OFFLINE_WHY, row.offlineLabelCode?.why, undefined, undefined);
  const basis = codedText(OFFLINE_BASIS, row.offlineLabelCode?.basis, undefined, undefined);
  return why === undefined || basis === undefined ? row.offlineLabel : `${why} ${basis}`;
}
