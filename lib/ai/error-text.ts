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
import { t } from '../i18n';

type Key = Parameters<typeof t>[0];
const known = (list: readonly string[], code: string | undefined): boolean => code !== undefined && list.includes(code);

/** A row's error sentence (and its note) from the codes; without a known code, the stored `error` as it is. */
export function rowErrorText(row: RowErrorFields & { error?: string }): string | undefined {
  if (!known(AI_ERROR_CODES, row.errorCode)) return row.error;
  const sentence = t(aiErrorMessageName(row.errorCode!) as Key, ...(row.errorParams ?? []));
  if (!known(ROW_NOTE_CODES, row.errorNote)) return sentence;
  return `${sentence} ${t(rowNoteMessageName(row.errorNote!) as Key, ...(row.errorNoteParams ?? []))}`;
}

/** An AiError (or anything with a message and maybe a code) in the agent's language. */
export function aiErrorText(error: { message: string; code?: RowErrorFields['errorCode']; params?: string[] }): string {
  return rowErrorText({ error: error.message, errorCode: error.code, errorParams: error.params }) ?? error.message;
}

/** An offline draft's label from its codes; rows without them show their stored English label. */
export function offlineLabelText(row: { offlineLabel?: string; offlineLabelCode?: { why: OfflineWhyCode; basis: OfflineBasisCode } }): string | undefined {
  const code = row.offlineLabelCode;
  if (!code || !known(OFFLINE_WHY_CODES, code.why) || !known(OFFLINE_BASIS_CODES, code.basis)) return row.offlineLabel;
  return `${t(offlineWhyMessageName(code.why) as Key)} ${t(offlineBasisMessageName(code.basis) as Key)}`;
}
