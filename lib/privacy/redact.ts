// Redaction of personal data and secrets before text leaves the machine, with stable placeholders
// ([EMAIL_1_k3x9], [PHONE_2_k3x9], ...) that restore() puts back into the model's answer. One Redactor keeps one
// mapping, so a whole ticket, its knowledge snippets and a chat share placeholders: the same address is
// [EMAIL_1_k3x9] everywhere.
//
// Placeholders cannot be spoofed (issue 14): each Redactor (one per request) has its own random code after the number,
// so no one writing a ticket can know the exact form; placeholder-like text in the input ("call me at [PHONE_1]",
// "[ email 2 ]") is neutralised to parentheses before anything else; and restore() puts values back only for the
// exact placeholders it handed out. Otherwise a customer could have an internal note's number restored into a draft.
import { DETECTORS, type RedactionKind, type Span } from './detectors';

export type { RedactionKind } from './detectors';
export { luhnValid, ibanValid } from './detectors';

export interface Finding {
  kind: string;
  value: string;
  placeholder: string;
}

export interface RedactResult {
  text: string;
  found: Finding[];
  restore(text: string): string;
}

export interface RedactionEntry {
  placeholder: string;
  kind: RedactionKind;
  /** The original text as first seen. */
  value: string;
}

export interface Redactor {
  redact(text: string): RedactResult;
  /** Put original values back: only the exact placeholders this redactor handed out (any number of times). */
  restore(text: string): string;
  /** This redactor's code, the last part of each of its placeholders ([EMAIL_1_<code>]). */
  readonly code: string;
  /** Teach the redactor a value it cannot find by pattern (the requester's name); it is redacted wherever it appears. */
  addKnown(kind: RedactionKind, value: string): void;
  /** Every placeholder handed out so far, in order. */
  entries(): RedactionEntry[];
}

export interface RedactorOptions {
  /** Which detectors run (default: all). */
  kinds?: Exclude<RedactionKind, 'name'>[];
  /** The placeholders' code (default: random per redactor; tests fix it to compare whole texts). */
  code?: string;
}

const ALL_KINDS = Object.keys(DETECTORS) as Exclude<RedactionKind, 'name'>[];

/** Two spellings of one value share a placeholder: "+1 (415) 555-0132" and "+1 415 555 0132". */
function normalise(kind: RedactionKind, value: string): string {
  switch (kind) {
    case 'email':
      return value.toLowerCase().replace(/\s?[[(]at[\])]\s?/g, '@').replace(/\s?[[(]dot[\])]\s?/g, '.');
    case 'phone':
      return (/^\s*(\+|00)/.test(value) ? '+' : '') + value.replace(/\D/g, '').replace(/^00/, '');
    case 'card':
    case 'ssn':
      return value.replace(/\D/g, '');
    case 'iban':
      return value.replace(/[ -]/g, '').toUpperCase();
    case 'ip':
    case 'name':
      return value.toLowerCase();
    default:
      return value;
  }
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Choose non-overlapping spans: higher priority first, then longer, then earlier. */
function resolveOverlaps(spans: Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => b.priority - a.priority || b.end - b.start - (a.end - a.start) || a.start - b.start);
  const chosen: Span[] = [];
  for (const s of sorted) {
    if (chosen.every((c) => s.end <= c.start || s.start >= c.end)) chosen.push(s);
  }
  return chosen.sort((a, b) => a.start - b.start);
}

const LABELS = [...ALL_KINDS, 'name'].join('|');
// Text in the input that looks like a placeholder, spelled any way a model might also read as one: "[PHONE_1]",
// "[ email 2 ]", "[EMAIL-1]", "\\[EMAIL\\_1\\]", "[NAME_1_k3x9]". Its brackets become parentheses. (Only bounded
// quantifiers after the "[": linear.)
const PLACEHOLDER_LIKE = new RegExp(`\\\\?\\[([ \\t]{0,3}(?:${LABELS})[ \\t]{0,3}(?:\\\\?_|-)?[ \\t]{0,3}\\d{1,6}[^[\\]\\n]{0,24}?)\\\\?\\]`, 'gi');

