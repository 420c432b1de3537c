// A zoo of real editors from npm, each mounted in its own page with its own model exposed, to prove the
// insertion ladder is generic: it names none of these editors, yet the text must land in each one's model.
// Bundled by esbuild in the spec (tests/e2e/insert-ladder.spec.ts); runs in the page's own world.
import { createElement, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { insertIntoEditor } from '../../../adapters/editor/insert';
import { readEditorText } from '../../../adapters/editor/inspect';

declare global {
  interface Window {
    __tandemInsert: typeof insertIntoEditor;
    __readEditorText: typeof readEditorText;
    /** The text the editor itself holds in its model (what it would submit). */
    __model(): string;
    /** The editor's model as its top-level blocks (paragraphs), for editors whose model has blocks. */
    __blocks?(): string[];
    /** The element Tandem's adapter would hand to the ladder. */
    __editorElement(): HTMLElement;
    /** Puts the caret in the editor the way a click would, so the test can type as the agent. */
    __focusEditor?(): void;
    __ready: boolean;
  }
}

window.__tandemInsert = insertIntoEditor;
window.__readEditorText = readEditorText;
const root = document.getElementById('root')!;
const kind = new URLSearchParams(location.search).get('editor');

async function mount(): Promise<void> {
  switch (kind) {
    case 'textarea': {
      const el = document.createElement('textarea');
      root.append(el);
      window.__model = () => el.value;
      window.__editorElement = () => el;
      return;
    }
    case 'input': {
      const el = document.createElement('input');
      el.type = 'text';
      root.append(el);
      window.__model = () => el.value;
      window.__editorElement = () => el;
      return;
    }
    case 'readonly': {
      const el = document.createElement('textarea');
      el.readOnly = true;
      el.value = 'locked';
      root.append(el);
      window.__model = () => el.value;
      window.__editorElement = () => el;
      return;
    }
    case 'contenteditable': {
      const el = document.createElement('div');
      el.contentEditable = 'true';
      el.style.minHeight = '80px';
      root.append(el);
      window.__model = () => el.innerText;
      window.__editorElement = () => el;
      return;
    }
    case 'iframe-designmode': {
      // CKEditor 4 classic builds and old TinyMCE: the editable is the body of a same-origin iframe.
      const frame = document.createElement('iframe');
      root.append(frame);
      const doc = frame.contentDocument!;
      doc.open();
      doc.write('<!doctype html><html><body contenteditable="true" style="min-height:80px"></body></html>');
      doc.close();
      window.__model = () => doc.body.innerText;
      window.__editorElement = () => frame;
      window.__focusEditor = () => {
        frame.contentWindow!.focus();
        doc.body.focus();
      };
      return;
    }
    // Editors inside a web component's open shadow root: the page's selection is reported at the shadow host
    // there (Chromium), so the ladder must find the real caret itself.
    case 'shadow-textarea':
    case 'shadow-contenteditable': {
      const host = document.createElement('zoo-composer');
      root.append(host);
      const shadow = host.attachShadow({ mode: 'open' });
      const el = document.createElement(kind === 'shadow-textarea' ? 'textarea' : 'div');
      if (kind === 'shadow-contenteditable') {
        el.contentEditable = 'true';
        el.style.minHeight = '80px';
      }
      shadow.append(el);
      window.__model = () => (kind === 'shadow-textarea' ? (el as HTMLTextAreaElement).value : el.innerText);
      window.__editorElement = () => el;
      return;
    }
    case 'shadow-prosemirror': {
      const { EditorState } = await import('prosemirror-state');
      const { EditorView } = await import('prosemirror-view');
      const { schema } = await import('prosemirror-schema-basic');
      const { addListNodes } = await import('prosemirror-schema-list');
      const { exampleSetup } = await import('prosemirror-example-setup');
      const { Schema } = await import('prosemirror-model');
      const fullSchema = new Schema({ nodes: addListNodes(schema.spec.nodes, 'paragraph block*', 'block'), marks: schema.spec.marks });
      const host = document.createElement('zoo-composer');
      root.append(host);
      const shadow = host.attachShadow({ mode: 'open' });
      const style = document.createElement('style');
      style.textContent = '.ProseMirror { white-space: pre-wrap; min-height: 80px; }';
      const mount = document.createElement('div');
      shadow.append(style, mount);
      const view = new EditorView(mount, { state: EditorState.create({ schema: fullSchema, plugins: exampleSetup({ schema: fullSchema, menuBar: false }) }) });
      window.__model = () => view.state.doc.textBetween(0, view.state.doc.content.size, '\n', '\n');
      window.__blocks = () => {
        const blocks: string[] = [];
        view.state.doc.forEach((n) => blocks.push(n.textContent));
        return blocks;
      };
      window.__editorElement = () => view.dom as HTMLElement;
      return;
    }
    case 'react-textarea': {
      let state = '';
      function Controlled() {
        const [value, setValue] = useState('');
        state = value;
        return createElement('textarea', { value, onChange: (e: { target: { value: string } }) => setValue(e.target.value) });
      }
      createRoot(root).render(createElement(Controlled));
      await new Promise((r) => setTimeout(r, 50));
      window.__model = () => state;
      window.__editorElement = () => root.querySelector('textarea')!;
      return;
    }
    case 'quill': {
      const { default: Quill } = await import('quill');
      const host = document.createElement('div');
      root.append(host);
      const quill = new Quill(host, { theme: undefined });
      window.__model = () => quill.getText();
      window.__editorElement = () => host.querySelector('.ql-editor') as HTMLElement;
      return;
    }
    case 'lexical': {
      const { createEditor, $getRoot } = await import('lexical');
      const { registerRichText, HeadingNode, QuoteNode } = await import('@lexical/rich-text');
      const { registerHistory, createEmptyHistoryState } = await import('@lexical/history');
      const host = document.createElement('div');
      host.contentEditable = 'true';
      host.style.minHeight = '80px';
      root.append(host);
      const editor = createEditor({ namespace: 'zoo', nodes: [HeadingNode, QuoteNode], onError: (e) => console.error(e) });
      editor.setRootElement(host);
      registerRichText(editor);
      registerHistory(editor, createEmptyHistoryState(), 300);
      window.__model = () => editor.getEditorState().read(() => $getRoot().getTextContent());
      window.__blocks = () => editor.getEditorState().read(() => $getRoot().getChildren().map((n) => n.getTextContent()));
      window.__editorElement = () => host;
      return;
    }
    case 'tinymce': {
      const { default: tinymce } = await import('tinymce');
      await import('tinymce/models/dom');
      await import('tinymce/themes/silver');
      await import('tinymce/icons/default');
      const area = document.createElement('textarea');
      area.id = 'mce';
      root.append(area);
      const [editor] = await tinymce.init({
        target: area,
        license_key: 'gpl',
        skin: false,
        content_css: false,
        menubar: false,
        plugins: [],
        toolbar: false,
        statusbar: false,
        promotion: false,
      });
      window.__model = () => editor.getContent({ format: 'text' });
      window.__focusEditor = () => editor.focus();
      window.__editorElement = () => editor.getContainer().querySelector('iframe')!;
      return;
    }
    case 'slate': {
      const { createEditor, Node } = await import('slate');
      const { Slate, Editable, withReact } = await import('slate-react');
      const { withHistory } = await import('slate-history');
      const editor = withHistory(withReact(createEditor()));
      function SlateZoo() {
        const [initial] = useState([{ type: 'paragraph', children: [{ text: '' }] }] as never[]);
        return createElement(Slate, { editor, initialValue: initial, children: createElement(Editable, { style: { minHeight: 80 } }) });
      }
      createRoot(root).render(createElement(SlateZoo));
      await new Promise((r) => setTimeout(r, 100));
      window.__model = () => editor.children.map((n) => Node.string(n)).join('\n');
      window.__blocks = () => editor.children.map((n) => Node.string(n));
      window.__editorElement = () => root.querySelector('[data-slate-editor]') as HTMLElement;
      return;
    }
    default:
      throw new Error(`unknown editor ${kind}`);
  }
}

mount().then(
  () => (window.__ready = true),
  (e) => {
    document.title = `mount failed: ${e}`;
    console.error(e);
  },
);
