#!/usr/bin/env node
// Runs a TypeScript script (benchmarks, tools) on plain Node: esbuild bundles it to a temporary ESM file
// next to node_modules, so the same imports resolve as in the extension. Usage: node scripts/run-ts.mjs file.ts [args]
import { build } from 'esbuild';
import { mkdirSync, rmSync } from 'node:fs';
import { dirname, join, resolve, basename } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const [entry, ...args] = process.argv.slice(2);
if (!entry) {
  console.error('usage: node scripts/run-ts.mjs <file.ts> [args...]');
  process.exit(2);
}
const outDir = join(root, 'node_modules', '.cache', 'run-ts');
mkdirSync(outDir, { recursive: true });
const outFile = join(outDir, `${basename(entry).replace(/\.[tj]sx?$/, '')}-${process.pid}.mjs`);
await build({
  entryPoints: [resolve(entry)],
  outfile: outFile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  sourcemap: 'inline',
  logLevel: 'warning',
});
process.argv = [process.argv[0], resolve(entry), ...args];
try {
  await import(pathToFileURL(outFile).href);
} finally {
  rmSync(outFile, { force: true });
}
