// The knowledge index in IndexedDB: articles in kbArticles (one row each, with their source, the record of truth),
// and the packed index in kbMeta under INDEX_KEY: postings as typed arrays plus the articles' display fields and
// bodies as strings, in one record. Loading reads that one record (no article rows, no JSON of postings to parse,
// no re-tokenising); it is a cache of the rows, rebuilt when their fingerprint (count + newest change) differs.
import type { TandemDB, StoredArticle } from '../db';
import {
  buildIndex,
  INDEX_FORMAT_VERSION,
  isPackedIndex,
  packIndex,
  removeFromIndex,
  unpackIndex,
  upsertIntoIndex,
  type KbArticle,
  type KbIndex,
} from '../kb';

export const INDEX_KEY = 'kb-index';

/** An article with where it came from ('file:faq.md', 'zendesk:acme', ...). */
export type SourcedArticle = KbArticle & { source: string };

export interface UpsertProgress {
  done: number;
  total: number;
}

export interface UpsertResult {
  index: KbIndex;
  added: number;
  updated: number;
  unchanged: number;
}

const toKb = (a: StoredArticle): KbArticle => ({ id: a.id, title: a.title, body: a.body, url: a.url, tags: a.tags, kind: a.kind });

/** Cheap fingerprint of the stored articles: their count and the newest change (uses the updatedAt index). */
export async function kbStamp(db: TandemDB): Promise<string> {
  const [count, newest] = await Promise.all([db.kbArticles.count(), db.kbArticles.orderBy('updatedAt').last()]);
  return `${count}:${newest?.updatedAt ?? 0}`;
}

/** Saves the index for the article rows as they are now (call after writing them). */
export async function saveIndex(db: TandemDB, index: KbIndex): Promise<void> {
  await vacuumIfDirty(index);
  const stamp = await kbStamp(db);
  await db.kbMeta.put({ key: INDEX_KEY, value: { ...packIndex(index), stamp }, updatedAt: Date.now() });
}

/**
 * The saved index with its articles. Rebuilds (and saves) when the saved index is missing, from another
 * format version, or was saved for other article rows (e.g. a crash between writing rows and saving).
 */
export async function loadIndex(db: TandemDB): Promise<KbIndex> {
  const [meta, stamp] = await db.transaction('r', db.kbMeta, db.kbArticles, () =>
    Promise.all([db.kbMeta.get(INDEX_KEY), kbStamp(db)]),
  );
  const saved = meta?.value;
  if (isPackedIndex(saved) && saved.v === INDEX_FORMAT_VERSION && saved.stamp === stamp) {
    try {
      return unpackIndex(saved);
    } catch {
      // fall through to rebuild: an index is a cache of the articles
    }
  }
  const index = buildIndex((await db.kbArticles.toArray()).map(toKb));
  await saveIndex(db, index);
  return index;
}

function sameContent(a: StoredArticle | undefined, b: SourcedArticle): boolean {
  return (
    !!a &&
    a.source === b.source &&
    a.title === b.title &&
    a.body === b.body &&
    a.url === b.url &&
    a.kind === b.kind &&
    JSON.stringify(a.tags ?? []) === JSON.stringify(b.tags ?? [])
  );
}

const BATCH = 500;

/**
 * Adds or updates articles (unchanged ones are skipped), in batches with progress, then saves the index.
 * Pass the index you hold to avoid loading it again.
 */
export async function upsertArticles(
  db: TandemDB,
  articles: SourcedArticle[],
  onProgress?: (p: UpsertProgress) => void,
  index?: KbIndex,
): Promise<UpsertResult> {
  const idx = index ?? (await loadIndex(db));
  let added = 0;
  let updated = 0;
  let unchanged = 0;
  const unique = [...new Map(articles.map((a) => [a.id, a])).values()];
  for (let i = 0; i < unique.length; i += BATCH) {
    const batch = unique.slice(i, i + BATCH);
    const existing = await db.kbArticles.bulkGet(batch.map((a) => a.id));
    const changed: SourcedArticle[] = [];
    batch.forEach((a, k) => {
      if (sameContent(existing[k], a)) unchanged++;
      else {
        if (existing[k]) updated++;
        else added++;
        changed.push(a);
      }
    });
    if (changed.length) {
      const now = Date.now();
      await db.kbArticles.bulkPut(changed.map((a) => ({ ...a, updatedAt: now })));
      upsertIntoIndex(idx, changed.map(({ source: _source, ...kb }) => kb));
    }
    onProgress?.({ done: Math.min(i + BATCH, unique.length), total: unique.length });
  }
  if (added || updated) await saveIndex(db, idx);
  return { index: idx, added, updated, unchanged };
}

export async function removeArticles(db: TandemDB, ids: string[], index?: KbIndex): Promise<KbIndex> {
  const idx = index ?? (await loadIndex(db));
  await db.kbArticles.bulkDelete(ids);
  removeFromIndex(idx, ids);
  await saveIndex(db, idx);
  return idx;
}

/** Ids of the stored articles of one source (a sync removes the ones its source no longer has). */
export async function articleIdsOfSource(db: TandemDB, source: string): Promise<string[]> {
  return (await db.kbArticles.where('source').equals(source).primaryKeys()) as string[];
}

async function vacuumIfDirty(index: KbIndex): Promise<void> {
  const e = index.engine;
  if (e.dirtCount > 0 && (e.dirtFactor > 0.1 || e.dirtCount > 200)) await e.vacuum({ batchSize: 5000, batchWait: 0 });
}
