// Pattern detectors for personal data and secrets in support text. Each detector returns candidate spans;
// redact.ts resolves overlaps and assigns placeholders. Precision matters as much as recall here: order numbers,
// dates, prices, versions, tracking and ticket ids are what a support reply is about, so every pattern that could
// eat one is validated (Luhn, mod-97, octet ranges, phone grouping rules, nearby words).

export type RedactionKind = 'email' | 'phone' | 'card' | 'iban' | 'secret' | 'ip' | 'ssn' | 'name';

export interface Span {
  kind: RedactionKind;
  start: number;
  end: number;
  value: string;
  /** Higher wins when two candidates overlap. */
  priority: number;
}

const PRIORITY: Record<RedactionKind, number> = {
  secret: 90,
  name: 75,
  email: 80,
  iban: 70,
  card: 60,
  ssn: 50,
  ip: 40,
  phone: 30,
};

function span(kind: RedactionKind, start: number, value: string): Span {
  return { kind, start, end: start + value.length, value, priority: PRIORITY[kind] };
}

// ---------------------------------------------------------------- e-mail
// Found from each "@" (or "[at]" / "(at)") outwards rather than by one pattern over the text: a pattern that starts
// a local part anywhere scans to the end of the run from every position ("a'a'a'..." took seconds), while these
// scans cover each character about once. The result is what the single pattern matched: a local part of
// [\p{L}\p{N}._%+'-] starting with a letter or digit (not glued to one before it), then a domain of labels
// separated by "." or "[dot]" / "(dot)", ending with a top-level domain of 2-24 letters.
const EMAIL_AT_RE = /@|\s?[[(]at[\])]\s?/gu;
const LOCAL_CHAR = /[\p{L}\p{N}._%+'-]/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const LABEL_CHAR = /[\p{L}\p{N}-]/u;
const DOT_WORD_RE = /\s?[[(]dot[\])]\s?/y;
const TLD = /^\p{L}{2,24}$/u;

/** End of the domain that starts at `from`, or -1. */
function emailDomainEnd(text: string, from: number): number {
  let i = from;
  let labels = 0;
  let end = -1;
  for (;;) {
    // One label: a maximal run of letters, digits and hyphens, starting and ending with a letter or digit.
    const start = i;
    if (!LETTER_OR_DIGIT.test(text[i] ?? '')) return end;
    while (i < text.length && LABEL_CHAR.test(text[i])) i++;
    if (labels > 0 && i - start <= 24 && TLD.test(text.slice(start, i))) end = i;
    if (text[i - 1] === '-') return end;
    labels++;
    // The separator before the next label.
    if (text[i] === '.' && LETTER_OR_DIGIT.test(text[i + 1] ?? '')) {
      i++;
      continue;
    }
    DOT_WORD_RE.lastIndex = i;
    if (DOT_WORD_RE.test(text) && LETTER_OR_DIGIT.test(text[DOT_WORD_RE.lastIndex] ?? '')) {
      i = DOT_WORD_RE.lastIndex;
      continue;
    }
    return end;
  }
}

export function findEmails(text: string): Span[] {
  const out: Span[] = [];
  let taken = 0; // end of the last address: matches never overlap
  EMAIL_AT_RE.lastIndex = 0;
  for (let m = EMAIL_AT_RE.exec(text); m; m = EMAIL_AT_RE.exec(text)) {
    const at = m.index;
    // The local part: the run of local-part characters before the "@", from its first possible start (the run's
    // start, or just after an apostrophe in it), which must be a letter or a digit.
    let runStart = at;
    while (runStart > taken && LOCAL_CHAR.test(text[runStart - 1])) runStart--;
    let start = -1;
    for (let p = runStart; p < at; p++) {
      const glued = p > 0 && /[\p{L}\p{N}._%+-]/u.test(text[p - 1]);
      if (!glued && LETTER_OR_DIGIT.test(text[p])) {
        start = p;
        break;
      }
      // (past the run's start, only a position after an apostrophe can start it)
      const next = text.indexOf("'", p);
      if (next < 0 || next >= at) break;
      p = next;
    }
    if (start < 0) continue;
    const end = emailDomainEnd(text, at + m[0].length);
    if (end < 0) continue;
    out.push(span('email', start, text.slice(start, end)));
    taken = end;
    EMAIL_AT_RE.lastIndex = Math.max(EMAIL_AT_RE.lastIndex, end);
  }
  return out;
}

// ---------------------------------------------------------------- payment cards
export function luhnValid(digits: string): boolean {
  let sum = 0;
  let double = false;
  for (let i = digits.length - 1; i >= 0; i--) {
    let d = digits.charCodeAt(i) - 48;
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    double = !double;
  }
  return digits.length > 0 && sum % 10 === 0;
}

/** Issuer prefixes and the lengths they issue; a Luhn-valid number outside these is far more likely an order id. */
function cardNetworkFits(d: string): boolean {
  const len = d.length;
  if (/^4/.test(d)) return len === 13 || len === 16 || len === 19; // Visa
  if (/^(5[1-5]|2(2[2-9]|[3-6]\d|7[01]|720))/.test(d)) return len === 16; // Mastercard
  if (/^3[47]/.test(d)) return len === 15; // Amex
  if (/^(6011|65|64[4-9]|622)/.test(d)) return len >= 16 && len <= 19; // Discover / UnionPay co-brand
  if (/^35(2[89]|[3-8]\d)/.test(d)) return len >= 16 && len <= 19; // JCB
  if (/^3(0[0-5]|[689])/.test(d)) return len >= 14 && len <= 19; // Diners
  if (/^62/.test(d)) return len >= 16 && len <= 19; // UnionPay
  if (/^(5018|5020|5038|5893|6304|6759|676[1-3])/.test(d)) return len >= 12 && len <= 19; // Maestro
  return false;
}

const CARD_RE = /(?<![\w.,/-])\d(?:[ -]?\d){11,18}(?![\w]|[.,/-]\d)/g;

export function findCards(text: string): Span[] {
  const out: Span[] = [];
  for (const m of text.matchAll(CARD_RE)) {
    const raw = m[0];
    const digits = raw.replace(/\D/g, '');
    if (digits.length < 12 || digits.length > 19) continue;
    // Separators, when present, must be consistent (all spaces or all dashes) and group like a card does.
    const seps = raw.match(/[ -]/g) ?? [];
    if (seps.length && new Set(seps).size > 1) continue;
    if (seps.length) {
      const groups = raw.split(/[ -]/).map((g) => g.length);
      const fourGroups = groups.slice(0, -1).every((g) => g === 4) && groups[groups.length - 1] <= 4;
      const amexLike = groups.join(',') === '4,6,5' || groups.join(',') === '4,6,4';
      if (!fourGroups && !amexLike) continue;
    }
    if (!cardNetworkFits(digits) || !luhnValid(digits)) continue;
    out.push(span('card', m.index!, raw));
  }
  return out;
}

// ---------------------------------------------------------------- IBAN
const IBAN_LENGTHS: Record<string, number> = {
  AD: 24, AE: 23, AL: 28, AT: 20, AZ: 28, BA: 20, BE: 16, BG: 22, BH: 22, BR: 29, BY: 28, CH: 21, CR: 22, CY: 28,
  CZ: 24, DE: 22, DK: 18, DO: 28, EE: 20, EG: 29, ES: 24, FI: 18, FO: 18, FR: 27, GB: 22, GE: 22, GI: 23, GL: 18,
  GR: 27, GT: 28, HR: 21, HU: 28, IE: 22, IL: 23, IQ: 23, IS: 26, IT: 27, JO: 30, KW: 30, KZ: 20, LB: 28, LC: 32,
  LI: 21, LT: 20, LU: 20, LV: 21, MC: 27, MD: 24, ME: 22, MK: 19, MR: 27, MT: 31, MU: 30, NL: 18, NO: 15, PK: 24,
  PL: 28, PS: 29, PT: 25, QA: 29, RO: 24, RS: 22, SA: 24, SC: 31, SE: 24, SI: 19, SK: 24, SM: 27, ST: 25, SV: 28,
  TL: 23, TN: 24, TR: 26, UA: 29, VA: 22, VG: 24, XK: 20,
};

export function ibanValid(compact: string): boolean {
  const s = compact.toUpperCase();
  if (IBAN_LENGTHS[s.slice(0, 2)] !== s.length) return false;
  const rearranged = s.slice(4) + s.slice(0, 4);
  let rem = 0;
  for (const ch of rearranged) {
    const code = ch.charCodeAt(0);
    const val = code >= 65 ? code - 55 : code - 48;
    if (val < 0 || val > 35) return false;
    rem = (val > 9 ? rem * 100 + val : rem * 10 + val) % 97;
  }
  return rem === 1;
}

const IBAN_START_RE = /(?<![A-Za-z0-9])([A-Za-z]{2})(\d{2})/g;

export function findIbans(text: string): Span[] {
  const out: Span[] = [];
  for (const m of text.matchAll(IBAN_START_RE)) {
    const want = IBAN_LENGTHS[m[1].toUpperCase()];
    if (!want) continue;
    // Walk forward collecting exactly the country's length, allowing single spaces/dashes between characters.
    let i = m.index! + 4;
    let count = 4;
    while (count < want && i < text.length) {
      const ch = text[i];
      if (/[A-Za-z0-9]/.test(ch)) {
        count++;
        i++;
      } else if ((ch === ' ' || ch === '-') && /[A-Za-z0-9]/.test(text[i + 1] ?? '')) {
        i++;
      } else break;
    }
    if (count !== want || /[A-Za-z0-9]/.test(text[i] ?? '')) continue;
    const raw = text.slice(m.index!, i);
    if (!ibanValid(raw.replace(/[ -]/g, ''))) continue;
    out.push(span('iban', m.index!, raw));
  }
  return out;
}

// ---------------------------------------------------------------- API keys and tokens
const TOKEN_PATTERNS: RegExp[] = [
  /\bsk-[A-Za-z0-9_-]{20,}/g, // Anthropic / OpenAI style
  /\b(?:sk|pk|rk)_(?:live|test)_[A-Za-z0-9]{16,}/g, // Stripe
  /\bwhsec_[A-Za-z0-9]{20,}/g,
  /\bgh[pousr]_[A-Za-z0-9]{30,}/g, // GitHub
  /\bgithub_pat_[A-Za-z0-9_]{40,}/g,
  /\bglpat-[A-Za-z0-9_-]{20,}/g, // GitLab
  /\b(?:AKIA|ASIA|AGPA|AIDA|AROA)[0-9A-Z]{16}\b/g, // AWS access key id
  /\bxox[abposr]-[A-Za-z0-9-]{10,}/g, // Slack
  /\bAIza[0-9A-Za-z_-]{35}/g, // Google API key
  /\bya29\.[0-9A-Za-z_-]{20,}/g, // Google OAuth
  /\bSG\.[A-Za-z0-9_-]{16,}\.[A-Za-z0-9_-]{16,}/g, // SendGrid
  /\bshp(?:at|ss|ca|pa)_[a-fA-F0-9]{32}\b/g, // Shopify
  /\bnpm_[A-Za-z0-9]{36}\b/g,
  /\bhf_[A-Za-z0-9]{30,}\b/g, // Hugging Face
  /\beyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}/g, // JWT
  /-----BEGIN [A-Z ]*PRIVATE KEY-----[\s\S]*?-----END [A-Z ]*PRIVATE KEY-----/g,
];

