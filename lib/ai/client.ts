// The Anthropic client and a streaming call with our own retries. The SDK's retries are off (maxRetries: 0) so
// the panel can show a countdown while we wait out a 429/529, and every failure becomes an AiError whose
// message an agent can act on.
import Anthropic from '@anthropic-ai/sdk';
import { AiError, type AiSettings, type ChatTurn, DEFAULT_MAX_TOKENS } from './types';
import { parseRetryAfter } from '../retry-after';

export { parseRetryAfter };

export interface ClientOptions {
  /** Custom fetch (tests, proxies). */
  fetch?: typeof fetch;
  /** SDK timeout until response headers, ms. */
  timeoutMs?: number;
}

export function createClient(settings: Pick<AiSettings, 'apiKey' | 'baseUrl'>, options: ClientOptions = {}): Anthropic {
  return new Anthropic({
    apiKey: settings.apiKey,
    baseURL: settings.baseUrl || undefined,
    dangerouslyAllowBrowser: true,
    maxRetries: 0,
    timeout: options.timeoutMs ?? 60_000,
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });
}

export interface RetryPolicy {
  /** Total attempts including the first (default 4). */
  maxAttempts: number;
  /** First backoff when the server gives no retry-after, ms (default 1000), doubled each time. */
  baseDelayMs: number;
  /** Longest backoff we choose ourselves, ms (default 16000). */
  maxDelayMs: number;
  /** A retry-after longer than this is not waited out: the agent is told instead (default 60000). */
  maxRetryAfterMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = { maxAttempts: 4, baseDelayMs: 1000, maxDelayMs: 16_000, maxRetryAfterMs: 60_000 };

export interface RetryWait {
  /** The attempt that failed (1-based). */
  attempt: number;
  maxAttempts: number;
  /** How long we wait before the next attempt; the panel counts this down. */
  waitMs: number;
  error: AiError;
}

/** A tool call the model made (issue 16): its input parsed from the streamed input_json_delta chunks. */
export interface StreamedToolUse {
  id: string;
  name: string;
  input: Record<string, unknown>;
  /** The streamed JSON did not parse (or was not an object): input is {} and the call must not run. */
  malformed?: boolean;
}

export interface StreamRequest {
  settings: AiSettings;
  system: string;
  /** Plain chat turns, or (with tools) turns carrying tool_use / tool_result blocks. */
  messages: (ChatTurn | Anthropic.MessageParam)[];
  /** Tools offered to the model (connectors); absent or empty: none. */
  tools?: Anthropic.Tool[];
  maxTokens?: number;
  signal?: AbortSignal;
  /** Each text delta as it arrives, and the whole text so far. */
  onText?: (delta: string, textSoFar: string) => void;
  onRetryWait?: (wait: RetryWait) => void;
  retry?: Partial<RetryPolicy>;
  /** No event at all within this time after sending (headers or first event): timeout (default 30000). */
  firstByteTimeoutMs?: number;
  /** No event for this long once the stream has started: treated as a cut stream (default 45000). */
  idleTimeoutMs?: number;
  client?: Anthropic;
  fetch?: typeof fetch;
  /** Injected for tests; defaults to an abortable setTimeout. */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
}

export interface StreamResult {
  text: string;
  /** message_stop arrived: the model finished (possibly by hitting max_tokens, see stopReason). */
  complete: boolean;
  stopReason: string | null;
  /** The agent (or caller) aborted. */
  aborted: boolean;
  /** Set when the stream broke after text had arrived: the partial text is kept in `text`. */
  error?: AiError;
  attempts: number;
  usage?: { inputTokens: number; outputTokens: number };
  model?: string;
  /** The tool calls of this answer (stopReason 'tool_use'), in order. */
  toolUses?: StreamedToolUse[];
  /** The answer's content blocks as the next request must repeat them (text and tool_use). */
  content?: Anthropic.ContentBlockParam[];
}

type StreamBlock = { type: 'text'; text: string } | { type: 'tool_use'; id: string; name: string; json: string };

/** The streamed blocks -> the tool calls and the assistant content to send back with their results. */
function finishBlocks(blocks: StreamBlock[]): Pick<StreamResult, 'toolUses' | 'content'> {
  if (!blocks.some((b) => b?.type === 'tool_use')) return {};
  const toolUses: StreamedToolUse[] = [];
  const content: Anthropic.ContentBlockParam[] = [];
  for (const b of blocks) {
    if (!b) continue;
    if (b.type === 'text') {
      if (b.text) content.push({ type: 'text', text: b.text });
      continue;
    }
    let input: Record<string, unknown> = {};
    let malformed = false;
    try {
      const parsed = b.json.trim() ? (JSON.parse(b.json) as unknown) : {};
      if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) input = parsed as Record<string, unknown>;
      else malformed = true;
    } catch {
      malformed = true;
    }
    toolUses.push({ id: b.id, name: b.name, input, ...(malformed ? { malformed } : {}) });
    content.push({ type: 'tool_use', id: b.id, name: b.name, input });
  }
  return { toolUses, content };
}

