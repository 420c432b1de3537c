// Tuning set 5 (tests/fixtures/sentiment/tuning-5/, written blind, issue 15): a tuning set like tuning-3 and -4. The
// learned alert model trains on three quarters of it; the quarter whose id number is 1 mod 4 ("t5-en-0013") is kept
// out of training, as a check of what generalises.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Tuning2Message } from './sentiment-tuning2';

export function loadTuning5(root = process.cwd()): Tuning2Message[] {
  const path = join(root, 'tests', 'fixtures', 'sentiment', 'tuning-5', 'messages.jsonl');
  if (!existsSync(path)) return [];
  return readFileSync(path, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as Tuning2Message);
}

/** The fixed split: "t5-en-0013" -> validation (13 = 1 mod 4), every other id -> train. */
export function tuning5Half(m: { id: string }): 'train' | 'validation' {
  return Number(m.id.slice(m.id.lastIndexOf('-') + 1)) % 4 === 1 ? 'validation' : 'train';
}
