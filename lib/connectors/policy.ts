// The three managed policy keys of connectors (DESIGN.md "Stable hooks"): `connectors`, `toolAutonomy`,
// `agentConnectors`. Parsed here so lib/policy only routes the keys (it can change shape without touching this).
import { checkAutonomy, checkConnectors } from './validate';
import type { ReasonCode, Refusal } from '../reasons';
import type { ConnectorConfig, ToolAutonomy } from './types';

/** A rejected value as the policy report lists it (lib/policy/types.ts `PolicyRejection`, restated: that file
 *  imports this one). */
interface PolicyRejection {
  key: string;
  reason: string;
  code?: ReasonCode;
  params?: string[];
}

export interface ConnectorPolicy {
  /** The organisation's connectors; each may limit the tools allowed (`tools`). */
  connectors?: ConnectorConfig[];
  /** The most autonomy agents may choose (default checkpoint; 'supervised' locks every call to approval). */
  toolAutonomy?: ToolAutonomy;
  /** false: agents cannot add connectors of their own. */
  agentConnectors?: boolean;
}

export const CONNECTOR_POLICY_KEYS = ['connectors', 'toolAutonomy', 'agentConnectors'] as const;
export type ConnectorPolicyKey = (typeof CONNECTOR_POLICY_KEYS)[number];

export const isConnectorPolicyKey = (key: string): key is ConnectorPolicyKey => (CONNECTOR_POLICY_KEYS as readonly string[]).includes(key);

/** A rejected value: its English reason, and its code and params where the check gave them (lib/reasons.ts). */
const rejection = (key: string, reason: string, refused?: Refusal): PolicyRejection => ({
  key,
  reason,
  ...(refused?.code ? { code: refused.code } : {}),
  ...(refused?.params ? { params: refused.params } : {}),
});

/** One raw policy value -> what applies, reporting every part applied or rejected (with its path). */
export function parseConnectorPolicyKey(
  key: ConnectorPolicyKey,
  value: unknown,
  out: { applied: string[]; rejected: PolicyRejection[] },
): Partial<ConnectorPolicy> {
  switch (key) {
    case 'connectors': {
      const list = checkConnectors(value, (path, reason, refused) => out.rejected.push(rejection(`connectors${path}`, reason, refused)));
      // An empty result from a non-empty list: nothing usable, so nothing applies (the agent's own stay as policy allows).
      if (!list || (list.length === 0 && Array.isArray(value) && value.length > 0)) return {};
      out.applied.push('connectors');
      return { connectors: list };
    }
    case 'toolAutonomy': {
      const c = checkAutonomy(value);
      if (!c.ok) {
        out.rejected.push(rejection(key, c.reason, c));
        return {};
      }
      out.applied.push(key);
      return { toolAutonomy: c.value };
    }
    case 'agentConnectors':
      if (typeof value !== 'boolean') {
        out.rejected.push({ key, reason: 'expected true or false', code: 'expected-boolean' });
        return {};
      }
      out.applied.push(key);
      return { agentConnectors: value };
  }
}

/** When the policy cannot be read: no agent connectors, every call waits. */
export const CLOSED_CONNECTOR_POLICY: ConnectorPolicy = { connectors: [], toolAutonomy: 'supervised', agentConnectors: false };
