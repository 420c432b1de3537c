// A real Request Tracker 5 (Debian's request-tracker5 on SQLite, started by scripts/rt/setup-rt.sh) for the
// end-to-end tests: customer mail comes in through RT's own mail gateway (rt-mailgate-5), agent replies and
// internal comments through its REST 2.0 API, as they would from RT's web UI.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EXTENSION_PATH } from '../../../scripts/browser';

export const RT_PORT = Number(process.env.RT_PORT ?? 8080);
export const RT_HOST = `127.0.0.1:${RT_PORT}`;
export const RT_URL = `http://${RT_HOST}/rt`;
export const RT_USER = 'root';
export const RT_PASSWORD = process.env.RT_ROOT_PASSWORD ?? 'tandem-test';

/** Fails with the reason when RT does not answer: the RT tests never skip silently. */
export async function assertRtUp(): Promise<void> {
  try {
    const res = await fetch(`${RT_URL}/`);
    if (res.ok) return;
    throw new Error(`HTTP ${res.status}`);
  } catch (e) {
    throw new Error(`Request Tracker does not answer at ${RT_URL} (${(e as Error).message}). Start it with: bash scripts/rt/setup-rt.sh`, { cause: e });
  }
}

/** A new ticket from a customer's e-mail, through rt-mailgate-5 (as a mail server would hand it over). */
export function mailIn({ fromName, fromEmail, subject, body }: { fromName: string; fromEmail: string; subject: string; body: string }): void {
  const eml = [
    `From: ${fromName} <${fromEmail}>`,
    'To: support@localhost',
    `Subject: ${subject}`,
    `Message-ID: <${Date.now()}.${Math.random().toString(36).slice(2)}@example.com>`,
    `Date: ${new Date().toUTCString()}`,
    'Content-Type: text/plain; charset=utf-8',
    '',
    body,
    '',
  ].join('\n');
  const run = spawnSync('rt-mailgate-5', ['--url', RT_URL, '--queue', 'General', '--action', 'correspond'], { input: eml, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`rt-mailgate-5 failed (${run.status}): ${run.stderr}`);
}

const auth = `Basic ${Buffer.from(`${RT_USER}:${RT_PASSWORD}`).toString('base64')}`;

async function rest(path: string, init: RequestInit = {}): Promise<unknown> {
  const res = await fetch(`${RT_URL}/REST/2.0/${path}`, {
    ...init,
    headers: { authorization: auth, 'content-type': 'application/json', ...(init.headers ?? {}) },
  });
  if (!res.ok) throw new Error(`RT REST ${path}: HTTP ${res.status} ${await res.text()}`);
  return res.json();
}

/** The newest ticket with this subject. */
export async function ticketIdBySubject(subject: string): Promise<number> {
  const query = encodeURIComponent(`Subject = '${subject.replace(/'/g, "\\'")}'`);
  const found = (await rest(`tickets?query=${query}&orderby=id&order=DESC`)) as { items: { id: string }[] };
  if (!found.items.length) throw new Error(`no RT ticket with subject "${subject}"`);
  return Number(found.items[0].id);
}

/** An agent's reply to the requester (RT: "Correspondence added"). */
export const correspond = (id: number, content: string) =>
  rest(`ticket/${id}/correspond`, { method: 'POST', body: JSON.stringify({ Content: content, ContentType: 'text/plain' }) });

/** An internal comment, not sent to the requester (RT: "Comments added"). */
export const comment = (id: number, content: string) =>
  rest(`ticket/${id}/comment`, { method: 'POST', body: JSON.stringify({ Content: content, ContentType: 'text/plain' }) });

/**
 * The built extension with host access to more origins added to its manifest: what an admin's own package has
 * (README: add the hosts to host_permissions). A headless test cannot click the browser's permission prompt that
 * an agent clicks once; everything after that prompt is the product's normal path.
 */
export function extensionWithHosts(patterns: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'tandem-hosts-ext-'));
  cpSync(EXTENSION_PATH, dir, { recursive: true });
  const manifestPath = join(dir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { host_permissions: string[] };
  manifest.host_permissions = [...manifest.host_permissions, ...patterns];
  writeFileSync(manifestPath, JSON.stringify(manifest));
  return dir;
}

/** The built extension with host access to RT's origin. */
export const extensionWithRtAccess = (): string => extensionWithHosts([`http://${RT_HOST}/*`]);
