// Tuning set 6 (tests/fixtures/sentiment/tuning-6/, written blind, issue 15). The learned alert model does not train on
// it: bench:sentiment reports the whole set as a check of what generalises.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Tuning2Message } from './sentiment-tuning2';

export function loadTuning6(root = process.cwd()): Tuning2Message[] {
  const path = join(root, 'tests', 'fixtures', 'sentiment', 'tuning-6', 'messages.jsonl');
  if (!existsSync(path)) return [];
  return readFileSync(path, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as Tuning2Message);
}

