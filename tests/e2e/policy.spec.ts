// Managed policy, for real: a Chromium policy file with a `3rdparty.extensions.<id>` entry, Chromium started with
// the built extension, and the settings checked where they act (the service worker's effective settings and
// audit entry) and where the agent sees them (locked on the options page). Needs root to write under /etc;
// CI runs as root. Without root this test fails with a message saying so — it never silently skips.
import { createHash } from 'node:crypto';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { expect, test } from '@playwright/test';
import { EXTENSION_PATH, launchWithExtension } from '../../scripts/browser';
import { DEMO_TICKETS } from '../../demo/tickets';

const POLICY_FILE = '/etc/chromium/policies/managed/tandem-test.json';

/** Chromium's id for an unpacked extension: sha256 of its absolute path, first 32 hex digits mapped 0-f to a-p. */
function unpackedExtensionId(absolutePath: string): string {
  const hex = createHash('sha256').update(absolutePath).digest('hex').slice(0, 32);
  return [...hex].map((c) => String.fromCharCode('a'.charCodeAt(0) + parseInt(c, 16))).join('');
}

function writePolicy(extensionId: string, settings: Record<string, unknown>) {
  mkdirSync(dirname(POLICY_FILE), { recursive: true });
  writeFileSync(POLICY_FILE, JSON.stringify({ '3rdparty': { extensions: { [extensionId]: settings } } }, null, 2));
}

const POLICY = {
  apiBaseUrl: 'https://ai-gateway.acme.test/anthropic',
  apiKey: 'sk-org-managed-test',
  model: 'claude-opus-4-1',
  redactionRequired: true,
  retentionDays: 7,
  features: { chat: false, drafts: true },
  // The second host is a string (Chrome lets it through) but not a host: Tandem must reject it and say so, without
  // repeating the token in its query string (issue 14 item 10).
  allowedHelpdeskHosts: ['acme.zendesk.com', 'https://not-a-host.example/?token=tok-in-the-query'],
  brandVoice: 'Warm and brief.',
};

test.afterEach(() => {
  // Always, pass or fail: the file would otherwise apply to every Chromium on this machine.
  rmSync(POLICY_FILE, { force: true });
});

