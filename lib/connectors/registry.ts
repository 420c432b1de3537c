// The tools one request may use: every enabled connector's tools, filtered by the connector's allow-list (policy's
// `tools`), named for the Messages API, with one open MCP session per server for the request's calls.
import { browser } from 'wxt/browser';
import { ActionInputError, resolvePointer, sendHttpAction } from './http';
import { TOOL_LIMITS } from './limits';
import { openMcpSession, type McpSession } from './mcp';
import type { ConnectorConfig, HttpAction, ToolDef, ToolErrorKind } from './types';
import type { ToolErrorCode } from './tool-errors';

/** A failed call or listing, with words for the agent (never a header or token): English in `message`, and the
 *  same as a code and params the panel translates (./tool-errors.ts). */
export class ToolCallError extends Error {
  readonly params: string[];
  constructor(
    readonly kind: ToolErrorKind,
    message: string,
    readonly code?: ToolErrorCode,
    ...params: string[]
  ) {
    super(message);
    this.name = 'ToolCallError';
    this.params = params;
  }
}

/** Absent list: every tool; otherwise only the named ones. */
export function toolAllowed(connector: Pick<ConnectorConfig, 'tools'>, tool: string): boolean {
  return !connector.tools || connector.tools.includes(tool);
}

export const connectorLabel = (c: Pick<ConnectorConfig, 'id' | 'name'>): string => c.name ?? c.id;

/** The model sees each tool by its own name; two connectors with the same tool name get "<id>__<tool>". */
export function assignApiNames(tools: Omit<ToolDef, 'apiName'>[]): ToolDef[] {
  const counts = new Map<string, number>();
  for (const t of tools) counts.set(t.tool, (counts.get(t.tool) ?? 0) + 1);
  return tools.map((t) => ({ ...t, apiName: counts.get(t.tool)! > 1 ? `${t.connectorId}__${t.tool}`.slice(0, 64) : t.tool }));
}

function httpTools(connector: ConnectorConfig): Omit<ToolDef, 'apiName'>[] {
  return (connector.actions ?? [])
    .filter((a) => toolAllowed(connector, a.name))
    .map((a) => ({
      connectorId: connector.id,
      connectorName: connectorLabel(connector),
      kind: 'http' as const,
      tool: a.name,
      description: a.description,
      inputSchema: a.inputSchema,
      readOnly: a.method === 'GET',
    }));
}

/** Any thrown thing from a connector -> a ToolCallError with a reason. */
export function classifyError(err: unknown, connector: Pick<ConnectorConfig, 'id' | 'name' | 'url'>, timedOut: boolean): ToolCallError {
  if (err instanceof ToolCallError) return err;
  const name = connectorLabel(connector);
  let host = connector.url;
  try {
    host = new URL(connector.url).host;
  } catch {
    /* keep the id */
  }
  const seconds = String(TOOL_LIMITS.callTimeoutMs / 1000);
  if (timedOut) return new ToolCallError('timeout', `${name} did not answer within ${seconds} seconds, so the call was stopped.`, 'timeout', name, seconds);
  if (err instanceof ActionInputError) return new ToolCallError('bad_input', `The request to ${name} could not be built: ${err.message}.`, 'bad-input', name, err.message);
  const e = err as { code?: unknown; name?: string; message?: string };
  const message = String(e?.message ?? err);
  const code = typeof e?.code === 'number' ? e.code : undefined;
  if (e?.name === 'UnauthorizedError' || code === 401 || code === 403 || /\b(401|403)\b|unauthori[sz]ed|forbidden/i.test(message)) {
    return new ToolCallError('auth', `${name} refused Tandem's credentials (${code ?? 401}). Check the connector's headers in Tandem settings, or ask your admin.`, 'auth', name, String(code ?? 401));
  }
  if (code === -32001 || /timed? ?out/i.test(message)) return new ToolCallError('timeout', `${name} did not answer in time, so the call was stopped.`, 'timeout-server', name);
  if (code !== undefined && code >= 400 && code < 600) return new ToolCallError('http_error', `${name} answered with HTTP ${code}.`, 'http', name, String(code));
  if (code !== undefined && code < 0 && code > -33000) return new ToolCallError('tool_error', `${name} reported an error: ${message.slice(0, 200)}`, 'reported', name, message.slice(0, 200));
  if (/fetch failed|Failed to fetch|ECONNREFUSED|NetworkError|network|socket|ENOTFOUND|terminated/i.test(message) || err instanceof TypeError) {
    return new ToolCallError('down', `Could not reach ${name} at ${host}. Is the server running, and are you on the right network (VPN)?`, 'down', name, host);
  }
  return new ToolCallError('tool_error', `${name} failed: ${message.slice(0, 200)}`, 'failed', name, message.slice(0, 200));
}