/** Placeholder-like text made plain: "[PHONE_1]" becomes "(PHONE_1)", which restore() never touches. */
export function neutralisePlaceholders(text: string): string {
  return text.includes('[') ? text.replace(PLACEHOLDER_LIKE, '($1)') : text;
}

const CODE_ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789'; // (no 0/o, 1/l/i: a model copies it more surely)

/** A random code of four characters (31^4, about 920,000 values), new for every redactor. */
function randomCode(): string {
  const bytes = new Uint8Array(4);
  globalThis.crypto.getRandomValues(bytes);
  let code = '';
  for (const b of bytes) code += CODE_ALPHABET[b % CODE_ALPHABET.length];
  return code;
}

export function createRedactor(options: RedactorOptions = {}): Redactor {
  const kinds = options.kinds ?? ALL_KINDS;
  const byKey = new Map<string, RedactionEntry>();
  const byPlaceholder = new Map<string, RedactionEntry>();
  const counters = new Map<string, number>();
  const known: { kind: RedactionKind; value: string }[] = [];
  const code = options.code ?? randomCode();
  // The exact form of this redactor's placeholders, and nothing else.
  const exact = new RegExp(`\\[(?:${LABELS.toUpperCase()})_\\d{1,6}_${escapeRegExp(code)}\\]`, 'g');

  function placeholderFor(kind: RedactionKind, value: string): string {
    const key = `${kind}\u0000${normalise(kind, value)}`;
    const existing = byKey.get(key);
    if (existing) return existing.placeholder;
    const label = kind.toUpperCase();
    const n = (counters.get(label) ?? 0) + 1;
    const placeholder = `[${label}_${n}_${code}]`;
    counters.set(label, n);
    const entry: RedactionEntry = { placeholder, kind, value };
    byKey.set(key, entry);
    byPlaceholder.set(placeholder, entry);
    return placeholder;
  }

  function knownSpans(text: string): Span[] {
    const out: Span[] = [];
    for (const k of known) {
      // Not glued to an address or handle ("maria.lopez@..."): e-mail detection owns those.
      const re = new RegExp(`(?<![\\p{L}\\p{N}._@+-])${escapeRegExp(k.value)}(?![\\p{L}\\p{N}@_]|[.-][\\p{L}\\p{N}])`, 'giu');
      for (const m of text.matchAll(re)) {
        // The placeholder restores the canonical spelling the redactor was taught, whatever the case here.
        out.push({ kind: k.kind, start: m.index!, end: m.index! + m[0].length, value: k.value, priority: 75 + m[0].length / 1000 });
      }
    }
    return out;
  }

  function restore(text: string): string {
    if (!byPlaceholder.size) return text;
    return text.replace(exact, (whole) => byPlaceholder.get(whole)?.value ?? whole);
  }

  function redactText(input: string): RedactResult {
    const text = neutralisePlaceholders(input);
    const spans: Span[] = knownSpans(text);
    for (const kind of kinds) spans.push(...DETECTORS[kind](text));
    const chosen = resolveOverlaps(spans);
    const found: Finding[] = [];
    let out = '';
    let last = 0;
    for (const s of chosen) {
      const placeholder = placeholderFor(s.kind, s.value);
      found.push({ kind: s.kind, value: s.value, placeholder });
      out += text.slice(last, s.start) + placeholder;
      last = s.end;
    }
    out += text.slice(last);
    return { text: out, found, restore };
  }

  return {
    redact: redactText,
    restore,
    code,
    addKnown(kind, value) {
      const v = value.trim();
      // Very short values (initials) would redact half the alphabet.
      if (v.length < 2 || known.some((k) => k.kind === kind && k.value.toLowerCase() === v.toLowerCase())) return;
      known.push({ kind, value: v });
      known.sort((a, b) => b.value.length - a.value.length);
    },
    entries: () => [...byPlaceholder.values()],
  };
}

/** One text, its own mapping. For several texts that must share placeholders use createRedactor(). */
export function redact(text: string): { text: string; found: { kind: string; value: string }[]; restore(text: string): string } {
  return createRedactor().redact(text);
}