test('managed policy takes effect in the worker and shows as locked in the options page', async () => {
  test.setTimeout(90_000);
  if (typeof process.getuid !== 'function' || process.getuid() !== 0) {
    throw new Error(`policy.spec.ts must run as root: it writes ${POLICY_FILE} (Chromium reads managed policy only from there). Run the e2e suite as root, as CI does.`);
  }
  const extensionId = unpackedExtensionId(EXTENSION_PATH);
  writePolicy(extensionId, POLICY);

  const ext = await launchWithExtension();
  try {
    expect(ext.extensionId, 'the id computed from the extension path must match the loaded extension').toBe(extensionId);

    // Chromium delivers the policy to managed storage a few seconds after launch.
    await expect
      .poll(() => ext.worker.evaluate(() => chrome.storage.managed.get(null)), { timeout: 20_000 })
      .toMatchObject({ model: 'claude-opus-4-1', retentionDays: 7 });

    // The worker recorded what it applied and what it rejected (lib/policy/background.ts).
    type Status = { report: { applied: string[]; rejected: { key: string; reason: string }[]; source: string }; locked: string[] };
    let status: Status | undefined;
    await expect
      .poll(async () => {
        status = (await ext.worker.evaluate(() => chrome.storage.local.get('policyStatus'))).policyStatus as Status | undefined;
        return status?.report.source;
      }, { timeout: 20_000 })
      .toBe('managed');
    expect(status!.locked).toEqual(expect.arrayContaining(['apiKey', 'baseUrl', 'model', 'redact', 'retentionDays', 'features.chat', 'allowedHelpdeskHosts', 'brandVoice']));
    expect(status!.locked).not.toContain('agentName');
    // (with the code and params the options page translates it by; the query string, a token, is cut off)
    expect(status!.report.rejected).toEqual([
      { key: 'allowedHelpdeskHosts[1]', reason: expect.stringContaining('not a host name'), code: 'host-invalid', params: ['https://not-a-host.example/?…'] },
    ]);

    // The retention schedule runs in the worker.
    expect(await ext.worker.evaluate(() => chrome.alarms.get('tandem-retention'))).toMatchObject({ name: 'tandem-retention' });

    // A ticket on the allowed account is read (the control for the fail-closed check below).
    const zendesk = await ext.context.newPage();
    await zendesk.goto(DEMO_TICKETS.find((t) => t.page === 'zendesk.html')!.url.replace('tandem-demo.zendesk.com', 'acme.zendesk.com'));
    const tabId = await ext.tabIdOf(zendesk);
    const tabRow = () =>
      ext.worker.evaluate(
        (id) =>
          new Promise((resolve) => {
            const r = indexedDB.open('tandem');
            r.onsuccess = () => {
              const q = r.result.transaction('tabs').objectStore('tabs').get(id);
              q.onsuccess = () => resolve(q.result?.status ?? null);
            };
          }),
        tabId!,
      );
    await expect.poll(tabRow, { timeout: 20_000 }).toBe('ticket');

    // The options page: locked values shown disabled with the organisation note; the agent's own fields editable.
    const options = await ext.context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    await expect(options.getByTestId('policy-summary')).toBeVisible();
    await expect(options.getByTestId('policy-rejected')).toContainText('allowedHelpdeskHosts[1]');
    await expect(options.getByTestId('base-url')).toHaveValue(POLICY.apiBaseUrl);
    await expect(options.getByTestId('base-url')).toBeDisabled();
    await expect(options.getByTestId('locked-base-url')).toContainText('Set by your organisation');
    await expect(options.getByTestId('model')).toHaveValue('claude-opus-4-1');
    await expect(options.getByTestId('model')).toBeDisabled();
    await expect(options.getByTestId('api-key')).toBeDisabled();
    await expect(options.getByTestId('api-key')).toHaveValue(''); // the organisation's key is never shown
    await expect(options.getByTestId('redact')).toBeChecked();
    await expect(options.getByTestId('redact')).toBeDisabled();
    await expect(options.getByTestId('retention-days')).toHaveValue('7');
    await expect(options.getByTestId('feature-chat')).not.toBeChecked();
    await expect(options.getByTestId('feature-chat')).toBeDisabled();
    await expect(options.getByTestId('feature-knowledge')).toBeEnabled(); // not in the policy: the agent decides
    await expect(options.getByTestId('brand-voice')).toHaveValue('Warm and brief.');
    await expect(options.locator('#agent-name')).toBeEnabled();
    await expect(options.getByTestId('allowed-hosts')).toHaveValue('acme.zendesk.com');
    const policyRows = options.getByTestId('audit-table').locator('tbody tr', { hasText: 'policy_applied' });
    await expect(policyRows).toHaveCount(1); // recorded once, not once per worker wake-up or change event
    await expect(policyRows).not.toContainText('sk-org-managed-test'); // keys in the log, never values
    await expect(options.getByTestId('policy-rejected')).not.toContainText('tok-in-the-query');
    expect(JSON.stringify(status!.report)).not.toContain('tok-in-the-query');

    // Saving the agent's own settings must not override what the organisation holds.
    await options.locator('#agent-name').fill('Sam');
    await options.getByTestId('save').click();
    await expect(options.locator('#save-status')).toHaveText('Saved.');
    await expect(options.getByTestId('model')).toHaveValue('claude-opus-4-1');

    // Live update: the admin changes the policy file; the open page follows without a reload.
    writePolicy(extensionId, { ...POLICY, model: 'claude-haiku-4-5', features: { chat: true } });
    await expect(options.getByTestId('model')).toHaveValue('claude-haiku-4-5', { timeout: 30_000 });
    await expect(options.getByTestId('feature-chat')).toBeChecked();
    await expect(policyRows).toHaveCount(2);

    // Fail closed (issue 14 item 9): every host written with https:// leaves Tandem on no helpdesk, and the page
    // says so; agentHelpdesks: false keeps the agent from adding helpdesks of their own.
    writePolicy(extensionId, { ...POLICY, allowedHelpdeskHosts: ['https://acme.zendesk.com/'], agentHelpdesks: false });
    await expect(options.getByTestId('policy-closed-hosts')).toBeVisible({ timeout: 30_000 });
    await expect(options.getByTestId('ch-add')).toBeDisabled();
    await expect(options.getByTestId('ch-own-locked')).toBeVisible();
    await expect(policyRows).toHaveCount(3);
    // The allowed account's tab, read a moment ago, is no longer listened to after a reload.
    await zendesk.reload();
    await zendesk.waitForTimeout(2000);
    expect(await tabRow()).toBeNull();
  } finally {
    rmSync(POLICY_FILE, { force: true });
    await ext.close();
  }
});
