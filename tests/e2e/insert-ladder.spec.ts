// The insertion ladder against a zoo of real editors from npm, none of which the ladder names: the text must
// land in each editor's own model, keep the agent's text, ask before overwriting it, and be undoable.
import { test, expect, chromium, type Browser, type Page } from '@playwright/test';
import { build } from 'esbuild';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM, QUIET_FLAGS } from '../../scripts/chromium.mjs';

const EDITORS = [
  'textarea', 'input', 'react-textarea', 'contenteditable', 'iframe-designmode', 'quill', 'lexical', 'tinymce', 'slate',
  'shadow-textarea', 'shadow-contenteditable', 'shadow-prosemirror',
] as const;
/** Editors where the agent's caret and selection are checked: plain ones, and the same inside a shadow root. */
const CARET_EDITORS = ['textarea', 'contenteditable', 'shadow-textarea', 'shadow-contenteditable', 'shadow-prosemirror'] as const;
const MULTILINE = 'Hi Maria,\n\nYour refund is on its way.\n- Check your statement\n- Reply if it is missing';
const SINGLE_LINE = 'Your refund is on its way.';

let browser: Browser;
let bundleDir: string;

test.beforeAll(async () => {
  bundleDir = mkdtempSync(join(tmpdir(), 'editor-zoo-'));
  await build({
    entryPoints: ['tests/e2e/editor-zoo/editors.tsx'],
    bundle: true,
    format: 'esm',
    splitting: true,
    outdir: bundleDir,
    jsx: 'automatic',
    loader: { '.css': 'empty' },
    logLevel: 'error',
    define: { 'process.env.NODE_ENV': '"production"' },
  });
  browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: QUIET_FLAGS });
});

test.afterAll(async () => {
  await browser?.close();
  rmSync(bundleDir, { recursive: true, force: true });
});

async function openEditor(kind: string): Promise<Page> {
  const page = await browser.newPage();
  await page.route('http://zoo.test/**', (route) => {
    const path = new URL(route.request().url()).pathname;
    if (path === '/') {
      return route.fulfill({
        contentType: 'text/html',
        body: '<!doctype html><meta charset="utf-8"><div id="root"></div><script type="module" src="/editors.js"></script>',
      });
    }
    return route.fulfill({ contentType: 'text/javascript', body: readFileSync(join(bundleDir, path)) });
  });
  await page.goto(`http://zoo.test/?editor=${kind}`);
  // (20 s: the editors' own bundles, TinyMCE above all, took over 10 s to start once on a machine loaded by other work)
  await page.waitForFunction(() => window.__ready === true, undefined, { timeout: 20_000 });
  return page;
}

const model = (page: Page) => page.evaluate(() => window.__model());
const insert = (page: Page, text: string, mode: 'cursor' | 'replace' | 'append', confirmed = false) =>
  page.evaluate(([t, m, c]) => window.__tandemInsert(window.__editorElement(), t as string, m as 'cursor', { confirmed: c as boolean }), [
    text,
    mode,
    confirmed,
  ] as const);

async function typeAsAgent(page: Page, kind: string, text: string) {
  await page.evaluate(() => {
    if (window.__focusEditor) return window.__focusEditor();
    window.__editorElement().focus();
    window.__editorElement().click();
  });
  await page.keyboard.type(text);
  await expect.poll(() => model(page)).toContain(text);
}

const multiline = (kind: string) => !['input'].includes(kind);

