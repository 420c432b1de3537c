// Benchmark for the AI draft path (issue 5). Run: node scripts/run-ts.mjs bench/drafts.ts [--runs 50]
// Prints:
//  1. time from "draft requested" to the first text delta, through the real @anthropic-ai/sdk against the local mock
//     API answering at once (prompt building + redaction + HTTP + SSE parsing): the non-UI part of
//     "click to first token" (target ≤ 150 ms overall);
//  2. redaction throughput (KB/s, messages/s);
//  3. redaction recall and precision on the labelled sets in tests/fixtures/privacy/.
import { existsSync, readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import Papa from 'papaparse';
import type { TicketSnapshot } from '../adapters/types';
import { createClient, streamCompletion } from '../lib/ai/client';
import { buildDraftPrompt, completionArgs } from '../lib/ai/prompts';
import type { AiSettings, KbSnippet } from '../lib/ai/types';
import { createRedactor, luhnValid } from '../lib/privacy/redact';
import { loadLabelled, type LabelledMessage } from '../tests/fixtures/privacy/labelled';
import { startMockAnthropic } from '../tests/mock-anthropic/server';

const runsArg = process.argv.indexOf('--runs');
const RUNS = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 50;

function percentile(sorted: number[], p: number): number {
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i];
}
const fmt = (ms: number) => `${ms.toFixed(1)} ms`;

function benchTicket(labelled: LabelledMessage[]): TicketSnapshot {
  // A realistic mid-sized ticket: six messages of real support text with personal data in it.
  return {
    helpdesk: 'zendesk',
    ticketId: '48213',
    url: 'https://acme.zendesk.com/agent/tickets/48213',
    subject: 'Refund still missing for order #100234',
    status: 'open',
    priority: 'high',
    tags: ['refund', 'billing'],
    requester: { name: 'Maria Lopez', email: 'maria.lopez@example.com' },
    messages: labelled.slice(0, 6).map((m, i) => ({
      author: i % 2 ? { role: 'agent' as const, name: 'Tom Becker' } : { role: 'customer' as const, name: 'Maria Lopez', email: 'maria.lopez@example.com' },
      at: new Date(Date.UTC(2026, 10, 20, 9, i * 7)).toISOString(),
      text: m.text,
    })),
  };
}

const SNIPPETS: KbSnippet[] = [
  { articleId: 'kb-refunds', title: 'Refund timelines', url: 'https://help.acme.test/refunds', passage: 'Refunds are issued within 5 business days after the return arrives at our warehouse. Card refunds can take another 3-5 days to appear, depending on the bank.' },
  { articleId: 'kb-returns', title: 'How to return an item', passage: 'Print the prepaid label from your account and drop the parcel at any carrier point. Keep the receipt until the refund arrives.' },
  { articleId: 'kb-double-charge', title: 'Charged twice', passage: 'A second charge is usually a pending authorisation that disappears within 7 days. If it does not, send us the bank statement line.' },
];

async function firstTokenLatency(labelled: LabelledMessage[]) {
  const mock = await startMockAnthropic();
  const settings: AiSettings = { apiKey: 'bench-key', baseUrl: mock.url, model: 'claude-sonnet-5-5', maxTokens: 800, redact: true, agentName: 'Tom Becker' };
  const ticket = benchTicket(labelled);
  // One client per session, as the background keeps it (connection reuse is part of the real path).
  const client = createClient(settings);
  const run = async () => {
    const t0 = performance.now();
    const built = buildDraftPrompt({ ticket, snippets: SNIPPETS, settings });
    const t1 = performance.now();
    let first = -1;
    await streamCompletion({
      settings,
      client,
      ...completionArgs(built),
      onText: () => {
        if (first < 0) first = performance.now();
      },
    });
    return { build: t1 - t0, first: first - t0, network: first - t1 };
  };
  for (let i = 0; i < 5; i++) await run(); // warm-up: JIT, keep-alive connection
  const samples: { build: number; first: number; network: number }[] = [];
  for (let i = 0; i < RUNS; i++) samples.push(await run());
  await mock.close();
  const col = (k: 'build' | 'first' | 'network') => samples.map((s) => s[k]).sort((a, b) => a - b);
  const first = col('first');
  const build = col('build');
  const network = col('network');
  console.log(`\n1) Request -> first text delta (real SDK, local mock answering at once, ${RUNS} runs after 5 warm-up)`);
  console.log(`   total          p50 ${fmt(percentile(first, 50))}   p95 ${fmt(percentile(first, 95))}   max ${fmt(first[first.length - 1])}`);
  console.log(`   prompt+redact  p50 ${fmt(percentile(build, 50))}   p95 ${fmt(percentile(build, 95))}`);
  console.log(`   SDK+HTTP+SSE   p50 ${fmt(percentile(network, 50))}   p95 ${fmt(percentile(network, 95))}`);
  console.log(`   target ≤ 150 ms (click to first token, overall): ${percentile(first, 95) <= 150 ? 'met' : 'NOT met'} by the non-UI part at p95`);
}

