// Where the agent's knowledge comes from, as the options page sees it: files the agent imports, helpdesk
// sources the agent configures (credentials kept in `local:`, never synced), and the sources the organisation's
// policy sets (`KnowledgeSource`), mapped here to the importer and the syncs in lib/knowledge/import and lib/knowledge/sync.
// Everything takes its db / fetch as parameters so tests hand them in.
import { MatchPattern } from '@webext-core/match-patterns';
import { agentKbSourcesSecret } from '../secrets';
import { HELPDESK_MATCHES } from '../../adapters/matches';
import type { TandemDB } from '../db';
import type { KnowledgeSource } from '../policy/types';
import { IMPORT_EXTENSIONS, isZipName, newReadBudget, parseFiles, skipOf, type ImportFile, type Skipped } from './import';
import { formatBytes, isPartial, kbLimits, LimitError, readCapped, type KbLimits } from './limits';
import { assertHttpUrl } from './safe-url';
import { articleIdsOfSource, removeArticles, upsertArticles, type SourcedArticle } from './store';
import { requestBaseOf, syncKnowledge, sourceOf, type SyncConfig, type SyncResult } from './sync';
import { AuthError, HttpError, getResponse, type FetchLike, type SyncRetryPolicy } from './sync/http';

// ------------------------------------------------------------------------------------------ file import

export const IMPORT_ACCEPT = IMPORT_EXTENSIONS.map((e) => `.${e}`).join(',');

export interface FileImportProgress {
  phase: 'read' | 'store';
  filesDone: number;
  filesTotal: number;
  articles: number;
  skipped: number;
}

export interface FileImportResult {
  files: number;
  articles: number;
  added: number;
  updated: number;
  unchanged: number;
  skipped: Skipped[];
}

/** A browser File (or anything shaped like one): its folder path when picked from a folder. */
export interface FileLike {
  name: string;
  webkitRelativePath?: string;
  /** Bytes, when known before reading (a File's size): a file over the cap is not read at all. */
  size?: number;
  arrayBuffer(): Promise<ArrayBuffer>;
}

const isZip = isZipName;

/** File API -> ImportFile: zips as bytes, everything else as UTF-8 text (the BOM is dropped by the importer). */
export async function readImportFile(file: FileLike, limits: KbLimits = kbLimits()): Promise<ImportFile> {
  const name = file.webkitRelativePath || file.name;
  const cap = isZip(name) ? limits.maxZipBytes : limits.maxFileBytes;
  if (typeof file.size === 'number' && file.size > cap) {
    throw new LimitError(isZip(name) ? 'zip-too-large' : 'file-too-large', `larger than ${formatBytes(cap)} (${formatBytes(file.size)}): not read`);
  }
  const bytes = new Uint8Array(await file.arrayBuffer());
  return isZip(name) ? { name, bytes } : { name, text: new TextDecoder('utf-8').decode(bytes) };
}

/** Folder picks bring every file of the folder: hidden files (.DS_Store, .git/…) are not knowledge. */
export function isHiddenPath(path: string): boolean {
  return /(^|\/)\./.test(path) || /(^|\/)__MACOSX\//.test(path);
}

/**
 * The importer names a zip's entries "<zip name>/<path>". An article is identified by its path instead, so the
 * same file imported loose, from a folder's zip, or from next month's export of the same name-less zip updates
 * one article rather than adding a copy next to the old one.
 */
export function withoutZipName(a: SourcedArticle, zipName: string): SourcedArticle {
  const prefix = `file:${zipName}/`;
  if (!a.id.startsWith(prefix)) return a;
  return { ...a, id: `file:${a.id.slice(prefix.length)}`, source: a.source.startsWith(prefix) ? `file:${a.source.slice(prefix.length)}` : a.source };
}

const nextTick = () => new Promise<void>((r) => setTimeout(r, 0));

/**
 * Reads and parses files one at a time (yielding between them so a progress bar can paint), then stores the
 * good articles in one go. A file that cannot be read or parsed is listed in `skipped` with why; nothing already
 * stored is removed or touched by a bad file.
 */
