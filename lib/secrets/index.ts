// Secrets: the agent's API key, the credentials of the agent's knowledge sources, and the request headers of
// knowledge sources kept in the agent's settings. None of them may rest where a content script can read it:
// - `storage.local` is readable by content scripts in Firefox (access levels exist there only for
//   `storage.session`), and in Chromium until the background's `setAccessLevel` call has run;
// - `storage.session` is cleared with the browser session, and is content-script readable in Firefox too.
// IndexedDB of the extension's origin is readable by the extension's pages and worker only, in both browsers (a
// content script's IndexedDB belongs to the page's origin). So secrets live in their own small database here.
// Its own database, not a table in lib/db: it has another lifecycle ("delete all local data" keeps settings and
// keys), and it never needs the ticket schema's migrations.
//
// Each write bumps `local:secretsChanged` (a counter: no secret), so every context hears of it through
// `storage.onChanged` as it did when the key lived in storage.local (cached settings, open options pages).
// Values written to the old storage.local keys (earlier versions, or tests) are moved here and deleted there.
import Dexie, { type EntityTable } from 'dexie';
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import type { AgentKbSource } from '../knowledge/sources';

export const SECRETS_DB_NAME = 'tandem-secrets';

type SecretName = 'apiKey' | 'apiKeyBaseUrl' | 'kbSources' | 'knowledgeSourceHeaders' | 'connectorHeaders';
interface SecretRow {
  name: SecretName;
  value: unknown;
}
type SecretsDB = Dexie & { secrets: EntityTable<SecretRow, 'name'> };

let db: SecretsDB | undefined;
function secretsDb(): SecretsDB {
  if (!db) {
    db = new Dexie(SECRETS_DB_NAME) as SecretsDB;
    db.version(1).stores({ secrets: 'name' });
  }
  return db;
}

/** A counter, bumped after every write: the signal other contexts watch. Holds nothing secret. */
export const secretsChangedItem = storage.defineItem<number>('local:secretsChanged', { fallback: 0 });

/** The storage.local keys where earlier versions kept secrets (apiKey, kbSources) or kept them inside (settings). */
export const LEGACY_SECRET_KEYS = ['apiKey', 'kbSources', 'settings'] as const;

let migrating: Promise<boolean> | undefined;

/**
 * Moves secrets out of storage.local: `apiKey` and `kbSources` as a whole, and the `headers` of each knowledge
 * source in `settings`. A value already kept here is not replaced by a legacy one (a page that can write
 * storage.local must not be able to swap the key); an empty one ('' or no sources) is. Returns whether anything was moved. Idempotent; one run at a
 * time per context.
 */
export function migrateLegacySecrets(): Promise<boolean> {
  migrating ??= runMigration().finally(() => (migrating = undefined));
  return migrating;
}

async function runMigration(): Promise<boolean> {
  const local = browser.storage?.local;
  if (!local) return false;
  const got = (await local.get([...LEGACY_SECRET_KEYS])) as Record<string, unknown>;
  const remove: string[] = [];
  let moved = false;
  for (const name of ['apiKey', 'kbSources'] as const) {
    if (!(name in got)) continue;
    if (isEmpty((await secretsDb().secrets.get(name))?.value) && !isEmpty(got[name])) {
      await secretsDb().secrets.put({ name, value: got[name] });
      // A key from storage.local is bound to a base URL on its first use (lib/policy/effective.ts keyForBaseUrl).
      if (name === 'apiKey') await secretsDb().secrets.delete('apiKeyBaseUrl');
      moved = true;
    }
    remove.push(name);
  }
  const settings = got.settings as { knowledgeSources?: { id?: unknown; url?: unknown; headers?: Record<string, string> }[] } | undefined;
  const withHeaders = settings?.knowledgeSources?.filter((s) => s && typeof s === 'object' && s.headers !== undefined) ?? [];
  if (withHeaders.length) {
    const headers = { ...(await readRaw<KnowledgeHeaders>('knowledgeSourceHeaders', {})) };
    for (const s of withHeaders) if (typeof s.id === 'string' && typeof s.url === 'string' && s.headers) headers[s.id] = { url: s.url, headers: s.headers };
    await secretsDb().secrets.put({ name: 'knowledgeSourceHeaders', value: headers });
    const knowledgeSources = settings!.knowledgeSources!.map((s) => {
      if (!s || typeof s !== 'object' || s.headers === undefined) return s;
      const { headers: _moved, ...rest } = s;
      return rest;
    });
    await local.set({ settings: { ...settings, knowledgeSources } });
    moved = true;
  }
  if (remove.length) await local.remove(remove);
  if (moved) await bump();
  return moved;
}

