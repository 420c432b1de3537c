// `npm run package`: the Chrome (MV3) and Firefox (MV2, sidebar_action) zips, checked and described.
// Builds both with `wxt zip`, then reads each manifest back OUT OF THE ZIP (what a store or an admin receives)
// and prints its size, permissions and host access. Fails when a build asks for more than the known helpdesks
// up front, or when the Firefox build lacks its sidebar or gecko id (policy installs need a fixed id).
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';

const root = resolve(new URL('..', import.meta.url).pathname);
const outDir = join(root, '.output');

/** The helpdesk match patterns the manifest may ask for up front (adapters/matches.ts, read as text). */
function knownHelpdeskPatterns() {
  const source = readFileSync(join(root, 'adapters/matches.ts'), 'utf8');
  const array = /HELPDESK_MATCHES\s*=\s*\[([\s\S]*?)\]/.exec(source)?.[1] ?? '';
  return [...array.matchAll(/'([^']+)'/g)].map((m) => m[1]);
}

function zipFor(target) {
  const started = Date.now();
  const args = ['wxt', 'zip', ...(target === 'firefox' ? ['-b', 'firefox'] : [])];
  execFileSync('npx', args, { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  const zips = readdirSync(outDir)
    .filter((f) => f.endsWith(`-${target}.zip`))
    .map((f) => join(outDir, f))
    .filter((f) => statSync(f).mtimeMs >= started - 1000);
  if (zips.length !== 1) throw new Error(`expected one fresh ${target} zip in ${outDir}, found ${zips.length}`);
  return zips[0];
}

const isHostPattern = (p) => p.includes('://') || p === '<all_urls>';
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;

function describe(target, zipPath, known) {
  const files = unzipSync(new Uint8Array(readFileSync(zipPath)));
  const manifest = JSON.parse(strFromU8(files['manifest.json']));
  const permissions = (manifest.permissions ?? []).filter((p) => !isHostPattern(p));
  // MV3 lists hosts in host_permissions; MV2 (Firefox) mixes them into permissions.
  const hosts = [...(manifest.host_permissions ?? []), ...(manifest.permissions ?? []).filter(isHostPattern)];
  const optional = [...(manifest.optional_host_permissions ?? []), ...(manifest.optional_permissions ?? [])];
  const contentMatches = [...new Set((manifest.content_scripts ?? []).flatMap((c) => c.matches ?? []))];
  const problems = [];
  const extra = [...hosts, ...contentMatches].filter((h) => !known.includes(h));
  if (extra.length) problems.push(`asks up front for hosts beyond the known helpdesks: ${extra.join(', ')}`);
  if (target === 'firefox') {
    if (!manifest.sidebar_action?.default_panel) problems.push('no sidebar_action.default_panel');
    if (!manifest.browser_specific_settings?.gecko?.id) problems.push('no browser_specific_settings.gecko.id');
  } else {
    if (!manifest.side_panel?.default_path) problems.push('no side_panel.default_path');
    if (manifest.storage?.managed_schema && !files[manifest.storage.managed_schema]) problems.push(`managed_schema ${manifest.storage.managed_schema} missing from the zip`);
  }
  if (manifest.default_locale && !files[`_locales/${manifest.default_locale}/messages.json`]) problems.push('default_locale messages missing');
  return {
    target,
    zip: relative(root, zipPath),
    size: statSync(zipPath).size,
    manifestVersion: manifest.manifest_version,
    id: manifest.browser_specific_settings?.gecko?.id,
    permissions,
    hosts,
    optional,
    locales: Object.keys(files).filter((f) => /^_locales\/[^/]+\/messages\.json$/.test(f)).map((f) => f.split('/')[1]),
    sidebar: target === 'firefox' ? manifest.sidebar_action?.default_panel : manifest.side_panel?.default_path,
    managedSchema: manifest.storage?.managed_schema,
    problems,
  };
}

const known = knownHelpdeskPatterns();
const results = ['chrome', 'firefox'].map((target) => describe(target, zipFor(target), known));

for (const r of results) {
  console.log(`\n${r.target === 'chrome' ? 'Chrome / Edge (MV3)' : 'Firefox (MV2)'}: ${r.zip}  ${kb(r.size)} (${r.size} bytes)`);
  if (r.id) console.log(`  gecko id:            ${r.id}`);
  console.log(`  panel:               ${r.sidebar}`);
  if (r.managedSchema) console.log(`  managed schema:      ${r.managedSchema}`);
  console.log(`  permissions:         ${r.permissions.join(', ')}`);
  console.log(`  host permissions:    ${r.hosts.join(', ')}`);
  console.log(`  optional (run time): ${r.optional.join(', ') || '—'}`);
  console.log(`  locales:             ${r.locales.sort().join(', ')}`);
  for (const p of r.problems) console.log(`  PROBLEM: ${p}`);
}
const sources = readdirSync(outDir).filter((f) => f.endsWith('-sources.zip'));
for (const s of sources) console.log(`\nFirefox sources (for AMO review): .output/${s}  ${kb(statSync(join(outDir, s)).size)}`);

if (results.some((r) => r.problems.length)) {
  console.error('\npackage: problems found (see above)');
  process.exit(1);
}
