// The toolbar button's API in both builds: Chrome's MV3 `action`, Firefox's MV2 `browserAction` (no `action`
// there: the badge and the sidebar toggle did nothing in Firefox before this).
import { describe, expect, it } from 'vitest';
import { toolbarAction } from '../../../lib/background/toolbar';

describe('toolbarAction', () => {
  it('is action in Manifest V3', () => {
    const action = { setBadgeText: () => undefined } as never;
    expect(toolbarAction({ action, browserAction: {} as never })).toBe(action);
  });
  it('is browserAction in Manifest V2 (the Firefox build)', () => {
    const browserAction = { setBadgeText: () => undefined } as never;
    expect(toolbarAction({ browserAction })).toBe(browserAction);
  });
  it('is undefined where neither exists', () => {
    expect(toolbarAction({})).toBeUndefined();
  });
});
