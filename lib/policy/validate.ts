// Validation of the raw managed-storage object against the schema (lib/policy/schema.ts). Chrome drops values of
// the wrong type and unknown keys without a word; what reaches us still needs checking (a URL that is not one, a
// retention of -3 days, an adapter with no editor selector). Every value is either applied or rejected with a
// reason, so the options page and the audit log can tell an admin exactly what took effect. Lists are checked
// item by item and objects (features, alerts) field by field: one bad custom adapter does not throw away the
// good ones. The reasons are the schema's; this file only walks the policy and writes the report.
import type * as z from 'zod';
import { problemText, validateCustomHelpdesk } from '../custom-helpdesks/validate';
import {
  ALERT_PHRASE_KINDS,
  ALERT_THRESHOLD_NAMES,
  alertsSchema,
  bad,
  checkHost,
  FEATURE_NAMES,
  featuresSchema,
  isObject,
  knowledgeSourceSchema,
  managedPolicySchema,
  ok,
  typeName,
  type Check,
  type IssueReason,
  type ManagedPolicyKey,
} from './schema';
import { refusal, type ReasonCode, type Refusal } from '../reasons';
import type { AlertSettings, CustomAdapterPolicy, KnowledgeSource, ManagedPolicy, PolicyRejection, PolicyReport } from './types';
import { CLOSED_CONNECTOR_POLICY, parseConnectorPolicyKey } from '../connectors/policy';

// The value checks, where callers have always found them (the options form, tests).
export { LIMITS, checkHost, checkHttpUrl, echo, isLoopbackHost } from './schema';

/** A refusal, with the field of the item its reason is about (a knowledge source's "url"). */
type FieldRefusal = Refusal & { field?: string; parts?: PolicyRejection['parts'] };

/** The schema's verdict on one value: its parsed value, or the first reason it gives, with the code and params
 *  that the schema's check put in its issue (lib/policy/schema.ts `checked`). */
function checkWith<T>(schema: z.ZodType<T>, v: unknown): Check<T> | FieldRefusal {
  const r = schema.safeParse(v);
  if (r.success) return ok(r.data);
  const issue = r.error.issues[0];
  const why = (issue?.code === 'custom' ? issue.params : undefined) as IssueReason | undefined;
  return {
    ...refusal(issue?.message ?? 'is not valid', why?.reasonCode, ...(why?.reasonParams ?? [])),
    ...(why?.field ? { field: why.field } : {}),
  };
}

/** The entry of one rejected value: its English reason as ever, and its code, params and field where it has them. */
function rejection(key: string, r: FieldRefusal): PolicyRejection {
  return {
    key,
    reason: r.reason,
    ...(r.code ? { code: r.code } : {}),
    ...(r.params ? { params: r.params } : {}),
    ...(r.code && r.field ? { field: r.field } : {}),
    ...(r.parts?.length ? { parts: r.parts } : {}),
  };
}
const coded = (key: string, reason: string, code: ReasonCode, ...params: string[]) => rejection(key, refusal(reason, code, ...params));

/** The schema of a field, without its `.optional()` wrapper (lists and objects are walked item by item). */
function unwrapped(schema: z.ZodType): z.ZodType {
  const def = schema._zod.def as { type: string; innerType?: z.ZodType };
  return def.type === 'optional' && def.innerType ? def.innerType : schema;
}
const elementOf = (schema: z.ZodType) => (unwrapped(schema)._zod.def as unknown as { element: z.ZodType }).element;

/** A custom helpdesk: the feature's own validator (lib/custom-helpdesks/validate.ts). A bad URL pattern or an
 *  unknown selector is rejected alone (reported through `warn`): the rest of the config applies, as long as one
 *  pattern is left. An on-prem pattern one browser cannot take must not sink the whole helpdesk. */
