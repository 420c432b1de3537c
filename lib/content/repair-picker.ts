// The in-page picker of "Fix how Tandem reads this page": four steps (the subject, one message, its author, the
// reply editor), each highlighting the element under the pointer or the keyboard's cursor; a click or Enter picks,
// Esc cancels the whole thing. Arrow keys move the highlight (up: parent, down: first child, left/right:
// siblings), Tab / Shift+Tab to the next / previous element in the page.
// Drawn in a closed shadow root: the helpdesk's CSS cannot reach it, and its CSS cannot reach the page. Only our
// own words are shown (as text); nothing of the page is copied into it.
import { composedParent, frameElementOf } from '../../adapters/shared/deep-query';
import { composedContains, messageCandidateOf } from '../repair/selectors';
import type { RepairPicks } from '../repair/build';

export type PickStep = keyof RepairPicks;
export const PICK_STEPS: PickStep[] = ['subject', 'message', 'author', 'editor'];

export interface PickerTexts {
  step(step: PickStep, index: number, total: number): string;
  outsideMessage: string;
}

export interface Picker {
  /** The four elements, or null when cancelled. */
  done: Promise<RepairPicks | null>;
  cancel(): void;
}

const HOST_TAG = 'tandem-repair-picker';

const CSS = `
:host { all: initial; }
.box { position: fixed; pointer-events: none; z-index: 2147483647; border: 2px solid #1a56db; background: rgba(26, 86, 219, .12);
  border-radius: 3px; box-sizing: border-box; display: none; }
.box.bad { border-color: #b91c1c; background: rgba(185, 28, 28, .10); }
.bar { position: fixed; left: 50%; bottom: 12px; transform: translateX(-50%); z-index: 2147483647; pointer-events: none;
  font: 14px/1.4 system-ui, sans-serif; color: #fff; background: #1f2937; padding: 8px 14px; border-radius: 6px;
  max-width: min(90vw, 640px); box-shadow: 0 2px 8px rgba(0,0,0,.3); }
`;

/** Elements the keyboard can walk through: rendered ones in document order, ours left out. */
function walkable(el: Element, host: Element): boolean {
  if (el === host || host.contains(el)) return false;
  const r = el.getBoundingClientRect();
  return r.width > 0 && r.height > 0;
}

/** Where an element's frame sits in the top page (its rects are its own frame's). */
function frameOffset(el: Element, top: Document): { x: number; y: number } {
  let x = 0;
  let y = 0;
  for (let d = el.ownerDocument, i = 0; d && d !== top && i < 10; i++) {
    const frame = frameElementOf(d);
    if (!frame) break;
    const r = frame.getBoundingClientRect();
    x += r.left + frame.clientLeft;
    y += r.top + frame.clientTop;
    d = frame.ownerDocument;
  }
  return { x, y };
}

function frameDocOf(el: Element): Document | null {
  if (el.tagName !== 'IFRAME' && el.tagName !== 'FRAME') return null;
  try {
    return (el as HTMLIFrameElement).contentDocument;
  } catch {
    return null;
  }
}

/** Windows of the same-origin frames in the page, through open shadow roots and nested frames (bounded). */
function sameOriginFrameWindows(doc: Document, limit = 20): Window[] {
  const out: Window[] = [];
  const visit = (root: Document | ShadowRoot, depth: number) => {
    if (depth > 4 || out.length >= limit) return;
    for (const el of Array.from(root.querySelectorAll('*'))) {
      if (el.shadowRoot) visit(el.shadowRoot, depth + 1);
      const inner = frameDocOf(el);
      if (inner?.defaultView && out.length < limit) {
        out.push(inner.defaultView);
        visit(inner, depth + 1);
      }
    }
  };
  visit(doc, 0);
  return out;
}

