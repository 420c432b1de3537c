// Issue 14 item 5: the agent's secrets (API key, knowledge-source credentials and headers) rest in no storage
// area a content script can read. Firefox lets content scripts read storage.local (access levels exist there only
// for storage.session), so they live in the extension origin's IndexedDB; earlier versions' copies in
// storage.local are moved there and deleted. (The Chromium browser check is tests/e2e/secrets.spec.ts.)
import { readFileSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { apiKeyItem, loadApiKey, settingsItem, withDefaults, removeFromAgentSettings } from '../../../lib/settings';
import { addAgentSource, agentKbSourcesItem } from '../../../lib/knowledge/sources';
import { loadEffective } from '../../../lib/policy/effective';
import { clearSecretsForTests, migrateLegacySecrets, SECRETS_DB_NAME } from '../../../lib/secrets';

const SECRET = 'sk-ant-very-secret';

/** Everything a content script could read through the storage API, in either browser. */
async function contentScriptReadable(): Promise<string> {
  const areas = await Promise.all((['local', 'sync', 'session', 'managed'] as const).map((a) => fakeBrowser.storage[a].get(null)));
  return JSON.stringify(areas);
}

async function idbRows(): Promise<unknown[]> {
  const db = await new Promise<IDBDatabase>((res, rej) => {
    const r = indexedDB.open(SECRETS_DB_NAME);
    r.onsuccess = () => res(r.result);
    r.onerror = () => rej(r.error);
  });
  const rows = await new Promise<unknown[]>((res, rej) => {
    const r = db.transaction('secrets').objectStore('secrets').getAll();
    r.onsuccess = () => res(r.result);
    r.onerror = () => rej(r.error);
  });
  db.close();
  return rows;
}

beforeEach(async () => {
  fakeBrowser.reset();
  await clearSecretsForTests();
});

describe('where secrets are stored', () => {
  it("the agent's API key: in the extension's IndexedDB, in no storage area", async () => {
    await apiKeyItem.setValue(SECRET);
    expect(await contentScriptReadable()).not.toContain(SECRET);
    expect(JSON.stringify(await idbRows())).toContain(SECRET);
    expect(await apiKeyItem.getValue()).toBe(SECRET);
    expect(await loadApiKey()).toBe(SECRET);
  });

  it("the agent's knowledge-source credentials: likewise", async () => {
    await addAgentSource({ kind: 'freshdesk', baseUrl: 'https://acme.freshdesk.com', apiKey: SECRET, includeCanned: false });
    expect(await contentScriptReadable()).not.toContain(SECRET);
    expect((await agentKbSourcesItem.getValue())[0].config).toMatchObject({ apiKey: SECRET });
  });

  it('a write is announced (without the value) so cached settings and open pages refresh', async () => {
    const seen: string[] = [];
    const stop = apiKeyItem.watch((v) => seen.push(v));
    await apiKeyItem.setValue('one');
    await waitUntil(() => seen.includes('one'));
    stop();
    expect(await contentScriptReadable()).not.toContain('one"');
  });
});

describe('moving secrets out of storage.local (earlier versions)', () => {
  it('moves apiKey, kbSources and knowledge-source headers, and deletes the old copies', async () => {
    await fakeBrowser.storage.local.set({
      apiKey: SECRET,
      kbSources: [{ id: 'intercom#1', config: { kind: 'intercom', accessToken: `${SECRET}-2` }, addedAt: 1 }],
      settings: withDefaults({
        model: 'claude-haiku-4-5',
        knowledgeSources: [
          { id: 'kb', kind: 'api', url: 'https://kb.acme.test/a.json', headers: { Authorization: `Bearer ${SECRET}-3` } },
          { id: 'open', kind: 'url', url: 'https://kb.acme.test/b.md' },
        ],
      }),
    });
    expect(await migrateLegacySecrets()).toBe(true);
    expect(await contentScriptReadable()).not.toContain(SECRET);
    const local = await fakeBrowser.storage.local.get(null);
    expect(local.apiKey).toBeUndefined();
    expect(local.kbSources).toBeUndefined();
    expect((local.settings as { model: string }).model).toBe('claude-haiku-4-5'); // the rest of the settings stay
    // ...and everything still works from where they went.
    expect(await apiKeyItem.getValue()).toBe(SECRET);
    expect((await agentKbSourcesItem.getValue())[0].config).toMatchObject({ accessToken: `${SECRET}-2` });
    const effective = await loadEffective();
    expect(effective.apiKey).toBe(SECRET);
    expect(effective.settings.knowledgeSources.find((s) => s.id === 'kb')?.headers).toEqual({ Authorization: `Bearer ${SECRET}-3` });
    expect(effective.settings.knowledgeSources.find((s) => s.id === 'open')?.headers).toBeUndefined();
    expect(await migrateLegacySecrets()).toBe(false); // idempotent
  });

  it('a legacy value never replaces a stored secret (storage.local is writable by content scripts in Firefox)', async () => {
    await apiKeyItem.setValue(SECRET);
    await fakeBrowser.storage.local.set({ apiKey: 'sk-planted' });
    await migrateLegacySecrets();
    expect(await apiKeyItem.getValue()).toBe(SECRET);
    expect((await fakeBrowser.storage.local.get('apiKey')).apiKey).toBeUndefined();
  });

  it('an empty stored key is replaced by a legacy one (a key set after "no key")', async () => {
    await apiKeyItem.setValue('');
    await fakeBrowser.storage.local.set({ apiKey: SECRET });
    await migrateLegacySecrets();
    expect(await apiKeyItem.getValue()).toBe(SECRET);
  });

  it("a source's headers go only to the URL they were given for", async () => {
    await settingsItem.setValue(withDefaults({ knowledgeSources: [{ id: 'kb', kind: 'api', url: 'https://kb.acme.test/a.json', headers: { 'X-Token': SECRET } }] }));
    await migrateLegacySecrets();
    // Something that can write storage.local (a content script, in Firefox) points the source elsewhere.
    const stored = (await fakeBrowser.storage.local.get('settings')).settings as { knowledgeSources: { url: string }[] };
    stored.knowledgeSources[0].url = 'https://collector.evil.test/';
    await fakeBrowser.storage.local.set({ settings: stored });
    const source = (await loadEffective()).settings.knowledgeSources[0]; // uncached (loadSettings caches per browser session)
    expect(source.url).toBe('https://collector.evil.test/');
    expect(source.headers).toBeUndefined();
  });

  it('removing a knowledge source from the settings forgets its headers', async () => {
    await settingsItem.setValue(withDefaults({ knowledgeSources: [{ id: 'kb', kind: 'api', url: 'https://kb.acme.test/a.json', headers: { 'X-Token': SECRET } }] }));
    await migrateLegacySecrets();
    expect((await loadEffective()).settings.knowledgeSources[0].headers).toEqual({ 'X-Token': SECRET });
    await removeFromAgentSettings('knowledgeSources', 'kb');
    expect(JSON.stringify(await idbRows())).not.toContain(SECRET);
  });
});

describe('the content script never touches storage (policy values in storage.managed cannot be hidden from it)', () => {
  /** Every module the content script bundles, following relative imports from its entrypoint. */
  function importGraph(entry: string): Map<string, string> {
    const files = new Map<string, string>();
    const visit = (file: string) => {
      if (files.has(file)) return;
      const text = readFileSync(file, 'utf8');
      files.set(file, text);
      // Value imports only: `import type` is erased from the bundle.
      for (const m of text.matchAll(/^import\s(?!\s*type\s)[^'"]*\sfrom\s+'([^']+)'/gm)) {
        const spec = m[1];
        if (!spec.startsWith('.')) {
          files.set(`pkg:${spec}`, '');
          continue;
        }
        const base = resolve(dirname(file), spec);
        const found = [`${base}.ts`, `${base}.tsx`, join(base, 'index.ts')].find((f) => existsSync(f));
        if (found) visit(found);
      }
    };
    visit(entry);
    return files;
  }

  // (every content script: the generic one and each built-in helpdesk's own)
  it.each(['helpdesk', 'zendesk', 'intercom', 'freshdesk'])('%s.content imports no settings, policy, secrets or storage module, and calls no storage API', (name) => {
    const graph = importGraph(resolve(`entrypoints/${name}.content/index.ts`));
    expect(graph.size).toBeGreaterThan(10);
    const names = [...graph.keys()];
    for (const forbidden of ['lib/settings.ts', 'lib/policy/', 'lib/secrets/', 'pkg:wxt/utils/storage', 'lib/custom-helpdesks/store.ts', 'lib/custom-helpdesks/index.ts']) {
      expect(names.filter((n) => n.includes(forbidden)), forbidden).toEqual([]);
    }
    for (const [file, text] of graph) expect(/\b(storage\.(managed|local|sync|session)|indexedDB)\b/.test(text), file).toBe(false);
  });
});

async function waitUntil(cond: () => boolean, timeoutMs = 1000): Promise<void> {
  const start = Date.now();
  while (!cond()) {
    if (Date.now() - start > timeoutMs) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 5));
  }
}
