// The insertion ladder: put text into whatever reply editor a helpdesk uses, so that it lands in the editor's
// own model (what the editor itself would submit), keeps the agent's undo, and never destroys what the agent
// typed without asking. Each rung is tried only when the one before did not land the text, and the editor is
// read back after every rung: success is reported only when the text is really there.
//
// Rungs (after Bitwarden's autofill, text-field-edit and InboxSDK):
//   textarea / input ........ execCommand('insertText') (undo kept) -> setRangeText + InputEvent (native setter,
//                             so React-controlled inputs see the change)
//   contenteditable ......... synthetic `paste` with text/html + text/plain (editors that own their model —
//                             CKEditor 5, ProseMirror, Froala, Lexical, Quill... — handle it through their own
//                             paste pipeline, which is undoable) -> the same paste as text/plain only (Slate)
//                             -> execCommand('insertText'/'insertParagraph') line by line
//                             -> a DOM Range insertion + InputEvent for plain contenteditable
//   same-origin iframe ...... the iframe's editable body, then the contenteditable rungs (CKEditor 4 classic)
// When every rung fails the caller copies the text to the clipboard and tells the agent to paste.
import type { InsertMode, InsertOptions, InsertResult } from '../types';
import { normalizeForCompare, textToHtml } from './format';
import { insertFailure } from '../shared/insert-failure';
import { isReadOnly, isRendered, isTextField, readEditorText, resolveEditable, type TextField } from './inspect';

/** Whether text ends with a line break and then only whitespace (/\n\s*$/ rescans each run of line breaks). */
function endsWithLineBreak(text: string): boolean {
  return text.slice(text.trimEnd().length).includes('\n');
}

const nextFrame = (win: Window) =>
  new Promise<void>((resolve) => {
    // rAF does not run in hidden tabs; the timeout keeps the ladder moving there.
    const t = win.setTimeout(resolve, 50);
    win.requestAnimationFrame?.(() => {
      win.clearTimeout(t);
      win.setTimeout(resolve, 0);
    });
  });

/** True when every paragraph / list item of `text` is now in the editor, and nothing the agent had is gone. */
function landed(el: HTMLElement, text: string, before: string, mode: InsertMode): boolean {
  const after = normalizeForCompare(readEditorText(el));
  const pieces = text
    .split(/\n+/)
    .map(normalizeForCompare)
    .filter(Boolean);
  if (!pieces.every((p) => after.includes(p))) return false;
  if (mode === 'replace') return true;
  const kept = normalizeForCompare(before);
  return after.replace(/\s/g, '').length >= kept.replace(/\s/g, '').length + pieces.join('').replace(/\s/g, '').length;
}

/**
 * Polls until the text is in the editor, then looks once more a frame later: an editor that keeps its own model
 * re-renders from it and drops text that only reached the DOM.
 */
async function waitUntilLanded(el: HTMLElement, text: string, before: string, mode: InsertMode, ms = 400) {
  const win = el.ownerDocument.defaultView!;
  const until = Date.now() + ms;
  for (;;) {
    if (landed(el, text, before, mode)) {
      await nextFrame(win);
      return landed(el, text, before, mode);
    }
    if (Date.now() >= until) return false;
    await nextFrame(win);
  }
}

// ---------- textarea / input ----------

