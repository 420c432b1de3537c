// The content script's own end of the messaging protocol (lib/content/messaging.ts) against @webext-core/messaging,
// which the background, the panel and the repair picker use: every exchange must come out as it does when the
// content script uses the library itself. A fake runtime carries the messages between the two sides as Chrome does
// (JSON copies, sendResponse + `return true`, "Receiving end does not exist" when nobody listens).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { defineExtensionMessaging } from '@webext-core/messaging';

type Listener = (message: unknown, sender: unknown, sendResponse: (r: unknown) => void) => unknown;
type Side = 'background' | 'content';

const listeners: Record<Side, Listener[]> = { background: [], content: [] };
/** Which side the next addListener call registers for (both sides share the one fake runtime). */
let registering: Side = 'content';
const lastError: { value?: { message: string } } = {};

/** Chrome's delivery: each listener gets a copy; the first to answer answers; none: an error. */
function deliver(to: Side, message: unknown, sender: unknown): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const copy = JSON.parse(JSON.stringify(message ?? null));
    let waiting = false;
    let answered = false;
    const sendResponse = (r: unknown) => {
      if (answered) return;
      answered = true;
      resolve(r === undefined ? undefined : JSON.parse(JSON.stringify(r)));
    };
    for (const l of [...listeners[to]]) if (l(copy, sender, sendResponse) === true) waiting = true;
    if (!listeners[to].length) reject(new Error('Could not establish connection. Receiving end does not exist.'));
    else if (!waiting && !answered) reject(new Error('The message port closed before a response was received.'));
  });
}

/** Callback form (the library), promise form (wxt's browser): as Chrome offers both. */
function answer(p: Promise<unknown>, cb?: (r: unknown) => void): Promise<unknown> | undefined {
  if (!cb) return p;
  p.then(
    (r) => cb(r),
    (e: Error) => {
      lastError.value = { message: e.message };
      cb(undefined);
      lastError.value = undefined;
    },
  );
  return undefined;
}

const fakeRuntime = {
  runtime: {
    get lastError() {
      return lastError.value;
    },
    sendMessage: (message: unknown, cb?: (r: unknown) => void) => answer(deliver('background', message, { tab: { id: 7 } }), cb),
    onMessage: {
      addListener: (l: Listener) => listeners[registering].push(l),
      removeListener: (l: Listener) => {
        for (const side of ['background', 'content'] as const) listeners[side] = listeners[side].filter((x) => x !== l);
      },
    },
  },
  tabs: {
    sendMessage: (_tabId: number, message: unknown, _options: unknown, cb?: (r: unknown) => void) => answer(deliver('content', message, { id: 'ext' }), cb),
  },
};

vi.mock('wxt/browser', () => ({ browser: fakeRuntime }));

type Messenger = { sendMessage: (...a: any[]) => Promise<any>; onMessage: (...a: any[]) => unknown; removeAllListeners: () => void };

async function contentEnds(): Promise<Record<'own' | 'library', () => Promise<Messenger>>> {
  return {
    own: async () => {
      vi.resetModules();
      return (await import('../../../lib/content/messaging')) as unknown as Messenger;
    },
    library: async () => defineExtensionMessaging() as unknown as Messenger,
  };
}

function register(side: Side, fn: () => void) {
  registering = side;
  try {
    fn();
  } finally {
    registering = 'content';
  }
}

/** What a promise came to, comparable across the two ends. */
async function outcome(p: Promise<unknown>) {
  try {
    return { resolved: await p };
  } catch (e) {
    return e instanceof Error ? { rejected: 'Error', name: e.name, message: e.message } : { rejected: typeof e, value: e };
  }
}