// "Bearer <token>" / "Basic <base64>": keep the scheme word, redact the credential.
const AUTH_SCHEME_RE = /\b(?:Bearer|Basic|Token)\s+([A-Za-z0-9._~+/=-]{16,})/g;

// key = value / key: value with a secret-looking key. Passwords are short; other secrets must look generated.
// The key may be any identifier containing a secret-ish word (aws_secret_access_key, API_SECRET, x-api-key).
// Passwords may be introduced in prose: "the password for the test account is: ...".
// Found from each secret-ish word: the key is the identifier around it (at most KEY_MAX characters), then an
// anchored pattern reads the separator and the value. (One pattern for key, separator and value, with the key's
// letters on both sides of the word, backtracked cubically: "secret-secret-..." took seconds for 5 KB.)
const KEY_WORD_RE = /secret|token|api[_ -]?key|private[_-]?key|signing[_-]?key|passwd|passcode|password|pwd|pin/gi;
const PASSWORD_WORD = /^(?:password|passwd|pwd|passcode|pin)$/i;
const KEY_CHAR = /[A-Za-z_-]/;
const WORD_CHAR = /\w/;
const KEY_MAX = 64;
const KEY_VALUE_AFTER_RE = /["']?(?:\s*|(?<=password)[^.\n:=]{1,40}?)(?:[:=]|\bis\b:?)\s*["']?([^\s"',;<>)\]]+)/iy;

