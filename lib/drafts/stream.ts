// The stream writer: one AI answer streamed into one row (a draft or an assistant chat row). Deltas reach the row
// through a throttled writer; retry waits, cuts, stops and failures end as the row's status and error; when the
// request offers connector tools (issue 16) it runs the tool-use loop: tool calls (as the autonomy rules allow),
// their facts as new citation sources, the call limit and the checkpoint pause. Every input is a parameter, so it
// can be tested with a fake row and the local mock API.
import type Anthropic from '@anthropic-ai/sdk';
import type { RetryPolicy } from '../ai/client';
import { streamCompletion } from '../ai/client';
import { completionArgs, finishOutput, type BuiltPrompt } from '../ai/prompts';
import { AiError, type AiSettings, type ChatTurn } from '../ai/types';
import { NO_ERROR_CODE, type RowErrorFields } from '../ai/error-codes';
import type { CitationSource } from '../ai/citations';
import type { TandemDB, TicketKey } from '../db';
import { TOOL_RULES, type ToolsProvider, type ToolSession } from '../connectors/provider';
import { pausesAfterTools } from '../connectors/autonomy';
import { handleToolUse } from '../connectors/calls';
import { TOOL_LIMITS } from '../connectors/limits';
import { createThrottledWriter } from './throttle';
import type { ChatRow, DraftRow } from './types';

/** What the stream writer needs from the service's inputs (see DraftServiceDeps). */
export interface StreamDeps {
  db: TandemDB;
  now(): number;
  newId(): string;
  fetch?: typeof fetch;
  /** Minimum time between two writes of a streaming row (default 50 ms). */
  throttleMs?: number;
  retry?: Partial<RetryPolicy>;
  firstByteTimeoutMs?: number;
  idleTimeoutMs?: number;
  /** Injected for tests: the wait between retries. */
  sleep?(ms: number, signal?: AbortSignal): Promise<void>;
  /** Connectors (issue 16): the tools drafts, chat and summaries may use; absent: no tools. */
  tools?: ToolsProvider;
  /** The audit log may keep tool arguments and results (policy auditIncludeContent). */
  auditIncludeContent?(): Promise<boolean>;
}

/** The fields the writer puts into its row: those a draft row and a chat row both have. */
type SharedField = keyof DraftRow & keyof ChatRow;
export type StreamPatch = Partial<Pick<DraftRow, SharedField>> & Partial<Pick<ChatRow, SharedField>>;

export interface StreamTarget {
  /** Write a patch to the row. */
  write(patch: StreamPatch): Promise<unknown>;
}

/** Where a tool-using answer belongs (its tool calls name the row and ticket). */
export interface ToolingTarget {
  ticketKey: TicketKey;
  rowId: string;
  /** Keep the model's text from before its tool calls (chat) or drop it (a draft is only the reply). */
  keepNarration: boolean;
}

/**
 * Stream `built` into a row. `prefill` (redacted, for continue) is sent as the start of the assistant's answer
 * and kept in front of the streamed text. Resolves when the row holds its final state.
 */
