// One schema for the organisation's managed policy and the agent's settings (issue 18): zod schemas from which
// the TypeScript types are inferred (lib/policy/types.ts, lib/settings-item.ts), the policy is validated with a
// reason for every rejected value (lib/policy/validate.ts), and public/managed_schema.json is generated
// (scripts/gen-managed-schema.ts; a unit test fails when the committed file differs).
//
// Each value check says why in words an admin can act on: the options page and the audit log show them. The
// checks that no zod built-in makes (https, or http on loopback only; host names; match patterns) are plain
// functions returning `Check`, wrapped by `checked` so the schema reports their reason word for word.
import * as z from 'zod';
import { checkMatchPattern as checkPattern } from '../../adapters/shared/match-pattern';
import { CUSTOM_SELECTOR_OPTIONAL, CUSTOM_SELECTOR_REQUIRED } from '../custom-helpdesks/config';
import { CONNECTOR_KINDS, TOOL_AUTONOMY_LEVELS } from '../connectors/types';
import { refusal, type ReasonCode, type Refusal } from '../reasons';

// aiAlerts: the AI's second opinion on each new customer message beside the local alerts (issue 15); off unless
// the agent or the organisation turns it on, since it sends every customer message to the API.
export const FEATURE_NAMES = ['drafts', 'chat', 'sentiment', 'knowledge', 'analytics', 'aiAlerts'] as const;
export const ALERT_PHRASE_KINDS = ['anger', 'legal_threat', 'churn_risk', 'human_requested', 'urgency', 'repeat_contact'] as const;
export const ALERT_KINDS = [...ALERT_PHRASE_KINDS, 'negative_trend'] as const;
export const ALERT_THRESHOLD_NAMES = ['anger', 'angerCritical', 'trendDelta', 'trendNegative', 'recencyDecay'] as const;
// The custom-helpdesk selector lists have one home, the feature's own folder.
export { CUSTOM_SELECTOR_OPTIONAL, CUSTOM_SELECTOR_REQUIRED } from '../custom-helpdesks/config';
export const KNOWLEDGE_SOURCE_KINDS = ['url', 'zendesk', 'api'] as const;
// Connector names have one home, the connectors feature.
export { CONNECTOR_KINDS, TOOL_AUTONOMY_LEVELS } from '../connectors/types';

export const LIMITS = {
  maxTokens: { min: 64, max: 32_000 },
  retentionDays: { min: 1, max: 3650 },
  auditRetentionDays: { min: 1, max: 3650 },
  refreshHours: { min: 1, max: 24 * 30 },
  /** Long enough for a page of brand guidelines, short enough to stay a small part of every prompt. */
  brandVoiceChars: 4000,
  phraseChars: 200,
} as const;

/** Ranges of the sentiment thresholds (scores are -1..1). */
export const THRESHOLD_RANGES: Record<(typeof ALERT_THRESHOLD_NAMES)[number], [number, number]> = {
  anger: [-1, 0],
  angerCritical: [-1, 0],
  trendDelta: [0, 2],
  trendNegative: [-1, 1],
  recencyDecay: [0, 1],
};

// ------------------------------------------------------------------------------------------ value checks

/** A failure keeps its English reason; where the options page shows it to the agent it also has a code (lib/reasons.ts). */
export type Check<T> = { ok: true; value: T } | Refusal;
export const ok = <T>(value: T): Check<T> => ({ ok: true, value });
export const bad = (reason: string, code?: ReasonCode, ...params: string[]): Check<never> => refusal(reason, code, ...params);

export const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
export const typeName = (v: unknown) => (Array.isArray(v) ? 'array' : v === null ? 'null' : typeof v);

/**
 * A value as it may appear in a rejection reason, which goes to the options page, the audit log and its exports:
 * never a URL's query string, fragment or user info (tokens travel there), and never more than 120 characters.
 */