/** Key = value spans: where the value starts, the key (lower case) and the raw value. */
function keyValues(text: string): { key: string; valueStart: number; value: string }[] {
  const out: { key: string; valueStart: number; value: string }[] = [];
  KEY_WORD_RE.lastIndex = 0;
  for (let m = KEY_WORD_RE.exec(text); m; m = KEY_WORD_RE.exec(text)) {
    let keyStart: number;
    let keyEnd: number;
    if (PASSWORD_WORD.test(m[0])) {
      // A password word counts alone, as a whole word ("my-password:", not "db_password" or "spinning").
      keyStart = m.index;
      keyEnd = m.index + m[0].length;
      if (WORD_CHAR.test(text[keyStart - 1] ?? '') || WORD_CHAR.test(text[keyEnd] ?? '')) continue;
    } else {
      // The identifier around the word: letters, '_' and '-' on both sides.
      keyStart = m.index;
      while (keyStart > 0 && m.index - keyStart <= KEY_MAX && KEY_CHAR.test(text[keyStart - 1])) keyStart--;
      keyEnd = m.index + m[0].length;
      while (keyEnd < text.length && keyEnd - m.index <= KEY_MAX && KEY_CHAR.test(text[keyEnd])) keyEnd++;
      if (m.index - keyStart > KEY_MAX || keyEnd - m.index > KEY_MAX) {
        KEY_WORD_RE.lastIndex = Math.max(KEY_WORD_RE.lastIndex, keyEnd);
        continue; // no identifier is that long
      }
      while (text[keyStart] === '-') keyStart++; // (the key starts at a word boundary)
      if (WORD_CHAR.test(text[keyStart - 1] ?? '')) continue; // glued to digits before it
      if (keyEnd > 0 && text[keyEnd - 1] === '-' && !WORD_CHAR.test(text[keyEnd] ?? '')) continue;
    }
    KEY_VALUE_AFTER_RE.lastIndex = keyEnd;
    const v = KEY_VALUE_AFTER_RE.exec(text);
    // Later words inside this key give the same key: skip them, and everything the match took.
    KEY_WORD_RE.lastIndex = Math.max(KEY_WORD_RE.lastIndex, keyEnd, v ? KEY_VALUE_AFTER_RE.lastIndex : 0);
    if (!v) continue;
    out.push({ key: text.slice(keyStart, keyEnd).toLowerCase(), valueStart: KEY_VALUE_AFTER_RE.lastIndex - v[1].length, value: v[1] });
  }
  return out;
}

