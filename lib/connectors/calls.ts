// One tool call, from the model's tool_use (or the agent's look-up form) to the tool_result: restore the real
// values in its arguments, wait for the agent where the rules say so, run it within its limits, keep the fact (real
// values, this computer only), and hand the model the result redacted with the request's own placeholders.
// Every step is written to the `toolCalls` row first, so a worker killed mid-call leaves a row that says so
// (recoverInterruptedCalls) and nothing is ever run twice.
import type Anthropic from '@anthropic-ai/sdk';
import type { TandemDB } from '../db';
import { audit } from '../audit';
import type { StreamedToolUse } from '../ai/client';
import { decideCall } from './autonomy';
import { ToolCallError, type Toolbox } from './registry';
import { byteLength, capBytes, keyValues, MalformedResultError, readableResult, toolResultText } from './result';
import type { StoredToolCall, ToolAutonomy, ToolDef, ToolErrorKind } from './types';
import type { ToolErrorCode } from './tool-errors';

/** Approvals in flight: the panel's click (through the background) resolves the call's wait. In memory on purpose:
 *  a worker that restarts has no waits, and its pending rows become 'interrupted'. */
export interface ApprovalHub {
  wait(callId: string, signal: AbortSignal): Promise<boolean>;
  /** Returns whether a call was waiting for this decision. */
  decide(callId: string, approve: boolean): boolean;
  pending(): string[];
}

export function createApprovalHub(): ApprovalHub {
  const waiting = new Map<string, (approve: boolean) => void>();
  return {
    wait(callId, signal) {
      return new Promise<boolean>((resolve) => {
        if (signal.aborted) return resolve(false);
        const done = (approve: boolean) => {
          waiting.delete(callId);
          signal.removeEventListener('abort', onAbort);
          resolve(approve);
        };
        const onAbort = () => done(false);
        signal.addEventListener('abort', onAbort, { once: true });
        waiting.set(callId, done);
      });
    },
    decide(callId, approve) {
      const fn = waiting.get(callId);
      if (!fn) return false;
      fn(approve);
      return true;
    },
    pending: () => [...waiting.keys()],
  };
}

/** A stored call's code and params (./tool-errors.ts), absent where none was given. */
const errorCodeOf = (code: ToolErrorCode | undefined, params: string[]): Pick<StoredToolCall, 'errorCode' | 'errorParams'> =>
  code ? { errorCode: code, ...(params.length ? { errorParams: params } : {}) } : {};

/** What the model is told when a call fails: one line, no data from the tool (its text may hold anything). */
const MODEL_REASONS: Record<ToolErrorKind, string> = {
  down: 'The connector could not be reached.',
  auth: "The connector refused Tandem's credentials.",
  timeout: 'The call took too long and was stopped.',
  tool_error: 'The tool reported an error.',
  malformed: 'The result was malformed and was not used.',
  http_error: 'The connector answered with an HTTP error.',
  bad_input: "The input did not fit the tool's request.",
  denied: 'The agent declined this call.',
  limit: 'Too many tool calls in one answer.',
  not_allowed: 'This tool is not available.',
  interrupted: 'The call was interrupted.',
};

/** The model refers to personal data by placeholder: every string in its input gets the real values back. */
export function restoreArgs(input: unknown, restore: (text: string) => string): unknown {
  if (typeof input === 'string') return restore(input);
  if (Array.isArray(input)) return input.map((v) => restoreArgs(v, restore));
  if (input && typeof input === 'object') return Object.fromEntries(Object.entries(input).map(([k, v]) => [k, restoreArgs(v, restore)]));
  return input;
}

export interface ToolCallContext {
  db: TandemDB;
  toolbox: Toolbox;
  autonomy: ToolAutonomy;
  ticketKey: string;
  /** The draft / chat row whose answer asked. */
  rowId?: string;
  approvals: ApprovalHub;
  signal: AbortSignal;
  /** The request's placeholders (identity without redaction). */
  redact(text: string): string;
  restore(text: string): string;
  /** The next citation number (after the knowledge snippets and earlier facts). */
  nextN(): number;
  includeContent?: boolean;
  now?(): number;
  newId?(): string;
}