async function insertIntoTextField(el: TextField, text: string, mode: InsertMode): Promise<InsertResult> {
  const before = el.value;
  el.focus();
  const separator = mode === 'append' && before.trim() !== '' && !endsWithLineBreak(before) ? '\n\n' : '';
  if (mode === 'replace') el.setSelectionRange(0, before.length);
  else if (mode === 'append') el.setSelectionRange(before.length, before.length);
  // cursor: the field keeps its own selectionStart/End even while unfocused.
  const toInsert = separator + text;

  // Rung 1: the browser's own editing command: fires a trusted `input` event and joins the undo stack.
  const doc = el.ownerDocument;
  try {
    if (doc.execCommand('insertText', false, toInsert) && el.value.includes(text)) return { ok: true, via: 'execCommand' };
  } catch {
    /* some pages stub execCommand out; fall through */
  }
  // Rung 2: setRangeText + an InputEvent. Assigning through the native setter (which is what an isolated-world
  // content script does) bypasses React's value tracker, so React-controlled inputs pick the change up.
  const start = el.selectionStart ?? before.length;
  const end = el.selectionEnd ?? before.length;
  el.setRangeText(toInsert, start, end, 'end');
  el.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText', data: toInsert }));
  el.dispatchEvent(new Event('change', { bubbles: true }));
  if (el.value.includes(text)) return { ok: true, via: 'setRangeText' };
  return insertFailure('not-accepted');
}

// ---------- selection, also inside shadow roots ----------

/** The tree el lives in: its document, or the shadow root (web component) it sits in. */
const treeOf = (el: HTMLElement) => el.getRootNode() as Document | ShadowRoot;

/** Shadow roots from the document down to el's, outermost first (empty for an element in the document). */
function shadowRootsAbove(el: HTMLElement): ShadowRoot[] {
  const roots: ShadowRoot[] = [];
  for (let root = el.getRootNode(); root.nodeType === 11 && (root as ShadowRoot).host; root = (root as ShadowRoot).host.getRootNode()) {
    roots.unshift(root as ShadowRoot);
  }
  return roots;
}

/**
 * The selection as a range in el's own tree. Inside a shadow root, Chromium reports the document's selection at
 * the shadow host (retargeted), so the caret in an editor there looks like it is outside the editor; the shadow
 * root's own getSelection() (Chromium) or getComposedRanges (the standard) give the real position.
 */
function currentRange(el: HTMLElement): Range | null {
  const doc = el.ownerDocument;
  const sel = doc.getSelection();
  if (!sel || sel.rangeCount === 0) return null;
  const roots = shadowRootsAbove(el);
  if (roots.length) {
    const inner = roots[roots.length - 1] as ShadowRoot & { getSelection?: () => Selection | null };
    try {
      const own = inner.getSelection?.();
      if (own && own.rangeCount > 0) return own.getRangeAt(0);
      const composed = (sel as Selection & { getComposedRanges?: (o: { shadowRoots: ShadowRoot[] }) => StaticRange[] })
        .getComposedRanges?.({ shadowRoots: roots })?.[0];
      if (composed) {
        const range = doc.createRange();
        range.setStart(composed.startContainer, composed.startOffset);
        range.setEnd(composed.endContainer, composed.endOffset);
        return range;
      }
    } catch {
      /* fall back to the document's view of it */
    }
  }
  return sel.getRangeAt(0);
}

/** The selection (caret) is inside el. */
function selectionInside(el: HTMLElement): boolean {
  const range = currentRange(el);
  return !!range && el.contains(range.commonAncestorContainer);
}

// ---------- contenteditable ----------

function placeSelection(el: HTMLElement, mode: InsertMode) {
  const doc = el.ownerDocument;
  const sel = doc.getSelection();
  if (!sel) return;
  if (mode === 'cursor' && selectionInside(el)) return;
  const range = doc.createRange();
  range.selectNodeContents(el);
  if (mode !== 'replace') {
    // append, or cursor with no cursor in the editor: the end of the last line, inside its block. Chromium moves
    // a caret at (editor, childCount) into the last text itself; Firefox keeps it between the blocks, where
    // CKEditor 5 later read it (after the new paragraph asked for below appeared there) as the end of the agent's
    // line and pasted into it: "Agent note kept.Hi Maria,".
    const [node, offset] = endOfContent(el);
    range.setStart(node, offset);
    range.collapse(true);
  }
  sel.removeAllRanges();
  sel.addRange(range);
}