export async function importFiles(
  db: TandemDB,
  files: (ImportFile | FileLike)[],
  onProgress?: (p: FileImportProgress) => void,
  limits?: Partial<KbLimits>,
): Promise<FileImportResult> {
  const articles: SourcedArticle[] = [];
  const skipped: Skipped[] = [];
  const total = files.length;
  // One budget for the whole pick: a folder of many files is capped like one zip of them.
  const budget = newReadBudget(limits);
  for (const [i, f] of files.entries()) {
    const name = ('webkitRelativePath' in f && f.webkitRelativePath) || f.name;
    try {
      const file = 'arrayBuffer' in f && typeof f.arrayBuffer === 'function' ? await readImportFile(f as FileLike, budget.limits) : (f as ImportFile);
      const parsed = parseFiles([file], undefined, budget);
      articles.push(...(isZip(file.name) ? parsed.articles.map((a) => withoutZipName(a, file.name)) : parsed.articles));
      skipped.push(...parsed.skipped);
    } catch (e) {
      skipped.push(e instanceof LimitError ? skipOf(name, e) : { ...skipOf(name, e), reason: `could not read the file (${e instanceof Error ? e.message : String(e)})` });
    }
    onProgress?.({ phase: 'read', filesDone: i + 1, filesTotal: total, articles: articles.length, skipped: skipped.length });
    await nextTick();
  }
  const stored = await upsertArticles(db, articles, () =>
    onProgress?.({ phase: 'store', filesDone: total, filesTotal: total, articles: articles.length, skipped: skipped.length }),
  );
  return { files: total, articles: articles.length, added: stored.added, updated: stored.updated, unchanged: stored.unchanged, skipped };
}

// ------------------------------------------------------------------------------------------ agent's sources

export { INTERCOM_API, type IntercomRegion } from './sync/intercom';

/** A helpdesk the agent syncs from, with its credentials (stored in local: only). */
export interface AgentKbSource {
  id: string;
  config: SyncConfig;
  addedAt: number;
}

/** Kept with the secrets (lib/secrets): API tokens must never ride browser sync, nor rest where a content script
 *  can read them (storage.local in Firefox). */
export const agentKbSourcesItem = agentKbSourcesSecret;

export async function addAgentSource(config: SyncConfig, now = Date.now()): Promise<AgentKbSource> {
  assertHttpUrl(requestBaseOf(config), `The ${config.kind} address`);
  const list = await agentKbSourcesItem.getValue();
  const source = sourceOf(config);
  if (list.some((s) => sourceOf(s.config) === source)) throw new Error(`${source} is already in the list`);
  const entry: AgentKbSource = { id: `${source}#${now}`, config, addedAt: now };
  await agentKbSourcesItem.setValue([...list, entry]);
  return entry;
}

export async function removeAgentSource(id: string): Promise<void> {
  const list = await agentKbSourcesItem.getValue();
  await agentKbSourcesItem.setValue(list.filter((s) => s.id !== id));
}

export { requestBaseOf } from './sync';

// ------------------------------------------------------------------------------------------ host permissions

/**
 * The optional host permission a request to `url` needs, or null when the manifest already grants it (the known
 * helpdesks). An extension page reaches a granted host without CORS; any other host (api.intercom.io, a
 * custom-domain help center, a company file server) must be granted from a click first.
 */
export function originToRequest(url: string): string | null {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return null;
  }
  if (u.protocol !== 'https:' && u.protocol !== 'http:') return null;
  const covered = HELPDESK_MATCHES.some((p) => {
    try {
      return new MatchPattern(p).includes(u.href);
    } catch {
      return false;
    }
  });
  return covered ? null : `${u.protocol}//${u.host}/*`;
}

// ------------------------------------------------------------------------------------------ policy sources

/** What "Sync now" does for a policy source. */
export type PolicySourcePlan =
  | { type: 'sync'; config: SyncConfig & { kind: 'zendesk' }; headers: Record<string, string>; source: string }
  | { type: 'file'; url: string; name: string; headers: Record<string, string>; source: string }
  | { type: 'api'; url: string; headers: Record<string, string>; source: string };

/**
 * Marks "no auth of the sync's own": the policy's headers are sent as given instead. ZendeskConfig knows email
 * + token and bearer; a policy header such as "Basic …" (or any other scheme) is passed through by the fetch
 * wrapper below rather than re-encoded, so lib/knowledge/sync needs no change.
 */
