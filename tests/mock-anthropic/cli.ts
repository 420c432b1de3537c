// Run the mock Anthropic API from the command line (used by the demo):
//   node scripts/run-ts.mjs tests/mock-anthropic/cli.ts --port 8787 [--host 127.0.0.1] [--scenario ok|rate_limit:5|...]
//                                                         [--delay 25] [--quiet]
// A request can still pick its own scenario with the x-mock-scenario header or "MOCK_SCENARIO:<name>" in the prompt.
import { startMockAnthropic, type ScenarioName } from './server';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  if (i >= 0) return process.argv[i + 1];
  const eq = process.argv.find((a) => a.startsWith(`--${name}=`));
  return eq?.slice(name.length + 3);
}

const port = Number(arg('port') ?? 8787);
const host = arg('host') ?? '127.0.0.1';
const [scenarioName, scenarioArg] = (arg('scenario') ?? 'ok').split(':');
const n = scenarioArg === undefined ? undefined : Number(scenarioArg);
const mock = await startMockAnthropic({
  port,
  host,
  deltaDelayMs: Number(arg('delay') ?? 25),
  log: !process.argv.includes('--quiet'),
  scenario: { name: scenarioName as ScenarioName, retryAfterSeconds: n, delayMs: n, afterDeltas: n },
});
console.log(`mock Anthropic API listening on ${mock.url} (scenario ${scenarioName})`);

const stop = () => {
  void mock.close().then(() => process.exit(0));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