function hostOf(settings: Pick<AiSettings, 'baseUrl'>): string {
  try {
    return new URL(settings.baseUrl || 'https://api.anthropic.com').host;
  } catch {
    return settings.baseUrl || 'the API';
  }
}

function seconds(ms: number): string {
  const s = Math.ceil(ms / 1000);
  return s === 1 ? '1 second' : `${s} seconds`;
}

/** Any thrown thing -> an AiError with words an agent understands and a next step. */
export function toAiError(err: unknown, settings: Pick<AiSettings, 'baseUrl' | 'model'> = { model: '' }): AiError {
  if (err instanceof AiError) return err;
  const host = hostOf(settings);
  if (err instanceof Anthropic.APIConnectionTimeoutError) {
    return new AiError('timeout', `${host} did not answer in time. Try again; if it keeps happening the service may be slow right now.`, { cause: err, code: 'timeout', params: [host] });
  }
  if (err instanceof Anthropic.APIConnectionError) {
    return new AiError('network', `Could not reach ${host}. Check your internet connection or VPN; the offline draft and cached drafts still work.`, { cause: err, code: 'unreachable', params: [host] });
  }
  if (err instanceof Anthropic.APIError) {
    const status = err.status;
    const body = err.error as { type?: string; error?: { type?: string } } | undefined;
    const type = err.type ?? body?.error?.type ?? body?.type;
    const apiMessage = err.apiMessage ?? '';
    if (status === 401 || status === 403 || type === 'authentication_error' || type === 'permission_error') {
      return new AiError('auth', 'The API key was refused. Check the key in Tandem settings, or ask your admin for a valid one.', { status, cause: err, code: 'key-refused' });
    }
    if (status === 429 || type === 'rate_limit_error') {
      const retryAfterMs = parseRetryAfter(err.headers);
      return new AiError(
        'rate_limited',
        `Too many requests to the AI right now${retryAfterMs !== undefined ? `; it asks us to wait ${seconds(retryAfterMs)}` : ''}. Tandem retries on its own; you can also use the offline draft.`,
        { status, retryAfterMs, cause: err, ...(retryAfterMs !== undefined ? { code: 'rate-limited-wait', params: [String(Math.ceil(retryAfterMs / 1000))] } : { code: 'rate-limited' }) },
      );
    }
    if (status === 529 || type === 'overloaded_error') {
      return new AiError('overloaded', 'The AI service is overloaded at the moment. Tandem retries shortly; the offline draft is available meanwhile.', {
        status,
        retryAfterMs: parseRetryAfter(err.headers),
        cause: err,
        code: 'overloaded',
      });
    }
    if ((status !== undefined && status >= 500) || type === 'api_error' || status === undefined) {
      return new AiError('server', 'The AI service had an internal error. Tandem retries; if it persists, try again in a few minutes.', { status, cause: err, code: 'server-error' });
    }
    if (status === 404 && /model/i.test(apiMessage)) {
      return new AiError('bad_request', `The model "${settings.model}" is not available for this key. Pick another model in Tandem settings.`, { status, cause: err, code: 'model-unavailable', params: [settings.model] });
    }
    if (status === 413 || /too long|too large|context/i.test(apiMessage)) {
      return new AiError('bad_request', 'This ticket is too long for one request. Shorten the conversation or draft from a summary.', { status, cause: err, code: 'too-long' });
    }
    return new AiError('bad_request', `The AI service rejected the request${apiMessage ? `: ${apiMessage}` : ''}. Check the model and settings.`, { status, cause: err, ...(apiMessage ? { code: 'rejected-because', params: [apiMessage] } : { code: 'rejected' }) });
  }
  if (err instanceof Anthropic.AnthropicError && /ended without|terminated|premature/i.test(err.message)) {
    return new AiError('cut', 'The answer was cut off before it finished. Retry to get the full text.', { cause: err, code: 'cut-off' });
  }
  const message = err instanceof Error ? err.message : String(err);
  if (/terminated|socket|ECONNRESET|network|fetch failed|Failed to fetch|other side closed/i.test(message)) {
    return new AiError('network', `The connection to ${host} broke. Check your connection; Tandem retries automatically.`, { cause: err, code: 'connection-broke', params: [host] });
  }
  return new AiError('server', `Something went wrong talking to the AI (${message}). Try again.`, { cause: err, code: 'unexpected', params: [message] });
}

function abortableSleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(new Anthropic.APIUserAbortError());
    const t = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(t);
      reject(new Anthropic.APIUserAbortError());
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

function backoffFor(error: AiError, attempt: number, policy: RetryPolicy): number | null {
  if (error.retryAfterMs !== undefined) return error.retryAfterMs > policy.maxRetryAfterMs ? null : error.retryAfterMs;
  const exp = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
  // Jitter spreads a team's retries so they do not hit the API in lockstep.
  return Math.round(exp * (0.8 + Math.random() * 0.4));
}

interface AttemptOutcome {
  result?: StreamResult;
  error?: AiError;
}

async function streamOnce(req: StreamRequest, client: Anthropic, attempt: number, outer: AbortSignal | undefined): Promise<AttemptOutcome> {
  const controller = new AbortController();
  const onOuterAbort = () => controller.abort();
  if (outer) {
    if (outer.aborted) controller.abort();
    else outer.addEventListener('abort', onOuterAbort, { once: true });
  }
  let watchdog: 'first' | 'idle' | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const arm = (which: 'first' | 'idle', ms: number) => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      watchdog = which;
      controller.abort();
    }, ms);
  };
  arm('first', req.firstByteTimeoutMs ?? 30_000);

  let text = '';
  let stopReason: string | null = null;
  let complete = false;
  let usage: StreamResult['usage'];
  let model: string | undefined;
  const blocks: StreamBlock[] = [];
  try {
    const stream = client.messages.stream(
      {
        model: req.settings.model,
        max_tokens: req.maxTokens ?? req.settings.maxTokens ?? DEFAULT_MAX_TOKENS,
        system: req.system,
        messages: req.messages as Anthropic.MessageParam[],
        ...(req.tools?.length ? { tools: req.tools } : {}),
      },
      { signal: controller.signal },
    );
    for await (const event of stream) {
      arm('idle', req.idleTimeoutMs ?? 45_000);
      if (event.type === 'message_start') {
        model = event.message.model;
        usage = { inputTokens: event.message.usage.input_tokens, outputTokens: event.message.usage.output_tokens };
      } else if (event.type === 'content_block_start') {
        const b = event.content_block;
        blocks[event.index] = b.type === 'tool_use' ? { type: 'tool_use', id: b.id, name: b.name, json: '' } : { type: 'text', text: '' };
      } else if (event.type === 'content_block_delta' && event.delta.type === 'text_delta') {
        text += event.delta.text;
        const block = blocks[event.index];
        if (block?.type === 'text') block.text += event.delta.text;
        req.onText?.(event.delta.text, text);
      } else if (event.type === 'content_block_delta' && event.delta.type === 'input_json_delta') {
        const block = blocks[event.index];
        if (block?.type === 'tool_use') block.json += event.delta.partial_json;
      } else if (event.type === 'message_delta') {
        stopReason = event.delta.stop_reason ?? stopReason;
        if (usage) usage.outputTokens = event.usage.output_tokens;
      } else if (event.type === 'message_stop') {
        complete = true;
      }
    }
    if (!complete) {
      const error = new AiError('cut', 'The answer stopped before it finished. The partial text is kept; retry for the full answer.', { code: 'stopped-early' });
      return text ? { result: { text, complete: false, stopReason, aborted: false, error, attempts: attempt, usage, model } } : { error };
    }
    return { result: { text, complete: true, stopReason, aborted: false, attempts: attempt, usage, model, ...finishBlocks(blocks) } };
  } catch (err) {
    if (outer?.aborted) return { result: { text, complete: false, stopReason, aborted: true, attempts: attempt, usage, model } };
    let error: AiError;
    if (watchdog === 'first') {
      const firstByteMs = req.firstByteTimeoutMs ?? 30_000;
      error = new AiError('timeout', `${hostOf(req.settings)} did not start answering within ${seconds(firstByteMs)}. Tandem retries; the offline draft is available meanwhile.`, {
        code: 'no-first-byte',
        params: [hostOf(req.settings), String(Math.ceil(firstByteMs / 1000))],
      });
    } else if (watchdog === 'idle' || text) {
      // Text already reached the agent: keep it and say it is incomplete rather than silently retrying.
      const base = watchdog === 'idle' ? null : toAiError(err, req.settings);
      error =
        base && base.kind !== 'network' && base.kind !== 'cut'
          ? base
          : new AiError('cut', 'The answer was cut off mid-way (the connection dropped). The partial text is kept; retry for the full answer.', { cause: err, code: 'cut-mid-way' });
      if (text) return { result: { text, complete: false, stopReason, aborted: false, error, attempts: attempt, usage, model } };
    } else {
      error = toAiError(err, req.settings);
    }
    return { error };
  } finally {
    clearTimeout(timer);
    outer?.removeEventListener('abort', onOuterAbort);
  }
}

