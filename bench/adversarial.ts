// Crafted customer text against every path it takes (issue 14, item 3). Run: npm run bench:adversarial
// Each input is built at 10 KB and at 100 KB and fed to redaction, sentiment, knowledge query building, quote
// stripping and the text walk (a message body read from the DOM, then tidied). The inputs are the ones that made a
// regex or a scan super-linear before (seconds for some of them), plus plain prose for scale. A row passes when the
// 100 KB time is at most 12x the 10 KB time (linear, with room for noise) and under 50 ms (CPU time of the process,
// median of seven rounds). Exits non-zero on a fail.
// (The entry points also cap each text, see lib/limits.ts; these calls go beneath the caps, to the patterns.)
import { Window } from 'happy-dom';
import { urlMatchesPattern } from '../adapters/shared/match-pattern';
import { htmlToTextPreservingLines, stripQuotedText } from '../adapters/shared/text';
import { buildQuery } from '../lib/kb/query';
import { redact } from '../lib/privacy/redact';
import { compiledPhrases, findPhraseHits } from '../lib/sentiment/match';
import { scoreMessage } from '../lib/sentiment/score';

const KB = 1024;
const MAX_RATIO = 12;
const MAX_MS_100KB = 50;

/** `unit` repeated to `size` characters. */
const fill = (unit: string, size: number) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);

interface Case {
  path: string;
  input: string;
  make(size: number): string;
  run(input: string): unknown;
}

const window = new Window();
const document = window.document;
/** A message body holding the text (the DOM is built outside the timing; the walk and tidy are timed). */
function body(html: string): Element {
  const el = document.createElement('div');
  el.innerHTML = html;
  return el as unknown as Element;
}
// (childNodes by index: happy-dom finds an element's nextSibling by searching its parent's children, which makes a
// walk by siblings quadratic in happy-dom alone; browsers follow a pointer. The walk's own work is what is timed.)
const childNodes = (el: Element) => el.childNodes;
const walk = (el: string) => htmlToTextPreservingLines(el as unknown as Element, { childNodes });

const prose = 'Hi, I ordered the blue kettle on Monday and it still has not arrived. Can you check the tracking? ';
const phrases = compiledPhrases();

const cases: Case[] = [
  { path: 'redaction', input: 'key=value words ("secret-")', make: (n) => fill('secret-', n), run: redact },
  { path: 'redaction', input: "e-mail local parts (\"a'\")", make: (n) => fill("a'", n), run: redact },
  { path: 'redaction', input: 'e-mail domains ("x@" + "a.")', make: (n) => `x@${fill('a.', n - 2)}`, run: redact },
  { path: 'redaction', input: 'a long password value', make: (n) => `password=${fill('a', n - 9)}`, run: redact },
  { path: 'redaction', input: 'a token value of dots', make: (n) => `token=${fill('.', n - 6)}`, run: redact },
  { path: 'redaction', input: 'placeholder-like "[PHONE_1 "', make: (n) => fill('[PHONE_1 ', n), run: redact },
  { path: 'redaction', input: 'digits and separators', make: (n) => fill('1 2-3.', n), run: redact },
  { path: 'redaction', input: 'plain prose', make: (n) => fill(prose, n), run: redact },
  { path: 'sentiment', input: 'a phrase, no sentence end', make: (n) => fill('I want to cancel ', n), run: (t) => findPhraseHits(t, phrases) },
  { path: 'sentiment', input: 'phrases in quotes', make: (n) => fill('"cancel my account" ', n), run: (t) => findPhraseHits(t, phrases) },
  { path: 'sentiment', input: 'sarcasm cue + "!"', make: (n) => `great job${fill('!', n - 10)}x`, run: scoreMessage },
  { path: 'sentiment', input: 'plain prose (score)', make: (n) => fill(prose, n), run: scoreMessage },
  { path: 'query building', input: 'one letter, no "@"', make: (n) => fill('a', n), run: buildQuery },
  { path: 'query building', input: '"a." runs', make: (n) => fill('a.', n), run: buildQuery },
  { path: 'query building', input: '"?" runs', make: (n) => fill('?', n - 1) + 'x', run: buildQuery },
  { path: 'query building', input: 'greeting + spaces', make: (n) => `hi${fill(' ', n - 3)}?`, run: buildQuery },
  { path: 'query building', input: 'plain prose', make: (n) => fill(prose, n), run: buildQuery },
  { path: 'quote stripping', input: 'attribution-like words', make: (n) => `Hi\n${fill('On Monday Jane wrote ', n)}:`, run: stripQuotedText },
  { path: 'quote stripping', input: '"--" and "From:" runs', make: (n) => `Hi\n${fill('-- From: x ', n)}`, run: stripQuotedText },
  { path: 'quote stripping', input: '">" lines', make: (n) => `Hi\n${fill('> quoted\n', n)}`, run: stripQuotedText },
  { path: 'text walk', input: '&nbsp; runs (no line break)', make: (n) => `x${'&nbsp;'.repeat(n)}y`, run: walk },
  { path: 'text walk', input: 'spaces + <br> runs', make: (n) => fill('&nbsp; &nbsp;<br>', n * 2), run: walk },
  { path: 'text walk', input: 'plain prose paragraphs', make: (n) => fill(`<p>${prose}</p>`, n), run: walk },
  // The page sets its own URL (history.pushState); an admin's pattern with several "*" once became ^.*a.*b.*$.
  { path: 'URL matching', input: '"a" path vs "/*a*b*c*d"', make: (n) => `https://acme.test/${fill('a', n)}`, run: (u) => urlMatchesPattern(u, 'https://acme.test/*a*b*c*d') },
];