export function echo(v: unknown): string {
  const s = String(v).trim();
  let shown = s;
  // Cut at the first '?' or '#' and drop "user:pass@" after the scheme, without parsing: the value may not be a URL.
  const cut = shown.search(/[?#]/);
  if (cut >= 0) shown = `${shown.slice(0, cut)}${shown[cut]}…`;
  shown = shown.replace(/^([a-z][a-z0-9+.-]*:\/\/)[^/@]*@/i, '$1…@');
  return shown.length > 120 ? `${shown.slice(0, 120)}…` : shown;
}

/** Loopback hosts, where http:// never leaves the machine (a local gateway or mock). */
export function isLoopbackHost(hostname: string): boolean {
  const h = hostname.toLowerCase().replace(/^\[|\]$/g, '');
  return h === 'localhost' || h.endsWith('.localhost') || h === '::1' || /^127(\.\d{1,3}){3}$/.test(h);
}

export function checkHttpUrl(v: unknown): Check<string> {
  if (typeof v !== 'string') return bad(`expected a URL string, got ${typeName(v)}`, 'url-not-string', typeName(v));
  const s = v.trim();
  let url: URL;
  try {
    url = new URL(s);
  } catch {
    return bad(`"${echo(s)}" is not a URL`, 'not-a-url', echo(s));
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return bad(`"${echo(s)}" must start with https:// (or http:// for a local gateway)`, 'url-needs-https', echo(s));
  // Keys and headers travel with these requests: in clear text only to this machine.
  if (url.protocol === 'http:' && !isLoopbackHost(url.hostname)) {
    return bad(`"${echo(s)}" must start with https:// (http:// only for localhost / 127.0.0.1)`, 'url-http-loopback-only', echo(s));
  }
  if (url.username || url.password) return bad('credentials in the URL are not allowed; use apiKey or headers', 'url-credentials');
  return ok(s.replace(/(?<!\/)\/+$/, ''));
}

/** "support.example.com", "*.example.com", "helpdesk.local:8443". */
export function checkHost(v: unknown): Check<string> {
  if (typeof v !== 'string') return bad(`expected a host name, got ${typeName(v)}`, 'host-not-string', typeName(v));
  const s = v.trim().toLowerCase();
  if (!/^(\*\.)?([a-z0-9]([a-z0-9-]*[a-z0-9])?\.)*[a-z0-9]([a-z0-9-]*[a-z0-9])?(:\d{1,5})?$/.test(s)) {
    return bad(`"${echo(v)}" is not a host name (write e.g. support.example.com or *.example.com, no https://)`, 'host-invalid', echo(v));
  }
  return ok(s);
}

/** A match pattern as a manifest takes it, with a port allowed (adapters/shared/match-pattern.ts: on-prem helpdesks). */
export function checkMatchPattern(v: unknown): Check<string> {
  if (typeof v !== 'string') return bad(`expected a match pattern, got ${typeName(v)}`, 'pattern-not-string', typeName(v));
  const c = checkPattern(v);
  return c.ok ? ok(c.pattern) : bad(`"${echo(v)}" is not a match pattern (${c.reason}; e.g. https://support.example.com/tickets/*)`, 'ch-pattern-invalid', echo(v), c.reason);
}

export function checkInteger(v: unknown, { min, max }: { min: number; max: number }): Check<number> {
  if (typeof v !== 'number' || !Number.isInteger(v)) {
    const given = typeof v === 'number' ? String(v) : typeName(v);
    return bad(`expected a whole number, got ${given}`, 'not-a-whole-number', given);
  }
  if (v < min || v > max) return bad(`${v} is outside ${min}..${max}`, 'out-of-range', String(v), String(min), String(max));
  return ok(v);
}

export function checkBoolean(v: unknown): Check<boolean> {
  return typeof v === 'boolean' ? ok(v) : bad(`expected true or false, got ${typeName(v)}`, 'not-boolean', typeName(v));
}

export function checkText(v: unknown, maxChars = 500): Check<string> {
  if (typeof v !== 'string') return bad(`expected text, got ${typeName(v)}`, 'not-text', typeName(v));
  if (v.length > maxChars) return bad(`longer than ${maxChars} characters`, 'text-too-long', String(maxChars));
  return ok(v);
}

export function checkNonEmpty(v: unknown, maxChars = 500): Check<string> {
  const c = checkText(v, maxChars);
  if (!c.ok) return c;
  return c.value.trim() ? ok(c.value.trim()) : bad('is empty', 'empty');
}

export function checkModel(v: unknown): Check<string> {
  const c = checkNonEmpty(v, 100);
  if (!c.ok) return c;
  return /^[A-Za-z0-9][A-Za-z0-9._:@/-]*$/.test(c.value) ? c : bad(`"${echo(c.value)}" is not a model id`, 'model-invalid', echo(c.value));
}

export function checkId(v: unknown): Check<string> {
  const c = checkNonEmpty(v, 64);
  if (!c.ok) return c;
  return /^[a-z0-9][a-z0-9_-]*$/i.test(c.value) ? c : bad(`"${echo(c.value)}" is not an id (letters, digits, - and _)`, 'id-chars', echo(c.value));
}

/** Structural check only: the service worker has no DOM to parse selectors with. The adapter reports selectors
 *  that the page's parser refuses when it runs. */
export function checkSelector(v: unknown): Check<string> {
  const c = checkNonEmpty(v, 1000);
  if (!c.ok) return c;
  let depth = 0;
  for (const ch of c.value) {
    if (ch === '[' || ch === '(') depth++;
    else if (ch === ']' || ch === ')') depth--;
    if (depth < 0) break;
  }
  return depth === 0 ? c : bad(`"${echo(c.value)}" is not a valid CSS selector (unbalanced brackets)`, 'selector-unbalanced', echo(c.value));
}

/** Request headers (credentials): names as HTTP allows them, one-line values. */
export function checkHeaders(v: unknown): Check<Record<string, string>> {
  if (!isObject(v)) return bad('headers must be an object of header name to value', 'headers-not-object');
  const headers: Record<string, string> = {};
  for (const [k, value] of Object.entries(v)) {
    if (!/^[A-Za-z0-9-]+$/.test(k)) return bad(`header name "${echo(k)}" is not valid`, 'header-name-invalid', echo(k));
    if (typeof value !== 'string' || /[\r\n]/.test(value)) return bad(`header ${echo(k)} must be a one-line string`, 'header-value-invalid', echo(k));
    headers[k] = value;
  }
  return ok(headers);
}

// ------------------------------------------------------------------------------------ schema building blocks
// Objects keyed by one of the lists of names above (selectors, alert kinds, thresholds, features) are checked with
// `satisfies` to name exactly that list's keys: the lists stay the one source of those names.

/** What a failed `checked` puts in its zod issue's `params`, beside the English reason in `message`: the check's
 *  code and params (lib/reasons.ts), and the field of an item the reason is about ("url"), which the English reason
 *  has in front and a translated one shows apart. lib/policy/validate.ts reads it back. */
export type IssueReason = {
  reasonCode?: ReasonCode;
  reasonParams?: string[];
  field?: string;
};

/**
 * `shape` gives the JSON type (for managed_schema.json and the inferred TypeScript type); `check` validates the raw
 * value first and its reason is the one reported when it fails. `prefix` names the field in the reason ("url: ...").
 */
function checked<S extends z.ZodType>(shape: S, check: (v: unknown) => Check<z.output<S>> | (Refusal & { field?: string }), prefix = '') {
  return z.preprocess((v, ctx) => {
    const c = check(v);
    if (c.ok) return c.value;
    const field = 'field' in c && c.field ? c.field : prefix.trim().replace(/:$/, '') || undefined;
    const params: IssueReason = { ...(c.code ? { reasonCode: c.code } : {}), ...(c.params ? { reasonParams: c.params } : {}), ...(field ? { field } : {}) };
    ctx.issues.push({ code: 'custom', message: `${prefix}${c.reason}`, input: v, params });
    return z.NEVER;
  }, shape);
}

const doc = (title: string, description: string) => ({ title, description });
const int = (range: { min: number; max: number }, prefix = '') => checked(z.int(), (v) => checkInteger(v, range), prefix);
const bool = () => checked(z.boolean(), checkBoolean);
const text = (maxChars: number, prefix = '') => checked(z.string(), (v) => checkText(v, maxChars), prefix);
const id = () => checked(z.string(), checkId, 'id ');
const headers = () => checked(z.record(z.string(), z.string()), checkHeaders);
const oneOf = <const T extends readonly [string, ...string[]]>(values: T, what: string, fallback?: T[number]) =>
  checked(z.enum(values), (v) => {
    const value = v ?? fallback;
    return values.includes(value as never) ? ok(value as T[number]) : { ...refusal(`${what} must be one of ${values.join(', ')}`, 'one-of', values.join(', ')), field: what };
  });

/** Only for the JSON form and the type: a custom helpdesk is validated by checkCustomAdapter (lib/policy/validate.ts). */
export const customAdapterShape = z.object({
  id: z.string(),
  name: z.string(),
  urlPatterns: z.array(z.string()),
  selectors: z.object({
    ticketId: z.string().optional(),
    subject: z.string(),
    requester: z.string().optional(),
    status: z.string().optional(),
    priority: z.string().optional(),
    tags: z.string().optional(),
    message: z.string(),
    messageAuthor: z.string().optional(),
    messageBody: z.string(),
    messageTime: z.string().optional(),
    internalMessage: z.string().optional(),
    agentMessage: z.string().optional(),
    editor: z.string(),
  } satisfies Record<(typeof CUSTOM_SELECTOR_REQUIRED)[number] | (typeof CUSTOM_SELECTOR_OPTIONAL)[number], z.ZodType>),
  internalPhrases: z.array(z.string()).optional(),
});

export const knowledgeSourceSchema = z.object({
  id: id(),
  /** 'url': a JSON/CSV/markdown file; 'zendesk': a Help Center base URL; 'api': a JSON endpoint of articles. */
  kind: oneOf(KNOWLEDGE_SOURCE_KINDS, 'kind', 'url'),
  url: checked(z.string(), checkHttpUrl, 'url: '),
  name: text(100, 'name ').optional(),
  /** Credentials sent with each request, e.g. { "Authorization": "Bearer …" }. Never logged or exported. */
  headers: headers().optional(),
  refreshHours: int(LIMITS.refreshHours, 'refreshHours: ').optional(),
});

/** Only for the JSON form and the type: connectors are validated by their feature (lib/connectors/validate.ts,
 *  through lib/connectors/policy.ts), which owns their rules. A tool server or HTTP actions the AI may call
 *  (DESIGN.md "Stable hooks"). */
const httpActionShape = z.object({
  name: z.string().meta(doc('Name', 'The tool name the AI sees (letters, digits, _ and -).')),
  description: z.string().meta(doc('Description', 'What the tool does and when to use it, for the AI.')),
  method: z.string().meta(doc('Method', 'GET (read-only), POST, PUT, PATCH or DELETE (changes data: always waits for the agent).')),
  path: z.string().meta(doc('Path', 'Appended to the connector URL; {name} placeholders are filled from the input, URL-encoded.')),
  headers: z.record(z.string(), z.string()).optional(),
  // (JSON text: managed storage has no "any JSON" type)
  body: z.string().optional().meta(doc('Body', 'A JSON template, as JSON text: a string that is exactly "{name}" takes the input value.')),
  inputSchema: z.string().meta(doc('Input schema', 'JSON Schema (type object) of the tool input, as JSON text.')),
  resultPointer: z.string().optional().meta(doc('Result pointer', 'JSON Pointer (RFC 6901) to the part of the reply that matters; absent: the whole reply.')),
});
export const connectorSchema = z.object({
  id: z.string(),
  name: z.string().optional(),
  kind: z.enum(CONNECTOR_KINDS),
  url: z.string(),
  headers: z.record(z.string(), z.string()).optional(),
  /** The tools the AI may use; absent: all of them. */
  tools: z.array(z.string()).optional(),
  /** kind 'http': its actions. */
  actions: z.array(httpActionShape).optional(),
});

const phraseList = () => z.array(checked(z.string(), (p) => checkNonEmpty(p, LIMITS.phraseChars)));
const threshold = (name: (typeof ALERT_THRESHOLD_NAMES)[number]) => {
  const [min, max] = THRESHOLD_RANGES[name];
  return checked(z.number(), (n) =>
    typeof n !== 'number' || !Number.isFinite(n) ? bad('expected a number', 'not-a-number')
      : n < min || n > max ? bad(`${n} is outside ${min}..${max}`, 'out-of-range', String(n), String(min), String(max)) : ok(n));
};

export const alertsSchema = z.object({
  extraPhrases: z.object({
    anger: phraseList().optional(),
    legal_threat: phraseList().optional(),
    churn_risk: phraseList().optional(),
    human_requested: phraseList().optional(),
    urgency: phraseList().optional(),
    repeat_contact: phraseList().optional(),
  } satisfies Record<(typeof ALERT_PHRASE_KINDS)[number], z.ZodType>),
  thresholds: z.object({
    anger: threshold('anger').optional(),
    angerCritical: threshold('angerCritical').optional(),
    trendDelta: threshold('trendDelta').optional(),
    trendNegative: threshold('trendNegative').optional(),
    recencyDecay: threshold('recencyDecay').optional(),
  } satisfies Record<(typeof ALERT_THRESHOLD_NAMES)[number], z.ZodType>),
  disabledKinds: z.array(checked(z.enum(ALERT_KINDS), (kind) =>
    ALERT_KINDS.includes(kind as never) ? ok(kind as (typeof ALERT_KINDS)[number]) : bad(`unknown alert kind ${echo(JSON.stringify(kind))}`, 'unknown-alert-kind', echo(JSON.stringify(kind))))),
});

const featureFlag = () => checked(z.boolean(), (v) => (typeof v === 'boolean' ? ok(v) : bad('expected true or false', 'expected-boolean')));
export const featuresSchema = z.object({
  drafts: featureFlag(),
  chat: featureFlag(),
  sentiment: featureFlag(),
  knowledge: featureFlag(),
  analytics: featureFlag(),
  aiAlerts: featureFlag(),
} satisfies Record<(typeof FEATURE_NAMES)[number], z.ZodType>);

// ------------------------------------------------------------------------------------------ managed policy


/**
 * Every key an organisation can set through managed storage, in the order of managed_schema.json. Titles and
 * descriptions are what admin consoles show. Lists are checked item by item and objects field by field by
 * `validatePolicy`, so one bad item does not throw away the good ones.
 */
export const managedPolicySchema = z.object({
  apiBaseUrl: checked(z.string(), (v) => (typeof v === 'string' && v.trim() === '' ? ok('') : checkHttpUrl(v))).meta(doc(
    'API base URL', 'Company gateway or proxy in front of the Anthropic Messages API (https://...). Empty or absent: Anthropic.')),
  apiKey: checked(z.string(), (v) => {
    const c = checkNonEmpty(v, 400);
    return c.ok && /\s/.test(c.value) ? bad('contains spaces', 'api-key-spaces') : c;
  }).meta(doc('API key', 'Anthropic (or gateway) API key used by every agent. Agents cannot see or change it.')),
  useGatewayWithoutKey: bool().meta(doc(
    'Use the gateway without a key', 'The gateway at apiBaseUrl authenticates requests itself; Tandem sends no API key.')),
  model: checked(z.string(), checkModel).meta(doc('Model', 'Claude model id, e.g. claude-sonnet-4-5.')),
  maxTokens: int(LIMITS.maxTokens).meta(doc('Maximum reply length (tokens)', 'Upper bound of tokens per generated draft (64..32000).')),
  allowedHelpdeskHosts: z.array(checked(z.string(), checkHost)).meta(doc('Allowed helpdesk hosts',
    'Hosts Tandem works on, e.g. "acme.zendesk.com" or "*.freshdesk.com". Empty or absent: every supported helpdesk.')),
  customAdapters: z.array(customAdapterShape).meta(doc(
    'Custom helpdesk adapters', 'Other helpdesks described by CSS selectors (same shape as CustomAdapterConfig).')),
  knowledgeSources: z.array(knowledgeSourceSchema).meta(doc('Knowledge sources',
    'Where knowledge articles come from: a file URL, a Zendesk Help Center, or a JSON API, with optional request headers (credentials).')),
  redactionRequired: bool().meta(doc('Redaction required',
    'true: personal data is always redacted before anything leaves the browser, and agents cannot turn it off.')),
  retentionDays: int(LIMITS.retentionDays).meta(doc('Retention (days)',
    'Tickets, drafts and chats older than this many days are deleted from the browser (1..3650).')),
  auditRetentionDays: int(LIMITS.auditRetentionDays).meta(doc('Audit log retention (days)', 'Audit entries older than this are deleted (1..3650).')),
  auditIncludeContent: bool().meta(doc('Audit log may include customer content',
    'true: the audit log keeps the text that was inserted and alert evidence. Default: metadata only.')),
  analyticsExportAllowed: bool().meta(doc('Allow analytics export', 'Agents may export analytics totals (never ticket content).')),
  features: featuresSchema.partial().meta(doc('Features', 'Switch features on or off. Absent: the agent decides.')),
  brandVoice: text(LIMITS.brandVoiceChars).meta(doc('Brand voice guidelines', 'Tone and wording guidelines added to every draft prompt.')),
  alerts: alertsSchema.partial().meta(doc('Alerts', 'Extra alert phrases per kind, score thresholds, and alert kinds to switch off.')),
  agentHelpdesks: bool().meta(doc('Agents may add their own helpdesks',
    'false: only the organisation\'s helpdesks (built-in and customAdapters) run; agents cannot add custom helpdesks, and those they added are not used. Absent: true.')),
  agentKnowledgeSources: bool().meta(doc('Agents may add their own knowledge',
    'false: only the organisation\'s knowledgeSources are synced; agents cannot add sources or import files. Absent: true.')),
  connectors: z.array(connectorSchema).meta(doc('Connectors',
    'Tool servers the AI may call: kind "mcp" (a Model Context Protocol server over Streamable HTTP at url) or "http" (actions: request templates appended to url), with optional request headers (credentials, never shown) and the tools allowed (absent: all).')),
  toolAutonomy: oneOf(TOOL_AUTONOMY_LEVELS, 'toolAutonomy').meta(doc('Tool autonomy',
    'How freely the AI may call tools: "supervised" (the agent approves every call), "checkpoint" (read-only tools run, others wait for the agent) or "autonomous".')),
  agentConnectors: bool().meta(doc('Agents may add their own connectors',
    'false: only the organisation\'s connectors are used; agents cannot add tool servers. Absent: true.')),
}).partial();

export type ManagedPolicyKey = keyof typeof managedPolicySchema.shape;
