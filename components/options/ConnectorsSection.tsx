// "Connectors" (issue 16): the organisation's connectors (locked), the agent's own when policy allows
// (agentConnectors), and the autonomy level (never above what policy allows). A token typed here goes to the
// secrets store (lib/secrets) and is never shown again; the host is requested as an optional permission from the
// Save click, as knowledge sources do.
import { useEffect, useState, type FormEvent } from 'react';
import { browser } from 'wxt/browser';
import { t } from '../../lib/i18n';
import { useEffectiveSettings } from '../../lib/policy/useEffectiveSettings';
import { agentConnectorsItem, DEFAULT_AGENT_CONNECTORS, mergeConnectors, type AgentConnectorSettings } from '../../lib/connectors/settings';
import { connectorHeadersSecret } from '../../lib/secrets';
import { checkConnector } from '../../lib/connectors/validate';
import { refusal } from '../../lib/reasons';
import { reasonText } from '../../lib/reason-text';
import { TOOL_AUTONOMY_LEVELS, type ConnectorConfig, type ToolAutonomy } from '../../lib/connectors/types';
import { LockNote } from './Locked';
import './connectors.css';

const LEVEL_LABEL: Record<ToolAutonomy, () => string> = {
  supervised: () => t('autonomySupervised'),
  checkpoint: () => t('autonomyCheckpoint'),
  autonomous: () => t('autonomyAutonomous'),
};

interface Draft {
  kind: 'mcp' | 'http';
  name: string;
  url: string;
  token: string;
  tools: string;
  actions: string;
}
const EMPTY: Draft = { kind: 'mcp', name: '', url: '', token: '', tools: '', actions: '' };

const idFrom = (name: string, url: string) =>
  (name || new URL(url).host)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 32) || 'connector';

/** The host pattern the background needs to reach a connector (optional_host_permissions). */
function originPattern(url: string): string {
  const u = new URL(url);
  return `${u.protocol}//${u.hostname}/*`;
}

