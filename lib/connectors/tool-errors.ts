// Why a tool call failed, as a code the panel translates (issue 18): `toolError_<code>` in
// public/_locales/*/messages.json, with params ($1, ...). The stored call keeps its English `error` too, for the
// audit log, calls stored before the codes and callers that read text only; `errorKind` stays the coarse class the
// model and the audit log are told. Params that come from a server or a library (its own error text) stay as given.
import type { MessageName } from '../action-failure';

export const TOOL_ERROR_CODES = [
  /** params: the connector, the seconds waited. */
  'timeout',
  /** The server said it timed out; params: the connector. */
  'timeout-server',
  /** params: the connector, what was wrong (English). */
  'bad-input',
  /** params: the connector, the HTTP status. */
  'auth',
  /** params: the connector, the HTTP status. */
  'http',
  /** params: the connector (or connector/tool), the server's words. */
  'reported',
  /** params: the connector, its host. */
  'down',
  /** params: the connector (or connector/tool), the error's words. */
  'failed',
  /** params: the tool. */
  'not-allowed',
  /** params: connector/tool. */
  'not-json',
  /** params: connector/tool, the JSON pointer. */
  'pointer-empty',
  /** params: connector/tool, what was wrong (English). */
  'malformed',
  /** params: the tool the AI named. */
  'not-offered',
  /** params: connector/tool. */
  'input-not-json',
  'stopped-before-approval',
  'declined',
  'restarted',
  'lookup-read-only',
] as const;

export type ToolErrorCode = (typeof TOOL_ERROR_CODES)[number];

/** A connector whose tools could not be offered to a request, and why: English, and as a code where there is one
 *  (a draft or chat row keeps these as `toolNoteParts` beside its English `toolNote`). */
export interface ToolProblem {
  reason: string;
  code?: ToolErrorCode;
  params?: string[];
}

/** 'not-json' -> 'toolError_not_json'. */
export const toolErrorMessageName = (code: ToolErrorCode): MessageName => `toolError_${code.replaceAll('-', '_')}` as MessageName;