function throughput(labelled: LabelledMessage[]) {
  const texts = labelled.map((m) => m.text);
  const bytes = texts.reduce((s, t) => s + Buffer.byteLength(t, 'utf8'), 0);
  // A long ticket too: all messages as one text, the shape a whole-ticket redaction sees.
  const joined = texts.join('\n\n');
  for (let i = 0; i < 20; i++) for (const t of texts) createRedactor().redact(t);
  let messages = 0;
  let total = 0;
  const t0 = performance.now();
  while (performance.now() - t0 < 2000) {
    for (const t of texts) createRedactor().redact(t);
    messages += texts.length;
    total += bytes;
  }
  const secs = (performance.now() - t0) / 1000;
  let joinedRuns = 0;
  const t1 = performance.now();
  while (performance.now() - t1 < 1000) {
    createRedactor().redact(joined);
    joinedRuns++;
  }
  const joinedSecs = (performance.now() - t1) / 1000;
  console.log('\n2) Redaction throughput (single thread)');
  console.log(`   short messages: ${(total / 1024 / secs).toFixed(0)} KB/s, ${(messages / secs).toFixed(0)} messages/s (avg ${(bytes / texts.length).toFixed(0)} bytes each)`);
  console.log(`   one ${(Buffer.byteLength(joined) / 1024).toFixed(1)} KB ticket: ${((Buffer.byteLength(joined) * joinedRuns) / 1024 / joinedSecs).toFixed(0)} KB/s, ${fmt((joinedSecs * 1000) / joinedRuns)} per ticket`);
}

function quality(name: string, set: LabelledMessage[]) {
  let pii = 0;
  let hit = 0;
  let clean = 0;
  let damaged = 0;
  let finds = 0;
  let wrongFinds = 0;
  const perKind = new Map<string, [number, number]>();
  const misses: string[] = [];
  const damages: string[] = [];
  for (const m of set) {
    const r = createRedactor().redact(m.text);
    for (const p of m.pii) {
      pii++;
      const k = perKind.get(p.kind) ?? [0, 0];
      k[1]++;
      if (r.found.some((f) => f.kind === p.kind && f.value === p.value)) {
        hit++;
        k[0]++;
      } else misses.push(`${p.kind} "${p.value}"${p.kind === 'card' && !luhnValid(p.value.replace(/\D/g, '')) ? ' (fails Luhn)' : ''}`);
      perKind.set(p.kind, k);
    }
    for (const c of m.clean) {
      clean++;
      if (!r.text.includes(c)) {
        damaged++;
        damages.push(c);
      }
    }
    for (const f of r.found) {
      finds++;
      if (!m.pii.some((p) => p.kind === f.kind && p.value === f.value)) wrongFinds++;
    }
  }
  console.log(`\n   ${name}: ${set.length} messages, ${pii} personal-data items, ${clean} labelled look-alikes`);
  console.log(`     recall    ${hit}/${pii} = ${((100 * hit) / pii).toFixed(1)}%   (${[...perKind].map(([k, [h, n]]) => `${k} ${h}/${n}`).join(', ')})`);
  console.log(`     precision ${finds - wrongFinds}/${finds} replacements correct = ${((100 * (finds - wrongFinds)) / Math.max(1, finds)).toFixed(1)}%`);
  console.log(`     look-alikes wrongly replaced: ${damaged}/${clean} = ${((100 * damaged) / clean).toFixed(1)}%`);
  if (misses.length) console.log(`     missed: ${misses.join('; ')}`);
  if (damages.length) console.log(`     damaged: ${damages.join('; ')}`);
  return { pii, hit, clean, damaged, finds, wrongFinds };
}

const tuning = loadLabelled('labelled.txt');
const holdout = loadLabelled('labelled-holdout.txt');
console.log('Tandem bench: drafts (issue 5)');
await firstTokenLatency(tuning);
throughput([...tuning, ...holdout]);
console.log('\n3) Redaction recall / precision (tests/fixtures/privacy)');
const a = quality('tuning set (labelled.txt; the detectors were developed against it)', tuning);
const b = quality('held-out set (labelled-holdout.txt; written after tuning, not tuned on)', holdout);
const pii = a.pii + b.pii;
const hit = a.hit + b.hit;
console.log(`\n   combined: recall ${hit}/${pii} = ${((100 * hit) / pii).toFixed(1)}%, precision ${((100 * (a.finds + b.finds - a.wrongFinds - b.wrongFinds)) / (a.finds + b.finds)).toFixed(1)}%, look-alikes damaged ${a.damaged + b.damaged}/${a.clean + b.clean}`);

// An unlabelled probe on real customer text: BANKING77's 13,083 bank-customer queries contain almost no personal
// data, so nearly every replacement there is a false positive worth looking at.
const banking = ['train.csv', 'test.csv'].map((f) => `../shared/data/banking77/${f}`).filter((f) => existsSync(f));
if (banking.length) {
  const rows = banking.flatMap((f) => Papa.parse<{ text: string }>(readFileSync(f, 'utf8'), { header: true, skipEmptyLines: true }).data);
  const hits: string[] = [];
  for (const row of rows) for (const f of createRedactor().redact(row.text ?? '').found) hits.push(`${f.kind} "${f.value}" in "${row.text.slice(0, 90)}"`);
  console.log(`\n4) Unlabelled probe: BANKING77 (${rows.length} real customer queries): ${hits.length} replacements (${((1000 * hits.length) / rows.length).toFixed(2)} per 1000 messages)`);
  for (const h of hits.slice(0, 12)) console.log(`     ${h}`);
} else {
  console.log('\n4) BANKING77 probe skipped (../shared/data/banking77 not found)');
}