for (const kind of EDITORS) {
  test.describe(kind, () => {
    test('inserts into the empty editor, in its model, as paragraphs', async () => {
      const page = await openEditor(kind);
      const text = multiline(kind) ? MULTILINE : SINGLE_LINE;
      const result = await insert(page, text, 'cursor');
      expect(result, JSON.stringify(result)).toMatchObject({ ok: true });
      const m = await model(page);
      expect(m).toContain('Your refund is on its way.');
      if (multiline(kind)) {
        expect(m).toContain('Reply if it is missing');
        // Paragraphs, not one line: the greeting and the body are separate lines in the model.
        expect(m).toMatch(/Hi Maria,[^\S\n]*\n\s*Your refund/);
      }
    });

    test("appends after the agent's own text without losing it", async () => {
      const page = await openEditor(kind);
      await typeAsAgent(page, kind, 'Agent wrote this.');
      const result = await insert(page, SINGLE_LINE, 'append');
      expect(result, JSON.stringify(result)).toMatchObject({ ok: true });
      const m = await model(page);
      expect(m).toContain('Agent wrote this.');
      expect(m).toContain(SINGLE_LINE);
      expect(m.indexOf('Agent wrote this.')).toBeLessThan(m.indexOf(SINGLE_LINE));
      if (multiline(kind)) {
        // A new paragraph, not glued onto the agent's last line.
        expect(m).toMatch(/Agent wrote this\.[^\S\n]*\n/);
        // Editors with a block model: the agent's paragraph is untouched and the text is a block of its own.
        const blocks = await page.evaluate(() => window.__blocks?.());
        if (blocks) {
          expect(blocks).toContain('Agent wrote this.');
          expect(blocks).toContain(SINGLE_LINE);
        }
      }
    });

    test("asks before replacing the agent's text, then replaces when confirmed", async () => {
      const page = await openEditor(kind);
      await typeAsAgent(page, kind, 'Agent draft');
      expect(await insert(page, SINGLE_LINE, 'replace')).toEqual({ ok: false, code: 'needs-confirmation', reason: 'needs-confirmation' });
      expect(await model(page)).toContain('Agent draft');
      const result = await insert(page, SINGLE_LINE, 'replace', true);
      expect(result, JSON.stringify(result)).toMatchObject({ ok: true });
      const m = await model(page);
      expect(m).toContain(SINGLE_LINE);
      expect(m).not.toContain('Agent draft');
    });

    test('undo in the editor removes the inserted text', async () => {
      const page = await openEditor(kind);
      await typeAsAgent(page, kind, 'Kept this.');
      const result = await insert(page, SINGLE_LINE, 'append');
      expect(result.ok).toBe(true);
      await expect.poll(() => model(page)).toContain(SINGLE_LINE);
      await page.keyboard.press('Control+z');
      await expect.poll(() => model(page)).not.toContain(SINGLE_LINE);
    });
  });
}

for (const kind of CARET_EDITORS) {
  test(`${kind}: inserts at the agent's caret, and asks before writing over the agent's selection`, async () => {
    const page = await openEditor(kind);
    await typeAsAgent(page, kind, 'Hello world');
    // Caret between "Hello " and "world".
    await page.keyboard.press('End');
    for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowLeft');
    const result = await insert(page, 'dear', 'cursor');
    expect(result, JSON.stringify(result)).toMatchObject({ ok: true });
    const m = await model(page);
    expect(m.indexOf('Hello')).toBeLessThan(m.indexOf('dear'));
    expect(m.indexOf('dear')).toBeLessThan(m.indexOf('world'));

    // "world" selected: inserting at the cursor would overwrite it, so the ladder asks first.
    await page.keyboard.press('End');
    for (let i = 0; i < 5; i++) await page.keyboard.press('Shift+ArrowLeft');
    expect(await insert(page, 'planet', 'cursor')).toEqual({ ok: false, code: 'needs-confirmation', reason: 'needs-confirmation' });
    expect(await model(page)).toContain('world');
    expect(await model(page)).not.toContain('planet');
  });
}

test('refuses a read-only field and says so', async () => {
  const page = await openEditor('readonly');
  const result = await insert(page, SINGLE_LINE, 'cursor');
  expect(result.ok).toBe(false);
  expect(result.reason).toMatch(/read-only/);
  expect(await model(page)).toBe('locked');
});
