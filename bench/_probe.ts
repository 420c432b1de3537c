import { DETECTORS } from '../lib/privacy/detectors';
import { findPhraseHits, compiledPhrases } from '../lib/sentiment/match';
import { buildQuery } from '../lib/kb/query';
import { stripQuotedText } from '../adapters/shared/text';
const t = (name: string, f: () => unknown) => { const s = performance.now(); f(); const ms = performance.now() - s; if (ms > 20) console.log(name, ms.toFixed(0), 'ms'); };
const n = Number(process.argv[2] ?? 2000);
const inputs: Record<string, string> = {
  tokens: 'token'.repeat(n / 5), tokus: 'token_'.repeat(n / 6), secrets: 'secret-'.repeat(n / 7), pw: 'password '.repeat(n / 9), pwa: 'password'+'a'.repeat(n),
  dots: 'a.'.repeat(n / 2), at: 'a@'.repeat(n / 2), atdot: 'a@a.'.repeat(n / 4), ats: '[at]'.repeat(n/4), atsp: 'a (at) '.repeat(n/7), dotsp: 'a@b (dot) '.repeat(n/10),
  digits: '1 '.repeat(n / 2), digits2: '1'.repeat(n), colon: '1:'.repeat(n / 2), hex: 'a:'.repeat(n / 2), spaces: ' '.repeat(n), nbsp: 'x\u00a0'.repeat(n/2),
  pipe: '1-'.repeat(n / 2), plus: '+1'.repeat(n/2), paren: '(1)'.repeat(n/3), bearer: 'Bearer '.repeat(n/7), url: 'a://'.repeat(n/4), urlc: 'a://a:'.repeat(n/6),
  ip: '1.'.repeat(n/2), begin: '-----BEGIN PRIVATE KEY-----'.repeat(n/27), letters: 'a'.repeat(n), words: 'a '.repeat(n/2), mixed: 'a1 '.repeat(n/3),
};
for (const [k, s] of Object.entries(inputs)) {
  for (const [d, f] of Object.entries(DETECTORS)) t(`${d} ${k}`, () => f(s));
  t(`query ${k}`, () => buildQuery(s));
  t(`strip ${k}`, () => stripQuotedText(s));
}