export function checkCustomAdapter(v: unknown, warn: (path: string, reason: string, problem?: Refusal) => void = () => {}): Check<CustomAdapterPolicy> | FieldRefusal {
  const checked = validateCustomHelpdesk(v);
  if (!checked.ok) {
    const reason = checked.problems.map(problemText).join('; ');
    // One problem: its code, with its path as the field (problemText puts the path in front). Several: each as a
    // part with its own code (the options page lists them translated), the English list as the reason.
    const [only] = checked.problems;
    if (checked.problems.length === 1 && only?.code) return { ...refusal(reason, only.code, ...(only.params ?? [])), field: only.path };
    const parts = checked.problems.flatMap((p) => (p.code ? [{ code: p.code, ...(p.params?.length ? { params: p.params } : {}), field: p.path }] : []));
    return { ...refusal(reason), ...(parts.length === checked.problems.length ? { parts } : {}) };
  }
  // Reported only once the config as a whole is accepted (a rejected config says why on its own).
  for (const p of checked.warnings) warn(p.path, p.reason, refusal(p.reason, p.code, ...(p.params ?? [])));
  // A repair layered over a built-in adapter is the agent's own tool (lib/repair), not a policy value.
  const { layer: _layer, ...config } = checked.config;
  return ok(config);
}

export function checkKnowledgeSource(v: unknown): Check<KnowledgeSource> | FieldRefusal {
  if (!isObject(v)) return bad(`expected an object, got ${typeName(v)}`, 'not-an-object', typeName(v));
  return checkWith(knowledgeSourceSchema, v);
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
  check: (item: unknown, warn: (path: string, reason: string, problem?: Refusal) => void) => Check<T> | FieldRefusal,
  out: Collector,
): T[] | undefined {
  if (!Array.isArray(v)) {
    out.rejected.push(coded(key, `expected a list, got ${typeName(v)}`, 'not-a-list', typeName(v)));
    return undefined;
  }
  const items: T[] = [];
  v.forEach((item, i) => {
    const c = check(item, (path, reason, problem) => out.rejected.push(rejection(`${key}[${i}].${path}`, problem ?? refusal(reason))));
    if (c.ok) items.push(c.value);
    else out.rejected.push(rejection(`${key}[${i}]`, c));
  });
  if (items.length === 0 && v.length > 0) return undefined;
  out.applied.push(key);
  return items;
}

/**
 * An object checked field by field against `fields` (each applied or rejected on its own, as `key.field`); an
 * unknown field is rejected with `unknown`. `each` may take over a field (lists are reported item by item).
 * Returns the fields that passed, or undefined when none did.
 */
function checkFields(
  key: string,
  v: unknown,
  fields: Record<string, z.ZodType>,
  reasons: { notObject: Refusal; unknown: Refusal },
  out: Collector,
  each?: (path: string, value: unknown, schema: z.ZodType) => { value: unknown } | undefined,
): Record<string, unknown> | undefined {
  if (!isObject(v)) {
    out.rejected.push(rejection(key, reasons.notObject));
    return undefined;
  }
  const result: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(v)) {
    const path = `${key}.${name}`;
    const schema = Object.hasOwn(fields, name) ? fields[name] : undefined;
    if (!schema) {
      out.rejected.push(rejection(path, reasons.unknown));
      continue;
    }
    if (each) {
      const taken = each(path, value, schema);
      if (taken) result[name] = taken.value;
      continue;
    }
    const c = checkWith(schema, value);
    if (c.ok) {
      result[name] = c.value;
      out.applied.push(path);
    } else out.rejected.push(rejection(path, c));
  }
  return Object.keys(result).length ? result : undefined;
}

function checkFeatures(v: unknown, out: Collector): ManagedPolicy['features'] {
  return checkFields('features', v, featuresSchema.shape, {
    notObject: refusal(`expected an object, got ${typeName(v)}`, 'not-an-object', typeName(v)),
    unknown: refusal(`unknown feature (known: ${FEATURE_NAMES.join(', ')})`, 'unknown-feature', FEATURE_NAMES.join(', ')),
  }, out);
}

