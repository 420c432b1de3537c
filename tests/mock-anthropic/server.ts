// A local stand-in for the Anthropic Messages API, speaking its wire format: JSON and SSE streaming, the real
// error bodies and status codes, CORS for extension pages, and failures on demand (rate limits, overload, cut
// streams, slow first byte). Replies are deterministic and derived from the request so tests can check what the
// model was given (which task, which placeholders, which sources). Tool use (issue 16) streams as the API does:
// a tool_use block whose input arrives in input_json_delta chunks, stop_reason 'tool_use', and a reply that quotes the
// tool_result blocks of the next request (the rules are in ./tools.ts).
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { chooseToolCalls, contentText, offeredTools, splitJson, toolResults, toolResultSentences } from './tools';

export type ScenarioName =
  | 'ok'
  | 'auth'
  | 'rate_limit'
  | 'overloaded'
  | 'server_error'
  | 'bad_request'
  | 'cut'
  | 'slow'
  | 'stream_error'
  | 'invent_citation'
  /** The stream is cut right after a tool_use block starts and one chunk of its input. */
  | 'tool_cut'
  /** Always calls a tool, even after tool_result blocks (for the client's per-request call limit). */
  | 'tool_loop';

export interface ScenarioSpec {
  name: ScenarioName;
  /** rate_limit: value of the retry-after header, in seconds (default 1). */
  retryAfterSeconds?: number;
  /** slow: delay before the response headers (first byte), ms (default 1500). */
  delayMs?: number;
  /** cut / stream_error: how many text deltas go out before the failure (default 3). */
  afterDeltas?: number;
}

export type Scenario = ScenarioName | ScenarioSpec;

export interface MockOptions {
  port?: number;
  host?: string;
  /** Scenario used when nothing else selects one (default 'ok'). */
  scenario?: Scenario;
  /** Pause between text deltas, ms (default 0; the demo uses ~25 to look like typing). */
  deltaDelayMs?: number;
  /** Characters per text delta (default 12). */
  deltaSize?: number;
  /** Log one line per request to stderr. */
  log?: boolean;
}

export interface RecordedRequest {
  method: string;
  path: string;
  headers: Record<string, string | string[] | undefined>;
  body: any;
  scenario: ScenarioName;
  at: number;
}

export interface MockAnthropic {
  url: string;
  port: number;
  requests: RecordedRequest[];
  /** One scenario for every following request, or a queue consumed one per /v1/messages request
   *  (then back to the default). */
  setScenario(scenario: Scenario | Scenario[]): void;
  close(): Promise<void>;
}

const SCENARIOS: ScenarioName[] = ['ok', 'auth', 'rate_limit', 'overloaded', 'server_error', 'bad_request', 'cut', 'slow', 'stream_error', 'invent_citation', 'tool_cut', 'tool_loop'];

export const MOCK_MODELS = [
  { id: 'claude-sonnet-5-5', display_name: 'Claude Sonnet 5.5', created_at: '2026-06-01T00:00:00Z' },
  { id: 'claude-haiku-5-5', display_name: 'Claude Haiku 5.5', created_at: '2026-08-01T00:00:00Z' },
  { id: 'claude-opus-5-5', display_name: 'Claude Opus 5.5', created_at: '2026-05-01T00:00:00Z' },
  { id: 'claude-sonnet-4-5', display_name: 'Claude Sonnet 4.5', created_at: '2025-09-29T00:00:00Z' },
];

function spec(s: Scenario): ScenarioSpec {
  return typeof s === 'string' ? { name: s } : s;
}

function parseScenario(value: string | undefined): ScenarioSpec | null {
  if (!value) return null;
  const [name, arg] = value.trim().split(':');
  if (!SCENARIOS.includes(name as ScenarioName)) return null;
  const n = arg !== undefined ? Number(arg) : undefined;
  const s: ScenarioSpec = { name: name as ScenarioName };
  if (n !== undefined && Number.isFinite(n)) {
    if (s.name === 'rate_limit') s.retryAfterSeconds = n;
    if (s.name === 'slow') s.delayMs = n;
    if (s.name === 'cut' || s.name === 'stream_error') s.afterDeltas = n;
  }
  return s;
}