export interface ToolCallOutcome {
  block: Anthropic.ToolResultBlockParam;
  call: StoredToolCall;
}

async function auditCall(ctx: Pick<ToolCallContext, 'db' | 'includeContent'>, call: StoredToolCall): Promise<void> {
  await audit(
    ctx.db,
    'tool_call',
    {
      ticketKey: call.ticketKey,
      detail: {
        connector: call.connectorId,
        tool: call.tool,
        source: call.source,
        readOnly: call.readOnly,
        approvedBy: call.approvedBy ?? 'none',
        outcome: call.status === 'done' ? 'ok' : call.errorKind ?? call.status,
        durationMs: call.durationMs ?? 0,
        bytesIn: call.bytesIn ?? 0,
        bytesOut: call.bytesOut ?? 0,
        capped: !!call.capped,
      },
      // Arguments and results hold customer data: only when the organisation lets the log keep content.
      content: JSON.stringify({ args: call.args, result: call.resultText ?? null }),
    },
    { includeContent: ctx.includeContent },
  );
}

/** Run a tool whose row exists and is allowed to run. Updates the row; returns it. */
export async function executeCall(
  ctx: Pick<ToolCallContext, 'db' | 'toolbox' | 'signal' | 'includeContent' | 'now'>,
  tool: ToolDef,
  call: StoredToolCall,
  n: () => number,
): Promise<{ call: StoredToolCall; modelText?: string }> {
  const now = ctx.now ?? Date.now;
  const started = now();
  await ctx.db.toolCalls.update(call.id, { status: 'running' });
  let updated: StoredToolCall;
  let modelText: string | undefined;
  try {
    const raw = await ctx.toolbox.call(tool, call.args, ctx.signal);
    const readable = readableResult(raw.raw, raw.expectJson);
    const kept = capBytes(readable.text);
    const num = n();
    updated = {
      ...call,
      status: 'done',
      n: num,
      facts: keyValues(readable.json, readable.text),
      resultText: kept.text,
      capped: kept.capped || undefined,
      finishedAt: now(),
      durationMs: now() - started,
      bytesIn: byteLength(raw.raw),
      bytesOut: raw.bytesOut,
    };
    modelText = readable.text;
  } catch (err) {
    const e =
      err instanceof ToolCallError
        ? err
        : err instanceof MalformedResultError
          ? new ToolCallError('malformed', `${call.connectorName}/${call.tool}: ${err.message}, so it was not used.`, 'malformed', `${call.connectorName}/${call.tool}`, err.message)
          : new ToolCallError('tool_error', `${call.connectorName}/${call.tool} failed (${String(err).slice(0, 200)}).`, 'failed', `${call.connectorName}/${call.tool}`, String(err).slice(0, 200));
    updated = { ...call, status: 'error', error: e.message, errorKind: e.kind, ...errorCodeOf(e.code, e.params), finishedAt: now(), durationMs: now() - started };
  }
  await ctx.db.toolCalls.put(updated);
  await auditCall(ctx, updated).catch(() => {});
  return { call: updated, modelText };
}