/** The deepest last position with content in el: the end of its last text, or before a trailing <br> filler. */
function endOfContent(el: HTMLElement): [Node, number] {
  let node: Node = el;
  for (let last = node.lastChild; last && (last.nodeType === 3 || (last.nodeType === 1 && last.firstChild)); last = node.lastChild) {
    node = last;
    if (node.nodeType === 3) return [node, (node as Text).length];
  }
  const trailing = node.lastChild;
  const count = node.childNodes.length;
  return [node, trailing?.nodeType === 1 && (trailing as Element).tagName === 'BR' ? count - 1 : count];
}

/** The selection is a caret at el's last position with content (where placeSelection puts it on append). */
function caretAtEndOfContent(el: HTMLElement): boolean {
  const range = currentRange(el);
  if (!range?.collapsed) return false;
  const [node, offset] = endOfContent(el);
  return range.startContainer === node && range.startOffset === offset;
}

/** The selection covers some of the agent's own text: inserting would overwrite it. */
function selectionHasText(el: HTMLElement): boolean {
  // (inside a shadow root the document's activeElement is the host: ask the shadow root)
  if (isTextField(el)) return (el.selectionEnd ?? 0) > (el.selectionStart ?? 0) && treeOf(el).activeElement === el;
  const range = currentRange(el);
  if (!range || range.collapsed) return false;
  return el.contains(range.commonAncestorContainer) && range.toString().trim() !== '';
}

/** Dispatches a synthetic paste; true when an editor claimed it (cancelled the event to handle it itself). */
function dispatchPaste(target: HTMLElement, text: string, html?: string): boolean {
  const data = new DataTransfer();
  data.setData('text/plain', text);
  if (html) data.setData('text/html', html);
  const event = new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true, composed: true });
  giveThePageClipboardData(event, target, html ? { 'text/plain': text, 'text/html': html } : { 'text/plain': text });
  target.dispatchEvent(event);
  return event.defaultPrevented;
}

/** Firefox's content-script globals (absent in Chromium and in the page itself). */
type FirefoxContentScope = typeof globalThis & {
  cloneInto?: <T>(value: T, scope: object, options?: { cloneFunctions?: boolean }) => T;
};

/**
 * Firefox only, in a content script: the page must be able to read the paste's data. Firefox's ClipboardEvent
 * constructor ignores `clipboardData` (the event gets an empty DataTransfer of its own), and a DataTransfer
 * filled by a content script is not readable by the page either (its items carry the content script's
 * principal, which the page's does not subsume: getData answers ''). So CKEditor 5 took the paste, read nothing,
 * and the later rungs left only the first line and an empty paragraph in its model (seen in firefox-esr 153).
 * The page gets, on its own view of the event, a read-only copy of the data made in
 * its own world (cloneInto), which is all an editor's paste handler reads. Chromium and the page's own world
 * have no `wrappedJSObject`: nothing changes there.
 */
function giveThePageClipboardData(event: ClipboardEvent, target: HTMLElement, items: Record<string, string>) {
  const pageEvent = (event as ClipboardEvent & { wrappedJSObject?: object }).wrappedJSObject;
  const cloneInto = (globalThis as FirefoxContentScope).cloneInto;
  const pageWindow = target.ownerDocument.defaultView;
  if (!pageEvent || typeof cloneInto !== 'function' || !pageWindow) return;
  const types = Object.keys(items);
  const view = {
    types,
    files: [],
    items: [],
    effectAllowed: 'all',
    dropEffect: 'none',
    getData: (type: string) => (typeof type === 'string' && Object.hasOwn(items, type.toLowerCase()) ? items[type.toLowerCase()] : ''),
    setData: () => undefined,
    clearData: () => undefined,
  };
  try {
    Object.defineProperty(pageEvent, 'clipboardData', { value: cloneInto(view, pageWindow, { cloneFunctions: true }), configurable: true });
  } catch {
    /* the page then sees Firefox's own (empty) data, and the next rungs are tried */
  }
}