/** `s` without trailing dots (a loop: a pattern anchored at the end rescans a run of dots from each one). */
function trimDots(s: string): string {
  let end = s.length;
  while (end > 0 && s[end - 1] === '.') end--;
  return s.slice(0, end);
}

// Credentials inside a URL: scheme://user:password@host. Found from the "://" (a scheme pattern in front of it was
// tried again from every letter of a long run such as "a.a.a..." or "secret-secret-...": seconds for 100 KB).
const URL_CREDENTIALS_RE = /:\/\/([^\s:/@]+:[^\s/@]+)@/g;
const SCHEME_CHAR = /[a-z0-9+.-]/i;

/** Whether a URL scheme ends at `at`: a letter, then letters, digits, '+', '.' or '-' (at most 32 looked at). */
function schemeBefore(text: string, at: number): boolean {
  let letter = false;
  for (let i = at - 1; i >= 0 && i >= at - 32 && SCHEME_CHAR.test(text[i]); i--) {
    if (/[a-z]/i.test(text[i]) && !/\w/.test(text[i - 1] ?? '')) letter = true;
  }
  return letter;
}

function looksGenerated(value: string): boolean {
  if (value.length < 12) return false;
  if (/^[0-9a-f]{16,}$/i.test(value)) return true; // hex secret
  const classes = [/[a-z]/, /[A-Z]/, /\d/].filter((re) => re.test(value)).length;
  return classes >= 2 && /^[A-Za-z0-9+/_.=~-]+$/.test(value) && /\d/.test(value);
}

