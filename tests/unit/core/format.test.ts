import { describe, expect, it } from 'vitest';
import { normalizeForCompare, textToBlocks, textToHtml } from '../../../adapters/editor/format';

describe('textToHtml', () => {
  it('turns blank-line separated text into paragraphs, single newlines into <br>', () => {
    expect(textToHtml('Hi Maria,\n\nThanks for writing.\nBest,\nSam')).toBe('<p>Hi Maria,</p><p>Thanks for writing.<br>Best,<br>Sam</p>');
  });

  it('turns runs of "- " and "1. " lines into lists', () => {
    expect(textToHtml('Try this:\n- restart\n- sign in again\n\n1. Open settings\n2. Click Reset')).toBe(
      '<p>Try this:</p><ul><li>restart</li><li>sign in again</li></ul><ol><li>Open settings</li><li>Click Reset</li></ol>',
    );
  });

  it('escapes markup so quoted customer text cannot inject HTML', () => {
    expect(textToHtml('<img src=x onerror=alert(1)> & "quotes"')).toBe('<p>&lt;img src=x onerror=alert(1)&gt; &amp; &quot;quotes&quot;</p>');
  });

  it('normalises Windows line endings', () => {
    expect(textToBlocks('a\r\n\r\nb')).toEqual([
      { type: 'p', lines: ['a'] },
      { type: 'p', lines: ['b'] },
    ]);
  });
});

describe('normalizeForCompare', () => {
  it('ignores whitespace, nbsp and list markers when checking text landed', () => {
    expect(normalizeForCompare('- one\u00a0 two\n\n3. three')).toBe('one two three');
  });
});