function checkAlerts(v: unknown, out: Collector): ManagedPolicy['alerts'] {
  const { extraPhrases, thresholds, disabledKinds } = alertsSchema.shape;
  return checkFields('alerts', v, alertsSchema.shape, {
    notObject: refusal(`expected an object, got ${typeName(v)}`, 'not-an-object', typeName(v)),
    unknown: refusal('unknown field (known: extraPhrases, thresholds, disabledKinds)', 'unknown-alerts-field', 'extraPhrases, thresholds, disabledKinds'),
  }, out, (key, value, schema) => {
    if (schema === extraPhrases) {
      const phrases = checkFields(key, value, extraPhrases.shape, {
        notObject: refusal('expected an object of alert kind to list of phrases', 'phrases-not-object'),
        unknown: refusal(`unknown alert kind (known: ${ALERT_PHRASE_KINDS.join(', ')})`, 'unknown-phrase-kind', ALERT_PHRASE_KINDS.join(', ')),
      }, out, (k, list, kind) => {
        const items = checkList(k, list, (p) => checkWith(elementOf(kind), p), out);
        return items && { value: items };
      });
      return phrases && { value: phrases };
    }
    if (schema === thresholds) {
      const found = checkFields(key, value, thresholds.shape, {
        notObject: refusal('expected an object of threshold name to number', 'thresholds-not-object'),
        unknown: refusal(`unknown threshold (known: ${ALERT_THRESHOLD_NAMES.join(', ')})`, 'unknown-threshold', ALERT_THRESHOLD_NAMES.join(', ')),
      }, out);
      return found && { value: found };
    }
    const kinds = checkList(key, value, (kind) => checkWith(elementOf(disabledKinds), kind), out);
    return kinds && { value: kinds };
  }) as Partial<AlertSettings> | undefined;
}

/** Every top-level key of the schema (public/managed_schema.json is generated from the same schema). */
export const POLICY_KEYS = Object.keys(managedPolicySchema.shape) as ManagedPolicyKey[];

/** Raw managed storage -> the policy Tandem applies, and a report of what was applied and rejected. */
export function validatePolicy(raw: unknown): { policy: ManagedPolicy; report: Omit<PolicyReport, 'source'> } {
  const out: Collector = { applied: [], rejected: [] };
  const policy: ManagedPolicy = {};
  if (!isObject(raw)) return { policy, report: out };
  const set = (key: string, value: unknown) => ((policy as Record<string, unknown>)[key] = value);
  for (const [key, value] of Object.entries(raw)) {
    if (value === undefined || value === null) continue;
    if (!Object.hasOwn(managedPolicySchema.shape, key)) {
      out.rejected.push(coded(key, 'not a Tandem policy key', 'not-a-policy-key'));
      continue;
    }
    const schema = managedPolicySchema.shape[key as ManagedPolicyKey] as z.ZodType;
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
      case 'features': {
        const features = checkFeatures(value, out);
        if (features) policy.features = features;
        break;
      }
      case 'alerts': {
        const alerts = checkAlerts(value, out);
        if (alerts) policy.alerts = alerts;
        break;
      }
      case 'connectors':
      case 'toolAutonomy':
      case 'agentConnectors':
        // The connectors feature validates its own keys (lib/connectors/policy.ts): one validator for the policy
        // and the options page.
        Object.assign(policy, parseConnectorPolicyKey(key, value, out));
        break;
      default:
        if (unwrapped(schema)._zod.def.type === 'array') {
          // knowledgeSources, connectors: each item against the schema's item
          const items = checkList(key, value, (item) => (isObject(item) ? checkWith(elementOf(schema), item) : bad(`expected an object, got ${typeName(item)}`, 'not-an-object', typeName(item))), out);
          if (items) set(key, items);
        } else {
          const c = checkWith(schema, value);
          if (c.ok) {
            set(key, c.value);
            out.applied.push(key);
          } else out.rejected.push(rejection(key, c));
        }
    }
  }
  if (policy.useGatewayWithoutKey && policy.apiKey) {
    // Both set is contradictory; the key is the safer reading (requests still authenticate).
    delete policy.useGatewayWithoutKey;
    out.applied.splice(out.applied.indexOf('useGatewayWithoutKey'), 1);
    out.rejected.push(coded('useGatewayWithoutKey', 'ignored because apiKey is also set', 'gateway-key-conflict'));
  }
  if (policy.useGatewayWithoutKey && !policy.apiBaseUrl) {
    delete policy.useGatewayWithoutKey;
    out.applied.splice(out.applied.indexOf('useGatewayWithoutKey'), 1);
    out.rejected.push(coded('useGatewayWithoutKey', 'needs apiBaseUrl (the gateway) to be set as well', 'gateway-needs-base-url'));
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
