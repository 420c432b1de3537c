// @vitest-environment node
// The stream writer alone: a fake row (a list of patches) and the local mock API, no drafting service.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { buildDraftPrompt } from '../ai/prompts';
import type { AiSettings } from '../ai/types';
import type { ToolsProvider, ToolSession } from '../connectors/provider';
import { streamInto, type StreamDeps } from './stream';
import { freshDb } from '../../tests/unit/drafts/helpers';
import { startMockAnthropic, type MockAnthropic } from '../../tests/mock-anthropic/server';
import { settings as baseSettings, snippets, ticket } from '../../tests/unit/ai/helpers';

let mock: MockAnthropic;
beforeAll(async () => {
  mock = await startMockAnthropic({ deltaDelayMs: 0 });
});
afterAll(() => mock.close());
beforeEach(() => mock.setScenario('ok'));

function setup(over: Partial<StreamDeps> = {}) {
  const settings: AiSettings = { ...baseSettings, baseUrl: mock.url, redact: false };
  const deps: StreamDeps = { db: freshDb(), now: () => 1000, newId: () => 'id', throttleMs: 0, retry: { maxAttempts: 1 }, sleep: async () => {}, ...over };
  const patches: Record<string, unknown>[] = [];
  const target = { write: async (patch: Record<string, unknown>) => void patches.push(patch) };
  const built = buildDraftPrompt({ ticket: ticket(), snippets, settings });
  const row = () => Object.assign({}, ...patches) as Record<string, unknown>;
  return { deps, settings, patches, target, built, row };
}

describe('stream writer', () => {
  it('writes the text as it arrives and ends the row done, with its citations', async () => {
    const { deps, settings, patches, target, built, row } = setup();
    const result = await streamInto(deps, target, built, settings, new AbortController().signal);
    expect(result.failed).toBeUndefined();
    expect(result.text.startsWith('Hi Maria Lopez,')).toBe(true);
    expect(patches.filter((p) => p.status === undefined && typeof p.text === 'string').length).toBeGreaterThan(0);
    expect(row()).toMatchObject({ status: 'done', text: result.text, updatedAt: 1000, error: undefined });
    expect((row().citations as { articleId: string }[]).map((c) => c.articleId)).toEqual(['kb-refunds', 'kb-returns']);
  });

  it('keeps a prefill in front of the continued text', async () => {
    const { deps, settings, target, built, row } = setup();
    const result = await streamInto(deps, target, built, settings, new AbortController().signal, 'Hi Maria,');
    expect(result.text.startsWith('Hi Maria,')).toBe(true);
    expect(row().status).toBe('done');
  });

  it('a stopped stream keeps its text as incomplete; a refused request fails the row and says why', async () => {
    const stopped = setup();
    const controller = new AbortController();
    controller.abort();
    await streamInto(stopped.deps, stopped.target, stopped.built, stopped.settings, controller.signal);
    expect(stopped.row()).toMatchObject({ status: 'incomplete', errorKind: 'stopped' });

    mock.setScenario('auth');
    const refused = setup();
    const result = await streamInto(refused.deps, refused.target, refused.built, refused.settings, new AbortController().signal);
    expect(result.failed?.kind).toBe('auth');
    expect(refused.row()).toMatchObject({ errorKind: 'auth' });
    expect(['error', 'incomplete']).toContain(refused.row().status);
    expect(refused.row().text ?? '').toBe('');
  });

  it('says which connectors could not be offered, and closes the toolbox when the answer ends', async () => {
    let closed = 0;
    const problemCodes = [{ reason: 'Shop did not answer.', code: 'timeout-server', params: ['Shop'] }];
    const session = { toolbox: { close: async () => void closed++ }, autonomy: 'ask', apiTools: [], problems: ['Shop did not answer.'], problemCodes } as unknown as ToolSession;
    const tools = { open: async () => session, approvals: {} } as unknown as ToolsProvider;
    const { deps, settings, target, built, row } = setup({ tools });
    await streamInto(deps, target, built, settings, new AbortController().signal, '', { ticketKey: 'zendesk:48213', rowId: 'r1', keepNarration: false });
    // The English note for callers that read text, and its parts with codes for the panel to translate (issue 18).
    expect(row()).toMatchObject({ toolNote: 'Shop did not answer.', toolNoteParts: problemCodes, status: 'done' });
    expect(closed).toBe(1);
  });
});
