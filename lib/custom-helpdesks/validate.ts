// The one validator of a custom helpdesk config, wherever it comes from: the options form and a pasted import
// (strict: a person is typing and fixes what is wrong), the agent's stored configs and repairs, the configs the
// background hands the content script, and managed policy (lib/policy/validate.ts calls this). Selectors come from
// people, so everything here expects them to be wrong, and reports every problem at once instead of throwing.
// Content-safe: imports no storage (the preview runs it in the tab; the content script's picker does not, see
// ./received.ts).
import { piercingSelectorError } from '../../adapters/shared/deep-query';
import { checkMatchPattern } from '../../adapters/shared/match-pattern';
import {
  BUILT_IN_HELPDESK_IDS,
  CUSTOM_SELECTOR_KEYS,
  CUSTOM_SELECTOR_OPTIONAL,
  CUSTOM_SELECTOR_REQUIRED,
  MAX_SELECTOR_CHARS,
  type CustomAdapterConfig,
  type CustomSelectorKey,
} from './config';
import type { ReasonCode } from '../reasons';

// ---------------------------------------------------------------------------------------------- selectors

/** Syntax check of a selector: CSS, with `>>>` between parts that are each CSS (`hh-app >>> .timeline`: inside
 *  hh-app's shadow root, or an iframe's document). Each part goes through the browser's own parser when there is a
 *  DOM (options page, content script), else through the check the background installs (css-what's grammar:
 *  selector-check-nodom.ts), else through a bracket balance check. */
const NOT_CSS = 'is not a valid CSS selector';
const TOO_LONG = `is longer than ${MAX_SELECTOR_CHARS} characters`;

export function selectorError(selector: string): string | null {
  if (typeof selector !== 'string' || !selector.trim()) return 'is empty';
  if (selector.length > MAX_SELECTOR_CHARS) return TOO_LONG;
  return piercingSelectorError(selector.trim(), cssSelectorError);
}

function cssSelectorError(selector: string): string | null {
  const doc = (globalThis as { document?: Document }).document;
  if (doc && typeof doc.createDocumentFragment === 'function') {
    try {
      doc.createDocumentFragment().querySelector(selector);
      return null;
    } catch {
      return NOT_CSS;
    }
  }
  if (noDomCheck) return noDomCheck(selector);
  // Nothing better installed: brackets and parentheses must at least balance.
  let depth = 0;
  for (const ch of selector) {
    if (ch === '[' || ch === '(') depth++;
    else if ((ch === ']' || ch === ')') && --depth < 0) break;
  }
  return depth === 0 ? null : NOT_CSS;
}

let noDomCheck: ((selector: string) => string | null) | undefined;
/** The selector check for contexts without a DOM (the background installs css-what's: selector-check-nodom.ts). */
export function installNoDomSelectorCheck(check: (selector: string) => string | null): void {
  noDomCheck = check;
}

// ---------------------------------------------------------------------------------------------- configs

/** One problem, at a path in the config ("selectors.subject", "urlPatterns[1]"). `soft`: the value alone is dropped
 *  when the config is otherwise good and nobody is typing it (a policy, a stored config), with its reason kept. */
export interface ConfigProblem {
  path: string;
  /** English, with its path in front in problemText (policy reports, imports, callers that read text). */
  reason: string;
  soft?: boolean;
  /** The same as a code the options form translates (lib/reasons.ts), where the form shows it. */
  code?: ReasonCode;
  params?: string[];
}

export type CustomHelpdeskCheck =
  | { ok: true; config: CustomAdapterConfig; warnings: ConfigProblem[] }
  | { ok: false; problems: ConfigProblem[] };

