// Tandem as an MCP client (Streamable HTTP), in the background service worker: systems reachable only from the
// agent's browser (VPN, intranet, SSO cookies) work, and the customer's real identifiers never leave it.
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import type { JsonSchemaValidator, jsonSchemaValidator } from '@modelcontextprotocol/sdk/validation/types.js';
import type { ConnectorConfig, JsonSchemaObject } from './types';

export interface McpToolInfo {
  name: string;
  description: string;
  inputSchema: JsonSchemaObject;
  /** annotations.readOnlyHint === true: the only thing that counts as read-only. */
  readOnly: boolean;
}

export interface McpCallResult {
  /** The text of the result (text content joined; structured content as JSON when there is no text). */
  text: string;
  isError: boolean;
}

export interface McpSession {
  listTools(): Promise<McpToolInfo[]>;
  callTool(name: string, args: Record<string, unknown>, signal: AbortSignal): Promise<McpCallResult>;
  close(): Promise<void>;
}

/**
 * The SDK's default output-schema validator (Ajv) compiles schemas with `new Function`, which an extension's
 * content security policy forbids: listTools() would throw for any server whose tools declare an outputSchema.
 * Results are untrusted text to Tandem anyway (capped, redacted, shown as text), so they are not validated.
 */
const passThroughValidator: jsonSchemaValidator = {
  getValidator<T>(): JsonSchemaValidator<T> {
    return (input: unknown) => ({ valid: true, data: input as T, errorMessage: undefined });
  },
};

export interface McpDeps {
  fetch?: typeof fetch;
  /** 'include' only when the host is granted (registry.ts credentialsFor). */
  credentials?: RequestCredentials;
}

/** Connect (initialize handshake) to a connector's MCP server. */
export async function openMcpSession(connector: ConnectorConfig, signal: AbortSignal, deps: McpDeps = {}): Promise<McpSession> {
  const transport = new StreamableHTTPClientTransport(new URL(connector.url), {
    requestInit: { headers: { ...(connector.headers ?? {}) }, credentials: deps.credentials ?? 'same-origin' },
    ...(deps.fetch ? { fetch: deps.fetch } : {}),
  });
  const client = new Client({ name: 'tandem', version: '1.0.0' }, { jsonSchemaValidator: passThroughValidator });
  await client.connect(transport, { signal });
  return {
    async listTools() {
      const out: McpToolInfo[] = [];
      let cursor: string | undefined;
      // A few pages at most: a server listing thousands of tools is not one to offer them all from.
      for (let page = 0; page < 5; page++) {
        const res = await client.listTools(cursor ? { cursor } : {}, { signal });
        for (const t of res.tools) {
          out.push({
            name: t.name,
            description: (t.description ?? t.title ?? t.name).slice(0, 1000),
            inputSchema: { ...(t.inputSchema as Record<string, unknown>), type: 'object' } as JsonSchemaObject,
            readOnly: t.annotations?.readOnlyHint === true,
          });
        }
        cursor = res.nextCursor;
        if (!cursor) break;
      }
      return out;
    },
    async callTool(name, args, callSignal) {
      const res = await client.callTool({ name, arguments: args }, undefined, { signal: callSignal });
      const content = Array.isArray(res.content) ? (res.content as { type: string; text?: string }[]) : [];
      const texts = content.filter((c) => c.type === 'text' && typeof c.text === 'string').map((c) => c.text as string);
      let text = texts.join('\n');
      if (!text && res.structuredContent !== undefined) text = JSON.stringify(res.structuredContent);
      if (!text && 'toolResult' in res) text = JSON.stringify(res.toolResult);
      return { text, isError: res.isError === true };
    },
    async close() {
      await client.close().catch(() => {});
    },
  };
}
