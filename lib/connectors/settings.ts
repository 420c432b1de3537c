// Which connectors are in force and at what autonomy: the organisation's (policy) first, then the agent's own when
// policy lets agents add them. The agent's connectors live in `local:connectors` without their headers; headers
// are secrets (lib/secrets `connectorHeaders`), put back only while the connector's URL is the one they were
// given for (a content script in Firefox can write storage.local; it must not redirect a token elsewhere).
import { storage } from 'wxt/utils/storage';
import { connectorHeadersSecret, type ConnectorHeaders } from '../secrets';
import { loadEffective } from '../policy/effective';
import { allowedLevels, clampAutonomy } from './autonomy';
import type { ConnectorPolicy } from './policy';
import type { ConnectorConfig, ToolAutonomy } from './types';
import { checkConnector } from './validate';

export interface AgentConnectorSettings {
  /** Without headers (those are secrets). */
  connectors: ConnectorConfig[];
  autonomy: ToolAutonomy;
}

export const DEFAULT_AGENT_CONNECTORS: AgentConnectorSettings = { connectors: [], autonomy: 'checkpoint' };
export const agentConnectorsItem = storage.defineItem<AgentConnectorSettings>('local:connectors', { fallback: DEFAULT_AGENT_CONNECTORS });

export type ConnectorOrigin = 'policy' | 'agent';
export interface EffectiveConnector extends ConnectorConfig {
  origin: ConnectorOrigin;
}

export interface EffectiveConnectors {
  connectors: EffectiveConnector[];
  /** The level in force. */
  autonomy: ToolAutonomy;
  /** The most policy allows (default checkpoint). */
  ceiling: ToolAutonomy;
  /** The levels the agent may pick. */
  levels: ToolAutonomy[];
  /** Only one level is possible: the selector is locked. */
  autonomyLocked: boolean;
  agentMayAdd: boolean;
}

/** Pure merge: policy > agent. */
export function mergeConnectors(policy: ConnectorPolicy, agent: Partial<AgentConnectorSettings> | null | undefined, headers: ConnectorHeaders = {}): EffectiveConnectors {
  const ceiling = policy.toolAutonomy ?? 'checkpoint';
  const agentMayAdd = policy.agentConnectors !== false;
  const connectors: EffectiveConnector[] = (policy.connectors ?? []).map((c) => ({ ...c, origin: 'policy' }));
  if (agentMayAdd) {
    for (const raw of agent?.connectors ?? []) {
      // Stored by the options page, but storage.local is writable from more places than Tandem's pages: check again.
      const c = checkConnector(raw);
      if (!c.ok || connectors.some((x) => x.id === c.value.id)) continue;
      const own = headers[c.value.id];
      const { headers: _stored, ...rest } = c.value;
      connectors.push({ ...rest, ...(own && own.url === c.value.url ? { headers: own.headers } : {}), origin: 'agent' });
    }
  }
  const levels = allowedLevels(ceiling);
  return { connectors, autonomy: clampAutonomy(agent?.autonomy, ceiling), ceiling, levels, autonomyLocked: levels.length === 1, agentMayAdd };
}

/** In force now (background: before each request). */
export async function loadConnectors(): Promise<EffectiveConnectors> {
  const [effective, agent, headers] = await Promise.all([loadEffective(), agentConnectorsItem.getValue(), connectorHeadersSecret.getValue()]);
  return mergeConnectors(effective.policy, agent, headers);
}

/** Without the secrets: what the options page and the panel may see. */
export function withoutSecrets(c: EffectiveConnector): EffectiveConnector & { hasHeaders: boolean } {
  const { headers, ...rest } = c;
  return { ...rest, hasHeaders: !!headers && Object.keys(headers).length > 0 };
}
