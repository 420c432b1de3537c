import { afterEach, describe, expect, it } from 'vitest';
import { insertWith } from '../../../adapters/shared/insert';
import { installedLadder, installLadder, type InsertLadder } from '../../../adapters/editor/ladder';

// The insertion ladder reaches the content script's world only when the background injects it
// (adapters/editor/ladder.ts). The unit tests' setup installs it the way the injected script does.
const g = globalThis as { __tandemInsertLadder?: InsertLadder };
const installed = installedLadder();

afterEach(() => {
  g.__tandemInsertLadder = installed;
  document.body.innerHTML = '';
});

function textarea(): HTMLTextAreaElement {
  document.body.innerHTML = '<textarea id="reply"></textarea>';
  return document.getElementById('reply') as HTMLTextAreaElement;
}

describe('the insertion ladder injected on demand', () => {
  it('inserts through the installed ladder', async () => {
    const field = textarea();
    const result = await insertWith(() => field, document, 'Hello there', 'append');
    expect(result.ok).toBe(true);
    expect(field.value).toBe('Hello there');
  });

  it('without the ladder, says so and leaves the editor alone (never "inserted")', async () => {
    const field = textarea();
    delete g.__tandemInsertLadder;
    const result = await insertWith(() => field, document, 'Hello there', 'append');
    expect(result.ok).toBe(false);
    expect(result.code).toBe('error');
    expect(result.params?.[0]).toMatch(/not loaded/);
    expect(field.value).toBe('');
  });

  it('injected twice, keeps the first ladder', () => {
    const first = installedLadder();
    const other: InsertLadder = async () => ({ ok: true, via: 'other' }) as never;
    installLadder(other);
    expect(installedLadder()).toBe(first);
  });
});
