// Connectors (issue 16): the organisation's or the agent's own systems the co-worker may look things up in, as MCP
// servers (Streamable HTTP) or HTTP actions (a described request template). One home for the feature: config
// types here, validation in validate.ts, policy keys in policy.ts, the tools allowed in registry.ts, running a call
// in run.ts, autonomy in autonomy.ts. Type-only module: importing it loads nothing.
import type { ToolErrorCode } from './tool-errors';

export const TOOL_AUTONOMY_LEVELS = ['supervised', 'checkpoint', 'autonomous'] as const;
/** supervised: every call waits for the agent; checkpoint: read-only calls run, changing ones wait;
 *  autonomous: both run (only when policy allows). A changing call from the AI always waits for a click. */
export type ToolAutonomy = (typeof TOOL_AUTONOMY_LEVELS)[number];

export const CONNECTOR_KINDS = ['mcp', 'http'] as const;
export type ConnectorKind = (typeof CONNECTOR_KINDS)[number];

export const HTTP_METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;
export type HttpMethod = (typeof HTTP_METHODS)[number];

/** The JSON schema of a tool's input, as the Messages API takes it (an object schema). */
export interface JsonSchemaObject {
  type: 'object';
  properties?: Record<string, { type?: string; description?: string; enum?: unknown[] } & Record<string, unknown>>;
  required?: string[];
  [extra: string]: unknown;
}

/** An HTTP action: a named, described request template. `path` is appended to the connector's URL; `{name}`
 *  placeholders in it are filled from the input (URL-encoded), and in `body` (a JSON template) a string that is
 *  exactly "{name}" takes the input's value as is, other strings get placeholders replaced as text. */
export interface HttpAction {
  name: string;
  description: string;
  method: HttpMethod;
  path: string;
  headers?: Record<string, string>;
  body?: unknown;
  inputSchema: JsonSchemaObject;
  /** RFC 6901 JSON pointer to the part of the response that matters ("/data/order"); absent: the whole body. */
  resultPointer?: string;
}

/** A connector as policy (key `connectors`) or the agent's options page describe it. */
export interface ConnectorConfig {
  id: string;
  name?: string;
  kind: ConnectorKind;
  /** MCP: the server's Streamable HTTP endpoint. HTTP: the base URL its actions' paths are appended to. */
  url: string;
  /** Sent with every request (tokens): never logged, exported or shown. */
  headers?: Record<string, string>;
  /** The tools allowed (by their own name); absent: all. */
  tools?: string[];
  /** HTTP connectors: their actions. */
  actions?: HttpAction[];
}

/** One tool Tandem may offer: what the registry gives after policy filtering. */
export interface ToolDef {
  connectorId: string;
  connectorName: string;
  kind: ConnectorKind;
  /** The tool's own name on its server / the action's name. */
  tool: string;
  /** The name offered to the model (the tool's own, prefixed with the connector id only when two collide). */
  apiName: string;
  description: string;
  inputSchema: JsonSchemaObject;
  /** MCP: annotations.readOnlyHint === true. HTTP: method GET. Nothing else counts as read-only. */
  readOnly: boolean;
}

/** Why a call failed, for the agent and the audit log. */
export type ToolErrorKind =
  | 'down'
  | 'auth'
  | 'timeout'
  | 'tool_error'
  | 'malformed'
  | 'http_error'
  | 'bad_input'
  | 'denied'
  | 'limit'
  | 'not_allowed'
  | 'interrupted';

export type ToolCallStatus = 'pending' | 'running' | 'done' | 'error' | 'denied' | 'interrupted';

/** A tool call as stored in IndexedDB (table `toolCalls`): the approval card and the fact card read it live. */
export interface StoredToolCall {
  id: string;
  ticketKey: string;
  /** The draft or chat row whose stream asked for it; absent for a look-up the agent ran from the panel. */
  rowId?: string;
  /** The model's tool_use id. */
  toolUseId?: string;
  connectorId: string;
  connectorName: string;
  tool: string;
  readOnly: boolean;
  /** Arguments with the real values (kept on this computer, shown to the agent). */
  args: Record<string, unknown>;
  status: ToolCallStatus;
  /** Who let it run: the agent's click, the autonomy level, or the agent's own look-up. */
  approvedBy?: 'agent' | 'auto';
  source: 'ai' | 'lookup';
  /** Citation number ([n]) in the knowledge+facts space of its request. */
  n?: number;
  /** A few key values of the result, for the fact card (real values: local only). */
  facts?: { key: string; value: string }[];
  /** The result text (real values, capped): local only; the model got the redacted one. */
  resultText?: string;
  /** The result was larger than the cap and was cut. */
  capped?: boolean;
  /** English, for the audit log, callers that read text and calls stored before the codes. */
  error?: string;
  errorKind?: ToolErrorKind;
  /** The same reason as a code and params the panel translates (./tool-errors.ts). */
  errorCode?: ToolErrorCode;
  errorParams?: string[];
  createdAt: number;
  /** When it finished (done/error/denied). */
  finishedAt?: number;
  durationMs?: number;
  bytesIn?: number;
  bytesOut?: number;
}