const isEmpty = (v: unknown) => v === undefined || v === null || v === '' || (Array.isArray(v) && v.length === 0);

async function readRaw<T>(name: SecretName, fallback: T): Promise<T> {
  const row = await secretsDb().secrets.get(name);
  return row === undefined ? fallback : (row.value as T);
}

async function bump(): Promise<void> {
  // Always a new value: storage.onChanged fires for changes only.
  await secretsChangedItem.setValue(Date.now() * 1000 + Math.floor(Math.random() * 1000));
}

/** The slice of a WXT storage item the callers use, so moving a value here changed no call site. */
export interface SecretItem<T> {
  getValue(): Promise<T>;
  setValue(value: T): Promise<void>;
  watch(callback: (value: T) => void): () => void;
}

function defineSecret<T>(name: SecretName, fallback: T): SecretItem<T> {
  const getValue = async () => {
    await migrateLegacySecrets();
    return readRaw(name, fallback);
  };
  return {
    getValue,
    async setValue(value) {
      await secretsDb().secrets.put({ name, value });
      await bump();
    },
    watch: (callback) => secretsChangedItem.watch(() => void getValue().then(callback)),
  };
}

/** The agent's own API key (the organisation's comes from policy and is never stored). */
export const apiKeySecret = defineSecret<string>('apiKey', '');
/** The base URL the agent's key was saved for ('' = Anthropic's own endpoint): the key is sent only while the
 *  settings still name that URL. Settings live in storage.local, which a Firefox content script can write; it
 *  must not be able to point the agent's key at another server. null: saved by a version before this one. */
export const apiKeyBaseUrlSecret = defineSecret<string | null>('apiKeyBaseUrl', null);
/** The helpdesks the agent syncs knowledge from, with their credentials. */
export const agentKbSourcesSecret = defineSecret<AgentKbSource[]>('kbSources', []);
/** Request headers of the knowledge sources in the agent's settings, by source id, with the URL they were given
 *  for: they are sent only while the source still has that URL (settings live in storage.local, which a Firefox
 *  content script can write; it must not be able to point a source's credentials elsewhere). Earlier versions
 *  kept them inside `settings.knowledgeSources`. */
export type KnowledgeHeaders = Record<string, { url: string; headers: Record<string, string> }>;
export const knowledgeHeadersSecret = defineSecret<KnowledgeHeaders>('knowledgeSourceHeaders', {});

/** Request headers (tokens) of the connectors the agent added (issue 16), by connector id, with the URL they were
 *  given for: sent only while the connector still has that URL (as knowledge headers). Never shown or exported. */
export type ConnectorHeaders = Record<string, { url: string; headers: Record<string, string> }>;
export const connectorHeadersSecret = defineSecret<ConnectorHeaders>('connectorHeaders', {});

/** For the background's `main`: move what earlier versions left in storage.local now, and whenever one of those
 *  keys is written again (an older page still open during an update, a test writing the old keys). */
export function registerSecretsMigration(): void {
  const run = () => void migrateLegacySecrets().catch((err) => console.warn('Tandem: could not move secrets out of storage.local', err));
  browser.storage.onChanged.addListener((changes, area) => {
    if (area !== 'local') return;
    if ('apiKey' in changes || 'kbSources' in changes) return run();
    const settings = changes.settings?.newValue as { knowledgeSources?: { headers?: unknown }[] } | undefined;
    if (settings?.knowledgeSources?.some((s) => s?.headers !== undefined)) run();
  });
  run();
}

/** Unit tests: forget every secret (fake-indexeddb outlives fakeBrowser.reset()). */
export async function clearSecretsForTests(): Promise<void> {
  await secretsDb().secrets.clear();
}