export function ConnectorsSection() {
  const effective = useEffectiveSettings();
  const [agent, setAgent] = useState<AgentConnectorSettings>(DEFAULT_AGENT_CONNECTORS);
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const [message, setMessage] = useState<{ ok: boolean; text: string }>();

  useEffect(() => {
    void agentConnectorsItem.getValue().then((v) => setAgent(v ?? DEFAULT_AGENT_CONNECTORS));
    return agentConnectorsItem.watch((v) => setAgent(v ?? DEFAULT_AGENT_CONNECTORS));
  }, []);
  if (!effective) return null;
  const merged = mergeConnectors(effective.policy, agent);
  const set = <K extends keyof Draft>(k: K, v: Draft[K]) => setDraft((d) => ({ ...d, [k]: v }));

  async function save(event: FormEvent) {
    event.preventDefault();
    if (!merged.agentMayAdd) return;
    let raw: Record<string, unknown>;
    try {
      const actions = draft.kind === 'http' ? (JSON.parse(draft.actions || '[]') as unknown) : undefined;
      raw = {
        id: idFrom(draft.name.trim(), draft.url.trim()),
        kind: draft.kind,
        url: draft.url.trim(),
        ...(draft.name.trim() ? { name: draft.name.trim() } : {}),
        ...(draft.tools.trim() ? { tools: draft.tools.split(',').map((s) => s.trim()).filter(Boolean) } : {}),
        ...(actions !== undefined ? { actions } : {}),
      };
    } catch (e) {
      // Only the actions are parsed here: the parser's own words, inside a sentence in the agent's language.
      return setMessage({ ok: false, text: t('connectorInvalid', reasonText(refusal('', 'actions-not-json', e instanceof Error ? e.message : String(e)))) });
    }
    const checked = checkConnector(raw);
    if (!checked.ok) return setMessage({ ok: false, text: t('connectorInvalid', reasonText(checked)) });
    let config: ConnectorConfig = checked.value;
    if (merged.connectors.some((c) => c.id === config.id && c.origin === 'policy')) config = { ...config, id: `${config.id}-own` };
    // From the click, before anything async: the browser shows its prompt only in a user gesture.
    const granted = await browser.permissions.request({ origins: [originPattern(config.url)] }).catch(() => false);
    if (!granted) return setMessage({ ok: false, text: t('connectorPermissionDenied', new URL(config.url).host) });
    const token = draft.token.trim();
    if (token) {
      const headers = await connectorHeadersSecret.getValue();
      await connectorHeadersSecret.setValue({ ...headers, [config.id]: { url: config.url, headers: { Authorization: token } } });
    }
    const current = (await agentConnectorsItem.getValue()) ?? DEFAULT_AGENT_CONNECTORS;
    await agentConnectorsItem.setValue({ ...current, connectors: [...current.connectors.filter((c) => c.id !== config.id), config] });
    setDraft(EMPTY);
    setMessage({ ok: true, text: t('connectorSaved') });
  }

  async function remove(id: string) {
    const current = (await agentConnectorsItem.getValue()) ?? DEFAULT_AGENT_CONNECTORS;
    await agentConnectorsItem.setValue({ ...current, connectors: current.connectors.filter((c) => c.id !== id) });
    const headers = await connectorHeadersSecret.getValue();
    if (id in headers) {
      const { [id]: _gone, ...rest } = headers;
      await connectorHeadersSecret.setValue(rest);
    }
  }

  async function setLevel(level: ToolAutonomy) {
    const current = (await agentConnectorsItem.getValue()) ?? DEFAULT_AGENT_CONNECTORS;
    await agentConnectorsItem.setValue({ ...current, autonomy: level });
  }

  return (
    <section className="card connectors" aria-labelledby="conn-heading" data-testid="connectors-section">
      <h2 id="conn-heading">{t('connectorsHeading')}</h2>
      <p className="hint">{t('connectorsIntro')}</p>

      <div className="row">
        <label htmlFor="conn-autonomy">{t('connectorsAutonomy')}</label>
        <select id="conn-autonomy" value={merged.autonomy} disabled={merged.autonomyLocked} onChange={(e) => void setLevel(e.target.value as ToolAutonomy)} data-testid="conn-autonomy">
          {TOOL_AUTONOMY_LEVELS.map((level) => (
            <option key={level} value={level} disabled={!merged.levels.includes(level)}>
              {LEVEL_LABEL[level]()}
              {merged.levels.includes(level) ? '' : ` (${t('autonomyNotAllowed')})`}
            </option>
          ))}
        </select>
        {effective.policy.toolAutonomy !== undefined && <LockNote testId="conn-autonomy-locked" />}
      </div>

      {merged.connectors.length > 0 && (
        <ul data-testid="conn-list">
          {merged.connectors.map((c) => (
            <li key={`${c.origin}:${c.id}`} data-testid="conn-item" data-origin={c.origin}>
              <strong>{c.name ?? c.id}</strong> · {c.kind === 'mcp' ? 'MCP' : 'HTTP'} · <code>{new URL(c.url).host}</code>
              {c.tools ? ` · ${c.tools.join(', ')}` : ''}
              {c.origin === 'policy' ? (
                <LockNote />
              ) : (
                <button type="button" className="danger" onClick={() => void remove(c.id)} data-testid="conn-remove">
                  {t('connectorRemove')}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}

      {!merged.agentMayAdd ? (
        <p className="hint" data-testid="conn-agent-off">
          {t('connectorsAgentOff')}
        </p>
      ) : (
        <form onSubmit={(e) => void save(e)} aria-labelledby="conn-add-heading" noValidate>
          <fieldset>
            <legend id="conn-add-heading">{t('connectorAdd')}</legend>
            <div className="row">
              <label htmlFor="conn-kind">{t('connectorKind')}</label>
              <select id="conn-kind" value={draft.kind} onChange={(e) => set('kind', e.target.value as Draft['kind'])} data-testid="conn-kind">
                <option value="mcp">{t('connectorKindMcp')}</option>
                <option value="http">{t('connectorKindHttp')}</option>
              </select>
            </div>
            <div className="row">
              <label htmlFor="conn-name">{t('connectorName')}</label>
              <input id="conn-name" value={draft.name} maxLength={100} onChange={(e) => set('name', e.target.value)} data-testid="conn-name" />
            </div>
            <div className="row">
              <label htmlFor="conn-url">{t('connectorUrl')}</label>
              <input id="conn-url" type="url" value={draft.url} placeholder="https://mcp.example.com/mcp" onChange={(e) => set('url', e.target.value)} data-testid="conn-url" />
            </div>
            <div className="row">
              <label htmlFor="conn-token">{t('connectorToken')}</label>
              <input id="conn-token" type="password" autoComplete="off" value={draft.token} placeholder="Bearer …" onChange={(e) => set('token', e.target.value)} data-testid="conn-token" />
            </div>
            <div className="row">
              <label htmlFor="conn-tools">{t('connectorToolsAllowed')}</label>
              <input id="conn-tools" value={draft.tools} onChange={(e) => set('tools', e.target.value)} data-testid="conn-tools" />
            </div>
            {draft.kind === 'http' && (
              <div className="row">
                <label htmlFor="conn-actions">{t('connectorActions')}</label>
                <textarea id="conn-actions" rows={6} value={draft.actions} onChange={(e) => set('actions', e.target.value)} data-testid="conn-actions" />
              </div>
            )}
            <button type="submit" className="primary" data-testid="conn-save">
              {t('connectorSave')}
            </button>
          </fieldset>
        </form>
      )}
      <p role="status" className={message?.ok ? 'ok' : 'bad'} data-testid="conn-status">
        {message?.text}
      </p>
    </section>
  );
}
