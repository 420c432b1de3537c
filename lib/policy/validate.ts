// Validation of the raw managed-storage object. Chrome drops values of the wrong type and unknown keys without
// a word; what reaches us still needs checking (a URL that is not one, a retention of -3 days, an adapter with
// no editor selector). Every value is either applied or rejected with a reason, so the options page and the
// audit log can tell an admin exactly what took effect. Arrays are checked item by item: one bad custom
// adapter does not throw away the good ones.
import { checkMatchPattern as checkPattern } from '../../adapters/shared/match-pattern';
import {
  ALERT_KINDS,
  ALERT_PHRASE_KINDS,
  ALERT_THRESHOLD_NAMES,
  CUSTOM_SELECTOR_OPTIONAL,
  CUSTOM_SELECTOR_REQUIRED,
  FEATURE_NAMES,
  KNOWLEDGE_SOURCE_KINDS,
  type AlertKindName,
  type AlertSettings,
  type CustomAdapterPolicy,
  type KnowledgeSource,
  type ManagedPolicy,
  type PolicyReport,
} from './types';
import { CLOSED_CONNECTOR_POLICY, CONNECTOR_POLICY_KEYS, isConnectorPolicyKey, parseConnectorPolicyKey } from '../connectors/policy';

export const LIMITS = {
  maxTokens: { min: 64, max: 32_000 },
  retentionDays: { min: 1, max: 3650 },
  auditRetentionDays: { min: 1, max: 3650 },
  refreshHours: { min: 1, max: 24 * 30 },
  /** Long enough for a page of brand guidelines, short enough to stay a small part of every prompt. */
  brandVoiceChars: 4000,
  phraseChars: 200,
} as const;

/** Ranges of the sentiment thresholds (scores are -1..1). */
const THRESHOLD_RANGES: Record<(typeof ALERT_THRESHOLD_NAMES)[number], [number, number]> = {
  anger: [-1, 0],
  angerCritical: [-1, 0],
  trendDelta: [0, 2],
  trendNegative: [-1, 1],
  recencyDecay: [0, 1],
};

type Check<T> = { ok: true; value: T } | { ok: false; reason: string };
const ok = <T>(value: T): Check<T> => ({ ok: true, value });
const bad = (reason: string): Check<never> => ({ ok: false, reason });

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const typeName = (v: unknown) => (Array.isArray(v) ? 'array' : v === null ? 'null' : typeof v);

/**
 * A value as it may appear in a rejection reason, which goes to the options page, the audit log and its exports:
 * never a URL's query string, fragment or user info (tokens travel there), and never more than 120 characters.
 */
