// scripts/setup.sh checks the installed Chromium (scripts/chromium-version.sh): older than the end-to-end tests need
// is upgraded with apt-get, or the run stops and says why. The functions run in bash against a fake `chromium`
// (a script printing a version line) and, where root is needed, fake `id` and `apt-get` shell functions.
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

const SCRIPT = resolve('scripts/chromium-version.sh');

function bash(body: string, env: Record<string, string> = {}) {
  const r = spawnSync('bash', ['-c', `set -euo pipefail; source "${SCRIPT}"; ${body}`], { encoding: 'utf8', env: { ...process.env, ...env } });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('chromium_new_enough', () => {
  const cases: [string, boolean][] = [
    ['Chromium 150.0.7871.92 built on Debian GNU/Linux 12 (bookworm)', false],
    ['Chromium 155.0.1.2 built on Debian', false],
    ['Chromium 156.0.8078.114 built on Debian GNU/Linux 12 (bookworm)', true],
    ['Chromium 1000.0.0.0', true],
    ['Google Chrome 157.0.1.1', true],
    ['', false],
    ['not a browser', false],
  ];
  for (const [line, expected] of cases) {
    it(`${JSON.stringify(line)} -> ${expected}`, () => {
      expect(bash(`chromium_new_enough "${line}"`).status === 0).toBe(expected);
    });
  }
  it('reads the major version', () => {
    expect(execFileSync('bash', ['-c', `source "${SCRIPT}"; chromium_major "Chromium 150.0.7871.92 built on Debian"`], { encoding: 'utf8' }).trim()).toBe('150');
  });
});

describe('ensure_chromium_version', () => {
  let dir: string;
  let chromium: string;
  let versionFile: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'tandem-chromium-'));
    versionFile = join(dir, 'version');
    chromium = join(dir, 'chromium');
    writeFileSync(chromium, `#!/usr/bin/env bash\ncat "${versionFile}"\n`);
    chmodSync(chromium, 0o755);
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  /** Root, and an apt-get that logs its arguments and, when `upgradesTo` is set, installs that version. */
  const asRoot = (upgradesTo?: string) => `
    id() { echo 0; }
    apt-get() { echo "$*" >> "${dir}/apt.log"; ${upgradesTo ? `if [[ "$*" == *install* ]]; then echo "${upgradesTo}" > "${versionFile}"; fi` : ':'}; }
  `;
  const aptLog = () => { try { return readFileSync(join(dir, 'apt.log'), 'utf8'); } catch { return ''; } };

  it('accepts a new enough Chromium without touching apt', () => {
    writeFileSync(versionFile, 'Chromium 156.0.8078.114 built on Debian GNU/Linux 12 (bookworm)\n');
    const r = bash(`${asRoot()} ensure_chromium_version`, { CHROMIUM_PATH: chromium });
    expect(r.status).toBe(0);
    expect(aptLog()).toBe('');
  });

  it('upgrades an older one with apt-get as root (waiting for the apt lock), and goes on when it is new enough', () => {
    writeFileSync(versionFile, 'Chromium 150.0.7871.92 built on Debian GNU/Linux 12 (bookworm)\n');
    const r = bash(`${asRoot('Chromium 156.0.8078.114 built on Debian')} ensure_chromium_version`, { CHROMIUM_PATH: chromium });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('need Chromium >= 156');
    expect(aptLog()).toContain('update -o DPkg::Lock::Timeout=300');
    expect(aptLog()).toMatch(/install .*--only-upgrade -o DPkg::Lock::Timeout=300 chromium/);
  });

  it('stops and says why when apt-get leaves it too old', () => {
    writeFileSync(versionFile, 'Chromium 150.0.7871.92 built on Debian\n');
    const r = bash(`${asRoot()} ensure_chromium_version`, { CHROMIUM_PATH: chromium });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('still too old');
    expect(r.stderr).toContain('Chromium 150.0.7871.92');
  });

  it('stops and says how to upgrade when it cannot (not root)', () => {
    writeFileSync(versionFile, 'Chromium 150.0.7871.92 built on Debian\n');
    const r = bash(`id() { echo 1000; }; apt-get() { echo "$*" >> "${dir}/apt.log"; }; ensure_chromium_version`, { CHROMIUM_PATH: chromium });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('too old');
    expect(r.stderr).toContain('>= 156');
    expect(aptLog()).toBe('');
  });

  it('a Chromium that prints no version counts as too old', () => {
    writeFileSync(chromium, '#!/usr/bin/env bash\nexit 1\n');
    const r = bash(`id() { echo 1000; }; ensure_chromium_version`, { CHROMIUM_PATH: chromium });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('unknown');
  });
});
