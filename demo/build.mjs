#!/usr/bin/env node
// Builds the demo helpdesk pages into demo/dist: each page's script and CSS (with its editor: CKEditor 5,
// ProseMirror, Froala) bundled by esbuild into dist/__demo/, the HTML shells copied beside them. Everything is
// local: the pages load nothing from the network. Usage: node demo/build.mjs
import { build } from 'esbuild';
import { copyFileSync, mkdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const dist = join(here, 'dist');
const pages = ['zendesk', 'intercom', 'freshdesk', 'freshdesk-legacy'];

rmSync(dist, { recursive: true, force: true });
mkdirSync(join(dist, '__demo'), { recursive: true });

const started = Date.now();
await build({
  entryPoints: Object.fromEntries(pages.map((p) => [p, join(here, 'src', `${p}.ts`)])),
  outdir: join(dist, '__demo'),
  bundle: true,
  format: 'iife',
  platform: 'browser',
  target: 'chrome120',
  minify: true,
  sourcemap: false,
  legalComments: 'none',
  // Fonts and images referenced by editor CSS are copied next to the bundles and loaded root-relative.
  loader: { '.woff': 'file', '.woff2': 'file', '.ttf': 'file', '.eot': 'file', '.svg': 'file', '.png': 'file', '.gif': 'file' },
  assetNames: '[name]-[hash]',
  publicPath: '/__demo/',
  logLevel: 'warning',
});
for (const p of pages) copyFileSync(join(here, `${p}.html`), join(dist, `${p}.html`));
console.log(`demo pages built in ${Date.now() - started} ms -> ${dist}`);