/** A value as a reason may show it: never a URL's query or fragment (tokens travel there), at most 120 characters. */
function shown(v: string): string {
  const cut = v.search(/[?#]/);
  const s = cut >= 0 ? `${v.slice(0, cut)}${v[cut]}…` : v;
  return s.length > 120 ? `${s.slice(0, 120)}…` : s;
}

const ID = /^[a-z0-9][a-z0-9_-]{0,63}$/i;

/**
 * The one check of a config. A config is accepted when it can read something. A bad match pattern or an unknown
 * selector is dropped alone (soft, reported in `warnings`) unless the config fails anyway, none of its patterns is
 * left, or `strict` says a person is typing it, who should fix it rather than have it dropped behind their back.
 * Without `strict`, a missing name is the id (a policy may leave it out).
 */
export function validateCustomHelpdesk(x: unknown, { strict = false }: { strict?: boolean } = {}): CustomHelpdeskCheck {
  if (!x || typeof x !== 'object' || Array.isArray(x)) return { ok: false, problems: [{ path: 'config', reason: 'must be an object', code: 'ch-not-object' }] };
  const c = x as Record<string, unknown>;
  const problems: ConfigProblem[] = [];
  const add = (path: string, reason: string, soft = false, code?: ReasonCode, ...params: string[]) =>
    problems.push({ path, reason, ...(soft ? { soft } : {}), ...(code ? { code } : {}), ...(params.length ? { params } : {}) });

  if (typeof c.id !== 'string' || !ID.test(c.id)) add('id', 'must be 1-64 letters, digits, "-" or "_"', false, 'ch-id-invalid');
  else if (BUILT_IN_HELPDESK_IDS.includes(c.id.toLowerCase())) add('id', `"${c.id}" is taken by a built-in adapter`, false, 'ch-id-taken', c.id);
  const rawName = c.name === undefined && !strict ? c.id : c.name;
  if (typeof rawName !== 'string' || !rawName.trim()) add('name', 'is required', false, 'ch-name-required');
  else if (rawName.trim().length > 100) add('name', 'is longer than 100 characters', false, 'ch-name-too-long');

  const urlPatterns: string[] = [];
  if (!Array.isArray(c.urlPatterns) || c.urlPatterns.length === 0) add('urlPatterns', 'must list at least one match pattern', false, 'ch-patterns-required');
  else {
    c.urlPatterns.forEach((p, i) => {
      if (typeof p !== 'string') return add(`urlPatterns[${i}]`, 'must be a string', true, 'ch-pattern-not-string');
      const checked = checkMatchPattern(p);
      if (checked.ok) urlPatterns.push(checked.pattern);
      // The pattern library's own words (English) stay a param.
      else add(`urlPatterns[${i}]`, `"${shown(p)}" is not a valid match pattern (${checked.reason}; e.g. https://support.example.com/tickets/*)`, true, 'ch-pattern-invalid', shown(p), checked.reason);
    });
  }
  if (c.internalPhrases !== undefined) {
    if (!Array.isArray(c.internalPhrases) || c.internalPhrases.some((w) => typeof w !== 'string' || !w.trim() || w.length > 100)) {
      add('internalPhrases', 'must be a list of words or phrases (each 1-100 characters)', false, 'ch-phrases-invalid');
    }
  }

  const sel = c.selectors;
  const selectors = {} as CustomAdapterConfig['selectors'];
  if (!sel || typeof sel !== 'object' || Array.isArray(sel)) add('selectors', 'is required', false, 'ch-selectors-required');
  else {
    const given = sel as Record<string, unknown>;
    const check = (key: CustomSelectorKey, required: boolean) => {
      const v = given[key];
      if (v === undefined || v === '' || (required && typeof v === 'string' && !v.trim())) return required ? add(`selectors.${key}`, 'is required', false, 'ch-selector-required') : undefined;
      if (typeof v !== 'string') return add(`selectors.${key}`, required ? 'is required' : 'must be a string', false, required ? 'ch-selector-required' : 'ch-selector-not-string');
      const err = selectorError(v);
      const cut = v.length > 120 ? `${v.slice(0, 120)}…` : v;
      // The CSS parser's verdict has its own code; the shadow-root syntax's words (English) stay a param.
      if (err) return add(`selectors.${key}`, `"${cut}" ${err}`, false, ...selectorCode(err, cut));
      if (v.trim()) selectors[key] = v.trim();
    };
    for (const key of CUSTOM_SELECTOR_REQUIRED) check(key, true);
    for (const key of CUSTOM_SELECTOR_OPTIONAL) check(key, false);
    for (const key of Object.keys(given)) {
      if (!CUSTOM_SELECTOR_KEYS.includes(key as CustomSelectorKey)) add(`selectors.${shown(key)}`, 'is not a known selector', true, 'ch-selector-unknown', shown(key));
    }
  }

  const failed = problems.some((p) => !p.soft) || (strict && problems.length > 0) || !urlPatterns.length;
  if (failed) return { ok: false, problems: problems.map(({ soft: _soft, ...p }) => p) };
  const config: CustomAdapterConfig = { id: c.id as string, name: (rawName as string).trim(), urlPatterns, selectors };
  const phrases = (c.internalPhrases as string[] | undefined)?.map((w) => w.trim()).filter(Boolean);
  if (phrases?.length) config.internalPhrases = phrases;
  if (c.layer === 'override') config.layer = 'override';
  return { ok: true, config, warnings: problems };
}

/** A selector's syntax error as a code and its params. */
function selectorCode(err: string, selector: string): [ReasonCode, ...string[]] {
  if (err === NOT_CSS) return ['ch-selector-not-css', selector];
  if (err === TOO_LONG) return ['ch-selector-too-long', selector, String(MAX_SELECTOR_CHARS)];
  return ['ch-selector-invalid', selector, err];
}

/** "selectors.subject" + "is required" -> "selectors.subject is required": how messages read in the form. */
export const problemText = (p: ConfigProblem): string => `${p.path} ${p.reason}`;

/** validateCustomHelpdesk with its problems as sentences (the contract adapters/custom.ts keeps). */
export function validateCustomAdapterConfig(
  x: unknown,
  options: { strict?: boolean } = {},
): { ok: true; config: CustomAdapterConfig; warnings: string[] } | { ok: false; errors: string[] } {
  const checked = validateCustomHelpdesk(x, options);
  return checked.ok
    ? { ok: true, config: checked.config, warnings: checked.warnings.map(problemText) }
    : { ok: false, errors: checked.problems.map(problemText) };
}