let idCounter = 0;
function makeId(prefix: string): string {
  idCounter += 1;
  return `${prefix}_mock${String(idCounter).padStart(6, '0')}${Math.random().toString(36).slice(2, 8)}`;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** All text of a Messages request body, system and messages, whatever content shape they use (tool_result contents
 *  included). lastUser is the last user turn that is not only tool results: the one holding the task. */
function requestText(body: any): { system: string; lastUser: string; all: string } {
  const system = contentText(body?.system);
  const msgs: any[] = Array.isArray(body?.messages) ? body.messages : [];
  const onlyResults = (m: any) => Array.isArray(m.content) && m.content.length > 0 && m.content.every((b: any) => b?.type === 'tool_result');
  const users = msgs.filter((m) => m.role === 'user' && !onlyResults(m));
  const lastUser = users.length ? contentText(users[users.length - 1].content) : '';
  return { system, lastUser, all: [system, ...msgs.map((m) => contentText(m.content))].join('\n') };
}

function unescapeXml(s: string): string {
  return s.replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

const MOCK_ALERT_WORDS: [string, RegExp][] = [
  ['legal_threat', /\b(?:lawyer|attorney|sue|lawsuit|chargeback|ombudsman)\b/i],
  ['churn_risk', /\b(?:cancel my|competitor|not renew|close our workspace)\b/i],
  ['human_requested', /\b(?:manager|supervisor|human|real person|call me back)\b/i],
  ['urgency', /\b(?:urgent|asap|outage|is down|p1)\b/i],
  ['repeat_contact', /\b(?:again|third time|last email|reopen)\b/i],
  ['anger', /\b(?:furious|ridiculous|unacceptable|livid)\b/i],
];

/**
 * The mock's stand-in for the alert classifier (issue 15): a keyword table, not a model. Each alert quotes the
 * sentence of the customer message that holds the word, verbatim, as Claude is asked to. Scenario
 * 'invent_citation' adds an alert whose evidence is not in the message (the client must drop it).
 */
export function mockAlertInput(body: any, scenario: ScenarioName = 'ok'): { alerts: { kind: string; severity: string; evidence: string }[] } {
  const { lastUser } = requestText(body);
  const message = /<customer_message>\n?([\s\S]*?)\n?<\/customer_message>/.exec(lastUser)?.[1] ?? lastUser;
  const sentences = message.match(/[^.!?\n]+[.!?]*/g) ?? [];
  const alerts: { kind: string; severity: string; evidence: string }[] = [];
  for (const [kind, re] of MOCK_ALERT_WORDS) {
    const sentence = sentences.find((x) => re.test(x));
    if (sentence) alerts.push({ kind, severity: kind === 'legal_threat' ? 'critical' : 'warning', evidence: sentence.trim() });
  }
  if (scenario === 'invent_citation') alerts.push({ kind: 'anger', severity: 'critical', evidence: 'I will burn your office down' });
  return { alerts };
}

/**
 * The deterministic "model": says which task it was given, greets the requester, cites the first source(s),
 * quotes every placeholder it saw, signs as the agent. Understands Tandem's prompt tags but works on any text.
 */
export function mockReplyText(body: any, scenario: ScenarioName = 'ok', facts: string[] = []): string {
  const { all, lastUser } = requestText(body);
  const task = /<task kind="([^"]+)"/.exec(all)?.[1] ?? 'chat';
  const instruction = /<instruction>([\s\S]*?)<\/instruction>/.exec(lastUser)?.[1]?.trim();
  const requester = /<requester[^>]*name="([^"]*)"/.exec(all)?.[1];
  const agent = /<agent_name>([\s\S]*?)<\/agent_name>/.exec(all)?.[1]?.trim();
  const language = /<language code="([^"]+)"/.exec(all)?.[1];
  const sources = [...all.matchAll(/<source n="(\d+)"[^>]*title="([^"]*)"/g)].map((m) => ({ n: Number(m[1]), title: unescapeXml(m[2]) }));
  // Placeholders of the conversation only: the system prompt's own examples of the format are not data.
  const placeholders = [...new Set(JSON.stringify(body?.messages ?? []).match(/\[[A-Z]+_\d+_[a-z0-9]{4}\]/g) ?? [])];
  const lines: string[] = [];
  lines.push(requester ? `Hi ${unescapeXml(requester)},` : 'Hello,');
  lines.push('');
  lines.push(`[mock:${task}]${language ? ` [lang:${language}]` : ''}${instruction ? ` Instruction: ${unescapeXml(instruction).slice(0, 200)}` : ''}`);
  if (sources.length) {
    lines.push(`According to "${sources[0].title}" this is how it works [${sources[0].n}].`);
    if (sources[1]) lines.push(`See also "${sources[1].title}" [${sources[1].n}].`);
  } else if (task !== 'summary') {
    lines.push('I could not find this in the knowledge base, so I will check with the team.');
  }
  if (scenario === 'invent_citation') lines.push('This is also covered elsewhere [9].');
  if (placeholders.length) lines.push(`Details on file: ${placeholders.join(' ')}.`);
  if (task === 'summary') lines.push('Problem: as described. Tried: the steps above. Solution: pending. Status: open. Next steps: follow up.');
  if (task === 'chat') lines.push('Questions to clarify: 1) When did it start? Next steps: check the account.');
  // What the tools returned (issue 16), one sentence each, before the sign-off like the rest of the answer.
  lines.push(...facts);
  lines.push('');
  lines.push('Best regards,');
  lines.push(agent ? unescapeXml(agent) : 'Support');
  return lines.join('\n');
}