/** The model asked for a tool: decide, maybe wait for the agent, run, and build the tool_result block. */
export async function handleToolUse(ctx: ToolCallContext, use: StreamedToolUse): Promise<ToolCallOutcome> {
  const now = ctx.now ?? Date.now;
  const newId = ctx.newId ?? (() => crypto.randomUUID());
  const tool = ctx.toolbox.find(use.name);
  const args = restoreArgs(use.input, ctx.restore) as Record<string, unknown>;
  const base: StoredToolCall = {
    id: newId(),
    ticketKey: ctx.ticketKey,
    ...(ctx.rowId ? { rowId: ctx.rowId } : {}),
    toolUseId: use.id,
    connectorId: tool?.connectorId ?? '',
    connectorName: tool?.connectorName ?? '',
    tool: tool?.tool ?? use.name.slice(0, 64),
    readOnly: tool?.readOnly ?? false,
    args,
    status: 'pending',
    source: 'ai',
    createdAt: now(),
  };
  const fail = async (kind: ToolErrorKind, message: string, coded: [ToolErrorCode, ...string[]], extra: Partial<StoredToolCall> = {}): Promise<ToolCallOutcome> => {
    const [code, ...params] = coded;
    const call: StoredToolCall = { ...base, ...extra, status: kind === 'denied' ? 'denied' : 'error', error: message, errorKind: kind, ...errorCodeOf(code, params), finishedAt: now() };
    await ctx.db.toolCalls.put(call);
    await auditCall(ctx, call).catch(() => {});
    return { call, block: { type: 'tool_result', tool_use_id: use.id, is_error: true, content: MODEL_REASONS[kind] } };
  };
  if (!tool) return fail('not_allowed', `The AI asked for a tool that is not offered (${base.tool}); nothing was run.`, ['not-offered', base.tool]);
  if (use.malformed) return fail('bad_input', `The AI's input for ${tool.connectorName}/${tool.tool} was not valid JSON; nothing was run.`, ['input-not-json', `${tool.connectorName}/${tool.tool}`]);

  const decision = decideCall(ctx.autonomy, tool);
  await ctx.db.toolCalls.put({ ...base, status: decision === 'ask' ? 'pending' : 'running' });
  let approvedBy: StoredToolCall['approvedBy'] = 'auto';
  if (decision === 'ask') {
    const approved = await ctx.approvals.wait(base.id, ctx.signal);
    if (!approved) {
      return ctx.signal.aborted
        ? fail('interrupted', 'The answer was stopped before this call was approved; nothing was run.', ['stopped-before-approval'])
        : fail('denied', 'You declined this call; nothing was run.', ['declined'], { approvedBy: 'agent' });
    }
    approvedBy = 'agent';
  }
  const { call, modelText } = await executeCall(ctx, tool, { ...base, approvedBy }, ctx.nextN);
  if (call.status !== 'done' || modelText === undefined) {
    return { call, block: { type: 'tool_result', tool_use_id: use.id, is_error: true, content: MODEL_REASONS[call.errorKind ?? 'tool_error'] } };
  }
  // Redacted with the request's placeholders BEFORE the cap, so no value is cut in half and left readable.
  const content = toolResultText(call.n!, call.connectorName, call.tool, ctx.redact(modelText));
  return { call, block: { type: 'tool_result', tool_use_id: use.id, content } };
}

/** Worker start: calls left pending or running by a killed worker are shown as interrupted, never run again. */
export async function recoverInterruptedCalls(db: TandemDB, now = Date.now()): Promise<number> {
  return db.toolCalls
    .filter((c) => c.status === 'pending' || c.status === 'running')
    .modify((c) => {
      c.status = 'interrupted';
      c.errorKind = 'interrupted';
      c.error = 'Tandem was restarted while this call was waiting or running. It was not run again; ask again if you still need it.';
      c.errorCode = 'restarted';
      c.finishedAt = now;
    });
}

/** The look-up form (no AI): the agent's click is the approval; only read-only tools. */
export async function runLookup(
  ctx: Pick<ToolCallContext, 'db' | 'toolbox' | 'signal' | 'includeContent' | 'now' | 'newId'> & { ticketKey: string; nextN(): number },
  apiName: string,
  args: Record<string, unknown>,
): Promise<StoredToolCall> {
  const now = ctx.now ?? Date.now;
  const tool = ctx.toolbox.find(apiName);
  const base: StoredToolCall = {
    id: (ctx.newId ?? (() => crypto.randomUUID()))(),
    ticketKey: ctx.ticketKey,
    connectorId: tool?.connectorId ?? '',
    connectorName: tool?.connectorName ?? '',
    tool: tool?.tool ?? apiName.slice(0, 64),
    readOnly: tool?.readOnly ?? false,
    args,
    status: 'running',
    approvedBy: 'agent',
    source: 'lookup',
    createdAt: now(),
  };
  if (!tool || !tool.readOnly) {
    const call: StoredToolCall = { ...base, status: 'error', errorKind: 'not_allowed', error: 'Only read-only tools can be run from the look-up form.', errorCode: 'lookup-read-only', finishedAt: now() };
    await ctx.db.toolCalls.put(call);
    await auditCall(ctx, call).catch(() => {});
    return call;
  }
  await ctx.db.toolCalls.put(base);
  return (await executeCall(ctx, tool, base, ctx.nextN)).call;
}
