// The insertion ladder's append after the agent's own text (adapters/editor/insert.ts), against an editor that
// keeps its own model the way CKEditor 5 does while it believes it has no focus (Firefox blurs a tab sent to the
// background when the agent opens the panel): it takes the Enter in its model and adds the new paragraph to the
// DOM, but leaves the DOM selection where it was; before it handles the paste, its deferred focus reads the DOM
// selection back into its model caret. The draft's first line must still start a new paragraph.
import { afterEach, describe, expect, it } from 'vitest';
import { insertIntoEditor } from '../../../adapters/editor/insert';

/** A model-owning editor: paragraphs and a caret in the model, the DOM rendered from them. */
function unfocusedModelEditor(agentText: string) {
  const el = document.createElement('div');
  el.contentEditable = 'true';
  el.innerHTML = `<p>${agentText}</p>`;
  document.body.append(el);
  const model = { paragraphs: [agentText], caret: { block: 0, offset: agentText.length } };

  // The model caret, read from the DOM selection (CKEditor's selection observer when its focus lands).
  const caretFromDom = () => {
    const sel = document.getSelection();
    if (!sel || sel.rangeCount === 0) return;
    const range = sel.getRangeAt(0);
    const block = [...el.children].findIndex((p) => p === range.startContainer || p.contains(range.startContainer));
    if (block < 0) return;
    model.caret = { block, offset: range.startContainer.nodeType === 3 ? range.startOffset : 0 };
  };

  el.addEventListener('beforeinput', (event) => {
    if (event.inputType !== 'insertParagraph') return;
    event.preventDefault();
    const { block, offset } = model.caret;
    const text = model.paragraphs[block];
    model.paragraphs.splice(block, 1, text.slice(0, offset), text.slice(offset));
    model.caret = { block: block + 1, offset: 0 };
    // Rendered into the DOM; the DOM selection is left alone (only written while focused).
    const p = document.createElement('p');
    p.innerHTML = '<br>';
    el.children[block].after(p);
  });

  el.addEventListener('paste', (event) => {
    event.preventDefault();
    caretFromDom();
    const lines = (event.clipboardData?.getData('text/plain') ?? '').split(/\n+/).filter(Boolean);
    const { block, offset } = model.caret;
    const text = model.paragraphs[block];
    const pasted = [text.slice(0, offset) + lines[0], ...lines.slice(1)];
    pasted[pasted.length - 1] += text.slice(offset);
    model.paragraphs.splice(block, 1, ...pasted);
    el.replaceChildren(...model.paragraphs.map((t) => Object.assign(document.createElement('p'), { textContent: t })));
  });

  return { el, model };
}

describe('insertIntoEditor: append after the agent’s text', () => {
  afterEach(() => {
    document.body.replaceChildren();
  });

  it('starts a new paragraph even when the editor moved only its model caret to it (CKEditor 5 unfocused, Firefox)', async () => {
    const { el, model } = unfocusedModelEditor('Agent note kept.');
    el.focus();
    const result = await insertIntoEditor(el, 'Hi Maria,\n\nBest regards,', 'append');
    expect(result).toMatchObject({ ok: true });
    expect(model.paragraphs.filter(Boolean)).toEqual(['Agent note kept.', 'Hi Maria,', 'Best regards,']);
  });
});
