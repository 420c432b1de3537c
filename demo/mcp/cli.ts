// `npm run mcp:demo`: the demo company's MCP server alone, on http://127.0.0.1:8790/mcp (or --port N).
//   node scripts/run-ts.mjs demo/mcp/cli.ts [--port 8790] [--quiet]
import { DEMO_MCP_PORT, startDemoMcpServer } from './server';

const i = process.argv.indexOf('--port');
const port = i >= 0 ? Number(process.argv[i + 1]) : DEMO_MCP_PORT;
const server = await startDemoMcpServer(port, { log: !process.argv.includes('--quiet') });
console.log(`demo MCP server listening on ${server.url} (tools: get_order, get_account_status, recent_api_errors, service_status, add_account_note)`);

const stop = () => {
  void server.close().then(() => process.exit(0));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