export function findSecrets(text: string): Span[] {
  const out: Span[] = [];
  for (const re of TOKEN_PATTERNS) for (const m of text.matchAll(re)) out.push(span('secret', m.index!, m[0]));
  for (const m of text.matchAll(AUTH_SCHEME_RE)) {
    const token = m[1];
    if (!/\d/.test(token) && token.length < 24) continue; // "Bearer authentication..." prose
    out.push(span('secret', m.index! + m[0].length - token.length, token));
  }
  for (const kv of keyValues(text)) {
    const key = kv.key;
    const isPassword = PASSWORD_WORD.test(key);
    // Query strings: a token value ends at the next parameter; passwords may contain '&'.
    const value = trimDots(isPassword ? kv.value : kv.value.split('&')[0]);
    if (key === 'pin') {
      if (!/^\d{4,8}$/.test(value)) continue;
    } else if (isPassword) {
      // A password looks like one: a digit, a symbol or mixed case ("password is broken" is prose).
      if (value.length < 4 || !(/[\d\W_]/.test(value) || (/[a-z]/.test(value) && /[A-Z]/.test(value)))) continue;
    } else if (!looksGenerated(value)) continue;
    out.push(span('secret', kv.valueStart, value));
  }
  for (const m of text.matchAll(URL_CREDENTIALS_RE)) {
    if (!schemeBefore(text, m.index!)) continue;
    out.push(span('secret', m.index! + m[0].length - 1 - m[1].length, m[1]));
  }
  return out;
}

// ---------------------------------------------------------------- IP addresses
// Not followed by /n (a CIDR range names a network, not a person) or a fifth number (a version).
const IPV4_RE = /(?<![\w.])(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(?![\w]|\.\d|\/\d)/g;
const VERSION_WORD_AFTER = /^\s*(?:\)\s*)?(?:as (?:a |the )?)?(?:build|version|release)\b/i;
const VERSION_WORD_BEFORE = /(?:\bv(?:ersion)?|\bver|\bbuild|\brelease|\bfirmware|\bapp|\bsdk|\bplugin|\bupdate[sd]?|\bupgrade[sd]?|\bversi[oó]n|\bto|\bfrom)\.?(?:\s*:)?$/i; // (tested on text without trailing spaces)

const IPV6_RE = /(?<![\w:.])(?:[0-9a-f]{0,4}:){2,7}[0-9a-f]{0,4}(?![\w:])/gi;