const POLICY_HEADERS_AUTH = 'tandem-policy-headers';

export function planPolicySource(src: KnowledgeSource): PolicySourcePlan {
  const headers = { ...(src.headers ?? {}) };
  if (src.kind === 'zendesk') {
    const baseUrl = new URL(src.url).origin;
    const authKey = Object.keys(headers).find((k) => k.toLowerCase() === 'authorization');
    const bearer = authKey ? /^Bearer\s+(\S.*)$/i.exec(headers[authKey].trim())?.[1] : undefined;
    if (authKey && bearer) delete headers[authKey];
    return {
      type: 'sync',
      // Macros need an agent's token and the policy has no switch for them: articles only.
      config: { kind: 'zendesk', baseUrl, auth: { bearer: bearer ?? POLICY_HEADERS_AUTH }, includeMacros: false },
      headers,
      source: `zendesk:${new URL(baseUrl).host}`,
    };
  }
  if (src.kind === 'url') return { type: 'file', url: src.url, name: fileNameOfUrl(src.url), headers, source: `url:${src.url}` };
  return { type: 'api', url: src.url, headers, source: `api:${src.url}` };
}

const TYPE_EXT: [RegExp, string][] = [
  [/zip/, 'zip'],
  [/json/, 'json'],
  [/csv/, 'csv'],
  [/html/, 'html'],
  [/markdown/, 'md'],
  [/text\/plain/, 'txt'],
];

/** The last path segment ("kb.md"); "index.html"-like when the URL names no file. */
export function fileNameOfUrl(url: string, contentType?: string | null): string {
  const last = decodeURIComponent(new URL(url).pathname.split('/').filter(Boolean).pop() ?? '');
  if (/\.[a-z0-9]+$/i.test(last)) return last;
  const ext = TYPE_EXT.find(([re]) => contentType && re.test(contentType))?.[1] ?? 'md';
  return `${last || 'index'}.${ext}`;
}

/** Sends the policy's headers with every request (they win over the sync's own). */
export function withHeaders(fetchFn: FetchLike, extra: Record<string, string>): FetchLike {
  return (input, init) => {
    const h = new Headers(init?.headers);
    if (h.get('authorization') === `Bearer ${POLICY_HEADERS_AUTH}`) h.delete('authorization');
    for (const [k, v] of Object.entries(extra)) h.set(k, v);
    return fetchFn(input, { ...init, headers: h });
  };
}

/** A sync's counts (without the index it returns), plus the rows or files a URL/API source skipped. */
export type SourceSyncResult = Omit<SyncResult, 'index'> & { skipped: Skipped[] };

export type SyncProgress = { phase: 'fetch' | 'store'; done: number; total: number };

/** Re-homes parsed articles under the source: "file:<name>…" ids become "<source>…". */
function underSource(articles: SourcedArticle[], fileName: string, source: string): SourcedArticle[] {
  const prefix = `file:${fileName}`;
  return articles.map((a) => ({ ...a, id: a.id.startsWith(prefix) ? source + a.id.slice(prefix.length) : `${source}:${a.id}`, source }));
}

/**
 * Stores a source's full set: adds / updates, and removes what the source no longer has — unless a cap cut the
 * read short (isPartial): then nothing is removed, since what was not read may well still be there.
 */
async function replaceSource(db: TandemDB, source: string, articles: SourcedArticle[], skipped: Skipped[], onProgress?: (p: SyncProgress) => void): Promise<SourceSyncResult> {
  const up = await upsertArticles(db, articles, (p) => onProgress?.({ phase: 'store', ...p }));
  const keep = new Set(articles.map((a) => a.id));
  const gone = isPartial(skipped) ? [] : (await articleIdsOfSource(db, source)).filter((id) => !keep.has(id));
  if (gone.length) await removeArticles(db, gone, up.index);
  return { source, fetched: articles.length, added: up.added, updated: up.updated, unchanged: up.unchanged, removed: gone.length, skipped };
}

/**
 * "Sync now" for a policy source. A fetch or parse failure throws before anything is written, so the source's
 * stored articles stay as they were. A file that parses to nothing at all is refused rather than treated as
 * "the source deleted everything". Only http(s) addresses are fetched; a response is read up to a cap (never
 * `.text()` on an unbounded body), and a larger one fails the sync, again before anything is written.
 */
