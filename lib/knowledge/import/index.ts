// Knowledge import from files: Markdown (single, folder, zip), HTML, CSV, JSON (plain articles or Zendesk /
// Intercom / Freshdesk exports). Input is {name, text | bytes} so the options page (File API) and tests both
// feed it. A bad file or row is reported and skipped; it never aborts the rest, and nothing stored is touched
// until importIntoDb writes the good articles. What one import reads is capped (lib/knowledge/limits.ts): files, zip
// entries and bytes past a cap are skipped with a code saying which cap.
import { strFromU8 } from 'fflate';
import Papa from 'papaparse';
import type { TandemDB } from '../../db';
import type { KbArticle } from '../../kb';
import { fitArticle, formatBytes, kbLimits, LimitError, type KbLimits, type SkipCode, type Skipped } from '../limits';
import { upsertArticles, type SourcedArticle, type UpsertResult } from '../store';
import { htmlTitle, htmlToPlainText } from './html';
import {
  fromFreshdeskArticle,
  fromFreshdeskCanned,
  fromIntercomArticle,
  fromPlainArticle,
  fromZendeskArticle,
  fromZendeskMacro,
  splitTags,
} from './shapes';
import { readZipEntries, type ReadBudget } from './zip';

export { htmlToPlainText, sanitizeHtml } from './html';
export type { Skipped, SkipCode } from '../limits';
export type { ReadBudget } from './zip';

export interface ImportFile {
  /** File name, with its folder path for folder imports ("guides/billing.md"). */
  name: string;
  text?: string;
  bytes?: Uint8Array;
}

export interface ImportProgress {
  filesDone: number;
  filesTotal: number;
  articles: number;
  skipped: number;
}

export interface ImportResult {
  articles: SourcedArticle[];
  skipped: Skipped[];
}

/** A problem with one file or row, with the code it is reported under. */
export class ImportError extends Error {
  constructor(
    public readonly code: SkipCode,
    message: string,
  ) {
    super(message);
    this.name = 'ImportError';
  }
}

/** What one import may still read: pass the same budget to every parseFiles call of one import. */
export function newReadBudget(limits?: Partial<KbLimits>): ReadBudget & { articles: number } {
  return { limits: kbLimits(limits), bytes: 0, articles: 0 };
}

type Budget = ReturnType<typeof newReadBudget>;

export const skipOf = (file: string, e: unknown, row?: number): Skipped => ({
  file,
  ...(row !== undefined ? { row } : {}),
  code: e instanceof ImportError || e instanceof LimitError ? e.code : row !== undefined ? 'bad-item' : 'unreadable',
  reason: e instanceof Error ? e.message : String(e),
});

/** The file types an import reads (a zip's entries too), by extension: the one list (the file picker's `accept`
 *  in lib/knowledge/sources.ts is made from it). */
const SUPPORTED = ['md', 'markdown', 'txt', 'html', 'htm', 'csv', 'json'];
/** What the file picker offers: the types above, and zips of them. */
export const IMPORT_EXTENSIONS: readonly string[] = [...SUPPORTED, 'zip'];

const ext = (name: string) => /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase() ?? '';
export const isZipName = (name: string): boolean => ext(name) === 'zip';
const baseName = (name: string) => name.split('/').pop()!.replace(/\.[^.]+$/, '');

function textOf(file: ImportFile): string {
  if (typeof file.text === 'string') return file.text;
  if (file.bytes) return strFromU8(file.bytes);
  throw new ImportError('empty', 'empty file');
}

/** A loose file's size against the per-file and per-import caps (zip entries were counted as they inflated). */
function countFile(file: ImportFile, budget: Budget): void {
  const { maxFileBytes, maxTotalBytes } = budget.limits;
  // UTF-16 units for text: close enough to its bytes for a cap, and no copy to measure it.
  const size = file.bytes?.byteLength ?? file.text?.length ?? 0;
  if (size > maxFileBytes) throw new LimitError('file-too-large', `larger than ${formatBytes(maxFileBytes)} (${formatBytes(size)}): not read`);
  if (budget.bytes + size > maxTotalBytes) {
    throw new LimitError('total-too-large', `not read: this import already read ${formatBytes(budget.bytes)} and the cap is ${formatBytes(maxTotalBytes)}`);
  }
  budget.bytes += size;
}

