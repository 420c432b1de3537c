// An MCP server over Streamable HTTP on a plain node:http server, stateless (a fresh McpServer and transport per
// POST, as the SDK's stateless example does), with what tests need around it: a bearer-token check answered with a
// real 401, a "down" state that refuses connections and can come back on the same port, and CORS for extension pages.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { StreamableHTTPServerTransport } from '@modelcontextprotocol/sdk/server/streamableHttp.js';

export interface McpHttpOptions {
  host?: string;
  /** 0 (default) picks a free port. */
  port?: number;
  /** The endpoint's path (default '/mcp'). */
  path?: string;
  /** One server per request; `req` gives the caller's headers. */
  build(req: IncomingMessage): McpServer;
  /** false: the request is refused with 401 (a JSON-RPC error body and WWW-Authenticate, as real servers answer). */
  authorize?(req: IncomingMessage): boolean;
  /** Log one line per request to stderr. */
  log?: boolean;
  name?: string;
}

export interface McpHttpServer {
  url: string;
  port: number;
  /** Stop listening and drop every open connection (new connections are refused); `up()` listens again. */
  down(): Promise<void>;
  up(): Promise<void>;
  isDown(): boolean;
  close(): Promise<void>;
}

function cors(req: IncomingMessage, res: ServerResponse): void {
  res.setHeader('access-control-allow-origin', (req.headers.origin as string) || '*');
  res.setHeader('vary', 'origin');
  res.setHeader('access-control-expose-headers', 'mcp-session-id, mcp-protocol-version, www-authenticate');
}

function rpcError(res: ServerResponse, status: number, code: number, message: string, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify({ jsonrpc: '2.0', error: { code, message }, id: null }));
}

export async function serveMcp(options: McpHttpOptions): Promise<McpHttpServer> {
  const host = options.host ?? '127.0.0.1';
  const path = options.path ?? '/mcp';
  const sockets = new Set<Socket>();
  let down = false;

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    cors(req, res);
    const url = (req.url ?? '/').split('?')[0];
    if (options.log) console.error(`[${options.name ?? 'mcp'}] ${req.method} ${url}`);
    if (req.method === 'OPTIONS') {
      res.writeHead(204, {
        'access-control-allow-methods': 'GET, POST, DELETE, OPTIONS',
        'access-control-allow-headers': (req.headers['access-control-request-headers'] as string) || 'content-type, authorization, mcp-session-id, mcp-protocol-version',
        'access-control-max-age': '600',
      });
      res.end();
      return;
    }
    if (url !== path) return rpcError(res, 404, -32000, `Not found: ${url}`);
    if (options.authorize && !options.authorize(req)) {
      return rpcError(res, 401, -32001, 'Unauthorized: a valid bearer token is required', { 'www-authenticate': 'Bearer realm="mcp"' });
    }
    // Stateless: no server-to-client stream and no sessions to end.
    if (req.method !== 'POST') return rpcError(res, 405, -32000, 'Method not allowed.', { allow: 'POST' });
    const server = options.build(req);
    const transport = new StreamableHTTPServerTransport({ sessionIdGenerator: undefined });
    res.on('close', () => {
      void transport.close();
      void server.close();
    });
    await server.connect(transport);
    await transport.handleRequest(req, res);
  }

  const http = createServer((req, res) => {
    if (down) {
      req.socket.destroy();
      return;
    }
    handle(req, res).catch((err) => {
      if (!res.headersSent) rpcError(res, 500, -32603, `Internal error: ${String(err)}`);
      else res.destroy();
    });
  });
  http.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });

  const listen = (port: number) =>
    new Promise<void>((resolve, reject) => {
      http.once('error', reject);
      http.listen(port, host, () => {
        http.off('error', reject);
        resolve();
      });
    });
  const stop = () =>
    new Promise<void>((resolve) => {
      for (const s of sockets) s.destroy();
      if (!http.listening) return resolve();
      http.close(() => resolve());
    });

  await listen(options.port ?? 0);
  const port = (http.address() as AddressInfo).port;
  return {
    url: `http://${host}:${port}${path}`,
    port,
    async down() {
      down = true;
      await stop();
    },
    async up() {
      if (!down) return;
      await listen(port);
      down = false;
    },
    isDown: () => down,
    async close() {
      down = true;
      await stop();
    },
  };
}
