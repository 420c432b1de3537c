// The live preview: what runs inside the helpdesk tab (runCustomPreview, via the custom-preview bundle), and
// the background's side (previewInTab) that decides whether a tab can be scripted and injects it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import type { CustomAdapterConfig } from '../../adapters/custom';
import { runCustomPreview, type CustomPreviewResult } from '.';
import { PREVIEW_SCRIPT, previewInTab, type PreviewApi } from './background';
import customPreviewScript from '../../entrypoints/custom-preview';

const FIXTURE = readFileSync(join(__dirname, '../../tests/fixtures/custom-helpdesk/helphive.html'), 'utf8');
const URL_88 = 'https://helphive-custom.zendesk.com/tickets/88';

const HIVE: CustomAdapterConfig = {
  id: 'helphive',
  name: 'HelpHive',
  urlPatterns: ['https://helphive-custom.zendesk.com/tickets/*'],
  selectors: {
    subject: '.hh-title',
    message: '.hh-thread > .hh-entry',
    messageBody: '.hh-words',
    editor: '.hh-compose',
    requester: '.hh-customer',
    messageAuthor: '.hh-who',
    messageTime: 'time',
    agentMessage: '.from-staff',
    internalMessage: '.hh-private',
  },
};

function loadFixture(): Document {
  return new DOMParser().parseFromString(FIXTURE, 'text/html');
}

describe('runCustomPreview (inside the tab)', () => {
  it('reports per selector how many elements matched and the first text, and the ticket the adapter reads', () => {
    const result = runCustomPreview(HIVE, loadFixture(), URL_88);
    expect(result.title).toBe('HelpHive · Case 88');
    expect(result.selectors.subject).toEqual({ selector: '.hh-title', count: 1, firstText: 'Parcel arrived crushed' });
    expect(result.selectors.message?.count).toBe(4);
    // Per-message selectors are counted inside the first message.
    expect(result.selectors.messageAuthor).toMatchObject({ count: 1, firstText: 'Maren Okafor' });
    expect(result.selectors.messageBody?.firstText).toBe('The parcel arrived crushed.\nTwo of the four mugs are broken.');
    expect(result.selectors.agentMessage?.count).toBe(2);
    expect(result.snapshot).toEqual({
      ticketId: '88',
      subject: 'Parcel arrived crushed',
      requesterName: 'Maren Okafor',
      requesterEmail: 'maren.okafor@example.org',
      status: undefined,
      messageCount: 4,
      roles: { customer: 2, agent: 2 },
      internalCount: 1,
      firstMessage: 'The parcel arrived crushed.\nTwo of the four mugs are broken.',
      missing: ['status', 'priority', 'tags'],
    });
    // The admin pointed at the editor's wrapper: the preview names the editable element inside it.
    expect(result.editor).toBe('textarea#reply.hh-reply');
  });

  it('reports a broken selector as an error and still reads with the others', () => {
    const result = runCustomPreview({ ...HIVE, selectors: { ...HIVE.selectors, requester: '.hh-customer[', status: '.nowhere' } }, loadFixture(), URL_88);
    expect(result.selectors.requester).toMatchObject({ count: 0, error: expect.stringMatching(/not a valid CSS selector/) });
    expect(result.selectors.status).toEqual({ selector: '.nowhere', count: 0 });
    expect(result.snapshot?.subject).toBe('Parcel arrived crushed');
    expect(result.snapshot?.missing).toEqual(expect.arrayContaining(['requester.name', 'status']));
  });

  it('says there is no ticket when neither subject nor messages match, and handles a half-typed config', () => {
    const none = runCustomPreview({ ...HIVE, selectors: { ...HIVE.selectors, subject: '.zd-subject', message: '.zd-event' } }, loadFixture(), URL_88);
    expect(none.snapshot).toBeNull();
    const halfTyped = { id: 'preview', name: 'preview', urlPatterns: [], selectors: { subject: 'h2' } } as unknown as CustomAdapterConfig;
    const result = runCustomPreview(halfTyped, loadFixture(), URL_88);
    expect(result.selectors.subject?.firstText).toBe('Parcel arrived crushed');
    expect(result.editor).toBeNull();
  });
});