/** Parses files into articles; never throws for bad input. One budget caps them all (pass one to share it). */
export function parseFiles(files: ImportFile[], onProgress?: (p: ImportProgress) => void, budget: Budget = newReadBudget()): ImportResult {
  const articles: SourcedArticle[] = [];
  const skipped: Skipped[] = [];
  files.forEach((file, i) => {
    try {
      parseOne(file, articles, skipped, budget);
    } catch (e) {
      skipped.push(skipOf(file.name, e));
    }
    onProgress?.({ filesDone: i + 1, filesTotal: files.length, articles: articles.length, skipped: skipped.length });
  });
  return { articles, skipped };
}

/** Parses, then stores the good articles (incremental index update). */
export async function importIntoDb(
  db: TandemDB,
  files: ImportFile[],
  onProgress?: (p: ImportProgress) => void,
  limits?: Partial<KbLimits>,
): Promise<ImportResult & { stored: Omit<UpsertResult, 'index'> }> {
  const parsed = parseFiles(files, onProgress, newReadBudget(limits));
  const { index: _index, ...stored } = await upsertArticles(db, parsed.articles);
  return { ...parsed, stored };
}

function parseOne(file: ImportFile, out: SourcedArticle[], skipped: Skipped[], budget: Budget, inZip = false): void {
  const kind = ext(file.name);
  const source = `file:${file.name}`;
  const { limits } = budget;
  const push = (a: KbArticle, src = source): void => {
    if (budget.articles >= limits.maxArticles) {
      if (budget.articles++ === limits.maxArticles) {
        skipped.push({ file: file.name, code: 'too-many-articles', reason: `more than ${limits.maxArticles.toLocaleString('en')} articles in one import: the rest were not kept` });
      }
      return;
    }
    budget.articles++;
    out.push({ ...fitArticle(a, limits, (code, reason) => skipped.push({ file: file.name, code, reason })), source: src });
  };
  if (kind === 'zip') {
    if (!file.bytes) throw new ImportError('unreadable', 'zip file given as text');
    if (file.bytes.byteLength > limits.maxZipBytes) {
      throw new LimitError('zip-too-large', `zip larger than ${formatBytes(limits.maxZipBytes)} (${formatBytes(file.bytes.byteLength)}): not read`);
    }
    const wanted = (path: string): boolean => {
      if (path.endsWith('/') || /(^|\/)(__MACOSX|\.)/.test(path)) return false;
      if (SUPPORTED.includes(ext(path))) return true;
      skipped.push({ file: `${file.name}/${path}`, code: 'unsupported-type', reason: `unsupported file type .${ext(path) || '?'}` });
      return false;
    };
    readZipEntries(file.name, file.bytes, budget, skipped, wanted, (path, bytes) => {
      const inner: ImportFile = { name: `${file.name}/${path}`, bytes };
      try {
        parseOne(inner, out, skipped, budget, true);
      } catch (e) {
        skipped.push(skipOf(inner.name, e));
      }
    });
    return;
  }
  if (!inZip) countFile(file, budget);
  switch (kind) {
    case 'md':
    case 'markdown':
    case 'txt':
      push(parseMarkdown(file.name, textOf(file)));
      return;
    case 'html':
    case 'htm': {
      const html = textOf(file);
      const body = htmlToPlainText(html);
      if (!body) throw new ImportError('empty', 'no text in the HTML');
      push({ id: source, title: htmlTitle(html) ?? baseName(file.name), body, kind: "article" });
      return;
    }
    case 'csv':
      return parseCsv(file.name, textOf(file), (a) => push(a), skipped);
    case 'json':
      return parseJson(file.name, textOf(file), (a) => push(a), skipped);
    default:
      throw new ImportError('unsupported-type', `unsupported file type .${kind || '?'}`);
  }
}

