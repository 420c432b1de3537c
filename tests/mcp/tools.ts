// The support tools both MCP servers offer (tests/mcp/server.ts for tests, demo/mcp/server.ts for the demo), as a
// company's own system would: look up an order, an account, its recent API errors and the service status, and one
// write (a note on the account). Only the names, schemas and annotations are shared; each server answers from its
// own data through a ToolRunner. readOnlyHint is what Tandem uses to tell reads from writes (issue 16).
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import * as z from 'zod';

export type SupportToolName = 'get_order' | 'get_account_status' | 'recent_api_errors' | 'service_status' | 'add_account_note';

export const SUPPORT_TOOL_NAMES: SupportToolName[] = ['get_order', 'get_account_status', 'recent_api_errors', 'service_status', 'add_account_note'];

/** Answers one tool call; `signal` aborts when the client gives up (its time limit, or the connection closed). */
export type ToolRunner = (tool: SupportToolName, args: Record<string, unknown>, signal: AbortSignal) => Promise<CallToolResult>;

const READ = { readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: false } as const;

/** A result as MCP servers commonly send structured data: one text block with pretty-printed JSON. */
export function jsonResult(value: unknown): CallToolResult {
  return { content: [{ type: 'text', text: JSON.stringify(value, null, 2) }] };
}

/** A tool-level failure (the call reached the tool, which could not answer): `isError`, one line of reason. */
export function errorResult(message: string): CallToolResult {
  return { isError: true, content: [{ type: 'text', text: message }] };
}

/** "#TD-55120", " td-55120 " and "TD-55120" are the same order. */
export function normaliseOrderId(id: unknown): string {
  return String(id ?? '').trim().replace(/^#/, '').toUpperCase();
}

export function normaliseEmail(email: unknown): string {
  return String(email ?? '').trim().toLowerCase();
}

/** A fresh McpServer with the five tools, answering through `run` (stateless HTTP builds one per request). */
export function buildSupportServer(info: { name: string; version: string }, run: ToolRunner): McpServer {
  const server = new McpServer(info, { capabilities: { tools: {} } });
  server.registerTool(
    'get_order',
    {
      title: 'Look up an order',
      description: 'Status, items, shipping and tracking of one order, by its order number (e.g. TD-55120).',
      inputSchema: { order_id: z.string().min(1).max(64).describe('The order number, with or without a leading #') },
      annotations: { title: 'Look up an order', ...READ },
    },
    (args, extra) => run('get_order', args, extra.signal),
  );
  server.registerTool(
    'get_account_status',
    {
      title: 'Account status',
      description: "The customer's account: plan, status, seats, billing and login state, by e-mail address.",
      inputSchema: { email: z.string().min(3).max(254).describe("The customer's e-mail address") },
      annotations: { title: 'Account status', ...READ },
    },
    (args, extra) => run('get_account_status', args, extra.signal),
  );
  server.registerTool(
    'recent_api_errors',
    {
      title: 'Recent API errors',
      description: "Errors of the customer's API calls and integrations over the last 7 days, by e-mail address.",
      inputSchema: { email: z.string().min(3).max(254).describe("The customer's e-mail address") },
      annotations: { title: 'Recent API errors', ...READ },
    },
    (args, extra) => run('recent_api_errors', args, extra.signal),
  );
  server.registerTool(
    'service_status',
    {
      title: 'Service status',
      description: 'Current status of every component of the service and open incidents.',
      inputSchema: {},
      annotations: { title: 'Service status', ...READ },
    },
    (_args, extra) => run('service_status', {}, extra.signal),
  );
  server.registerTool(
    'add_account_note',
    {
      title: 'Add a note to the account',
      description: "Adds an internal note to the customer's account (changes data; the customer does not see it).",
      inputSchema: {
        email: z.string().min(3).max(254).describe("The customer's e-mail address"),
        note: z.string().min(1).max(2000).describe('The note'),
      },
      annotations: { title: 'Add a note to the account', readOnlyHint: false, destructiveHint: false, idempotentHint: false, openWorldHint: false },
    },
    (args, extra) => run('add_account_note', args, extra.signal),
  );
  return server;
}
