// Why an AI answer failed or stopped, as a code the panel translates (issue 18): `aiError_<code>` in
// public/_locales/*/messages.json, with params ($1, ...). The worker keeps the English sentence too (AiError.message,
// a row's `error`), for callers that read text only and for rows written before the codes. A row may add a note after
// the sentence (what happens next: the retry attempt, "you can continue it"): `rowNote_<code>`.
import type { MessageName } from '../action-failure';

export const AI_ERROR_CODES = [
  /** The API did not answer in time; params: host. */
  'timeout',
  /** The API could not be reached; params: host. */
  'unreachable',
  'key-refused',
  'rate-limited',
  /** Rate limited, and the API said how long to wait; params: seconds. */
  'rate-limited-wait',
  'overloaded',
  'server-error',
  /** params: model. */
  'model-unavailable',
  'too-long',
  'rejected',
  /** params: the API's own message. */
  'rejected-because',
  /** The SDK saw the stream end early. */
  'cut-off',
  /** params: host. */
  'connection-broke',
  /** Anything else talking to the AI; params: the error's text. */
  'unexpected',
  /** The stream ended without message_stop. */
  'stopped-early',
  /** No first event in time; params: host, seconds. */
  'no-first-byte',
  /** The stream broke after text had arrived. */
  'cut-mid-way',
  /** A streamed answer without an API key. */
  'no-api-key',
  /** A draft or summary row without an API key. */
  'no-api-key-set',
  /** A chat answer without an API key. */
  'no-api-key-chat',
  /** "Test connection" without an API key. */
  'no-api-key-test',
  /** "Test connection": the key works but not the model; params: model. */
  'model-unavailable-to-key',
  /** The agent pressed Stop. */
  'stopped',
  'stopped-at-checkpoint',
  /** Too many tool calls for one answer; params: the limit. */
  'tool-limit',
  /** The worker was killed mid-stream. */
  'interrupted',
  /** Queued while offline. */
  'offline',
  /** Anything else while streaming into a row; params: the error's text. */
  'failed',
] as const;

export type AiErrorCode = (typeof AI_ERROR_CODES)[number];

/** What a row adds after its error sentence. */
export const ROW_NOTE_CODES = [
  /** Waiting out a 429/529; params: the next attempt, the attempts in all. */
  'retry-attempt',
  /** The answer stopped with text: the agent can continue or regenerate it. */
  'can-continue',
  /** A network failure queued the draft. */
  'queued-until-online',
] as const;

export type RowNoteCode = (typeof ROW_NOTE_CODES)[number];

/** Why an offline draft was built, and what it was built from (its label, `offlineWhy_<code>` + `offlineBasis_<code>`). */
export const OFFLINE_WHY_CODES = ['no-api-key', 'offline', 'unreachable'] as const;
export type OfflineWhyCode = (typeof OFFLINE_WHY_CODES)[number];
export const OFFLINE_BASIS_CODES = ['knowledge', 'holding'] as const;
export type OfflineBasisCode = (typeof OFFLINE_BASIS_CODES)[number];

const name = (prefix: string, code: string): MessageName => `${prefix}_${code.replaceAll('-', '_')}` as MessageName;

/** 'key-refused' -> 'aiError_key_refused'. */
export const aiErrorMessageName = (code: AiErrorCode): MessageName => name('aiError', code);
export const rowNoteMessageName = (code: RowNoteCode): MessageName => name('rowNote', code);
export const offlineWhyMessageName = (code: OfflineWhyCode): MessageName => name('offlineWhy', code);
export const offlineBasisMessageName = (code: OfflineBasisCode): MessageName => name('offlineBasis', code);

/** The coded fields of a row's error: what the panel words (`error` keeps the English sentence). */
export interface RowErrorFields {
  errorCode?: AiErrorCode;
  errorParams?: string[];
  errorNote?: RowNoteCode;
  errorNoteParams?: string[];
}

/** The fields that clear a row's coded error (written with `error: undefined`). */
export const NO_ERROR_CODE: Record<keyof RowErrorFields, undefined> = {
  errorCode: undefined,
  errorParams: undefined,
  errorNote: undefined,
  errorNoteParams: undefined,
};
