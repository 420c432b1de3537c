// The shared code -> text step of every failure family: the family's message name, the params in order, and the
// family's fallback for anything it does not know.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { codedText, type CodeFamily } from './coded-text';

// A family of its own (two insert-failure messages under codes and names of the test's), so that the helper is seen
// to use the family's list and message names, not a rule of its own or a real family's.
const NAMES = { moved: 'insertFail_wrong_ticket', locked: 'insertFail_read_only' } as const;
const FAMILY: CodeFamily<keyof typeof NAMES> = { codes: ['moved', 'locked'], messageName: (code) => NAMES[code] };

afterEach(() => vi.restoreAllMocks());

describe('codedText', () => {
  it("asks the browser's i18n for the family's message name with the params, in order", () => {
    const getMessage = vi.spyOn(browser.i18n, 'getMessage').mockImplementation(((name: string, subs?: string[]) => `<${name}|${(subs ?? []).join(',')}>`) as never);
    expect(codedText(FAMILY, 'moved', ['4521 (globex)', '4521 (acme)'], 'fallback')).toBe('<insertFail_wrong_ticket|4521 (globex),4521 (acme)>');
    expect(getMessage).toHaveBeenCalledWith('insertFail_wrong_ticket', ['4521 (globex)', '4521 (acme)']);
    expect(codedText(FAMILY, 'locked', undefined, 'fallback')).toBe('<insertFail_read_only|>');
  });

  it('without a browser sentence, puts the params into the English text at $1, $2', () => {
    vi.spyOn(browser.i18n, 'getMessage').mockReturnValue('');
    expect(codedText(FAMILY, 'moved', ['A-1', 'B-2'], 'fallback')).toBe(
      'This tab now shows ticket A-1; the text was written for ticket B-2. Nothing was inserted.',
    );
    expect(codedText(FAMILY, 'locked', undefined, undefined)).toBe('The reply editor is read-only right now.');
  });

  it("gives the family's fallback, as it is, for no code or a code the family does not know", () => {
    const getMessage = vi.spyOn(browser.i18n, 'getMessage').mockReturnValue('translated');
    expect(codedText(FAMILY, undefined, ['x'], 'the stored English')).toBe('the stored English');
    // Another family's code, one from a newer Tandem, and names every object has.
    for (const code of ['wrong-ticket', 'read-only', 'some-new-code', 'constructor', 'toString', '']) {
      expect(codedText(FAMILY, code, ['x'], 'the stored English'), code).toBe('the stored English');
    }
    expect(codedText(FAMILY, 'unknown', undefined, undefined)).toBeUndefined();
    expect(codedText(FAMILY, 'unknown', undefined, '')).toBe('');
    expect(getMessage).not.toHaveBeenCalled();
  });
});
