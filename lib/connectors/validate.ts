// Validation of connector configs, from policy or from the options page, with a reason an admin or agent can act
// on for everything rejected. The policy layer calls in here (lib/connectors/policy.ts); only the URL rule shared
// with every other URL of the policy comes from lib/policy/schema.ts.
import { checkHttpUrl } from '../policy/schema';
import { prefixed, refusal, type ReasonCode, type Refusal } from '../reasons';
import {
  CONNECTOR_KINDS,
  HTTP_METHODS,
  TOOL_AUTONOMY_LEVELS,
  type ConnectorConfig,
  type HttpAction,
  type HttpMethod,
  type JsonSchemaObject,
  type ToolAutonomy,
} from './types';

/** A failure has its English reason, and (for what the options form shows the agent) a code (lib/reasons.ts). */
export type Check<T> = { ok: true; value: T } | Refusal;
const ok = <T>(value: T): Check<T> => ({ ok: true, value });
const bad = (reason: string, code?: ReasonCode, ...params: string[]): Check<never> => refusal(reason, code, ...params);

export const CONNECTOR_LIMITS = {
  connectors: 20,
  actionsPerConnector: 30,
  toolsAllowed: 100,
  descriptionChars: 1000,
  schemaChars: 8000,
  headerValueChars: 4000,
} as const;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const typeName = (v: unknown) => (Array.isArray(v) ? 'array' : v === null ? 'null' : typeof v);

