// Managed policy in Firefox: an administrator's /etc/firefox/policies/policies.json with a `3rdparty.Extensions`
// entry for Tandem's gecko id reaches storage.managed, and the options page shows those settings locked ("Set by
// your organisation"). Needs root to write under /etc (CI runs as root): without it the test fails saying so,
// never silently skips. The file applies to every Firefox on the machine while it exists: removed afterwards.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { GECKO_ID, launchFirefox, testIdText, waitForTestId, waitUntil, type Firefox } from './harness';

const POLICY_FILE = '/etc/firefox/policies/policies.json';
const POLICY = {
  apiBaseUrl: 'https://ai-gateway.acme.test/anthropic',
  model: 'claude-opus-4-1',
  redactionRequired: true,
  features: { chat: false },
};

let ff: Firefox | undefined;
let previous: string | undefined;
/** The outermost directory this test created (removed afterwards), if any. */
let madeDirectory: string | undefined;
afterAll(async () => {
  await ff?.close();
  // Always, pass or fail: put back what was there (nothing, on a CI machine).
  if (previous !== undefined) writeFileSync(POLICY_FILE, previous);
  else rmSync(POLICY_FILE, { force: true });
  if (madeDirectory) rmSync(madeDirectory, { recursive: true, force: true });
});

it('policies.json is applied: the options page shows the organisation settings locked', async () => {
  if (typeof process.getuid !== 'function' || process.getuid() !== 0) {
    throw new Error(`policy.test.ts must run as root: it writes ${POLICY_FILE} (where Firefox reads enterprise policy). Run it as root, as CI does.`);
  }
  if (existsSync(POLICY_FILE)) previous = readFileSync(POLICY_FILE, 'utf8');
  madeDirectory = mkdirSync(dirname(POLICY_FILE), { recursive: true });
  writeFileSync(POLICY_FILE, JSON.stringify({ policies: { '3rdparty': { Extensions: { [GECKO_ID]: POLICY } } } }, null, 2));

  ff = await launchFirefox();
  const options = await ff.openExtensionPage('options.html');
  // What Firefox handed to the extension, as the extension reads it.
  const managed = await waitUntil(
    () => options.evaluate(() => (globalThis as any).browser.storage.managed.get(null)),
    (m: any) => m?.model === POLICY.model,
    'storage.managed from policies.json',
  );
  expect(managed).toMatchObject(POLICY);

  const value = (testId: string) => options.$eval(`[data-testid="${testId}"]`, (e) => ({ value: (e as HTMLInputElement).value, disabled: (e as HTMLInputElement).disabled, checked: (e as HTMLInputElement).checked }));
  await waitForTestId(options, 'locked-base-url');
  expect(await testIdText(options, 'locked-base-url')).toContain('Set by your organisation');
  expect(await value('base-url')).toMatchObject({ value: POLICY.apiBaseUrl, disabled: true });
  expect(await value('model')).toMatchObject({ value: POLICY.model, disabled: true });
  expect(await value('redact')).toMatchObject({ checked: true, disabled: true });
  expect(await value('feature-chat')).toMatchObject({ checked: false, disabled: true });
  expect(await value('feature-knowledge')).toMatchObject({ disabled: false }); // not in the policy: the agent decides
});