export async function syncPolicySource(
  db: TandemDB,
  src: KnowledgeSource,
  fetchFn: FetchLike,
  onProgress?: (p: SyncProgress) => void,
  policy?: SyncRetryPolicy,
  limits?: Partial<KbLimits>,
): Promise<SourceSyncResult> {
  // Policy sources are validated, but the agent's older settings can hold sources that never were.
  assertHttpUrl(src.url);
  const plan = planPolicySource(src);
  const f = withHeaders(fetchFn, plan.headers);
  if (plan.type === 'sync') {
    const { index: _index, ...r } = await syncKnowledge(db, plan.config, f, onProgress, policy, limits);
    return r;
  }
  onProgress?.({ phase: 'fetch', done: 0, total: 0 });
  const service = src.name ?? new URL(src.url).host;
  const budget = newReadBudget(limits);
  const res = await getResponse(f, plan.url, {}, service, policy);
  let file: ImportFile;
  if (plan.type === 'file') {
    const name = fileNameOfUrl(plan.url, res.headers.get('content-type'));
    const bytes = await readCapped(res, isZip(name) ? budget.limits.maxZipBytes : budget.limits.maxFileBytes, `${service}'s file`);
    file = isZip(name) ? { name, bytes } : { name, text: new TextDecoder('utf-8').decode(bytes) };
  } else {
    file = { name: 'api.json', text: new TextDecoder('utf-8').decode(await readCapped(res, budget.limits.maxFileBytes, `${service}'s answer`)) };
  }
  const parsed = parseFiles([file], undefined, budget);
  if (parsed.articles.length === 0) {
    throw new HttpError(res.status, parsed.skipped[0]?.reason ? `${service}: ${parsed.skipped[0].reason}` : `${service} returned no articles`);
  }
  return replaceSource(db, plan.source, underSource(parsed.articles, file.name, plan.source), parsed.skipped, onProgress);
}

/** Counts "slow down" answers (429 / 503) a sync waited out, so the result can say it was rate limited. */
export function countRateLimits(fetchFn: FetchLike, on429: (status: number) => void): FetchLike {
  return async (input, init) => {
    const res = await fetchFn(input, init);
    if (res.status === 429 || res.status === 503) on429(res.status);
    return res;
  };
}

// ------------------------------------------------------------------------------------------ errors in words

export type SyncErrorKind = 'auth' | 'rate' | 'network' | 'http' | 'limit' | 'other';

/** Sorts a sync failure into what the agent can do about it. */
export function syncErrorKind(e: unknown): SyncErrorKind {
  if (e instanceof AuthError) return 'auth';
  if (e instanceof HttpError) return e.status === 429 || e.status === 503 ? 'rate' : 'http';
  if (e instanceof LimitError) return 'limit';
  // fetch rejects with a TypeError for DNS, offline, refused connections and CORS / missing host permission.
  if (e instanceof TypeError) return 'network';
  return 'other';
}

// ------------------------------------------------------------------------------------------ stored knowledge

export interface SourceCount {
  source: string;
  count: number;
}

/** Articles per source, read from the `source` index alone (no article bodies are loaded). */
export async function countBySource(db: TandemDB): Promise<SourceCount[]> {
  const counts = new Map<string, number>();
  await db.kbArticles.orderBy('source').eachKey((key) => {
    const source = String(key);
    counts.set(source, (counts.get(source) ?? 0) + 1);
  });
  return [...counts].map(([source, count]) => ({ source, count })).sort((a, b) => a.source.localeCompare(b.source));
}

/** Removes every article of a source; returns how many. */
export async function removeSource(db: TandemDB, source: string): Promise<number> {
  const ids = await articleIdsOfSource(db, source);
  if (ids.length) await removeArticles(db, ids);
  return ids.length;
}

/** "file:guides/billing.md" -> { kind: 'file', label: 'guides/billing.md' }. */
export function describeSource(source: string): { kind: string; label: string } {
  const i = source.indexOf(':');
  return i < 0 ? { kind: 'other', label: source } : { kind: source.slice(0, i), label: source.slice(i + 1) };
}