/**
 * Stream one completion. Retries 429 / 529 / 5xx / network / timeout with backoff that honours retry-after,
 * telling the caller each wait (for a countdown). Never retries auth or bad requests. When the stream breaks after
 * text arrived, resolves with the partial text, complete: false and error.kind 'cut'. Rejects with AiError when
 * no text could be produced.
 */
export async function streamCompletion(req: StreamRequest): Promise<StreamResult> {
  if (!req.settings.apiKey && !req.client) {
    throw new AiError('auth', 'No API key is set. Add your Anthropic API key in Tandem settings (or ask your admin); the offline draft works without one.', { code: 'no-api-key' });
  }
  const policy: RetryPolicy = { ...DEFAULT_RETRY, ...req.retry };
  const client = req.client ?? createClient(req.settings, { fetch: req.fetch, timeoutMs: req.firstByteTimeoutMs ? req.firstByteTimeoutMs + 5000 : undefined });
  const sleep = req.sleep ?? abortableSleep;
  for (let attempt = 1; ; attempt++) {
    const outcome = await streamOnce(req, client, attempt, req.signal);
    if (outcome.result) return outcome.result;
    const error = outcome.error!;
    if (!error.retryable || attempt >= policy.maxAttempts) throw error;
    const waitMs = backoffFor(error, attempt, policy);
    if (waitMs === null) throw error;
    req.onRetryWait?.({ attempt, maxAttempts: policy.maxAttempts, waitMs, error });
    try {
      await sleep(waitMs, req.signal);
    } catch {
      return { text: '', complete: false, stopReason: null, aborted: true, attempts: attempt };
    }
  }
}

export interface ConnectionCheck {
  ok: boolean;
  /** The configured model as the API names it. */
  model?: string;
  displayName?: string;
  latencyMs?: number;
  error?: AiError;
}

/** "Test connection" in settings: is the key accepted, and does the configured model exist? */
export async function testConnection(settings: AiSettings, options: ClientOptions = {}): Promise<ConnectionCheck> {
  if (!settings.apiKey) {
    return { ok: false, error: new AiError('auth', 'No API key is set. Paste your Anthropic API key and test again.', { code: 'no-api-key-test' }) };
  }
  const client = createClient(settings, { timeoutMs: 15_000, ...options });
  const started = Date.now();
  try {
    const model = await client.models.retrieve(settings.model);
    return { ok: true, model: model.id, displayName: model.display_name, latencyMs: Date.now() - started };
  } catch (err) {
    const error =
      err instanceof Anthropic.NotFoundError
        ? new AiError('bad_request', `The key works, but the model "${settings.model}" is not available to it. Pick another model.`, { status: 404, cause: err, code: 'model-unavailable-to-key', params: [settings.model] })
        : toAiError(err, settings);
    return { ok: false, error, latencyMs: Date.now() - started };
  }
}
