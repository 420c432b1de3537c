// The helpdesk content script's context, in place of wxt/utils/content-script-context (wxt.config.ts swaps it in for
// the content-script build only). WXT's class carries timers, animation frames, idle callbacks, event listeners and
// a location watcher, none of which the content script uses; they cost about 550 bytes gzipped of its 30 KB budget
// (bench:adapters). This keeps what it uses, onInvalidated, with WXT 0.21's protocol as it is: on start, a
// `<extension id>:<entrypoint>:wxt:content-script-started` CustomEvent on the document (and the same as a window
// message), so that an older copy of the script (extension reloaded or updated, WXT's class or this one) stops, and
// this copy stops when a newer one starts. tests/unit/core/script-context.test.ts runs it against WXT's class.
import { browser } from 'wxt/browser';

export class ContentScriptContext {
  static SCRIPT_STARTED_MESSAGE_TYPE = `${browser?.runtime?.id}:${import.meta.env.ENTRYPOINT}:wxt:content-script-started`;
  readonly id = Math.random().toString(36).slice(2);
  readonly #aborter = new AbortController();

  constructor(
    readonly contentScriptName: string,
    readonly options?: { noScriptStartedPostMessage?: boolean },
  ) {
    const type = ContentScriptContext.SCRIPT_STARTED_MESSAGE_TYPE;
    const detail = { contentScriptName, messageId: this.id };
    // (stop older copies)
    document.dispatchEvent(new CustomEvent(type, { detail }));
    if (!options?.noScriptStartedPostMessage) window.postMessage({ type, ...detail }, '*');
    // (stop when a newer copy starts)
    const onStarted = (event: Event) => {
      if (event instanceof CustomEvent && event.detail?.contentScriptName === contentScriptName && event.detail?.messageId !== this.id) this.notifyInvalidated();
    };
    document.addEventListener(type, onStarted);
    this.onInvalidated(() => document.removeEventListener(type, onStarted));
  }

  get signal(): AbortSignal {
    return this.#aborter.signal;
  }

  /** Calls cb when this copy of the script is invalidated; returns a function that removes it. */
  onInvalidated(cb: () => void): () => void {
    this.signal.addEventListener('abort', cb);
    return () => this.signal.removeEventListener('abort', cb);
  }

  notifyInvalidated(): void {
    this.#aborter.abort('Content script context invalidated');
  }
}
