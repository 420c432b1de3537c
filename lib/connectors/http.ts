// HTTP actions: a described request template run with the tool's input. Values are URL-encoded into the path (so
// no input can change the host or add a path segment), put into the JSON body template, and the response is
// narrowed to what the action's JSON pointer names.
import type { ConnectorConfig, HttpAction } from './types';

const PLACEHOLDER_RE = /\{([A-Za-z0-9_]{1,64})\}/g;

/** Thrown for a request that cannot be built from the input (a missing placeholder value). */
export class ActionInputError extends Error {}

function scalarText(v: unknown): string {
  if (v === undefined || v === null) return '';
  return typeof v === 'object' ? JSON.stringify(v) : String(v);
}

/** The request's URL: connector URL + the path with each {name} URL-encoded from `args`. */
export function buildActionUrl(connector: Pick<ConnectorConfig, 'url'>, action: Pick<HttpAction, 'path'>, args: Record<string, unknown>): string {
  const path = action.path.replace(PLACEHOLDER_RE, (_m, name: string) => {
    const v = args[name];
    if (v === undefined || v === null || v === '') throw new ActionInputError(`the input has no value for {${name}}`);
    return encodeURIComponent(scalarText(v));
  });
  let base = connector.url;
  while (base.endsWith('/')) base = base.slice(0, -1);
  const url = new URL(base + path);
  // The template is checked at save time; this guards the result too (same origin as the connector).
  if (url.origin !== new URL(base).origin) throw new ActionInputError('the action would leave its connector’s host');
  return url.toString();
}

/** The JSON body: "{name}" alone takes the value as is (number, object...), placeholders inside text become text. */
export function fillBody(template: unknown, args: Record<string, unknown>): unknown {
  if (typeof template === 'string') {
    const whole = /^\{([A-Za-z0-9_]{1,64})\}$/.exec(template);
    if (whole) return args[whole[1]] ?? null;
    return template.replace(PLACEHOLDER_RE, (_m, name: string) => scalarText(args[name]));
  }
  if (Array.isArray(template)) return template.map((t) => fillBody(t, args));
  if (template && typeof template === 'object') {
    return Object.fromEntries(Object.entries(template).map(([k, v]) => [k, fillBody(v, args)]));
  }
  return template;
}

/** RFC 6901 JSON pointer; undefined when it points at nothing. */
export function resolvePointer(doc: unknown, pointer: string | undefined): unknown {
  if (!pointer) return doc;
  let cur: unknown = doc;
  for (const raw of pointer.slice(1).split('/')) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string, unknown>)[key];
  }
  return cur;
}

export interface HttpActionResponse {
  status: number;
  /** The response body as received (text). */
  body: string;
}

/** Send the action's request. Throws on network failure / abort; HTTP errors come back as a status. */
export async function sendHttpAction(
  connector: ConnectorConfig,
  action: HttpAction,
  args: Record<string, unknown>,
  signal: AbortSignal,
  fetchImpl: typeof fetch = fetch,
  maxBytes = 1_000_000,
  credentials: RequestCredentials = 'same-origin',
): Promise<HttpActionResponse & { bytesOut: number }> {
  const url = buildActionUrl(connector, action, args);
  const headers: Record<string, string> = { accept: 'application/json', ...(connector.headers ?? {}), ...(action.headers ?? {}) };
  let body: string | undefined;
  if (action.body !== undefined && action.method !== 'GET') {
    body = JSON.stringify(fillBody(action.body, args));
    headers['content-type'] = 'application/json';
  }
  const res = await fetchImpl(url, { method: action.method, headers, body, signal, credentials, redirect: 'error' });
  // Read at most maxBytes: a runaway response must not fill the worker's memory.
  const reader = res.body?.getReader();
  let text = '';
  if (reader) {
    const decoder = new TextDecoder();
    let received = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      received += value.byteLength;
      text += decoder.decode(value, { stream: true });
      if (received > maxBytes) {
        await reader.cancel().catch(() => {});
        break;
      }
    }
    text += decoder.decode();
  } else {
    text = await res.text();
  }
  return { status: res.status, body: text, bytesOut: body ? new TextEncoder().encode(body).byteLength : 0 };
}