const gc = (globalThis as { gc?: () => void }).gc; // (npm run bench:adversarial runs node with --expose-gc)

/** CPU milliseconds of this process (user + system): unlike the wall clock, not stretched by waiting for a core on a
 *  busy machine (these run beside other work; the wall clock gave ratios anywhere from 5 to 30 for the same code). */
function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/** CPU milliseconds per call: enough calls to fill 50 ms (so small times are not timer noise, and the garbage
 *  collector's share is averaged over many calls); the median of seven rounds, each after a full collection (so one
 *  round does not pay for the garbage of the one before). */
function time(run: () => unknown): number {
  let calls = 1;
  for (;;) {
    const start = cpuMs();
    for (let i = 0; i < calls; i++) run();
    const ms = cpuMs() - start;
    if (ms >= 50 || calls >= 1 << 16) break;
    calls *= ms < 2 ? 8 : 2;
  }
  const rounds: number[] = [];
  for (let round = 0; round < 7; round++) {
    gc?.();
    const start = cpuMs();
    for (let i = 0; i < calls; i++) run();
    rounds.push((cpuMs() - start) / calls);
  }
  return rounds.sort((x, y) => x - y)[3];
}

const rows: string[][] = [['path', 'input', '10 KB ms', '100 KB ms', 'ratio', 'result']]; // (CPU ms per call)
let failed = 0;
for (const c of cases) {
  const small = c.make(10 * KB);
  const large = c.make(100 * KB);
  // (the text walk takes a DOM element; it is built once, outside the timing)
  const [a, b] = c.path === 'text walk' ? [body(small), body(large)] : [small, large];
  c.run(a as string); // warm up
  const t10 = time(() => c.run(a as string));
  const t100 = time(() => c.run(b as string));
  const ratio = t100 / t10;
  const ok = ratio <= MAX_RATIO && t100 <= MAX_MS_100KB;
  if (!ok) failed++;
  rows.push([c.path, c.input, t10.toFixed(3), t100.toFixed(3), ratio.toFixed(1), ok ? 'pass' : 'FAIL']);
}

const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
for (const r of rows) console.log(r.map((cell, i) => (i >= 2 && i <= 4 ? cell.padStart(widths[i]) : cell.padEnd(widths[i]))).join('  '));
console.log(`\n${rows.length - 1 - failed}/${rows.length - 1} pass (100 KB <= ${MAX_RATIO}x 10 KB and <= ${MAX_MS_100KB} ms), Node ${process.version}`);
if (failed) process.exitCode = 1;