/** How long an editor that claimed a paste may take to put it in its model. CKEditor 4 handles a paste on a
 *  timer and filters it first: on a busy machine that took over 400 ms, and a second rung fired meanwhile put the
 *  text in twice. A claimed paste is waited for, never followed by another while it may still land. */
const CLAIMED_PASTE_MS = 2500;

function insertWithRange(el: HTMLElement, html: string) {
  const doc = el.ownerDocument;
  const sel = doc.getSelection();
  // The real range (not the document's retargeted view of a caret in a shadow root, which would put the text
  // beside the web component instead of in it), and only inside the editor.
  const range = currentRange(el);
  if (!sel || !range || !el.contains(range.commonAncestorContainer)) return;
  range.deleteContents();
  const fragment = range.createContextualFragment(html);
  const last = fragment.lastChild;
  range.insertNode(fragment);
  if (last) {
    range.setStartAfter(last);
    range.collapse(true);
    sel.removeAllRanges();
    sel.addRange(range);
  }
  el.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertFromPaste' }));
}

async function insertIntoContentEditable(el: HTMLElement, text: string, mode: InsertMode): Promise<InsertResult> {
  const win = el.ownerDocument.defaultView!;
  const doc = el.ownerDocument;
  const before = readEditorText(el);
  el.focus();
  placeSelection(el, mode);
  // Editors that own their model (CKEditor 5, ProseMirror) learn about a new DOM selection from the
  // asynchronous `selectionchange` event: give it a frame before pasting.
  await nextFrame(win);
  // Appending after the agent's text starts a new paragraph: the first pasted block would otherwise merge into
  // the agent's last line (rich editors merge the first block of a paste into the block at the cursor). What the
  // Enter key does, asked for in the two ways editors listen: a `beforeinput` of type insertParagraph, which
  // editors that own their model handle themselves and cancel (Slate, Lexical, CKEditor 5; Chromium's
  // execCommand fires no beforeinput, so they never hear of the command and their model stays one line), and
  // when nobody took that, the browser's own insertParagraph, which plain contenteditable and editors that
  // watch the DOM (ProseMirror, Quill, TinyMCE) follow.
  let newBlock = '';
  if (mode === 'append' && before.trim()) {
    const blocksBefore = readEditorText(el).trimEnd();
    try {
      if (!requestParagraph(editingHost(el))) doc.execCommand('insertParagraph');
    } catch {
      /* handled below */
    }
    await nextFrame(win);
    // The caret goes where the new paragraph is, in the DOM too. An editor that thinks it has no focus (the tab
    // went to the background when the agent opened the panel: Firefox blurs it) moves only its model's caret:
    // CKEditor 5 writes the DOM selection only while focused, and when its deferred focus lands it reads the
    // stale DOM caret (the end of the agent's line) back into its model, and the paste merged the draft's first
    // line into the agent's last one ("Agent note kept.Hi Maria,", Firefox, about one run in three).
    if (!caretAtEndOfContent(el)) {
      placeSelection(el, mode);
      await nextFrame(win);
    }
    // Editors that keep their own model may ignore or revert it: then lead the paste with an empty block.
    if (readEditorText(el).replace(/[\u200b\ufeff]/g, '').trimEnd() === blocksBefore && !endsWithLineBreak(readEditorText(el))) {
      newBlock = '\n';
    }
  }
  const html = (newBlock ? '<p><br></p>' : '') + textToHtml(text);

  // Rung 1: a synthetic paste through the editor's own pipeline (model update, undo step, paragraphs).
  const target = editingHost(el);
  const claimed = dispatchPaste(target, text, html);
  if (await waitUntilLanded(el, text, before, mode, claimed ? CLAIMED_PASTE_MS : 400)) return { ok: true, via: 'paste' };
  // The editor took the paste and still shows nothing (or something else): any further rung could land beside a
  // paste it is still working on. Say so rather than risk the text twice.
  if (claimed && changedSince(el, before)) return insertFailure('shown-differently');
  // Rung 1b: some editors (Slate in Chromium) take only a plain-text paste through their own pipeline.
  placeSelectionAgainIfLost(el, mode);
  const claimedText = dispatchPaste(target, newBlock + text);
  if (await waitUntilLanded(el, text, before, mode, claimedText ? CLAIMED_PASTE_MS : 250)) return { ok: true, via: 'paste-text' };
  if (claimedText && changedSince(el, before)) return insertFailure('shown-differently');

  // Rung 2: the browser's own editing commands, line by line: `insertText` and `insertParagraph` fire the
  // `beforeinput` events that model-owning editors without a usable paste path (Slate, Lexical) handle, and
  // plain contenteditable performs them natively, with undo.
  placeSelectionAgainIfLost(el, mode);
  try {
    if (typeLines(doc, text) && (await waitUntilLanded(el, text, before, mode, 200))) {
      return { ok: true, via: 'execCommand' };
    }
  } catch {
    /* fall through */
  }

  // Rung 3: write the DOM directly. Only plain contenteditable keeps this; editors with a model may revert it,
  // which the read-back below then reports honestly.
  placeSelectionAgainIfLost(el, mode);
  insertWithRange(el, html);
  if (await waitUntilLanded(el, text, before, mode, 300)) return { ok: true, via: 'range' };
  return insertFailure('not-accepted');
}

