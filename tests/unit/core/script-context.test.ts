// The content script's slim context (lib/content/script-context.ts, swapped in for WXT's by wxt.config.ts) against
// WXT's own ContentScriptContext: the same start message and event, each stops the other when it starts after it
// (an extension reloaded or updated while the helpdesk page stays open), and onInvalidated behaves alike.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ContentScriptContext as WxtContext } from 'wxt/utils/content-script-context';
import { ContentScriptContext as SlimContext } from '../../../lib/content/script-context';

type Ctx = { onInvalidated(cb: () => void): () => void; notifyInvalidated(): void };
const made: Ctx[] = [];
const track = <T extends Ctx>(ctx: T): T => {
  made.push(ctx);
  return ctx;
};
// (WXT's class keeps these private in its types; the test reads them as the protocol's)
const STARTED = (WxtContext as unknown as { SCRIPT_STARTED_MESSAGE_TYPE: string }).SCRIPT_STARTED_MESSAGE_TYPE;
const idOf = (ctx: object) => (ctx as { id: string }).id;
const invalidated = (ctx: Ctx) => {
  const cb = vi.fn();
  ctx.onInvalidated(cb);
  return cb;
};

afterEach(() => {
  for (const ctx of made.splice(0)) ctx.notifyInvalidated(); // (their document listeners go)
  vi.restoreAllMocks();
});

describe('slim content-script context', () => {
  it('starts with the same event type and window message as WXT\'s', () => {
    expect(SlimContext.SCRIPT_STARTED_MESSAGE_TYPE).toBe(STARTED);
    const posted = vi.spyOn(window, 'postMessage').mockImplementation(() => {});
    const events: CustomEvent[] = [];
    const onEvent = (e: Event) => events.push(e as CustomEvent);
    document.addEventListener(SlimContext.SCRIPT_STARTED_MESSAGE_TYPE, onEvent);
    const wxt = track(new WxtContext('helpdesk', {}));
    const slim = track(new SlimContext('helpdesk', {}));
    document.removeEventListener(SlimContext.SCRIPT_STARTED_MESSAGE_TYPE, onEvent);
    expect(posted).toHaveBeenCalledTimes(2);
    expect(posted.mock.calls[1]).toEqual([{ type: STARTED, contentScriptName: 'helpdesk', messageId: slim.id }, '*']);
    expect(posted.mock.calls[0]).toEqual([{ type: STARTED, contentScriptName: 'helpdesk', messageId: idOf(wxt) }, '*']);
    expect(events.map((e) => e.detail)).toEqual([
      { contentScriptName: 'helpdesk', messageId: idOf(wxt) },
      { contentScriptName: 'helpdesk', messageId: slim.id },
    ]);
    // (no window message when the options say so, as WXT's)
    posted.mockClear();
    track(new SlimContext('other', { noScriptStartedPostMessage: true }));
    expect(posted).not.toHaveBeenCalled();
  });

  it('is stopped by a newer copy of the same script (WXT\'s or its own), not by another script or itself', () => {
    vi.spyOn(window, 'postMessage').mockImplementation(() => {});
    const slim = track(new SlimContext('helpdesk'));
    const cb = invalidated(slim);
    track(new SlimContext('other'));
    expect(cb).not.toHaveBeenCalled();
    expect(slim.signal.aborted).toBe(false);
    track(new WxtContext('helpdesk'));
    expect(cb).toHaveBeenCalledTimes(1);
    expect(slim.signal.aborted).toBe(true);

    const slim2 = track(new SlimContext('helpdesk'));
    const cb2 = invalidated(slim2);
    track(new SlimContext('helpdesk'));
    expect(cb2).toHaveBeenCalledTimes(1);
  });

  it('stops an older copy of the script that runs WXT\'s context', () => {
    vi.spyOn(window, 'postMessage').mockImplementation(() => {});
    const wxt = track(new WxtContext('helpdesk'));
    const cb = invalidated(wxt);
    track(new SlimContext('helpdesk'));
    expect(cb).toHaveBeenCalledTimes(1);
    expect(wxt.signal.aborted).toBe(true);
  });

  it('onInvalidated returns a remover, and a stopped copy no longer listens for newer ones', () => {
    vi.spyOn(window, 'postMessage').mockImplementation(() => {});
    const slim = track(new SlimContext('helpdesk'));
    const kept = invalidated(slim);
    const removed = vi.fn();
    slim.onInvalidated(removed)();
    slim.notifyInvalidated();
    expect(kept).toHaveBeenCalledTimes(1);
    expect(removed).not.toHaveBeenCalled();
    const dispatched = vi.spyOn(slim, 'notifyInvalidated');
    track(new SlimContext('helpdesk'));
    expect(dispatched).not.toHaveBeenCalled();
  });
});