export function startPicker(doc: Document, win: Window, texts: PickerTexts): Picker {
  const host = doc.createElement(HOST_TAG);
  const shadow = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = CSS;
  const box = doc.createElement('div');
  box.className = 'box';
  const bar = doc.createElement('div');
  bar.className = 'bar';
  bar.setAttribute('role', 'status');
  bar.setAttribute('aria-live', 'polite');
  shadow.append(style, box, bar);
  doc.documentElement.append(host);

  const picks: Partial<RepairPicks> = {};
  let stepIndex = 0;
  let current: Element | null = null;
  let resolve!: (p: RepairPicks | null) => void;
  const done = new Promise<RepairPicks | null>((r) => (resolve = r));

  const step = () => PICK_STEPS[stepIndex];
  const allowed = (el: Element | null): boolean => !!el && (step() !== 'author' || (!!picks.message && picks.message !== el && composedContains(picks.message, el)));
  const say = (text: string) => (bar.textContent = text);

  const draw = () => {
    if (!current || !current.isConnected) {
      box.style.display = 'none';
      return;
    }
    const r = current.getBoundingClientRect();
    const { x, y } = frameOffset(current, doc);
    Object.assign(box.style, { display: 'block', left: `${r.left + x}px`, top: `${r.top + y}px`, width: `${r.width}px`, height: `${r.height}px` });
    box.classList.toggle('bad', !allowed(current));
    say(allowed(current) ? texts.step(step(), stepIndex + 1, PICK_STEPS.length) : texts.outsideMessage);
  };

  /** What the pointer or the cursor means at this step: a whole message when pointing into one. */
  const targetFor = (el: Element): Element => (step() === 'message' ? messageCandidateOf(el) : el);

  const highlight = (el: Element | null, scroll = false) => {
    current = el;
    if (scroll) current?.scrollIntoView?.({ block: 'nearest' });
    draw();
  };

  const initialFor = (s: PickStep): Element | null => {
    if (s === 'subject') return doc.querySelector('h1, h2, [role="heading"]');
    if (s === 'message') return picks.subject ? next(picks.subject, false) : null;
    if (s === 'author') return picks.message?.firstElementChild ?? null;
    if (s === 'editor') return doc.querySelector('textarea, [contenteditable="true"], [contenteditable=""], iframe');
    return null;
  };

  const finish = (result: RepairPicks | null) => {
    stop();
    resolve(result);
  };

  const pick = (el: Element | null) => {
    if (!el || !allowed(el)) {
      draw();
      return;
    }
    picks[step()] = el;
    stepIndex++;
    if (stepIndex >= PICK_STEPS.length) return finish(picks as RepairPicks);
    highlight(initialFor(step()));
    say(texts.step(step(), stepIndex + 1, PICK_STEPS.length));
  };

  const ours = (e: Event) => e.composedPath().includes(host);
  // The innermost element, inside open shadow roots too (the event's target is retargeted to their host).
  const elementOf = (e: Event): Element | null => {
    const t = (e.composedPath()[0] ?? e.target) as Node | null;
    return t && t.nodeType === 1 ? (t as Element) : (t?.parentElement ?? null);
  };

  const onMove = (e: Event) => {
    if (ours(e)) return;
    const el = elementOf(e);
    if (el) highlight(targetFor(el));
  };
  // Every press of the pointer is ours while picking: the page must not follow a link, focus its editor or send.
  const swallow = (e: Event) => {
    if (ours(e)) return;
    e.preventDefault();
    e.stopPropagation();
    e.stopImmediatePropagation();
  };
  const onClick = (e: Event) => {
    if (ours(e)) return;
    swallow(e);
    const el = elementOf(e);
    if (el) pick(targetFor(el));
  };

  const next = (from: Element, backwards: boolean): Element | null => {
    // (within the tree the cursor is in: the document, a shadow root or a frame's document)
    const tree = from.getRootNode() as Document | ShadowRoot;
    const treeDoc = tree.nodeType === 9 ? (tree as Document) : (tree.ownerDocument ?? doc);
    const walker = treeDoc.createTreeWalker(tree.nodeType === 9 ? ((tree as Document).body ?? tree) : tree, 1 /* SHOW_ELEMENT */);
    walker.currentNode = from;
    for (let n = backwards ? walker.previousNode() : walker.nextNode(); n; n = backwards ? walker.previousNode() : walker.nextNode()) {
      if (walkable(n as Element, host)) return n as Element;
    }
    return null;
  };

  const onKey = (e: KeyboardEvent) => {
    const from = current ?? doc.body;
    let to: Element | null | undefined;
    switch (e.key) {
      case 'Escape':
        swallow(e);
        return finish(null);
      case 'Enter':
        swallow(e);
        return pick(current);
      case 'ArrowUp': {
        const up = composedParent(from);
        to = up && up !== doc.documentElement ? up : from;
        break;
      }
      case 'ArrowDown':
        to = from.shadowRoot?.firstElementChild ?? frameDocOf(from)?.body ?? from.firstElementChild ?? from;
        break;
      case 'ArrowLeft':
        to = from.previousElementSibling ?? from;
        break;
      case 'ArrowRight':
        to = from.nextElementSibling ?? from;
        break;
      case 'Tab':
        to = next(from, e.shiftKey) ?? from;
        break;
      default:
        return;
    }
    swallow(e);
    highlight(to, true);
  };

  const onScroll = () => draw();
  const pointerEvents = ['mousedown', 'mouseup', 'pointerdown', 'pointerup', 'dblclick', 'auxclick', 'contextmenu'];
  // The page's window and those of its same-origin frames (a helpdesk may show the conversation in one).
  const windows = [win, ...sameOriginFrameWindows(doc)];
  for (const w of windows) {
    w.addEventListener('mousemove', onMove, true);
    w.addEventListener('click', onClick, true);
    for (const type of pointerEvents) w.addEventListener(type, swallow, true);
    w.addEventListener('keydown', onKey, true);
    w.addEventListener('scroll', onScroll, true);
  }
  win.addEventListener('resize', onScroll);
  highlight(initialFor('subject'));
  say(texts.step('subject', 1, PICK_STEPS.length));

  function stop() {
    for (const w of windows) {
      w.removeEventListener('mousemove', onMove, true);
      w.removeEventListener('click', onClick, true);
      for (const type of pointerEvents) w.removeEventListener(type, swallow, true);
      w.removeEventListener('keydown', onKey, true);
      w.removeEventListener('scroll', onScroll, true);
    }
    win.removeEventListener('resize', onScroll);
    host.remove();
  }

  return { done, cancel: () => finish(null) };
}