describe('the custom-preview bundle', () => {
  beforeEach(() => {
    delete (globalThis as { __tandemCustomPreview?: unknown }).__tandemCustomPreview;
  });

  it('leaves one global behind that previews the current document', () => {
    document.documentElement.innerHTML = loadFixture().documentElement.innerHTML;
    (customPreviewScript as unknown as { main(): void }).main();
    const run = (globalThis as { __tandemCustomPreview?: (c: CustomAdapterConfig) => CustomPreviewResult }).__tandemCustomPreview;
    expect(typeof run).toBe('function');
    expect(run!(HIVE).snapshot?.messageCount).toBe(4);
  });
});

describe('previewInTab (background)', () => {
  type Injection = Parameters<PreviewApi['scripting']['executeScript']>[0];

  function fakeApi(url: string | undefined, opts: { granted?: boolean; injectError?: string; tabGone?: boolean } = {}) {
    const injections: Injection[] = [];
    const api: PreviewApi = {
      tabs: { get: async (tabId) => (opts.tabGone ? Promise.reject(new Error(`No tab with id: ${tabId}.`)) : { url }) },
      permissions: { contains: async () => opts.granted ?? true },
      scripting: {
        async executeScript(injection) {
          injections.push(injection);
          if (opts.injectError) throw new Error(opts.injectError);
          if (injection.files) {
            (customPreviewScript as unknown as { main(): void }).main();
            return [{ result: undefined }];
          }
          // Chrome sends the function's source, not its closure: rebuild it from text to prove it stands alone.
          const func = new Function(`return (${injection.func!.toString()})`)() as (c: CustomAdapterConfig) => unknown;
          return [{ result: func(...(injection.args as [CustomAdapterConfig])) }];
        },
      },
    };
    return { api, injections };
  }

  beforeEach(() => {
    document.documentElement.innerHTML = loadFixture().documentElement.innerHTML;
    delete (globalThis as { __tandemCustomPreview?: unknown }).__tandemCustomPreview;
  });

  it('injects the bundle, then calls it with the config, and returns what it found', async () => {
    const { api, injections } = fakeApi(URL_88);
    const reply = await previewInTab(7, HIVE, api);
    expect(injections.map((i) => i.files ?? 'func')).toEqual([[PREVIEW_SCRIPT], 'func']);
    expect(injections.every((i) => i.target.tabId === 7)).toBe(true);
    expect(injections[1].args).toEqual([HIVE]);
    expect(reply.ok).toBe(true);
    expect(reply.ok && reply.result.snapshot?.subject).toBe('Parcel arrived crushed');
  });

  it('refuses pages no extension may script, without trying', async () => {
    for (const [url, reason] of [
      ['chrome://settings', 'browser-page'],
      ['chrome-extension://abc/options.html', 'extension-page'],
      ['https://chromewebstore.google.com/detail/x', 'web-store'],
    ] as const) {
      const { api, injections } = fakeApi(url);
      expect(await previewInTab(1, HIVE, api)).toEqual({ ok: false, reason });
      expect(injections).toEqual([]);
    }
  });

  it('asks for host access it lacks rather than failing', async () => {
    const { api, injections } = fakeApi('https://desk.other.test/t/1', { granted: false });
    expect(await previewInTab(1, HIVE, api)).toEqual({ ok: false, reason: 'no-access', origin: 'https://desk.other.test/*' });
    expect(injections).toEqual([]);
  });

  it("says so when the tab is gone, and passes on the browser's reason when injection fails", async () => {
    expect(await previewInTab(1, HIVE, fakeApi(URL_88, { tabGone: true }).api)).toEqual({ ok: false, reason: 'no-tab' });
    expect(await previewInTab(1, HIVE, fakeApi(URL_88, { injectError: 'Frame with ID 0 is showing error page' }).api)).toMatchObject({
      ok: false,
      reason: 'browser-page',
    });
    expect(await previewInTab(1, HIVE, fakeApi(URL_88, { injectError: 'Cannot access contents of url "x". Extension manifest must request permission to access this host.' }).api)).toMatchObject({
      ok: false,
      reason: 'no-access',
    });
    expect(await previewInTab(1, HIVE, fakeApi(URL_88, { injectError: 'boom' }).api)).toEqual({ ok: false, reason: 'failed', detail: 'boom' });
  });
});