export function echo(v: unknown): string {
  const s = String(v).trim();
  let shown = s;
  // Cut at the first '?' or '#' and drop "user:pass@" after the scheme, without parsing: the value may not be a URL.
  const cut = shown.search(/[?#]/);
  if (cut >= 0) shown = `${shown.slice(0, cut)}${shown[cut]}…`;
  shown = shown.replace(/^([a-z][a-z0-9+.-]*:\/\/)[^/@]*@/i, '$1…@');
  return shown.length > 120 ? `${shown.slice(0, 120)}…` : shown;
}

/** Loopback hosts, where http:// never leaves the machine (a local gateway or mock). */
export function isLoopbackHost(hostname: string): boolean {
  const h = hostname.toLowerCase().replace(/^\[|\]$/g, '');
  return h === 'localhost' || h.endsWith('.localhost') || h === '::1' || /^127(\.\d{1,3}){3}$/.test(h);
}

export function checkHttpUrl(v: unknown): Check<string> {
  if (typeof v !== 'string') return bad(`expected a URL string, got ${typeName(v)}`);
  const s = v.trim();
  let url: URL;
  try {
    url = new URL(s);
  } catch {
    return bad(`"${echo(s)}" is not a URL`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return bad(`"${echo(s)}" must start with https:// (or http:// for a local gateway)`);
  // Keys and headers travel with these requests: in clear text only to this machine.
  if (url.protocol === 'http:' && !isLoopbackHost(url.hostname)) return bad(`"${echo(s)}" must start with https:// (http:// only for localhost / 127.0.0.1)`);
  if (url.username || url.password) return bad('credentials in the URL are not allowed; use apiKey or headers');
  return ok(s.replace(/(?<!\/)\/+$/, ''));
}

/** "support.example.com", "*.example.com", "helpdesk.local:8443". */
export function checkHost(v: unknown): Check<string> {
  if (typeof v !== 'string') return bad(`expected a host name, got ${typeName(v)}`);
  const s = v.trim().toLowerCase();
  if (!/^(\*\.)?([a-z0-9]([a-z0-9-]*[a-z0-9])?\.)*[a-z0-9]([a-z0-9-]*[a-z0-9])?(:\d{1,5})?$/.test(s)) {
    return bad(`"${echo(v)}" is not a host name (write e.g. support.example.com or *.example.com, no https://)`);
  }
  return ok(s);
}

/** A match pattern as a manifest takes it, with a port allowed (adapters/shared/match-pattern.ts: on-prem helpdesks). */
function checkMatchPattern(v: unknown): Check<string> {
  if (typeof v !== 'string') return bad(`expected a match pattern, got ${typeName(v)}`);
  const c = checkPattern(v);
  return c.ok ? ok(c.pattern) : bad(`"${echo(v)}" is not a match pattern (${c.reason}; e.g. https://support.example.com/tickets/*)`);
}

function checkInteger(v: unknown, { min, max }: { min: number; max: number }): Check<number> {
  if (typeof v !== 'number' || !Number.isInteger(v)) return bad(`expected a whole number, got ${typeof v === 'number' ? v : typeName(v)}`);
  if (v < min || v > max) return bad(`${v} is outside ${min}..${max}`);
  return ok(v);
}

function checkBoolean(v: unknown): Check<boolean> {
  return typeof v === 'boolean' ? ok(v) : bad(`expected true or false, got ${typeName(v)}`);
}

function checkText(v: unknown, maxChars = 500): Check<string> {
  if (typeof v !== 'string') return bad(`expected text, got ${typeName(v)}`);
  if (v.length > maxChars) return bad(`longer than ${maxChars} characters`);
  return ok(v);
}

function checkNonEmpty(v: unknown, maxChars = 500): Check<string> {
  const c = checkText(v, maxChars);
  if (!c.ok) return c;
  return c.value.trim() ? ok(c.value.trim()) : bad('is empty');
}

function checkModel(v: unknown): Check<string> {
  const c = checkNonEmpty(v, 100);
  if (!c.ok) return c;
  return /^[A-Za-z0-9][A-Za-z0-9._:@/-]*$/.test(c.value) ? c : bad(`"${echo(c.value)}" is not a model id`);
}

function checkId(v: unknown): Check<string> {
  const c = checkNonEmpty(v, 64);
  if (!c.ok) return c;
  return /^[a-z0-9][a-z0-9_-]*$/i.test(c.value) ? c : bad(`"${echo(c.value)}" is not an id (letters, digits, - and _)`);
}

/** Structural check only: the service worker has no DOM to parse selectors with. The adapter reports selectors
 *  that the page's parser refuses when it runs. */
function checkSelector(v: unknown): Check<string> {
  const c = checkNonEmpty(v, 1000);
  if (!c.ok) return c;
  let depth = 0;
  for (const ch of c.value) {
    if (ch === '[' || ch === '(') depth++;
    else if (ch === ']' || ch === ')') depth--;
    if (depth < 0) break;
  }
  return depth === 0 ? c : bad(`"${echo(c.value)}" is not a valid CSS selector (unbalanced brackets)`);
}

/** A bad URL pattern is rejected alone (reported through `warn`): the rest of the config applies, as long as one
 *  pattern is left. An on-prem pattern one browser cannot take must not sink the whole helpdesk. */
export function checkCustomAdapter(v: unknown, warn: (path: string, reason: string) => void = () => {}): Check<CustomAdapterPolicy> {
  if (!isObject(v)) return bad(`expected an object, got ${typeName(v)}`);
  const id = checkId(v.id);
  if (!id.ok) return bad(`id ${id.reason}`);
  const name = checkNonEmpty(v.name ?? v.id, 100);
  if (!name.ok) return bad(`name ${name.reason}`);
  if (!Array.isArray(v.urlPatterns) || v.urlPatterns.length === 0) return bad('urlPatterns must be a non-empty list of match patterns');
  const urlPatterns: string[] = [];
  const patternProblems: [string, string][] = [];
  v.urlPatterns.forEach((p, i) => {
    const c = checkMatchPattern(p);
    if (c.ok) urlPatterns.push(c.value);
    else patternProblems.push([`urlPatterns[${i}]`, c.reason]);
  });
  if (!urlPatterns.length) return bad(`urlPatterns: ${patternProblems.map(([, r]) => r).join('; ')}`);
  if (!isObject(v.selectors)) return bad('selectors must be an object');
  const selectors: Record<string, string> = {};
  for (const key of CUSTOM_SELECTOR_REQUIRED) {
    const c = checkSelector(v.selectors[key]);
    if (!c.ok) return bad(`selectors.${key} ${v.selectors[key] === undefined ? 'is missing' : c.reason}`);
    selectors[key] = c.value;
  }
  for (const key of CUSTOM_SELECTOR_OPTIONAL) {
    if (v.selectors[key] === undefined) continue;
    const c = checkSelector(v.selectors[key]);
    if (!c.ok) return bad(`selectors.${key} ${c.reason}`);
    selectors[key] = c.value;
  }
  const config: CustomAdapterPolicy = { id: id.value, name: name.value, urlPatterns, selectors: selectors as CustomAdapterPolicy['selectors'] };
  if (v.internalPhrases !== undefined) {
    if (!Array.isArray(v.internalPhrases) || v.internalPhrases.some((w) => typeof w !== 'string' || !w.trim() || w.length > 100)) {
      return bad('internalPhrases must be a list of words or phrases (each 1-100 characters)');
    }
    config.internalPhrases = (v.internalPhrases as string[]).map((w) => w.trim());
  }
  // Reported only once the config as a whole is accepted (a rejected config says why on its own).
  for (const [path, reason] of patternProblems) warn(path, reason);
  return ok(config);
}

export function checkKnowledgeSource(v: unknown): Check<KnowledgeSource> {
  if (!isObject(v)) return bad(`expected an object, got ${typeName(v)}`);
  const id = checkId(v.id);
  if (!id.ok) return bad(`id ${id.reason}`);
  const kind = v.kind ?? 'url';
  if (!KNOWLEDGE_SOURCE_KINDS.includes(kind as never)) return bad(`kind must be one of ${KNOWLEDGE_SOURCE_KINDS.join(', ')}`);
  const url = checkHttpUrl(v.url);
  if (!url.ok) return bad(`url: ${url.reason}`);
  const source: KnowledgeSource = { id: id.value, kind: kind as KnowledgeSource['kind'], url: url.value };
  if (v.name !== undefined) {
    const name = checkText(v.name, 100);
    if (!name.ok) return bad(`name ${name.reason}`);
    source.name = name.value;
  }
  if (v.headers !== undefined) {
    if (!isObject(v.headers)) return bad('headers must be an object of header name to value');
    const headers: Record<string, string> = {};
    for (const [k, value] of Object.entries(v.headers)) {
      if (!/^[A-Za-z0-9-]+$/.test(k)) return bad(`header name "${echo(k)}" is not valid`);
      if (typeof value !== 'string' || /[\r\n]/.test(value)) return bad(`header ${echo(k)} must be a one-line string`);
      headers[k] = value;
    }
    source.headers = headers;
  }
  if (v.refreshHours !== undefined) {
    const r = checkInteger(v.refreshHours, LIMITS.refreshHours);
    if (!r.ok) return bad(`refreshHours: ${r.reason}`);
    source.refreshHours = r.value;
  }
  return ok(source);
}

interface Collector {
  applied: string[];
  rejected: PolicyReport['rejected'];
  failedClosed?: PolicyReport['failedClosed'];
}

/** Each item checked on its own; the list applies when at least one item passed (or it was empty on purpose). */
function checkList<T>(
  key: string,
  v: unknown,
  check: (item: unknown, warn: (path: string, reason: string) => void) => Check<T>,
  out: Collector,
): T[] | undefined {
  if (!Array.isArray(v)) {
    out.rejected.push({ key, reason: `expected a list, got ${typeName(v)}` });
    return undefined;
  }
  const items: T[] = [];
  v.forEach((item, i) => {
    const c = check(item, (path, reason) => out.rejected.push({ key: `${key}[${i}].${path}`, reason }));
    if (c.ok) items.push(c.value);
    else out.rejected.push({ key: `${key}[${i}]`, reason: c.reason });
  });
  if (items.length === 0 && v.length > 0) return undefined;
  out.applied.push(key);
  return items;
}

function checkFeatures(v: unknown, out: Collector): ManagedPolicy['features'] {
  if (!isObject(v)) {
    out.rejected.push({ key: 'features', reason: `expected an object, got ${typeName(v)}` });
    return undefined;
  }
  const features: ManagedPolicy['features'] = {};
  for (const [name, value] of Object.entries(v)) {
    const key = `features.${name}`;
    if (!FEATURE_NAMES.includes(name as never)) out.rejected.push({ key, reason: `unknown feature (known: ${FEATURE_NAMES.join(', ')})` });
    else if (typeof value !== 'boolean') out.rejected.push({ key, reason: 'expected true or false' });
    else {
      features[name as keyof typeof features] = value;
      out.applied.push(key);
    }
  }
  return Object.keys(features).length ? features : undefined;
}

function checkAlerts(v: unknown, out: Collector): ManagedPolicy['alerts'] {
  if (!isObject(v)) {
    out.rejected.push({ key: 'alerts', reason: `expected an object, got ${typeName(v)}` });
    return undefined;
  }
  const alerts: Partial<AlertSettings> = {};
  for (const [field, value] of Object.entries(v)) {
    const key = `alerts.${field}`;
    if (field === 'extraPhrases') {
      if (!isObject(value)) {
        out.rejected.push({ key, reason: 'expected an object of alert kind to list of phrases' });
        continue;
      }
      const phrases: AlertSettings['extraPhrases'] = {};
      for (const [kind, list] of Object.entries(value)) {
        const k = `${key}.${kind}`;
        if (!ALERT_PHRASE_KINDS.includes(kind as never)) {
          out.rejected.push({ key: k, reason: `unknown alert kind (known: ${ALERT_PHRASE_KINDS.join(', ')})` });
          continue;
        }
        const items = checkList(k, list, (p) => checkNonEmpty(p, LIMITS.phraseChars), out);
        if (items) phrases[kind as keyof typeof phrases] = items;
      }
      if (Object.keys(phrases).length) alerts.extraPhrases = phrases;
    } else if (field === 'thresholds') {
      if (!isObject(value)) {
        out.rejected.push({ key, reason: 'expected an object of threshold name to number' });
        continue;
      }
      const thresholds: AlertSettings['thresholds'] = {};
      for (const [name, n] of Object.entries(value)) {
        const k = `${key}.${name}`;
        const range = THRESHOLD_RANGES[name as keyof typeof THRESHOLD_RANGES];
        if (!range) out.rejected.push({ key: k, reason: `unknown threshold (known: ${ALERT_THRESHOLD_NAMES.join(', ')})` });
        else if (typeof n !== 'number' || !Number.isFinite(n)) out.rejected.push({ key: k, reason: 'expected a number' });
        else if (n < range[0] || n > range[1]) out.rejected.push({ key: k, reason: `${n} is outside ${range[0]}..${range[1]}` });
        else {
          thresholds[name as keyof typeof thresholds] = n;
          out.applied.push(k);
        }
      }
      if (Object.keys(thresholds).length) alerts.thresholds = thresholds;
    } else if (field === 'disabledKinds') {
      const kinds = checkList(key, value, (kind) =>
        ALERT_KINDS.includes(kind as never) ? ok(kind as AlertKindName) : bad(`unknown alert kind ${echo(JSON.stringify(kind))}`), out);
      if (kinds) alerts.disabledKinds = kinds;
    } else {
      out.rejected.push({ key, reason: 'unknown field (known: extraPhrases, thresholds, disabledKinds)' });
    }
  }
  return Object.keys(alerts).length ? alerts : undefined;
}

type ScalarChecks = { [K in keyof ManagedPolicy]?: (v: unknown) => Check<NonNullable<ManagedPolicy[K]>> };
const SCALARS: ScalarChecks = {
  // An empty string is a deliberate choice: Anthropic's own endpoint, locked.
  apiBaseUrl: (v) => (typeof v === 'string' && v.trim() === '' ? ok('') : checkHttpUrl(v)),
  apiKey: (v) => {
    const c = checkNonEmpty(v, 400);
    return c.ok && /\s/.test(c.value) ? bad('contains spaces') : c;
  },
  useGatewayWithoutKey: checkBoolean,
  model: checkModel,
  maxTokens: (v) => checkInteger(v, LIMITS.maxTokens),
  redactionRequired: checkBoolean,
  retentionDays: (v) => checkInteger(v, LIMITS.retentionDays),
  auditRetentionDays: (v) => checkInteger(v, LIMITS.auditRetentionDays),
  auditIncludeContent: checkBoolean,
  analyticsExportAllowed: checkBoolean,
  brandVoice: (v) => checkText(v, LIMITS.brandVoiceChars),
  agentHelpdesks: checkBoolean,
  agentKnowledgeSources: checkBoolean,
};

/** Every top-level key of the schema (kept equal to public/managed_schema.json by a unit test). */
export const POLICY_KEYS = [
  ...(Object.keys(SCALARS) as (keyof ManagedPolicy)[]),
  'allowedHelpdeskHosts', 'customAdapters', 'knowledgeSources', 'features', 'alerts',
  ...CONNECTOR_POLICY_KEYS,
] as const;

/** Raw managed storage -> the policy Tandem applies, and a report of what was applied and rejected. */
export function validatePolicy(raw: unknown): { policy: ManagedPolicy; report: Omit<PolicyReport, 'source'> } {
  const out: Collector = { applied: [], rejected: [] };
  const policy: ManagedPolicy = {};
  if (!isObject(raw)) return { policy, report: out };
  for (const [key, value] of Object.entries(raw)) {
    if (value === undefined || value === null) continue;
    const scalar = SCALARS[key as keyof ScalarChecks];
    if (scalar) {
      const c = scalar(value);
      if (c.ok) {
        (policy as Record<string, unknown>)[key] = c.value;
        out.applied.push(key);
      } else out.rejected.push({ key, reason: c.reason });
      continue;
    }
    switch (key) {
      case 'allowedHelpdeskHosts': {
        const hosts = checkList(key, value, checkHost, out);
        if (hosts) policy.allowedHelpdeskHosts = hosts;
        else {
          // The organisation meant to limit the hosts but named none Tandem can use (e.g. all written with
          // https://). Dropping the list would let Tandem run everywhere: fail closed instead.
          policy.allowedHelpdeskHosts = [];
          policy.blockHelpdesks = true;
          out.failedClosed = 'no-valid-hosts';
        }
        break;
      }
      case 'customAdapters': {
        const adapters = checkList(key, value, checkCustomAdapter, out);
        if (adapters) policy.customAdapters = adapters;
        break;
      }
      case 'knowledgeSources': {
        const sources = checkList(key, value, checkKnowledgeSource, out);
        if (sources) policy.knowledgeSources = sources;
        break;
      }
      case 'features':
        policy.features = checkFeatures(value, out);
        if (!policy.features) delete policy.features;
        break;
      case 'alerts':
        policy.alerts = checkAlerts(value, out);
        if (!policy.alerts) delete policy.alerts;
        break;
      default:
        // Connectors (issue 16) keep their own parser in lib/connectors/policy.ts.
        if (isConnectorPolicyKey(key)) Object.assign(policy, parseConnectorPolicyKey(key, value, out));
        else out.rejected.push({ key, reason: 'not a Tandem policy key' });
    }
  }
  if (policy.useGatewayWithoutKey && policy.apiKey) {
    // Both set is contradictory; the key is the safer reading (requests still authenticate).
    delete policy.useGatewayWithoutKey;
    out.applied.splice(out.applied.indexOf('useGatewayWithoutKey'), 1);
    out.rejected.push({ key: 'useGatewayWithoutKey', reason: 'ignored because apiKey is also set' });
  }
  if (policy.useGatewayWithoutKey && !policy.apiBaseUrl) {
    delete policy.useGatewayWithoutKey;
    out.applied.splice(out.applied.indexOf('useGatewayWithoutKey'), 1);
    out.rejected.push({ key: 'useGatewayWithoutKey', reason: 'needs apiBaseUrl (the gateway) to be set as well' });
  }
  return { policy, report: out };
}

/** What applies when the organisation's policy cannot be read: nothing of it is known, so Tandem works on no
 *  helpdesk, sends nothing anywhere (every feature off) and redacts, until a read succeeds. */
export function closedPolicy(): ManagedPolicy {
  return {
    blockHelpdesks: true,
    redactionRequired: true,
    features: Object.fromEntries(FEATURE_NAMES.map((name) => [name, false])),
    agentHelpdesks: false,
    agentKnowledgeSources: false,
    ...CLOSED_CONNECTOR_POLICY,
  };
}
