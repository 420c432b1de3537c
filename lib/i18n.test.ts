import { afterEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import en from '../public/_locales/en/messages.json';
import { t } from './i18n';

describe('t without the extension runtime (unit tests)', () => {
  afterEach(() => vi.restoreAllMocks());
  it('fills each placeholder once, from its own substitution, even when a substitution holds "$2"', () => {
    const key = 'insertFail_wrong_ticket' as const;
    expect(en[key].message).toContain('$1');
    expect(en[key].message).toContain('$2');
    vi.spyOn(browser.i18n, 'getMessage').mockReturnValue('');
    const text = t(key, 'a$2b', 'B');
    expect(text).toContain('a$2b');
    expect(text).toContain('B');
    expect(text).not.toContain('aBb');
    expect(text).toBe('This tab now shows ticket a$2b; the text was written for ticket B. Nothing was inserted.');
  });
});
