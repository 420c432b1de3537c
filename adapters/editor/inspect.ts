// Looking at a reply editor without changing it: which element really takes the text, whether the agent can see and
// edit it, what it holds. The content script needs these on every page (finding the editor, the tone check); the
// insertion ladder (insert.ts), which needs them too, is injected only when the agent inserts (ladder.ts).

export type TextField = HTMLTextAreaElement | HTMLInputElement;

export const isTextField = (el: Element): el is TextField =>
  el.tagName === 'TEXTAREA' || (el.tagName === 'INPUT' && /^(?:text|search|email|url)?$/i.test((el as HTMLInputElement).type));

/** The element that really takes the text: an iframe's editable body, or the element itself. */
export function resolveEditable(editor: HTMLElement): HTMLElement | null {
  if (editor.tagName === 'IFRAME') {
    try {
      const doc = (editor as HTMLIFrameElement).contentDocument;
      if (!doc?.body) return null; // cross-origin or not loaded: we cannot reach it
      const body = doc.body;
      if (body.isContentEditable || doc.designMode === 'on') return body;
      const inner = body.querySelector<HTMLElement>('[contenteditable="true"], textarea');
      return inner ?? null;
    } catch {
      return null;
    }
  }
  if (isTextField(editor) || editor.isContentEditable) return editor;
  // A wrapper was given: look for the editable inside it.
  return editor.querySelector<HTMLElement>('[contenteditable="true"], textarea, iframe') ?? null;
}

/**
 * Whether the element is rendered: not `hidden`, `inert` or `aria-hidden`, and not display:none (itself or an
 * ancestor). An editor that replaces a field hides it that way (CKEditor 4 and TinyMCE set display:none on their
 * textarea), and such a field must never receive the text: the editor submits its own model and overwrites the
 * field from it. (visibility:hidden is not counted: TinyMCE keeps its own editor so until its skin has loaded.)
 */
export function isRendered(el: Element): boolean {
  const win = el.ownerDocument.defaultView;
  for (let node: Element | null = el; node; node = node.parentElement) {
    if (node.hasAttribute('hidden') || node.hasAttribute('inert') || node.getAttribute('aria-hidden') === 'true') return false;
    if (win?.getComputedStyle(node).display === 'none') return false;
  }
  // Where the browser lays the page out: content-visibility and the like, which the walk above does not see.
  const check = (el as Element & { checkVisibility?: () => boolean }).checkVisibility;
  return typeof check !== 'function' || check.call(el);
}

export function isReadOnly(el: HTMLElement): boolean {
  if (isTextField(el)) return el.readOnly || el.disabled;
  if (el.getAttribute('aria-readonly') === 'true' || el.getAttribute('aria-disabled') === 'true') return true;
  return !el.isContentEditable && el.ownerDocument.designMode !== 'on';
}

const PLACEHOLDER_ATTRIBUTES = ['data-placeholder', 'aria-placeholder', 'placeholder', 'data-cke-editorplaceholder'];

/** What the agent typed in the editor, as text. A placeholder an editor writes into its editable as real text
 *  (Request Tracker's CKEditor 4: "Type your message here", with a `placeholder` class until focused) is not the
 *  agent's text: counted as such, it made an insert look unfinished and the ladder paste the text a second time. */
export function readEditorText(el: HTMLElement): string {
  if (isTextField(el)) return el.value;
  const text = (el.innerText ?? el.textContent ?? '').replace(/\u200b/g, '');
  if (el.classList.contains('placeholder')) return '';
  for (const attr of PLACEHOLDER_ATTRIBUTES) {
    const placeholder = el.getAttribute(attr);
    if (placeholder && text.trim() === placeholder.trim()) return '';
  }
  return text;
}