/** The editor's text differs from what it held before the insertion began. */
function changedSince(el: HTMLElement, before: string): boolean {
  return normalizeForCompare(readEditorText(el)) !== normalizeForCompare(before);
}

/** The editable element around the selection (where the browser would send input events), else el. */
function editingHost(el: HTMLElement): HTMLElement {
  const node = currentRange(el)?.startContainer;
  const from = node?.nodeType === 1 ? (node as Element) : node?.parentElement;
  const host = from?.closest('[contenteditable]') as HTMLElement | null | undefined;
  return host && (el.contains(host) || host.contains(el)) ? host : el;
}

/** Offers the editor an Enter as a cancelable `beforeinput`; true when it took it (cancelled the event). An
 *  untrusted event has no default action, so where nobody handles it nothing happens. */
function requestParagraph(target: HTMLElement): boolean {
  const event = new InputEvent('beforeinput', { inputType: 'insertParagraph', bubbles: true, cancelable: true, composed: true });
  target.dispatchEvent(event);
  return event.defaultPrevented;
}

/** Types text as the browser would: one `insertText` per line, `insertParagraph` between lines. */
function typeLines(doc: Document, text: string): boolean {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  for (let i = 0; i < lines.length; i++) {
    if (i > 0 && !doc.execCommand('insertParagraph')) return false;
    if (lines[i] && !doc.execCommand('insertText', false, lines[i])) return false;
  }
  return true;
}

function placeSelectionAgainIfLost(el: HTMLElement, mode: InsertMode) {
  if (!selectionInside(el)) placeSelection(el, mode);
}

// ---------- entry point ----------

export async function insertIntoEditor(
  editor: HTMLElement,
  text: string,
  mode: InsertMode,
  options: InsertOptions = {},
): Promise<InsertResult> {
  try {
    if (!isRendered(editor)) return insertFailure('editor-hidden');
    const el = resolveEditable(editor);
    if (!el) return insertFailure('editor-unreachable');
    if (isReadOnly(el)) return insertFailure('read-only');
    if (!text.trim()) return insertFailure('no-text');

    const agentText = readEditorText(el).trim() !== '';
    if (!options.confirmed && agentText && (mode === 'replace' || (mode === 'cursor' && selectionHasText(el)))) {
      return insertFailure('needs-confirmation');
    }
    return isTextField(el) ? await insertIntoTextField(el, text, mode) : await insertIntoContentEditable(el, text, mode);
  } catch (error) {
    // Never throw into the helpdesk page.
    return insertFailure('error', (error as Error)?.message ?? String(error));
  }
}