export async function streamInto(
  deps: StreamDeps,
  target: StreamTarget,
  built: BuiltPrompt,
  settings: AiSettings,
  signal: AbortSignal,
  prefill = '',
  tooling?: ToolingTarget,
): Promise<{ text: string; failed?: AiError }> {
  const args = completionArgs(built);
  let messages: (ChatTurn | Anthropic.MessageParam)[] = prefill ? [...args.messages, { role: 'assistant', content: prefill }] : args.messages;
  // Facts found by tools join the knowledge snippets' [n] space, so citations of both map back to their source.
  const sources: CitationSource[] = [...built.sources];
  const live: BuiltPrompt = { ...built, sources };
  // Text of earlier turns of a tool-using answer that stays (chat keeps its narration; a draft does not).
  let kept = '';
  const shown = (soFar: string) => finishOutput(live, prefill + kept + soFar);
  const session = tooling && !prefill && deps.tools ? await openTools(deps.tools, signal) : null;
  if (session?.problems.length) void target.write({ toolNote: session.problems.join(' '), ...(session.problemCodes ? { toolNoteParts: session.problemCodes } : {}) });
  const offered = session?.apiTools.length ? session : null;
  const writer = createThrottledWriter<string>((soFar) => {
    const out = shown(soFar);
    return target.write({ text: out.text, redactedText: out.redactedText, citations: out.cited, retryAt: undefined, error: undefined, ...NO_ERROR_CODE, errorKind: undefined, updatedAt: deps.now() });
  }, deps.throttleMs ?? 50);
  try {
    let calls = 0;
    let result: Awaited<ReturnType<typeof streamCompletion>>;
    for (;;) {
      result = await streamCompletion({
        settings,
        system: offered ? args.system + TOOL_RULES : args.system,
        messages,
        ...(offered ? { tools: offered.apiTools } : {}),
        maxTokens: args.maxTokens,
        signal,
        fetch: deps.fetch,
        retry: deps.retry,
        firstByteTimeoutMs: deps.firstByteTimeoutMs,
        idleTimeoutMs: deps.idleTimeoutMs,
        sleep: deps.sleep,
        onText: (_delta, soFar) => writer.push(soFar),
        onRetryWait: (wait) => {
          void target.write({
            retryAt: deps.now() + wait.waitMs,
            error: `${wait.error.message} (attempt ${wait.attempt + 1} of ${wait.maxAttempts} starts when the countdown ends)`,
            ...codedFields(wait.error, { errorNote: 'retry-attempt', errorNoteParams: [String(wait.attempt + 1), String(wait.maxAttempts)] }),
            errorKind: wait.error.kind,
            updatedAt: deps.now(),
          });
        },
      });
      if (!offered || !tooling || !result.complete || result.stopReason !== 'tool_use' || !result.toolUses?.length) break;
      // The model asked for tools: run them (as the rules allow), send their results, and let it go on.
      await writer.flush();
      if (tooling.keepNarration && result.text.trim()) kept += `${result.text.trimEnd()}\n\n`;
      await target.write({ text: shown('').text, updatedAt: deps.now() });
      const blocks: Anthropic.ToolResultBlockParam[] = [];
      let ranOnTheirOwn = false;
      for (const use of result.toolUses) {
        if (calls >= TOOL_LIMITS.maxCallsPerRequest) {
          const message = `The AI asked for more than ${TOOL_LIMITS.maxCallsPerRequest} look-ups for one answer, so Tandem stopped it. The facts found so far are kept; ask again with a narrower question.`;
          const out = shown('');
          const failed = new AiError('bad_request', message, { code: 'tool-limit', params: [String(TOOL_LIMITS.maxCallsPerRequest)] });
          await target.write({ text: out.text, redactedText: out.redactedText, citations: out.cited, status: out.text ? 'incomplete' : 'error', error: message, ...codedFields(failed), errorKind: 'tool_limit', retryAt: undefined, updatedAt: deps.now() });
          return { text: out.text, failed };
        }
        calls++;
        const { block, call } = await handleToolUse(
          {
            db: deps.db,
            toolbox: offered.toolbox,
            autonomy: offered.autonomy,
            ticketKey: tooling.ticketKey,
            rowId: tooling.rowId,
            approvals: deps.tools!.approvals,
            signal,
            redact: built.redact ?? ((t) => t),
            restore: built.restore,
            nextN: () => sources.reduce((max, x) => Math.max(max, x.n), 0) + 1,
            includeContent: deps.auditIncludeContent ? await deps.auditIncludeContent() : false,
            now: deps.now,
            newId: deps.newId,
          },
          use,
        );
        if (call.approvedBy === 'auto' && call.status === 'done') ranOnTheirOwn = true;
        if (call.status === 'done' && call.n !== undefined) sources.push({ n: call.n, articleId: `fact:${call.id}`, title: `${call.connectorName}/${call.tool}` });
        blocks.push(block);
      }
      // Checkpoint: the answer stops to show what the tools found before it goes on; the agent says go on.
      if (!signal.aborted && pausesAfterTools(offered.autonomy) && ranOnTheirOwn) {
        const checkpoint = `checkpoint:${tooling.rowId}:${calls}`;
        await target.write({ checkpoint, updatedAt: deps.now() });
        const goOn = await deps.tools!.approvals.wait(checkpoint, signal);
        await target.write({ checkpoint: undefined, updatedAt: deps.now() });
        if (!goOn && !signal.aborted) {
          const out = shown('');
          await target.write({ text: out.text, redactedText: out.redactedText, citations: out.cited, status: out.text ? 'incomplete' : 'error', error: 'You stopped the answer at the checkpoint. The facts found are kept below.', ...NO_ERROR_CODE, errorCode: 'stopped-at-checkpoint', errorKind: 'stopped', updatedAt: deps.now() });
          return { text: out.text };
        }
      }
      if (signal.aborted) {
        result = { ...result, complete: false, aborted: true, text: '' };
        break;
      }
      messages = [...messages, { role: 'assistant', content: result.content ?? [] }, { role: 'user', content: blocks }];
    }
    await writer.flush();
    const out = shown(result.text);
    const base = { text: out.text, redactedText: out.redactedText, citations: out.cited, retryAt: undefined, updatedAt: deps.now() };
    if (result.complete) {
      await target.write({ ...base, status: 'done', error: undefined, ...NO_ERROR_CODE, errorKind: undefined, truncated: result.stopReason === 'max_tokens' || undefined });
    } else if (result.aborted) {
      await target.write({ ...base, status: 'incomplete', error: 'Stopped before the end. Continue it, or regenerate it.', ...NO_ERROR_CODE, errorCode: 'stopped', errorKind: 'stopped' });
    } else {
      const stopped = result.error ?? new AiError('cut', 'The answer stopped before it finished.', { code: 'stopped-early' });
      await target.write({ ...base, status: 'incomplete', error: `${stopped.message} You can continue it or regenerate it.`, ...codedFields(stopped, { errorNote: 'can-continue' }), errorKind: stopped.kind });
    }
    return { text: out.text };
  } catch (err) {
    await writer.flush();
    const error = err instanceof AiError ? err : new AiError('server', `Something went wrong (${String(err)}). Try again.`, { code: 'failed', params: [String(err)] });
    // Text from before a tool round (chat narration) is kept; a draft has none.
    const partial = kept ? shown('') : null;
    await target.write({ status: partial ? 'incomplete' : 'error', error: error.message, ...codedFields(error), errorKind: error.kind, retryAt: undefined, updatedAt: deps.now(), ...(partial ? { text: partial.text, redactedText: partial.redactedText, citations: partial.cited } : {}) });
    return { text: partial?.text ?? '', failed: error };
  } finally {
    await session?.toolbox.close().catch(() => {});
  }
}

/** A row's coded error from an AiError (and the note after it); an error without a code clears the old code. */
export function codedFields(error: AiError, note: Pick<RowErrorFields, 'errorNote' | 'errorNoteParams'> = {}): RowErrorFields {
  return { ...NO_ERROR_CODE, errorCode: error.code, errorParams: error.params, ...note };
}

/** The connectors' tools for one request; a failure to open them never blocks the answer. */
export async function openTools(tools: ToolsProvider | undefined, signal: AbortSignal): Promise<ToolSession | null> {
  try {
    return await tools!.open(signal);
  } catch {
    return null;
  }
}
