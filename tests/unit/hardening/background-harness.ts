// What the fake browser does not implement and registerBackground() touches, answered as a fresh profile would.
import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

export function stubMissingBrowserApis(): void {
  const fb = fakeBrowser as unknown as Record<string, Record<string, Record<string, unknown>>>;
  const event = () => ({ addListener() {}, removeListener() {}, hasListener: () => false });
  fb.storage.local.setAccessLevel = async () => {};
  fb.sidePanel = { setPanelBehavior: async () => {} } as never;
  fb.permissions.onAdded = event();
  fb.permissions.onRemoved = event();
  fb.commands = { onCommand: event() } as never;
  vi.spyOn(fakeBrowser.permissions, 'contains').mockImplementation((async () => false) as never);
}