describe('the content script messaging end', () => {
  let open: Messenger[] = [];
  beforeEach(() => {
    listeners.background = [];
    listeners.content = [];
    (globalThis as { chrome?: unknown }).chrome = fakeRuntime;
  });
  afterEach(() => {
    for (const m of open) m.removeAllListeners();
    open = [];
    delete (globalThis as { chrome?: unknown }).chrome;
  });

  /** Runs a scenario once with the content end given, returns what each side saw. */
  async function run(end: () => Promise<Messenger>, scenario: (content: Messenger, background: Messenger) => Promise<unknown>) {
    const content = await end();
    const background = defineExtensionMessaging() as unknown as Messenger;
    open.push(content, background);
    const result = await scenario(content, background);
    content.removeAllListeners();
    background.removeAllListeners();
    listeners.background = [];
    listeners.content = [];
    return result;
  }

  async function same(scenario: (content: Messenger, background: Messenger) => Promise<unknown>) {
    const ends = await contentEnds();
    const own = await run(ends.own, scenario);
    const library = await run(ends.library, scenario);
    expect(own).toEqual(library);
    return own;
  }

  it('content -> background: the answer, the data the handler gets, and the message fields', async () => {
    const seen = await same(async (content, background) => {
      const got: unknown[] = [];
      register('background', () =>
        background.onMessage('getCustomAdapters', (m: { type: string; data: unknown; id: unknown; timestamp: unknown; sender: unknown }) => {
          got.push({ type: m.type, data: m.data, id: typeof m.id, timestamp: typeof m.timestamp, sender: m.sender });
          return [{ id: 'rt', name: 'RT' }];
        }),
      );
      const reply = await outcome(content.sendMessage('getCustomAdapters', { x: 1 }));
      return { got, reply };
    });
    expect(seen).toMatchObject({ reply: { resolved: [{ id: 'rt', name: 'RT' }] }, got: [{ type: 'getCustomAdapters', data: { x: 1 }, id: 'number', timestamp: 'number' }] });
  });

  it('content -> background: a handler that throws, a missing handler, nobody listening', async () => {
    const seen = await same(async (content, background) => {
      const out: unknown[] = [];
      out.push(await outcome(content.sendMessage('reportSnapshot', { url: 'u' })));
      register('background', () =>
        background.onMessage('reportSnapshot', () => {
          throw new TypeError('boom');
        }),
      );
      out.push(await outcome(content.sendMessage('reportSnapshot', { url: 'u' })));
      out.push(await outcome(content.sendMessage('getCustomAdapters')));
      return out;
    });
    expect(seen).toEqual([
      { rejected: 'Error', name: 'Error', message: 'Could not establish connection. Receiving end does not exist.' },
      { rejected: 'Error', name: 'TypeError', message: 'boom' },
      { rejected: 'Error', name: 'Error', message: 'The message port closed before a response was received.' },
    ]);
  });

  it('background -> content: answers, async answers, thrown errors and values reach the background alike', async () => {
    const seen = await same(async (content, background) => {
      content.onMessage('readEditor', () => ({ ok: true, text: 'Hi' }));
      content.onMessage('insertIntoEditor', async ({ data }: { data: { text: string } }) => {
        if (data.text === 'throw') throw new RangeError('nope');
        if (data.text === 'value') throw 'plain';
        return { ok: true, via: 'paste', text: data.text };
      });
      content.onMessage('readTicketNow', () => undefined);
      return [
        await outcome(background.sendMessage('readEditor', undefined, 7)),
        await outcome(background.sendMessage('insertIntoEditor', { text: 'a' }, 7)),
        await outcome(background.sendMessage('insertIntoEditor', { text: 'throw' }, 7)),
        await outcome(background.sendMessage('insertIntoEditor', { text: 'value' }, 7)),
        await outcome(background.sendMessage('readTicketNow', undefined, 7)),
      ];
    });
    expect(seen).toEqual([
      { resolved: { ok: true, text: 'Hi' } },
      { resolved: { ok: true, via: 'paste', text: 'a' } },
      { rejected: 'Error', name: 'RangeError', message: 'nope' },
      { rejected: 'string', value: 'plain' },
      { resolved: undefined },
    ]);
  });

  it('leaves a type it does not handle, and what is not the protocol, to the other listeners (the repair picker)', async () => {
    const seen = await same(async (content, background) => {
      content.onMessage('readEditor', () => ({ ok: true }));
      const picker = defineExtensionMessaging() as unknown as Messenger;
      open.push(picker);
      picker.onMessage('repairPick', () => ({ picked: true }));
      const handled: boolean[] = [];
      for (const foreign of [{ type: 'readEditor' }, 'readEditor', null, { type: 'readEditor', timestamp: '1' }, { type: 'repairPick', timestamp: 1 }])
        for (const l of listeners.content.slice(0, 1)) handled.push(l(foreign, {}, () => {}) === true);
      const reply = await outcome(background.sendMessage('repairPick', undefined, 7));
      picker.removeAllListeners();
      return { handled, reply };
    });
    expect(seen).toEqual({ handled: [false, false, false, false, false], reply: { resolved: { picked: true } } });
  });

  it('one handler per type; removeAllListeners takes its listener off the runtime', async () => {
    const seen = await same(async (content) => {
      content.onMessage('readEditor', () => ({ ok: true }));
      let second = '';
      try {
        content.onMessage('readEditor', () => ({ ok: false }));
      } catch (e) {
        second = (e as Error).message;
      }
      const before = listeners.content.length;
      content.removeAllListeners();
      return { second, before, after: listeners.content.length };
    });
    expect(seen).toEqual({ second: '[messaging] In this JS context, only one listener can be setup for readEditor', before: 1, after: 0 });
  });
});
