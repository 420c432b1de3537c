// Zip archives read as a stream (fflate's Unzip), so a zip bomb is stopped while it inflates: the sizes a zip
// declares can lie, so the bytes are counted as they come out. The archive is pushed in small slices (deflate
// expands at most ~1,000x, so one slice yields at most ~4 MB) and pushing stops as soon as a cap is reached.
// Entries the importer cannot use are never inflated at all, and an entry that grows past the per-file cap is
// terminated: the rest of its compressed bytes pass by without being inflated.
import { Inflate, Unzip, type AsyncFlateStreamHandler, type FlateError, type UnzipDecoder } from 'fflate';
import { concatBytes, formatBytes, type KbLimits, type Skipped } from '../limits';

/** Bytes of the archive pushed at a time: bounds what one push can inflate to. */
const SLICE = 4 * 1024;

/** fflate's UnzipInflate, plus terminate(): after it, pushes are dropped instead of inflated. */
class StoppableInflate implements UnzipDecoder {
  static compression = 8;
  ondata!: AsyncFlateStreamHandler;
  private stopped = false;
  private readonly inflate = new Inflate((data, final) => this.ondata(null, data, final));

  push(chunk: Uint8Array, final: boolean): void {
    if (this.stopped) return;
    try {
      this.inflate.push(chunk, final);
    } catch (e) {
      this.ondata(e as FlateError, new Uint8Array(0), final);
    }
  }

  terminate(): void {
    this.stopped = true;
  }
}

/** Stored (not compressed) entries, with the same terminate(). */
class StoppablePassThrough implements UnzipDecoder {
  static compression = 0;
  ondata!: AsyncFlateStreamHandler;
  private stopped = false;

  push(chunk: Uint8Array, final: boolean): void {
    if (!this.stopped) this.ondata(null, chunk as Uint8Array<ArrayBuffer>, final);
  }

  terminate(): void {
    this.stopped = true;
  }
}

/** What one import has used so far, shared by its files (loose files and zip entries alike). */
export interface ReadBudget {
  limits: KbLimits;
  /** Bytes read or inflated so far. */
  bytes: number;
}

/**
 * Calls `onEntry` with each wanted entry's bytes, in archive order, within the caps: entries over maxFileBytes are
 * skipped (by their declared size, or once they inflate past it); past maxZipEntries or budget.limits.maxTotalBytes
 * the rest of the archive is not read. Throws only when nothing in it could be read.
 */
export function readZipEntries(
  zipName: string,
  zip: Uint8Array,
  budget: ReadBudget,
  skipped: Skipped[],
  wanted: (path: string) => boolean,
  onEntry: (path: string, bytes: Uint8Array) => void,
): void {
  const { maxZipEntries, maxFileBytes, maxTotalBytes } = budget.limits;
  let entries = 0;
  let stop: Skipped | undefined;
  const fileTooLarge = (path: string, detail: string): Skipped => ({
    file: `${zipName}/${path}`,
    code: 'file-too-large',
    reason: `larger than ${formatBytes(maxFileBytes)} once unzipped (${detail}): not read`,
  });

  const unzip = new Unzip((file) => {
    if (stop) return;
    if (++entries > maxZipEntries) {
      stop = { file: zipName, code: 'too-many-entries', reason: `has more than ${maxZipEntries.toLocaleString('en')} entries: the rest were not read` };
      return;
    }
    const path = file.name;
    if (!wanted(path)) return; // never started: not inflated
    if (file.compression !== 0 && file.compression !== 8) {
      // fflate throws out of the whole stream on a method it has no decoder for: refuse the entry instead.
      skipped.push({ file: `${zipName}/${path}`, code: 'unreadable', reason: `compressed with method ${file.compression}, which cannot be read (only stored and deflate)` });
      return;
    }
    if (file.originalSize !== undefined && file.originalSize > maxFileBytes) {
      skipped.push(fileTooLarge(path, `declares ${formatBytes(file.originalSize)}`));
      return;
    }
    const chunks: Uint8Array[] = [];
    let size = 0;
    let dropped = false;
    file.ondata = (err, data, final) => {
      if (dropped || stop) return;
      if (err) {
        dropped = true;
        skipped.push({ file: `${zipName}/${path}`, code: 'unreadable', reason: `could not be unzipped (${err.message})` });
        return;
      }
      size += data.byteLength;
      budget.bytes += data.byteLength;
      if (budget.bytes > maxTotalBytes) {
        chunks.length = 0;
        stop = {
          file: zipName,
          code: 'total-too-large',
          reason: `expands past ${formatBytes(maxTotalBytes)} (at ${path}): that entry and the rest were not read`,
        };
        return;
      }
      if (size > maxFileBytes) {
        dropped = true;
        chunks.length = 0;
        file.terminate();
        skipped.push(fileTooLarge(path, file.originalSize === undefined ? 'size not declared' : `declared ${formatBytes(file.originalSize)}`));
        return;
      }
      chunks.push(data);
      if (final) onEntry(path, concatBytes(chunks, size));
    };
    file.start();
  });
  unzip.register(StoppableInflate);
  unzip.register(StoppablePassThrough);

  try {
    for (let at = 0; at < zip.byteLength && !stop; at += SLICE) {
      unzip.push(zip.subarray(at, at + SLICE), at + SLICE >= zip.byteLength);
    }
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    if (entries === 0) throw new Error(`not a readable zip (${why})`, { cause: e });
    skipped.push({ file: zipName, code: 'zip-damaged', reason: `damaged after ${entries} entries (${why}): the rest was not read` });
  }
  if (entries === 0) throw new Error('not a readable zip (no files found in it)');
  if (stop) skipped.push(stop);
}