function ipv6Valid(s: string): boolean {
  const parts = s.split('::');
  if (parts.length > 2) return false;
  const groups = parts.flatMap((p) => (p === '' ? [] : p.split(':')));
  if (groups.some((g) => !/^[0-9a-f]{1,4}$/i.test(g))) return false;
  if (parts.length === 1 && groups.length !== 8) return false;
  if (parts.length === 2 && groups.length > 7) return false;
  // Times such as 10:30:00 have no '::' and fewer than 8 groups, so they already failed; demand some hex
  // letter or '::' to keep "1:2:3:4:5:6:7:8" style counters out.
  return parts.length === 2 ? groups.length >= 1 : /[a-f]/i.test(s) || groups.length === 8;
}

export function findIps(text: string): Span[] {
  const out: Span[] = [];
  for (const m of text.matchAll(IPV4_RE)) {
    const before = text.slice(Math.max(0, m.index! - 20), m.index!);
    if (VERSION_WORD_BEFORE.test(before.trimEnd()) || VERSION_WORD_AFTER.test(text.slice(m.index! + m[0].length, m.index! + m[0].length + 24))) continue;
    // Loopback and "any" addresses identify no one.
    if (/^(127\.|0\.0\.0\.0$)/.test(m[0])) continue;
    out.push(span('ip', m.index!, m[0]));
  }
  for (const m of text.matchAll(IPV6_RE)) {
    if (!m[0].includes('::') && m[0].split(':').length < 8) continue;
    if (ipv6Valid(m[0])) out.push(span('ip', m.index!, m[0]));
  }
  return out;
}

// ---------------------------------------------------------------- US social security numbers
const SSN_RE = /(?<![\w-])(?!000|666|9\d\d)\d{3}-(?!00)\d{2}-(?!0000)\d{4}(?![\w-])/g;
const SSN_CONTEXT = /\b(ssn|social security|social sec|tax id|taxpayer|itin|sozialversicherung)\b/i;