/** Run `fn` with its own AbortSignal that fires after `ms` or when `outer` aborts. */
export async function withTimeout<T>(ms: number, outer: AbortSignal | undefined, fn: (signal: AbortSignal) => Promise<T>): Promise<{ value?: T; error?: unknown; timedOut: boolean }> {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort(new DOMException('timeout', 'TimeoutError'));
  }, ms);
  const onOuter = () => controller.abort(outer?.reason);
  outer?.addEventListener('abort', onOuter, { once: true });
  if (outer?.aborted) controller.abort(outer.reason);
  try {
    // The race makes a call that ignores its signal stop counting against the agent all the same.
    const aborted = new Promise<never>((_, reject) => controller.signal.addEventListener('abort', () => reject(controller.signal.reason ?? new Error('aborted')), { once: true }));
    const value = await Promise.race([fn(controller.signal), aborted]);
    return { value, timedOut: false };
  } catch (error) {
    return { error, timedOut };
  } finally {
    clearTimeout(timer);
    outer?.removeEventListener('abort', onOuter);
  }
}

/** What a call brought back, before capping and redaction. */
export interface RawToolResult {
  raw: string;
  /** HTTP actions return JSON; MCP text may be anything. */
  expectJson: boolean;
  bytesOut: number;
}

/**
 * Cookies (an intranet's SSO session) go with a connector's requests only when its host is granted to Tandem: then
 * the browser skips CORS. Without the grant the request is a CORS request, where `include` would need the server's
 * allow-credentials and fail against most servers, so none are sent.
 */
export async function credentialsFor(url: string): Promise<RequestCredentials> {
  const permissions = browser?.permissions;
  try {
    const u = new URL(url);
    return (await permissions?.contains?.({ origins: [`${u.protocol}//${u.hostname}/*`] })) ? 'include' : 'same-origin';
  } catch {
    return 'same-origin';
  }
}

export interface ToolboxDeps {
  fetch?: typeof fetch;
  openMcp?: (connector: ConnectorConfig, signal: AbortSignal) => Promise<McpSession>;
  callTimeoutMs?: number;
  listTimeoutMs?: number;
}

export interface Toolbox {
  tools: ToolDef[];
  /** Connectors whose tools could not be listed, and why (the request goes on without them). */
  problems: { connectorId: string; connectorName: string; reason: string; code?: ToolErrorCode; params?: string[] }[];
  find(apiName: string): ToolDef | undefined;
  connector(id: string): ConnectorConfig | undefined;
  /** Run one call with the REAL arguments. Throws ToolCallError. */
  call(tool: ToolDef, args: Record<string, unknown>, signal?: AbortSignal): Promise<RawToolResult>;
  close(): Promise<void>;
}

