// What an organisation can set through managed storage (public/managed_schema.json), in the shape Tandem uses
// after validation. A custom adapter is the adapters' own `CustomAdapterConfig` (a type-only import: no DOM code
// is loaded); the alert tuning mirrors `AssessOptions` of lib/sentiment, restated so the policy layer does not
// load sentiment code (the service worker reads policy on every start).
import type { CustomAdapterConfig } from '../../adapters/custom';
import type { ConnectorPolicy } from '../connectors/policy';

// aiAlerts: the AI's second opinion on each new customer message beside the local alerts (issue 15); off unless
// the agent or the organisation turns it on, since it sends every customer message to the API.
export const FEATURE_NAMES = ['drafts', 'chat', 'sentiment', 'knowledge', 'analytics', 'aiAlerts'] as const;
export type FeatureName = (typeof FEATURE_NAMES)[number];
export type Features = Record<FeatureName, boolean>;

export const ALERT_PHRASE_KINDS = ['anger', 'legal_threat', 'churn_risk', 'human_requested', 'urgency', 'repeat_contact'] as const;
export type AlertPhraseKind = (typeof ALERT_PHRASE_KINDS)[number];
export const ALERT_KINDS = [...ALERT_PHRASE_KINDS, 'negative_trend'] as const;
export type AlertKindName = (typeof ALERT_KINDS)[number];

export const ALERT_THRESHOLD_NAMES = ['anger', 'angerCritical', 'trendDelta', 'trendNegative', 'recencyDecay'] as const;
export type AlertThresholdName = (typeof ALERT_THRESHOLD_NAMES)[number];

export interface AlertSettings {
  /** Extra phrases per alert kind, in the sentiment module's phrase syntax. */
  extraPhrases: Partial<Record<AlertPhraseKind, string[]>>;
  thresholds: Partial<Record<AlertThresholdName, number>>;
  disabledKinds: AlertKindName[];
}

export const CUSTOM_SELECTOR_REQUIRED = ['subject', 'message', 'messageBody', 'editor'] as const;
export const CUSTOM_SELECTOR_OPTIONAL = [
  'ticketId', 'requester', 'status', 'priority', 'tags', 'messageAuthor', 'messageTime', 'internalMessage', 'agentMessage',
] as const;

/** A custom helpdesk from policy: exactly the adapters' own config shape. */
export type CustomAdapterPolicy = CustomAdapterConfig;

export const KNOWLEDGE_SOURCE_KINDS = ['url', 'zendesk', 'api'] as const;
export interface KnowledgeSource {
  id: string;
  /** 'url': a JSON/CSV/markdown file; 'zendesk': a Help Center base URL; 'api': a JSON endpoint of articles. */
  kind: (typeof KNOWLEDGE_SOURCE_KINDS)[number];
  url: string;
  name?: string;
  /** Credentials sent with each request, e.g. { "Authorization": "Bearer …" }. Never logged or exported. */
  headers?: Record<string, string>;
  refreshHours?: number;
}

/** A validated managed policy: only keys the admin set, each already checked. */
/** Connector keys (`connectors`, `toolAutonomy`, `agentConnectors`) are parsed in lib/connectors/policy.ts. */
export interface ManagedPolicy extends ConnectorPolicy {
  apiBaseUrl?: string;
  apiKey?: string;
  useGatewayWithoutKey?: boolean;
  model?: string;
  maxTokens?: number;
  allowedHelpdeskHosts?: string[];
  customAdapters?: CustomAdapterPolicy[];
  knowledgeSources?: KnowledgeSource[];
  redactionRequired?: boolean;
  retentionDays?: number;
  auditRetentionDays?: number;
  auditIncludeContent?: boolean;
  analyticsExportAllowed?: boolean;
  features?: Partial<Features>;
  brandVoice?: string;
  alerts?: Partial<AlertSettings>;
  /** false: agents cannot add helpdesks of their own (custom adapters); only the organisation's run. */
  agentHelpdesks?: boolean;
  /** false: agents cannot add knowledge of their own (sources, file imports); only the organisation's is synced. */
  agentKnowledgeSources?: boolean;
  /** Not a schema key: set by validation when Tandem must fail closed and work on no helpdesk at all (the
   *  organisation limited the hosts but named none that is usable, or its policy could not be read). */
  blockHelpdesks?: true;
}

export type PolicyKey = keyof ManagedPolicy;

/** What happened to each value the admin pushed: applied as is, or rejected with a reason an admin can act on. */
export interface PolicyReport {
  /** Top-level keys (or `key[i]` / `key.sub` paths) that were applied. */
  applied: string[];
  rejected: { key: string; reason: string }[];
  /** Where the policy came from: 'managed' storage, 'none' when the browser has no managed storage for us, or
   *  'unreadable' when the browser has it but reading it failed (Tandem then fails closed and retries). */
  source: 'managed' | 'none' | 'unreadable';
  /** Why managed storage could not be read (also kept for Firefox's "no policies.json entry", which is 'none'). */
  readError?: string;
  /** Set when Tandem fails closed: it works on no helpdesk until the policy is fixed or can be read. */
  failedClosed?: 'no-valid-hosts' | 'unreadable';
}