function countTokens(text: string): number {
  return Math.max(1, Math.ceil(text.length / 4));
}

export type MockContentBlock = { type: 'text'; text: string } | { type: 'tool_use'; id: string; name: string; input: Record<string, unknown> };

/** What the mock says before a tool call, as Claude often does. */
export const MOCK_TOOL_PREAMBLE = 'Let me check that.';

/**
 * The assistant turn for a request: tool_use blocks when the request offers tools and the mock chooses to call one
 * (never right after tool results, except in scenario tool_loop), otherwise the deterministic reply text, with a
 * sentence per tool result. max_tokens is honoured the way the API does it: the text stops and stop_reason says why.
 */
export function planReply(body: any, scenario: ScenarioName = 'ok'): { content: MockContentBlock[]; stopReason: string } {
  if (offeredTools(body).length && (scenario === 'tool_loop' || !toolResults(body).length)) {
    const calls = chooseToolCalls(body);
    if (calls.length) {
      return {
        content: [{ type: 'text', text: MOCK_TOOL_PREAMBLE }, ...calls.map((c) => ({ type: 'tool_use' as const, id: makeId('toolu'), name: c.name, input: c.input }))],
        stopReason: 'tool_use',
      };
    }
  }
  let text = mockReplyText(body, scenario, toolResultSentences(body));
  let stopReason = 'end_turn';
  if (countTokens(text) > body.max_tokens) {
    text = text.slice(0, body.max_tokens * 4);
    stopReason = 'max_tokens';
  }
  return { content: [{ type: 'text', text }], stopReason };
}