/** Open the connectors for one request: list their tools (MCP servers in parallel, each within a time limit). */
export async function openToolbox(connectors: ConnectorConfig[], deps: ToolboxDeps = {}, signal?: AbortSignal): Promise<Toolbox> {
  const openMcp = deps.openMcp ?? (async (c: ConnectorConfig, s: AbortSignal) => openMcpSession(c, s, { fetch: deps.fetch, credentials: await credentialsFor(c.url) }));
  const sessions = new Map<string, McpSession>();
  const problems: Toolbox['problems'] = [];
  const listed = await Promise.all(
    connectors.map(async (c): Promise<Omit<ToolDef, 'apiName'>[]> => {
      if (c.kind === 'http') return httpTools(c);
      const r = await withTimeout(deps.listTimeoutMs ?? TOOL_LIMITS.listTimeoutMs, signal, async (s) => {
        const session = await openMcp(c, s);
        sessions.set(c.id, session);
        return session.listTools();
      });
      if (r.error !== undefined || !r.value) {
        const e = classifyError(r.error, c, r.timedOut);
        problems.push({ connectorId: c.id, connectorName: connectorLabel(c), reason: e.message, ...(e.code ? { code: e.code, params: e.params } : {}) });
        return [];
      }
      return r.value
        .filter((t) => toolAllowed(c, t.name) && /^[a-zA-Z0-9_-]{1,64}$/.test(t.name))
        .map((t) => ({ connectorId: c.id, connectorName: connectorLabel(c), kind: 'mcp' as const, tool: t.name, description: t.description, inputSchema: t.inputSchema, readOnly: t.readOnly }));
    }),
  );
  const tools = assignApiNames(listed.flat());
  const byApi = new Map(tools.map((t) => [t.apiName, t]));
  const byId = new Map(connectors.map((c) => [c.id, c]));

  async function call(tool: ToolDef, args: Record<string, unknown>, outer?: AbortSignal): Promise<RawToolResult> {
    const connector = byId.get(tool.connectorId);
    // Checked again here: only a tool the registry offered (and so policy allows) ever runs.
    if (!connector || byApi.get(tool.apiName) !== tool || !toolAllowed(connector, tool.tool)) {
      throw new ToolCallError('not_allowed', `${tool.tool} is not among the tools allowed for this request.`, 'not-allowed', tool.tool);
    }
    const r = await withTimeout(deps.callTimeoutMs ?? TOOL_LIMITS.callTimeoutMs, outer, async (s) => {
      if (connector.kind === 'http') {
        const action = connector.actions!.find((a) => a.name === tool.tool) as HttpAction;
        const res = await sendHttpAction(connector, action, args, s, deps.fetch ?? fetch, TOOL_LIMITS.maxResponseBytes, await credentialsFor(connector.url));
        if (res.status === 401 || res.status === 403) throw Object.assign(new Error(`HTTP ${res.status}`), { code: res.status });
        if (res.status >= 400) throw Object.assign(new Error(`HTTP ${res.status}`), { code: res.status });
        let raw = res.body;
        if (action.resultPointer) {
          let doc: unknown;
          try {
            doc = JSON.parse(res.body);
          } catch {
            throw new ToolCallError('malformed', `${connectorLabel(connector)}/${tool.tool} did not answer with JSON, so its result was not used.`, 'not-json', `${connectorLabel(connector)}/${tool.tool}`);
          }
          const part = resolvePointer(doc, action.resultPointer);
          if (part === undefined) {
            throw new ToolCallError('malformed', `${connectorLabel(connector)}/${tool.tool}: the answer has nothing at ${action.resultPointer}.`, 'pointer-empty', `${connectorLabel(connector)}/${tool.tool}`, action.resultPointer);
          }
          raw = JSON.stringify(part);
        }
        return { raw, expectJson: true, bytesOut: res.bytesOut };
      }
      let session = sessions.get(connector.id);
      if (!session) {
        session = await openMcp(connector, s);
        sessions.set(connector.id, session);
      }
      const res = await session.callTool(tool.tool, args, s);
      if (res.isError) {
        const words = res.text.replace(/\s+/g, ' ').slice(0, 200) || 'no details';
        throw new ToolCallError('tool_error', `${connectorLabel(connector)}/${tool.tool} reported an error: ${words}`, 'reported', `${connectorLabel(connector)}/${tool.tool}`, words);
      }
      return { raw: res.text, expectJson: false, bytesOut: new TextEncoder().encode(JSON.stringify(args)).byteLength };
    });
    if (r.error !== undefined || r.value === undefined) throw classifyError(r.error, connector, r.timedOut);
    return r.value;
  }

  return {
    tools,
    problems,
    find: (apiName) => byApi.get(apiName),
    connector: (id) => byId.get(id),
    call,
    async close() {
      await Promise.all([...sessions.values()].map((s) => s.close()));
      sessions.clear();
    },
  };
}