/** A value as it may appear in a reason: never a query string or user info (tokens travel there), at most 80 chars. */
function echo(v: unknown): string {
  let s = String(v).trim();
  const cut = s.search(/[?#]/);
  if (cut >= 0) s = `${s.slice(0, cut)}${s[cut]}…`;
  s = s.replace(/^([a-z][a-z0-9+.-]*:\/\/)[^/@]*@/i, '$1…@');
  return s.length > 80 ? `${s.slice(0, 80)}…` : s;
}

/** https:// anywhere, http:// only to this machine (headers with tokens travel with these requests): the
 *  policy's URL rule (lib/policy/schema.ts), and no query string or fragment either (tokens go in headers). */
export function checkConnectorUrl(v: unknown): Check<string> {
  const c = checkHttpUrl(v);
  if (!c.ok) return c;
  const url = new URL(c.value);
  if (url.search || url.hash) return bad('the URL must not carry a query string or fragment; use headers for tokens', 'url-query');
  return c;
}

export function checkId(v: unknown): Check<string> {
  if (typeof v !== 'string' || !v.trim()) return bad('is missing', 'id-missing');
  const s = v.trim();
  return s.length <= 40 && /^[a-z0-9][a-z0-9_-]*$/i.test(s) ? ok(s) : bad(`"${echo(s)}" is not an id (letters, digits, - and _, up to 40)`, 'id-invalid', echo(s));
}

/** Tool names as the Messages API takes them. */
export const TOOL_NAME_RE = /^[a-zA-Z0-9_-]{1,64}$/;

export function checkHeaders(v: unknown): Check<Record<string, string>> {
  if (!isObject(v)) return bad('headers must be an object of header name to value', 'headers-not-object');
  const headers: Record<string, string> = {};
  for (const [k, value] of Object.entries(v)) {
    if (!/^[A-Za-z0-9-]{1,64}$/.test(k)) return bad(`header name "${echo(k)}" is not valid`, 'header-name-invalid', echo(k));
    // The value is a secret: never echoed.
    if (typeof value !== 'string' || /[\r\n]/.test(value) || value.length > CONNECTOR_LIMITS.headerValueChars) return bad(`header ${k} must be a one-line string`, 'header-value-invalid', k);
    headers[k] = value;
  }
  return ok(headers);
}

/** Managed storage has no "any JSON" type: policy gives schemas and body templates as JSON text. */
function fromJsonText(v: unknown): unknown {
  if (typeof v !== 'string') return v;
  try {
    return JSON.parse(v) as unknown;
  } catch {
    return Symbol.for('invalid-json');
  }
}

export function checkInputSchema(raw: unknown): Check<JsonSchemaObject> {
  if (raw === undefined) return ok({ type: 'object', properties: {} });
  const v = fromJsonText(raw);
  if (typeof v === 'symbol') return bad('inputSchema is not valid JSON', 'schema-not-json');
  if (!isObject(v)) return bad('inputSchema must be a JSON schema object', 'schema-not-object');
  if (v.type !== undefined && v.type !== 'object') return bad('inputSchema must have type "object"', 'schema-not-object');
  let size: number;
  try {
    size = JSON.stringify(v).length;
  } catch {
    return bad('inputSchema is not plain JSON', 'schema-not-json');
  }
  if (size > CONNECTOR_LIMITS.schemaChars) return bad(`inputSchema is larger than ${CONNECTOR_LIMITS.schemaChars} characters`, 'schema-too-large', String(CONNECTOR_LIMITS.schemaChars));
  if (v.properties !== undefined && !isObject(v.properties)) return bad('inputSchema.properties must be an object', 'schema-properties');
  if (v.required !== undefined && (!Array.isArray(v.required) || v.required.some((r) => typeof r !== 'string'))) return bad('inputSchema.required must be a list of names', 'schema-required');
  return ok({ ...(JSON.parse(JSON.stringify(v)) as Record<string, unknown>), type: 'object' } as JsonSchemaObject);
}

/** RFC 6901: "" or "/a/b~1c". */
export function checkPointer(v: unknown): Check<string> {
  if (typeof v !== 'string') return bad('resultPointer must be a JSON pointer string such as /data/order', 'pointer-invalid', typeName(v));
  return v === '' || (v.startsWith('/') && !/~[^01]/.test(v)) ? ok(v) : bad(`"${echo(v)}" is not a JSON pointer (write e.g. /data/order)`, 'pointer-invalid', echo(v));
}

const PLACEHOLDER_RE = /\{([A-Za-z0-9_]{1,64})\}/g;

/** The {names} a template uses. */
export function placeholdersOf(template: string): string[] {
  return [...template.matchAll(PLACEHOLDER_RE)].map((m) => m[1]);
}

export function checkHttpAction(v: unknown): Check<HttpAction> {
  if (!isObject(v)) return bad(`expected an object, got ${typeName(v)}`, 'not-an-object', typeName(v));
  if (typeof v.name !== 'string' || !TOOL_NAME_RE.test(v.name)) return bad('name must be 1-64 letters, digits, _ or -', 'action-name-invalid');
  const name = v.name;
  if (typeof v.description !== 'string' || !v.description.trim()) return bad(`${name}: description is missing (the AI reads it to know when to use the action)`, 'action-description-missing', name);
  if (v.description.length > CONNECTOR_LIMITS.descriptionChars) return bad(`${name}: description is longer than ${CONNECTOR_LIMITS.descriptionChars} characters`, 'action-description-too-long', name, String(CONNECTOR_LIMITS.descriptionChars));
  const method = (typeof v.method === 'string' ? v.method.toUpperCase() : 'GET') as HttpMethod;
  if (!HTTP_METHODS.includes(method)) return bad(`${name}: method must be one of ${HTTP_METHODS.join(', ')}`, 'action-method-invalid', name, HTTP_METHODS.join(', '));
  if (typeof v.path !== 'string' || !v.path.startsWith('/') || v.path.startsWith('//') || /[\s#]/.test(v.path)) {
    return bad(`${name}: path must start with / (it is appended to the connector's URL), e.g. /orders/{order_id}`, 'action-path-invalid', name);
  }
  const schema = checkInputSchema(v.inputSchema);
  if (!schema.ok) return prefixed(`${name}: `, schema);
  const props = Object.keys(schema.value.properties ?? {});
  const missing = placeholdersOf(v.path).filter((p) => !props.includes(p));
  if (missing.length) return bad(`${name}: path uses {${missing.join('}, {')}} but inputSchema has no such property`, 'action-path-placeholders', name, `{${missing.join('}, {')}}`);
  const action: HttpAction = { name, description: v.description.trim(), method, path: v.path, inputSchema: schema.value };
  if (v.headers !== undefined) {
    const h = checkHeaders(v.headers);
    if (!h.ok) return prefixed(`${name}: `, h);
    action.headers = h.value;
  }
  if (v.body !== undefined) {
    if (method === 'GET') return bad(`${name}: a GET action has no body`, 'action-get-body', name);
    const body = fromJsonText(v.body);
    if (typeof body === 'symbol') return bad(`${name}: body must be a JSON template`, 'action-body-not-json', name);
    try {
      action.body = JSON.parse(JSON.stringify(body));
    } catch {
      return bad(`${name}: body must be a JSON template`, 'action-body-not-json', name);
    }
  }
  if (v.resultPointer !== undefined) {
    const p = checkPointer(v.resultPointer);
    if (!p.ok) return prefixed(`${name}: `, p);
    action.resultPointer = p.value;
  }
  return ok(action);
}

/** One connector. Problems with single actions are reported through `warn` and the others kept. */
export function checkConnector(v: unknown, warn: (path: string, reason: string, refused?: Refusal) => void = () => {}): Check<ConnectorConfig> {
  if (!isObject(v)) return bad(`expected an object, got ${typeName(v)}`, 'not-an-object', typeName(v));
  const id = checkId(v.id);
  if (!id.ok) return prefixed('id ', id);
  if (!CONNECTOR_KINDS.includes(v.kind as never)) return bad(`kind must be one of ${CONNECTOR_KINDS.join(', ')}`, 'kind-invalid', CONNECTOR_KINDS.join(', '));
  const kind = v.kind as ConnectorConfig['kind'];
  const url = checkConnectorUrl(v.url);
  if (!url.ok) return prefixed('url: ', url);
  const config: ConnectorConfig = { id: id.value, kind, url: url.value };
  if (v.name !== undefined) {
    if (typeof v.name !== 'string' || !v.name.trim() || v.name.length > 100) return bad('name must be 1-100 characters', 'name-length');
    config.name = v.name.trim();
  }
  if (v.headers !== undefined) {
    const h = checkHeaders(v.headers);
    if (!h.ok) return h;
    config.headers = h.value;
  }
  if (v.tools !== undefined) {
    if (!Array.isArray(v.tools) || v.tools.length > CONNECTOR_LIMITS.toolsAllowed || v.tools.some((t) => typeof t !== 'string' || !TOOL_NAME_RE.test(t))) {
      return bad('tools must be a list of tool names (letters, digits, _ and -)', 'tools-invalid');
    }
    config.tools = [...new Set(v.tools as string[])];
  }
  if (kind === 'http') {
    if (!Array.isArray(v.actions) || v.actions.length === 0) return bad('an http connector needs a non-empty list of actions', 'http-needs-actions');
    if (v.actions.length > CONNECTOR_LIMITS.actionsPerConnector) return bad(`at most ${CONNECTOR_LIMITS.actionsPerConnector} actions per connector`, 'too-many-actions', String(CONNECTOR_LIMITS.actionsPerConnector));
    const actions: HttpAction[] = [];
    v.actions.forEach((a, i) => {
      const c = checkHttpAction(a);
      if (!c.ok) warn(`actions[${i}]`, c.reason, c);
      else if (actions.some((x) => x.name === c.value.name)) {
        const reason = `a second action named ${c.value.name}`;
        warn(`actions[${i}]`, reason, refusal(reason, 'action-twice', c.value.name));
      } else actions.push(c.value);
    });
    if (!actions.length) return bad('none of its actions is valid', 'no-valid-action');
    config.actions = actions;
  } else if (v.actions !== undefined) {
    const reason = 'ignored: an mcp connector lists its tools itself';
    warn('actions', reason, refusal(reason, 'mcp-actions-ignored'));
  }
  return ok(config);
}

export function checkAutonomy(v: unknown): Check<ToolAutonomy> {
  return TOOL_AUTONOMY_LEVELS.includes(v as never) ? ok(v as ToolAutonomy) : bad(`must be one of ${TOOL_AUTONOMY_LEVELS.join(', ')}`, 'one-of', TOOL_AUTONOMY_LEVELS.join(', '));
}

/** A list of connectors: each checked alone (one bad connector does not sink the others), ids unique. `report`
 *  gets the refusal too where it has a code (the options page's policy summary translates it). */
export function checkConnectors(v: unknown, report: (path: string, reason: string, refused?: Refusal) => void): ConnectorConfig[] | undefined {
  if (!Array.isArray(v)) {
    report('', `expected a list, got ${typeName(v)}`, refusal(`expected a list, got ${typeName(v)}`, 'not-a-list', typeName(v)));
    return undefined;
  }
  const out: ConnectorConfig[] = [];
  v.slice(0, CONNECTOR_LIMITS.connectors).forEach((item, i) => {
    const c = checkConnector(item, (path, reason, refused) => report(`[${i}].${path}`, reason, refused));
    if (!c.ok) report(`[${i}]`, c.reason, c);
    else if (out.some((x) => x.id === c.value.id)) {
      const reason = `a second connector with id ${c.value.id}`;
      report(`[${i}]`, reason, refusal(reason, 'connector-id-twice', c.value.id));
    }
    else out.push(c.value);
  });
  if (v.length > CONNECTOR_LIMITS.connectors) {
    const reason = `only the first ${CONNECTOR_LIMITS.connectors} connectors are used`;
    report('', reason, refusal(reason, 'connectors-first-only', String(CONNECTOR_LIMITS.connectors)));
  }
  return out;
}