export async function startMockAnthropic(options: MockOptions = {}): Promise<MockAnthropic> {
  const requests: RecordedRequest[] = [];
  let standing: ScenarioSpec = spec(options.scenario ?? 'ok');
  let queue: ScenarioSpec[] = [];
  const deltaDelayMs = options.deltaDelayMs ?? 0;
  const deltaSize = options.deltaSize ?? 12;
  const sockets = new Set<import('node:net').Socket>();

  function cors(req: IncomingMessage, res: ServerResponse): void {
    res.setHeader('access-control-allow-origin', (req.headers.origin as string) || '*');
    res.setHeader('vary', 'origin');
    res.setHeader('access-control-expose-headers', 'retry-after, request-id, anthropic-ratelimit-requests-remaining');
  }

  function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
    const requestId = makeId('req');
    res.writeHead(status, { 'content-type': 'application/json', 'request-id': requestId, ...headers });
    res.end(JSON.stringify(body));
  }

  function sendError(res: ServerResponse, status: number, type: string, message: string, headers: Record<string, string> = {}): void {
    sendJson(res, status, { type: 'error', error: { type, message }, request_id: makeId('req') }, headers);
  }

  function chooseScenario(req: IncomingMessage, body: any): ScenarioSpec {
    const fromHeader = parseScenario(req.headers['x-mock-scenario'] as string | undefined);
    if (fromHeader) return fromHeader;
    const magic = /MOCK_SCENARIO[:=]\s*([a-z_]+(?::\d+)?)/.exec(requestText(body).all);
    const fromPrompt = parseScenario(magic?.[1]);
    if (fromPrompt) return fromPrompt;
    if (queue.length) return queue.shift()!;
    return standing;
  }

  function authorised(req: IncomingMessage): boolean {
    const key = req.headers['x-api-key'];
    const auth = req.headers.authorization;
    return (typeof key === 'string' && key.length > 0) || (typeof auth === 'string' && /^Bearer\s+\S+/.test(auth));
  }

  function validateMessagesBody(body: any): string | null {
    if (!body || typeof body !== 'object') return 'Request body must be a JSON object.';
    if (typeof body.model !== 'string' || !body.model) return 'model: Field required';
    if (!Number.isInteger(body.max_tokens) || body.max_tokens < 1) return 'max_tokens: Field required';
    if (!Array.isArray(body.messages) || body.messages.length === 0) return 'messages: at least one message is required';
    if (body.messages[0].role !== 'user') return 'messages: first message must use the "user" role';
    for (let i = 1; i < body.messages.length; i++) {
      if (body.messages[i].role === body.messages[i - 1].role) return `messages: roles must alternate between "user" and "assistant" (index ${i})`;
    }
    return null;
  }

  async function handleMessages(req: IncomingMessage, res: ServerResponse, body: any): Promise<void> {
    const scenario = chooseScenario(req, body);
    requests.push({ method: req.method!, path: req.url!, headers: req.headers, body, scenario: scenario.name, at: Date.now() });
    if (options.log) console.error(`[mock-anthropic] POST /v1/messages stream=${!!body?.stream} scenario=${scenario.name}`);

    if (scenario.name === 'slow') await sleep(scenario.delayMs ?? 1500);
    if (res.destroyed) return;
    if (!authorised(req) || scenario.name === 'auth') return sendError(res, 401, 'authentication_error', 'invalid x-api-key');
    if (!req.headers['anthropic-version']) return sendError(res, 400, 'invalid_request_error', 'anthropic-version: header is required');
    const invalid = validateMessagesBody(body);
    if (invalid) return sendError(res, 400, 'invalid_request_error', invalid);
    switch (scenario.name) {
      case 'bad_request':
        return sendError(res, 400, 'invalid_request_error', 'prompt is too long: 250000 tokens > 200000 maximum');
      case 'rate_limit': {
        const secs = scenario.retryAfterSeconds ?? 1;
        return sendError(res, 429, 'rate_limit_error', 'Number of request tokens has exceeded your per-minute rate limit.', {
          'retry-after': String(secs),
          'anthropic-ratelimit-requests-remaining': '0',
        });
      }
      case 'overloaded':
        return sendError(res, 529, 'overloaded_error', 'Overloaded');
      case 'server_error':
        return sendError(res, 500, 'api_error', 'Internal server error');
    }

    // A forced call of the alert tool (lib/ai/alerts.ts): answered with a tool_use block, as the API does.
    const tools: any[] = Array.isArray(body.tools) ? body.tools : [];
    if (!body.stream && tools.some((t) => t?.name === 'report_alerts')) {
      const input = mockAlertInput(body, scenario.name);
      return sendJson(res, 200, {
        id: makeId('msg'),
        type: 'message',
        role: 'assistant',
        model: body.model,
        content: [{ type: 'tool_use', id: makeId('toolu'), name: 'report_alerts', input }],
        stop_reason: 'tool_use',
        stop_sequence: null,
        usage: { input_tokens: countTokens(requestText(body).all), output_tokens: countTokens(JSON.stringify(input)), cache_creation_input_tokens: 0, cache_read_input_tokens: 0 },
      });
    }

    const { content, stopReason } = planReply(body, scenario.name);
    const inputTokens = countTokens(requestText(body).all);
    const outputTokens = countTokens(content.map((b) => (b.type === 'text' ? b.text : JSON.stringify(b.input))).join(''));
    const id = makeId('msg');

    if (!body.stream) {
      return sendJson(res, 200, {
        id,
        type: 'message',
        role: 'assistant',
        model: body.model,
        content,
        stop_reason: stopReason,
        stop_sequence: null,
        usage: { input_tokens: inputTokens, output_tokens: outputTokens, cache_creation_input_tokens: 0, cache_read_input_tokens: 0 },
      });
    }

    res.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-cache',
      connection: 'keep-alive',
      'request-id': makeId('req'),
    });
    const send = (type: string, data: unknown) => res.write(`event: ${type}\ndata: ${JSON.stringify(data)}\n\n`);
    // Let the written bytes reach the client, then drop the connection without a proper end.
    const cut = async () => {
      await sleep(20);
      res.socket?.destroy();
    };
    send('message_start', {
      type: 'message_start',
      message: {
        id,
        type: 'message',
        role: 'assistant',
        model: body.model,
        content: [],
        stop_reason: null,
        stop_sequence: null,
        usage: { input_tokens: inputTokens, output_tokens: 1, cache_creation_input_tokens: 0, cache_read_input_tokens: 0 },
      },
    });
    let textDeltas = 0;
    for (let index = 0; index < content.length; index++) {
      const block = content[index];
      if (res.destroyed) return;
      // A tool_use block starts with an empty input; the input arrives only through input_json_delta events.
      send('content_block_start', {
        type: 'content_block_start',
        index,
        content_block: block.type === 'text' ? { type: 'text', text: '' } : { type: 'tool_use', id: block.id, name: block.name, input: {} },
      });
      if (index === 0) send('ping', { type: 'ping' });
      if (block.type === 'tool_use') {
        const chunks = splitJson(JSON.stringify(block.input));
        if (scenario.name === 'tool_cut') {
          // One chunk that is not valid JSON on its own, then the connection drops while the call is pending.
          send('content_block_delta', { type: 'content_block_delta', index, delta: { type: 'input_json_delta', partial_json: chunks[1] ?? '' } });
          return cut();
        }
        for (const partial of chunks) {
          if (res.destroyed) return;
          send('content_block_delta', { type: 'content_block_delta', index, delta: { type: 'input_json_delta', partial_json: partial } });
          if (deltaDelayMs) await sleep(deltaDelayMs);
        }
      } else {
        for (let i = 0; i < block.text.length; i += deltaSize) {
          if (res.destroyed) return;
          if ((scenario.name === 'cut' || scenario.name === 'stream_error') && textDeltas >= (scenario.afterDeltas ?? 3)) {
            if (scenario.name === 'stream_error') {
              send('error', { type: 'error', error: { type: 'overloaded_error', message: 'Overloaded' } });
              res.end();
              return;
            }
            return cut();
          }
          send('content_block_delta', { type: 'content_block_delta', index, delta: { type: 'text_delta', text: block.text.slice(i, i + deltaSize) } });
          textDeltas++;
          if (deltaDelayMs) await sleep(deltaDelayMs);
        }
      }
      send('content_block_stop', { type: 'content_block_stop', index });
    }
    send('message_delta', { type: 'message_delta', delta: { stop_reason: stopReason, stop_sequence: null }, usage: { output_tokens: outputTokens } });
    send('message_stop', { type: 'message_stop' });
    res.end();
  }

  const server = createServer((req, res) => {
    cors(req, res);
    const path = (req.url ?? '/').split('?')[0];
    if (req.method === 'OPTIONS') {
      res.writeHead(204, {
        'access-control-allow-methods': 'GET, POST, OPTIONS',
        'access-control-allow-headers': (req.headers['access-control-request-headers'] as string) || '*',
        'access-control-max-age': '600',
      });
      res.end();
      return;
    }
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const raw = Buffer.concat(chunks).toString('utf8');
      void (async () => {
        if (req.method === 'POST' && path === '/v1/messages') {
          let body: any;
          try {
            body = raw ? JSON.parse(raw) : undefined;
          } catch {
            return sendError(res, 400, 'invalid_request_error', 'Request body is not valid JSON.');
          }
          return handleMessages(req, res, body);
        }
        if (req.method === 'GET' && (path === '/v1/models' || path.startsWith('/v1/models/'))) {
          requests.push({ method: 'GET', path: req.url!, headers: req.headers, body: undefined, scenario: standing.name, at: Date.now() });
          if (!authorised(req) || standing.name === 'auth') return sendError(res, 401, 'authentication_error', 'invalid x-api-key');
          const id = decodeURIComponent(path.slice('/v1/models/'.length));
          if (id) {
            const model = MOCK_MODELS.find((m) => m.id === id);
            return model ? sendJson(res, 200, { type: 'model', ...model }) : sendError(res, 404, 'not_found_error', `model: ${id}`);
          }
          return sendJson(res, 200, {
            data: MOCK_MODELS.map((m) => ({ type: 'model', ...m })),
            has_more: false,
            first_id: MOCK_MODELS[0].id,
            last_id: MOCK_MODELS[MOCK_MODELS.length - 1].id,
          });
        }
        sendError(res, 404, 'not_found_error', `Not found: ${req.method} ${path}`);
      })().catch((err) => {
        if (!res.headersSent) sendError(res, 500, 'api_error', String(err));
        else res.destroy();
      });
    });
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;

  return {
    url: `http://${options.host ?? '127.0.0.1'}:${port}`,
    port,
    requests,
    setScenario(s) {
      if (Array.isArray(s)) queue = s.map(spec);
      else {
        standing = spec(s);
        queue = [];
      }
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}
