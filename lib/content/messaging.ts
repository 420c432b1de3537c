// The content script's end of lib/messaging.ts's protocol, without @webext-core/messaging: the same messages on the
// wire ({ id, type, data, timestamp } out, { res } or { err } back), so the background's library instance talks to
// it as to its own. The library (with its logger hooks, error (de)serialiser and per-context options) cost the
// content script, which every helpdesk page loads, about 680 bytes gzipped of its 30 KB budget. The repair picker
// (its own bundle, injected on demand) keeps the library. tests/unit/core/content-messaging.test.ts runs this end
// against the library's.
import { browser } from 'wxt/browser';
import type { ProtocolMap } from '../messaging';

type Type = keyof ProtocolMap;
type DataOf<K extends Type> = Parameters<ProtocolMap[K]>[0];
type ReturnOf<K extends Type> = ReturnType<ProtocolMap[K]>;
type Handler = (message: { data: never }) => unknown;

// (the library's: message ids start at a random number, one more per message)
let nextId = Math.floor(Math.random() * 1e4);
// (a Map, not an object: a message's type never reaches Object.prototype's members)
const handlers = new Map<string, Handler>();
let rootListener: Parameters<typeof browser.runtime.onMessage.addListener>[0] | undefined;

/** An error as the library sends it: name, message, stack, its cause and its own fields; any other thrown value as
 *  it is. */
const serializeError = (e: unknown): unknown =>
  // (an Error's own enumerable fields: its message is its own but not enumerable, its name is the prototype's)
  e instanceof Error ? { name: e.name, message: e.message, stack: e.stack ?? '', ...(e.cause ? { cause: serializeError(e.cause) } : {}), ...(e as object) } : e;

/** To the background. Rejects as the library does: the runtime's error, no answer, or the handler's error (an
 *  Error carrying the fields it was sent with). */
export function sendMessage<K extends Type>(type: K, data?: DataOf<K>): Promise<ReturnOf<K>> {
  const message = { id: nextId++, type, data, timestamp: Date.now() };
  // (the runtime's own error, "Receiving end does not exist", rejects as it is)
  return (browser.runtime.sendMessage(message) as Promise<{ res?: ReturnOf<K>; err?: unknown } | undefined>).then((response) => {
    const { res, err } = response ?? { err: new Error('No response') };
    // (an Error as the library rebuilds one from its fields; nothing here reads more of it than that it failed)
    if (err != null) throw typeof err === 'object' && 'message' in err ? Object.assign(new Error(), err) : err;
    return res as ReturnOf<K>;
  });
}

/** From the background (tabs.sendMessage): one handler per type; its value, or what it throws, is the answer. A
 *  message that is not the protocol's, or of a type nobody here handles, is left to other listeners (the repair
 *  picker's, in the same world). */
export function onMessage<K extends Type>(type: K, handler: (message: { data: DataOf<K> }) => ReturnOf<K> | Promise<ReturnOf<K>>): void {
  if (!rootListener) {
    rootListener = (message, sender, sendResponse) => {
      const m = typeof message === 'object' && message ? { ...message, sender } : message;
      if (typeof m?.type != 'string' || typeof m.timestamp != 'number') return false;
      const handle = handlers.get(m.type);
      if (!handle) return false;
      (async () => handle(m))().then(
        (res) => sendResponse({ res }),
        (err) => sendResponse({ err: serializeError(err) }),
      );
      return true;
    };
    browser.runtime.onMessage.addListener(rootListener);
  }
  if (handlers.has(type)) throw Error(`[messaging] In this JS context, only one listener can be setup for ${type}`);
  handlers.set(type, handler as Handler);
}

export function removeAllListeners(): void {
  handlers.clear();
  if (rootListener) browser.runtime.onMessage.removeListener(rootListener);
  rootListener = undefined;
}
