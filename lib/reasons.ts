// Why a value an agent typed on the options page was refused, as a code the page translates (issue 18):
// `reason_<code>` in public/_locales/*/messages.json, with params ($1, ...). A failed check keeps its English
// `reason` too: policy reports, the audit log and callers that read text only use it. So far: the URL rule shared by
// every address and the allowed helpdesk hosts (lib/policy/schema.ts), the connector checks
// (lib/connectors/validate.ts), a custom helpdesk's form (lib/custom-helpdesks/validate.ts), and every rejection of
// the managed policy (lib/policy/validate.ts: the options page's policy summary), and the custom helpdesks' JSON
// import (lib/custom-helpdesks/form.ts).
import type { MessageName } from './action-failure';

export const REASON_CODES = [
  /** params: the type given. */
  'url-not-string',
  /** params: the value. */
  'not-a-url',
  /** params: the value. */
  'url-needs-https',
  /** http:// to another machine; params: the value. */
  'url-http-loopback-only',
  'url-credentials',
  /** A connector's URL with a query string or fragment. */
  'url-query',
  'id-missing',
  /** params: the value. */
  'id-invalid',
  /** params: the kinds allowed. */
  'kind-invalid',
  'name-length',
  'headers-not-object',
  /** params: the header name. */
  'header-name-invalid',
  /** params: the header name. */
  'header-value-invalid',
  'tools-invalid',
  'http-needs-actions',
  /** params: the limit. */
  'too-many-actions',
  'no-valid-action',
  /** params: the type given. */
  'not-an-object',
  /** The actions typed are not JSON; params: the parser's words. */
  'actions-not-json',
  /** An allowed helpdesk host; params: the type given. */
  'host-not-string',
  /** params: the value. */
  'host-invalid',
  // Custom helpdesk configs (lib/custom-helpdesks/validate.ts)
  'ch-id-invalid',
  /** params: the id. */
  'ch-id-taken',
  'ch-name-required',
  'ch-name-too-long',
  'ch-patterns-required',
  /** params: the pattern, the pattern library's words (English). */
  'ch-pattern-invalid',
  'ch-selector-required',
  /** params: the selector. */
  'ch-selector-not-css',
  /** params: the selector, the limit. */
  'ch-selector-too-long',
  /** params: the selector, what is wrong with its ">>>" parts (English). */
  'ch-selector-invalid',
  'ch-not-object',
  'ch-pattern-not-string',
  'ch-phrases-invalid',
  'ch-selectors-required',
  /** An optional selector that is not text. */
  'ch-selector-not-string',
  /** params: the selector's name. */
  'ch-selector-unknown',
  // The custom helpdesks' JSON import (lib/custom-helpdesks/form.ts parseImportedConfigs)
  /** params: the parser's words (English). */
  'import-not-json',
  'import-empty',
  /** params: the id. */
  'import-id-org',
  /** params: the id. */
  'import-id-twice',
  // The managed policy's value checks (lib/policy/schema.ts, lib/policy/validate.ts), shown on the options page
  /** params: the value or type given. */
  'not-a-whole-number',
  /** params: the value, the lowest, the highest. */
  'out-of-range',
  /** params: the type given. */
  'not-boolean',
  /** A feature switch or agentConnectors that is not true or false (no type given). */
  'expected-boolean',
  /** params: the type given. */
  'not-text',
  /** params: the limit. */
  'text-too-long',
  'empty',
  'api-key-spaces',
  /** params: the value. */
  'model-invalid',
  /** A policy id (knowledge source); params: the value. */
  'id-chars',
  /** params: the value. */
  'selector-unbalanced',
  /** params: the type given. */
  'pattern-not-string',
  /** params: the values allowed. */
  'one-of',
  'not-a-number',
  /** params: the kind given. */
  'unknown-alert-kind',
  /** params: the names known. */
  'unknown-feature',
  /** params: the names known. */
  'unknown-alerts-field',
  /** params: the names known. */
  'unknown-phrase-kind',
  /** params: the names known. */
  'unknown-threshold',
  'phrases-not-object',
  'thresholds-not-object',
  /** params: the type given. */
  'not-a-list',
  'not-a-policy-key',
  'gateway-key-conflict',
  'gateway-needs-base-url',
  // A connector's HTTP actions and the connector list (lib/connectors/validate.ts), shown in the policy summary
  'schema-not-json',
  'schema-not-object',
  /** params: the limit. */
  'schema-too-large',
  'schema-properties',
  'schema-required',
  /** params: the value (or the type given). */
  'pointer-invalid',
  'action-name-invalid',
  /** params: the action. */
  'action-description-missing',
  /** params: the action, the limit. */
  'action-description-too-long',
  /** params: the action, the methods allowed. */
  'action-method-invalid',
  /** params: the action. */
  'action-path-invalid',
  /** params: the action, the placeholders with no property. */
  'action-path-placeholders',
  /** params: the action. */
  'action-get-body',
  /** params: the action. */
  'action-body-not-json',
  /** params: the action. */
  'action-twice',
  'mcp-actions-ignored',
  /** params: the id. */
  'connector-id-twice',
  /** params: the limit. */
  'connectors-first-only',
] as const;

export type ReasonCode = (typeof REASON_CODES)[number];

/** 'not-a-url' -> 'reason_not_a_url'. */
export const reasonMessageName = (code: ReasonCode): MessageName => `reason_${code.replaceAll('-', '_')}` as MessageName;

/** A failed check: the English reason, and the same as a code with its params (absent where none was given). */
export interface Refusal {
  ok: false;
  reason: string;
  code?: ReasonCode;
  params?: string[];
}

export function refusal(reason: string, code?: ReasonCode, ...params: string[]): Refusal {
  return { ok: false, reason, ...(code ? { code } : {}), ...(params.length ? { params } : {}) };
}

/** The same refusal with words in front of its English reason ("url: "); the code stays. */
export const prefixed = (prefix: string, r: Refusal): Refusal => ({ ...r, reason: `${prefix}${r.reason}` });
