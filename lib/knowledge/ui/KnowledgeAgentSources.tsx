import { useEffect, useState, type FormEvent } from 'react';
import { getDb } from '../../db';
import { t } from '../../i18n';
import {
  addAgentSource,
  agentKbSourcesItem,
  INTERCOM_API,
  removeAgentSource,
  requestBaseOf,
  type AgentKbSource,
  type IntercomRegion,
} from '../sources';
import { sourceOf, syncKnowledge, type SyncConfig } from '../sync';
import { agentSourceConfig, EMPTY_AGENT_SOURCE_FORM, type AgentSourceForm } from '../agent-form';
import { KnowledgeSyncRun } from './KnowledgeSyncRun';
import { LockNote } from '../../../components/options/Locked';

type Kind = SyncConfig['kind'];
const KIND_LABEL: Record<Kind, string> = { zendesk: 'Zendesk Guide', intercom: 'Intercom', freshdesk: 'Freshdesk' };

/** The agent's own helpdesk sources: credentials stay in this browser's local storage, never synced. */
export function KnowledgeAgentSources({ locked = false }: { locked?: boolean }) {
  const [sources, setSources] = useState<AgentKbSource[]>([]);
  const [draft, setDraft] = useState<AgentSourceForm>(EMPTY_AGENT_SOURCE_FORM);
  const [message, setMessage] = useState<{ ok: boolean; text: string }>();

  useEffect(() => {
    void agentKbSourcesItem.getValue().then(setSources);
    return agentKbSourcesItem.watch((v) => setSources(v ?? []));
  }, []);

  const set = <K extends keyof AgentSourceForm>(k: K, v: AgentSourceForm[K]) => setDraft((d) => ({ ...d, [k]: v }));

  async function add(event: FormEvent) {
    event.preventDefault();
    if (locked) return;
    const c = agentSourceConfig(draft);
    if (!c.ok) return setMessage({ ok: false, text: c.error });
    try {
      await addAgentSource(c.config);
      setSources(await agentKbSourcesItem.getValue());
      setDraft(EMPTY_AGENT_SOURCE_FORM);
      setMessage({ ok: true, text: t('kbSourceAdded', sourceOf(c.config)) });
    } catch (e) {
      setMessage({ ok: false, text: e instanceof Error ? e.message : String(e) });
    }
  }

  return (
    <div className="kb-agent-sources">
      <h3>{t('kbSyncHeading')}</h3>
      <p className="hint">{t('kbSyncIntro')}</p>
      {/* The organisation keeps knowledge to its own sources: the agent's are neither added nor synced. */}
      {locked && <LockNote testId="kb-agent-locked" />}
      {sources.length === 0 ? (
        <p className="hint">{t('kbNoSources')}</p>
      ) : (
        <ul data-testid="kb-agent-sources">
          {sources.map((s) => (
            <li key={s.id} data-testid="kb-agent-source">
              <strong>{KIND_LABEL[s.config.kind]}</strong> <code>{new URL(requestBaseOf(s.config)).host}</code>
              {s.config.kind === 'zendesk' && s.config.includeMacros && ` · ${t('kbWithMacros')}`}
              {s.config.kind === 'freshdesk' && s.config.includeCanned && ` · ${t('kbWithCanned')}`}{' '}
              <button type="button" className="danger" onClick={() => void removeAgentSource(s.id)} data-testid="kb-agent-source-remove">
                {t('kbRemoveSource')}
              </button>
              {!locked && <KnowledgeSyncRun
                testId="kb-agent-source"
                requestUrl={requestBaseOf(s.config)}
                run={(fetchFn, onProgress) =>
                  syncKnowledge(getDb(), s.config, fetchFn, onProgress).then(({ index: _index, ...r }) => r)
                }
              />}
            </li>
          ))}
        </ul>
      )}

      <form onSubmit={add} className="kb-add-source" aria-labelledby="kb-add-heading" noValidate>
        <fieldset disabled={locked}>
          <legend id="kb-add-heading">{t('kbAddSource')}</legend>
          <div className="row">
            <label htmlFor="kb-kind">{t('kbKind')}</label>
            <select id="kb-kind" value={draft.kind} onChange={(e) => setDraft({ ...EMPTY_AGENT_SOURCE_FORM, kind: e.target.value as Kind })} data-testid="kb-add-kind">
              {(Object.keys(KIND_LABEL) as Kind[]).map((k) => (
                <option key={k} value={k}>
                  {KIND_LABEL[k]}
                </option>
              ))}
            </select>
          </div>
          {draft.kind !== 'intercom' && (
            <div className="row">
              <label htmlFor="kb-base-url">{t('kbBaseUrl')}</label>
              <input id="kb-base-url" type="url" dir="ltr" value={draft.baseUrl} placeholder={draft.kind === 'zendesk' ? 'https://acme.zendesk.com' : 'https://acme.freshdesk.com'}
                onChange={(e) => set('baseUrl', e.target.value)} data-testid="kb-add-base-url" />
            </div>
          )}
          {draft.kind === 'zendesk' && (
            <div className="row" role="radiogroup" aria-label={t('kbAuthMode')}>
              <label>
                <input type="radio" name="kb-auth" checked={draft.authMode === 'token'} onChange={() => set('authMode', 'token')} /> {t('kbAuthToken')}
              </label>
              <label>
                <input type="radio" name="kb-auth" checked={draft.authMode === 'bearer'} onChange={() => set('authMode', 'bearer')} data-testid="kb-add-bearer" /> {t('kbAuthBearer')}
              </label>
            </div>
          )}
          {draft.kind === 'zendesk' && draft.authMode === 'token' && (
            <div className="row">
              <label htmlFor="kb-email">{t('kbEmail')}</label>
              <input id="kb-email" type="email" autoComplete="off" value={draft.email} onChange={(e) => set('email', e.target.value)} data-testid="kb-add-email" />
            </div>
          )}
          {draft.kind === 'intercom' && (
            <div className="row">
              <label htmlFor="kb-region">{t('kbRegion')}</label>
              <select id="kb-region" value={draft.region} onChange={(e) => set('region', e.target.value as IntercomRegion)}>
                {(Object.keys(INTERCOM_API) as IntercomRegion[]).map((region) => (
                  <option key={region} value={region}>{`${region.toUpperCase()} (${new URL(INTERCOM_API[region]).host})`}</option>
                ))}
              </select>
            </div>
          )}
          <div className="row">
            <label htmlFor="kb-secret">
              {draft.kind === 'intercom' ? t('kbAccessToken') : draft.kind === 'freshdesk' ? t('kbApiKey') : draft.authMode === 'token' ? t('kbApiToken') : t('kbAccessToken')}
            </label>
            <input id="kb-secret" type="password" autoComplete="off" value={draft.secret} onChange={(e) => set('secret', e.target.value)} data-testid="kb-add-secret" />
            <small className="hint">{t('kbSecretHint')}</small>
          </div>
          {draft.kind !== 'intercom' && (
            <div className="row inline">
              <input id="kb-extras" type="checkbox" checked={draft.includeExtras} onChange={(e) => set('includeExtras', e.target.checked)} data-testid="kb-add-extras" />
              <label htmlFor="kb-extras">{draft.kind === 'zendesk' ? t('kbIncludeMacros') : t('kbIncludeCanned')}</label>
            </div>
          )}
          <div className="actions">
            <button type="submit" data-testid="kb-add-source">
              {t('kbAddSourceButton')}
            </button>
            <p role="status" className={message?.ok ? 'ok' : 'bad'}>
              {message?.text}
            </p>
          </div>
        </fieldset>
      </form>
    </div>
  );
}