export function findSsns(text: string): Span[] {
  const out: Span[] = [];
  for (const m of text.matchAll(SSN_RE)) {
    const around = text.slice(Math.max(0, m.index! - 40), m.index!);
    // Without context a 3-2-4 group is still far more often an SSN than anything else in support mail,
    // but part numbers use it too: require the context word or the canonical dashed shape with no '#' before.
    if (SSN_CONTEXT.test(around) || !/[#]\s*$|\b(part|sku|model|ref|order|item)\b[^\n]{0,12}$/i.test(around)) {
      out.push(span('ssn', m.index!, m[0]));
    }
  }
  return out;
}

// ---------------------------------------------------------------- phone numbers
const PHONE_CANDIDATE_RE = /(?<![\w+#/.,:-])(?:\+|00)?\(?\d[\d ()./-]{5,20}\d(?![\w]|[.,:/-]\d)/g;
const PHONE_CONTEXT =
  /\b(phone|tel|mobile|cell|call|ring|text me|sms|whats ?app|fax|contact|reach|number is|landline|hotline|tel[eé]fono|m[oó]vil|celular|llamar|ll[aá]me|t[eé]l[eé]phone|portable|appel|appelez|telefon|handy|mobil|anrufen|r[uü]ckruf|telem[oó]vel|telefone|liga[rç])\b/i;
const NOT_PHONE_CONTEXT =
  /\b(order|ord|invoice|inv|ticket|case|ref|reference|tracking|track|shipment|parcel|awb|serial|s\/n|sku|item|part|model|account|acct|customer|confirmation|policy|claim|booking|id|po|pedido|factura|commande|colis|facture|bestellung|kundennummer|sendungsnummer|rechnung|encomenda|fatura|ordine)(?:\s*(?:number|no\.?|nr\.?|n[ºo°]\.?|#|id))?(?:\s*[:#.])?(?:\s*is)?$/i; // (tested on text without trailing spaces)
const DATE_OR_TIME =
  /^(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}|\d{1,2}:\d{2}(?::\d{2})?)$/;

function phoneShapeOk(raw: string): boolean {
  const s = raw.trim();
  const digits = s.replace(/\D/g, '');
  if (/^(\+|00)/.test(s)) {
    const n = s.startsWith('00') ? digits.length - 2 : digits.length;
    // The country code must not start with 0, and separators must not make it look like a date.
    return n >= 8 && n <= 15 && !/^(\+|00)0/.test(s.replace(/[ ()]/g, ''));
  }
  if (DATE_OR_TIME.test(s)) return false;
  if (/[./-]/.test(s) && /^\d{1,4}[./-]\d{1,2}[./-]\d{1,4}$/.test(s)) return false;
  // North American: (415) 555-0132, 415-555-0132, 415.555.0132, 415 555 0132, 1-800-555-0199
  if (/^(?:1[ .-]?)?(?:\([2-9]\d{2}\)\s?|[2-9]\d{2}[ .-])[2-9]\d{2}[ .-]\d{4}$/.test(s)) return true;
  // Brazil: (11) 91234-5678
  if (/^\(\d{2}\)\s?\d{4,5}-\d{4}$/.test(s)) return true;
  // Spain / Portugal mobiles and landlines: 612 345 678, 912 345 678, 91 123 45 67
  if (/^[6789]\d{2}[ .]\d{3}[ .]\d{3}$/.test(s) || /^[89]\d[ .]\d{3}[ .]\d{2}[ .]\d{2}$/.test(s)) return true;
  // European national numbers with a trunk 0: 020 7946 0958, 07700 900123, 030 12345678, 01 23 45 67 89, 030/1234567
  if (/^\(?0\d/.test(s) && digits.length >= 9 && digits.length <= 12) {
    const groups = s.split(/[ ()./-]+/).filter(Boolean);
    if (groups.length >= 2 && groups.every((g) => g.length >= 2 && g.length <= 8)) return true;
  }
  return false;
}

export function findPhones(text: string): Span[] {
  const out: Span[] = [];
  for (const m of text.matchAll(PHONE_CANDIDATE_RE)) {
    let raw = m[0];
    let start = m.index!;
    // Trim an unbalanced trailing/leading parenthesis the broad pattern may have taken.
    if (raw.endsWith(')') && !raw.includes('(')) raw = raw.slice(0, -1);
    if (raw.startsWith('(') && !raw.includes(')')) {
      raw = raw.slice(1);
      start++;
    }
    raw = raw.replace(/(?<![ ./-])[ ./-]+$/, '');
    const digits = raw.replace(/\D/g, '');
    if (digits.length < 7 || digits.length > 15) continue;
    const before = text.slice(Math.max(0, start - 40), start);
    const after = text.slice(start + raw.length, start + raw.length + 4);
    if (/^\s?(?:€|\$|£|eur|usd|gbp|%|kg|km|mb|gb)/i.test(after)) continue; // amounts and sizes
    if (/[$€£]\s*$/.test(before)) continue;
    if (NOT_PHONE_CONTEXT.test(before.trimEnd())) continue;
    // The tail of a spaced code such as "1Z 999 AA1 01 2345 6784": the word before mixes letters and digits.
    if (/(?:^|\s)(?=[A-Za-z]*\d)(?=\d*[A-Za-z])[A-Za-z0-9]{2,} $/.test(before)) continue;
    const hasContext = PHONE_CONTEXT.test(before.slice(-30));
    const shaped = phoneShapeOk(raw);
    if (shaped || (hasContext && digits.length >= 9 && !DATE_OR_TIME.test(raw.trim()))) {
      out.push(span('phone', start, raw));
    }
  }
  return out;
}

export const DETECTORS: Record<Exclude<RedactionKind, 'name'>, (text: string) => Span[]> = {
  secret: findSecrets,
  email: findEmails,
  iban: findIbans,
  card: findCards,
  ssn: findSsns,
  ip: findIps,
  phone: findPhones,
};
