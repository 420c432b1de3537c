// Why an action the panel asked the background for (a draft, a refinement, a chat turn, a look-up) did not run, as a
// code the panel translates (public/_locales/*/messages.json, `actionFail_<code>`) plus `message`: the same sentence
// in the browser's language, for callers that read text only (and rows that store it). The pattern of insert
// failures (adapters/shared/insert-failure.ts). The worker asks the browser's i18n rather than carrying the
// sentences; where there is no extension i18n (unit tests), the message is the code itself.
import { browser } from 'wxt/browser';

export const ACTION_FAILURE_CODES = [
  /** No API key, and the action needs the AI. */
  'no-api-key',
  /** A refinement without an API key (the agent can still edit by hand). */
  'refine-needs-key',
  'nothing-to-refine',
  /** Continue / regenerate on an offline draft. */
  'offline-draft',
  'version-gone',
  /** The draft an action names was deleted (retention, another tab). */
  'draft-gone',
  'still-writing',
  'empty-chat',
  /** The organisation's policy switched the feature off. */
  'feature-off',
  /** A draft, chat or look-up for a ticket Tandem has not stored. */
  'ticket-not-read',
  /** The page shows another ticket than its address names (reading health): nothing is drafted. */
  'id-mismatch',
  /** The panel could not reach the background; params: the browser's error. */
  'background-unreachable',
  /** Anything else; params: the error's own text. */
  'failed',
] as const;

export type ActionFailureCode = (typeof ACTION_FAILURE_CODES)[number];

export type MessageName = Parameters<typeof browser.i18n.getMessage>[0];

/** The locale message of a code: 'no-api-key' -> 'actionFail_no_api_key'. */
export const actionFailureMessageName = (code: ActionFailureCode): MessageName => `actionFail_${code.replaceAll('-', '_')}` as MessageName;

export interface ActionFailure {
  ok: false;
  code: ActionFailureCode;
  /** The values the code's text names ($1, ...). */
  params?: string[];
  /** The sentence in the browser's language (the code where there is no extension i18n). */
  message: string;
}

/** A locale message in the browser's language, or '' where there is no extension i18n (unit tests). */
export function browserSentence(name: MessageName, params: string[] = []): string {
  try {
    return browser?.i18n?.getMessage?.(name, params) ?? '';
  } catch {
    return ''; // no extension i18n here
  }
}

export function actionFailure(code: ActionFailureCode, ...params: string[]): ActionFailure {
  const message = browserSentence(actionFailureMessageName(code), params);
  return { ok: false, code, message: message || code, ...(params.length ? { params } : {}) };
}

/** An error thrown deep in a call (loading the ticket) that carries its code, for `failureOf` to report. */
export type CodedError = Error & { failureCode: ActionFailureCode };

export function codedError<E extends Error>(err: E, code: ActionFailureCode): E & CodedError {
  return Object.assign(err, { failureCode: code });
}

/** What a caught error reports: its own code if it carries one, else 'failed' with its text. */
export function failureOf(err: unknown): ActionFailure {
  const code = (err as Partial<CodedError> | null)?.failureCode;
  if (code && (ACTION_FAILURE_CODES as readonly string[]).includes(code)) return actionFailure(code);
  return actionFailure('failed', err instanceof Error ? err.message : String(err));
}
