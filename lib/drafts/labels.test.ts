// Labels as codes (issue 18): the English words stored beside each code are the words rows always held, and the
// panel's translation of a code reads the same in English (so old rows and new rows look alike).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { englishLabel, instructionFields, queuedFields, refinementCode, type LabelCode } from './labels';
import { restorePatch } from './versions';
import type { DraftRow } from './types';
import { labelText } from '../../components/drafts/label-text';

const CASES: [LabelCode, string][] = [
  [{ code: 'draft' }, 'Draft reply'],
  [{ code: 'summary', purpose: 'handoff' }, 'Handoff summary'],
  [{ code: 'summary', purpose: 'resolution' }, 'Resolution summary'],
  [{ code: 'refine', preset: 'friendlier' }, 'Friendlier'],
  [{ code: 'refine', preset: 'fix_grammar' }, 'Fix grammar'],
  [{ code: 'translate', language: 'German' }, 'Translate to German'],
  [{ code: 'custom', text: 'Mention the voucher' }, 'Mention the voucher'],
  [{ code: 'continue' }, 'Continue'],
  [{ code: 'regenerate' }, 'Regenerate'],
  [{ code: 'offline' }, 'Offline draft'],
  [{ code: 'restored', version: 2 }, 'Restored: version 2'],
  [{ code: 'restored', of: { code: 'refine', preset: 'shorter' }, version: 1 }, 'Restored: Shorter'],
];

// English: an extension i18n without a translation (t falls back to the English messages).
beforeEach(() => vi.spyOn(browser.i18n, 'getMessage').mockReturnValue(''));
afterEach(() => vi.restoreAllMocks());

describe('draft labels as codes', () => {
  it.each(CASES)('%j is stored with its English words, and the panel shows the same words in English', (code, english) => {
    expect(englishLabel(code)).toBe(english);
    expect(instructionFields(code)).toEqual({ instruction: english, instructionCode: code });
    expect(queuedFields(code)).toEqual({ queuedAction: english, queuedActionCode: code });
    expect(labelText(code, 'ignored')).toBe(english);
  });

  it('refinements map to their codes', () => {
    expect(refinementCode({ kind: 'more_formal' })).toEqual({ code: 'refine', preset: 'more_formal' });
    expect(refinementCode({ kind: 'translate', language: 'French' })).toEqual({ code: 'translate', language: 'French' });
    expect(refinementCode({ kind: 'custom', instruction: '  Be brief ' })).toEqual({ code: 'custom', text: 'Be brief' });
  });

  it('the panel translates a code through the extension i18n, and shows an old row (no code) as written', () => {
    vi.spyOn(browser.i18n, 'getMessage').mockImplementation(((key: string, subs: string[] = []) => (key === 'draftLabelRestored' ? `Wiederhergestellt: ${subs[0]}` : key === 'refineShorter' ? 'Kürzer' : key === 'draftReply' ? 'Antwort entwerfen' : '')) as never);
    expect(labelText({ code: 'draft' }, 'Draft reply')).toBe('Antwort entwerfen');
    expect(labelText({ code: 'restored', of: { code: 'refine', preset: 'shorter' }, version: 1 }, 'Restored: Shorter')).toBe('Wiederhergestellt: Kürzer');
    expect(labelText(undefined, 'Draft reply')).toBe('Draft reply');
    expect(labelText({ code: 'custom', text: 'Sé breve' }, 'x')).toBe('Sé breve');
  });

  it('a restored version gets a code only when its words came from a code', () => {
    const row: DraftRow = { id: 'd', ticketKey: 't', kind: 'reply', text: 'now', versions: [], status: 'done', basedOnCustomerMessages: 1, createdAt: 1, updatedAt: 2 };
    row.versions = [{ text: 'a', at: 1, instruction: 'Shorter', instructionCode: { code: 'refine', preset: 'shorter' } }, { text: 'b', at: 1, instruction: 'Old words' }, { text: 'c', at: 1 }];
    expect(restorePatch(row, 0, 3)).toMatchObject({ instruction: 'Restored: Shorter', instructionCode: { code: 'restored', of: { code: 'refine', preset: 'shorter' }, version: 1 } });
    expect(restorePatch(row, 1, 3)).toMatchObject({ instruction: 'Restored: Old words', instructionCode: undefined });
    const third = restorePatch(row, 2, 3)!;
    expect(third).toMatchObject({ instruction: 'Restored: version 3' });
    expect(englishLabel(third.instructionCode!)).toBe(third.instruction);
  });
});