/** Markdown with optional front matter (title, tags, url, kind); title else the first "# " heading, else the name. */
export function parseMarkdown(name: string, text: string): KbArticle {
  let body = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const meta: Record<string, string> = {};
  const fm = /^---\n([\s\S]*?)\n---\n?/.exec(body);
  if (fm) {
    for (const line of fm[1].split('\n')) {
      const m = /^(\w+)\s*:(.*)$/.exec(line);
      if (m) meta[m[1].toLowerCase()] = m[2].trim().replace(/^["']|["']$/g, '');
    }
    body = body.slice(fm[0].length);
  }
  let title = meta.title;
  if (!title) {
    const h = /^#\s+(\S.*)$/m.exec(body);
    if (h) {
      title = h[1].trim();
      body = body.replace(h[0], '');
    }
  }
  body = body.trim();
  if (!body) throw new ImportError('empty', 'empty article');
  if (body.includes('\u0000')) throw new ImportError('unreadable', 'binary content, not text');
  return {
    id: `file:${name}`,
    title: title || baseName(name).replace(/[-_]+/g, ' '),
    body,
    url: meta.url || undefined,
    tags: meta.tags ? splitTags(meta.tags.replace(/^\[|\]$/g, '')) : undefined,
    kind: meta.kind === 'macro' ? 'macro' : 'article',
  };
}

/** CSV with a header row: title (or name/subject), body (or content/text/answer/html), url, tags, id, kind. */
export function parseCsv(name: string, text: string, push: (a: KbArticle) => void, skipped: Skipped[]): void {
  const parsed = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), {
    header: true,
    skipEmptyLines: 'greedy',
    transformHeader: (h) => h.trim().toLowerCase(),
  });
  const fields = parsed.meta.fields ?? [];
  const titleCol = ['title', 'name', 'subject', 'question'].find((f) => fields.includes(f));
  const bodyCol = ['body', 'content', 'text', 'answer', 'html', 'description'].find((f) => fields.includes(f));
  if (!titleCol || !bodyCol) throw new ImportError('unreadable', `CSV needs a title and a body column (found: ${fields.join(', ') || 'none'})`);
  for (const err of parsed.errors) {
    if (typeof err.row === 'number') skipped.push({ file: name, row: err.row + 1, code: 'bad-item', reason: `CSV: ${err.message}` });
  }
  const badRows = new Set(parsed.errors.map((e) => e.row));
  parsed.data.forEach((row, i) => {
    if (badRows.has(i)) return;
    const raw = row[bodyCol] ?? '';
    const body = bodyCol === 'html' || /<\/?[a-z][^>]*>/i.test(raw) ? htmlToPlainText(raw) : raw.trim();
    try {
      push(fromPlainArticle({ ...row, title: row[titleCol]?.trim(), body, html: undefined }, `file:${name}`, String(i + 1)));
    } catch (e) {
      skipped.push(skipOf(name, e, i + 1));
    }
  });
}

type Json = Record<string, unknown>;

/** JSON: an array of articles, or a Zendesk ({articles} / {macros}), Intercom ({data}) or Freshdesk (array) export. */
export function parseJson(name: string, text: string, push: (a: KbArticle) => void, skipped: Skipped[]): void {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    throw new ImportError('unreadable', `invalid JSON (${e instanceof Error ? e.message : e})`);
  }
  const prefix = `file:${name}`;
  let items: unknown[];
  let map: (item: Json, i: number) => KbArticle | null;
  const obj = data as Json;
  if (Array.isArray(data)) {
    items = data;
    map = (a, i) =>
      'description_text' in a || ('description' in a && 'folder_id' in a)
        ? fromFreshdeskArticle(a, prefix)
        : 'content_html' in a
          ? fromFreshdeskCanned(a, prefix)
          : fromPlainArticle(a, prefix, String(i + 1));
  } else if (obj && Array.isArray(obj.articles)) {
    items = obj.articles;
    map = (a, i) => ('html_url' in a || 'label_names' in a ? fromZendeskArticle(a, prefix) : fromPlainArticle(a, prefix, String(i + 1)));
  } else if (obj && Array.isArray(obj.macros)) {
    items = obj.macros;
    map = (m) => fromZendeskMacro(m, prefix);
  } else if (obj && Array.isArray(obj.data)) {
    items = obj.data;
    map = (a) => fromIntercomArticle(a, prefix);
  } else {
    throw new ImportError('unreadable', 'JSON is not an array of articles nor a Zendesk, Intercom or Freshdesk export');
  }
  items.forEach((item, i) => {
    try {
      if (!item || typeof item !== 'object') throw new ImportError('bad-item', 'not an object');
      const a = map(item as Json, i);
      if (a) push(a);
      else skipped.push({ file: name, row: i + 1, code: 'empty', reason: 'no text (macro without a comment)' });
    } catch (e) {
      skipped.push(skipOf(name, e, i + 1));
    }
  });
}
