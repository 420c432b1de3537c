// What an organisation can set through managed storage (public/managed_schema.json), in the shape Tandem uses
// after validation. A custom adapter is the adapters' own `CustomAdapterConfig` (a type-only import: no DOM code
// is loaded); the alert tuning mirrors `AssessOptions` of lib/sentiment, restated so the policy layer does not
// load sentiment code (the service worker reads policy on every start).
import type * as z from 'zod';
import type { CustomAdapterConfig } from '../../adapters/custom';
import type { ConnectorPolicy } from '../connectors/policy';
import type { ReasonCode } from '../reasons';
import type {
  ALERT_KINDS,
  ALERT_PHRASE_KINDS,
  ALERT_THRESHOLD_NAMES,
  alertsSchema,
  connectorSchema,
  customAdapterShape,
  FEATURE_NAMES,
  knowledgeSourceSchema,
  managedPolicySchema,
} from './schema';

// The lists of names live with the schema (lib/policy/schema.ts); the types below are inferred from it.
export {
  ALERT_KINDS,
  ALERT_PHRASE_KINDS,
  ALERT_THRESHOLD_NAMES,
  CONNECTOR_KINDS,
  CUSTOM_SELECTOR_OPTIONAL,
  CUSTOM_SELECTOR_REQUIRED,
  FEATURE_NAMES,
  KNOWLEDGE_SOURCE_KINDS,
  TOOL_AUTONOMY_LEVELS,
} from './schema';

export type FeatureName = (typeof FEATURE_NAMES)[number];
export type Features = Record<FeatureName, boolean>;
export type AlertPhraseKind = (typeof ALERT_PHRASE_KINDS)[number];
export type AlertKindName = (typeof ALERT_KINDS)[number];
export type AlertThresholdName = (typeof ALERT_THRESHOLD_NAMES)[number];

/** Extra phrases per alert kind (in the sentiment module's phrase syntax), score thresholds, kinds switched off. */
export type AlertSettings = z.output<typeof alertsSchema>;

/** A custom helpdesk from policy: exactly the adapters' own config shape. */
export type CustomAdapterPolicy = CustomAdapterConfig;
// The schema's shape of a custom helpdesk and the adapters' contract type must stay the same (both ways).
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const _customShapeMatches: Same<z.output<typeof customAdapterShape>, Omit<CustomAdapterConfig, 'layer'>> = true;
void _customShapeMatches;

export type KnowledgeSource = z.output<typeof knowledgeSourceSchema>;
export type Connector = z.output<typeof connectorSchema>;

/** A validated managed policy: only keys the admin set, each already checked. */
export type ManagedPolicy = Omit<z.output<typeof managedPolicySchema>, 'customAdapters' | 'connectors' | 'toolAutonomy' | 'agentConnectors'> & ConnectorPolicy & {
  customAdapters?: CustomAdapterPolicy[];
  /** Not a schema key: set by validation when Tandem must fail closed and work on no helpdesk at all (the
   *  organisation limited the hosts but named none that is usable, or its policy could not be read). */
  blockHelpdesks?: true;
};

export type PolicyKey = keyof ManagedPolicy;

/** One value the policy rejected. `reason` is English (the audit log, reports, the fingerprint of the policy);
 *  `code` and `params` say the same for the options page to translate (lib/reasons.ts, lib/reason-text.ts), and
 *  `field` names the part of the item the code's sentence is about (a knowledge source's "url"), which the English
 *  reason has in front. Reports stored before the codes have none: their English reason is shown. */
export interface PolicyRejection {
  key: string;
  reason: string;
  code?: ReasonCode;
  params?: string[];
  field?: string;
  /** Several problems with one value (a custom helpdesk): each with its code, params and field, so the options page
   *  can list them all in the agent's language; `reason` holds the same list in English. */
  parts?: { code: ReasonCode; params?: string[]; field?: string }[];
}

/** What happened to each value the admin pushed: applied as is, or rejected with a reason an admin can act on. */
export interface PolicyReport {
  /** Top-level keys (or `key[i]` / `key.sub` paths) that were applied. */
  applied: string[];
  rejected: PolicyRejection[];
  /** Where the policy came from: 'managed' storage, 'none' when the browser has no managed storage for us, or
   *  'unreadable' when the browser has it but reading it failed (Tandem then fails closed and retries). */
  source: 'managed' | 'none' | 'unreadable';
  /** Why managed storage could not be read (also kept for Firefox's "no policies.json entry", which is 'none'). */
  readError?: string;
  /** Set when Tandem fails closed: it works on no helpdesk until the policy is fixed or can be read. */
  failedClosed?: 'no-valid-hosts' | 'unreadable';
}
