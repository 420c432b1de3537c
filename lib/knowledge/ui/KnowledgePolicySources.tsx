import { useLiveQuery } from 'dexie-react-hooks';
import { getDb } from '../../db';
import { t } from '../../i18n';
import { readSyncState, recordSync } from '../refresh';
import { planPolicySource, syncPolicySource } from '../sources';
import type { KnowledgeSource } from '../../policy/types';
import { removeFromAgentSettings } from '../../settings';
import { LockNote } from '../../../components/options/Locked';
import { KnowledgeSyncRun } from './KnowledgeSyncRun';

/**
 * The sources the settings name (the organisation's policy, or sources kept in the agent's own settings from
 * earlier versions): each with "Sync now" and the outcome of its last sync, scheduled (refreshHours) or manual.
 * Their credentials (headers) are never shown. The agent can remove their own; the organisation's are locked.
 */
export function KnowledgePolicySources({ sources, locked }: { sources: KnowledgeSource[]; locked: boolean }) {
  if (sources.length === 0) return null;
  return (
    <div className="kb-policy-sources">
      <h3>{locked ? t('kbPolicySourcesHeading') : t('kbSettingsSourcesHeading')}</h3>
      {locked && <LockNote testId="kb-policy-locked" />}
      <ul data-testid="kb-policy-sources">
        {sources.map((src) => (
          <PolicySource key={src.id} src={src} locked={locked} />
        ))}
      </ul>
    </div>
  );
}

function PolicySource({ src, locked }: { src: KnowledgeSource; locked: boolean }) {
  const plan = planPolicySource(src);
  const last = useLiveQuery(() => readSyncState(getDb(), src.id), [src.id]);
  return (
    <li data-testid="kb-policy-source">
      <strong>{src.name ?? src.id}</strong> <small>({src.kind})</small> <code dir="ltr">{src.url}</code>
      {src.refreshHours ? <small data-testid="kb-policy-source-refresh"> · {t('kbRefreshHours', String(src.refreshHours))}</small> : null}
      {src.kind === 'zendesk' && src.headers && plan.type === 'sync' && Object.keys(plan.headers).length > 0 && (
        <small className="hint"> · {t('kbPolicyHeadersAsGiven')}</small>
      )}{' '}
      {!locked && (
        <button type="button" className="danger" onClick={() => void removeFromAgentSettings('knowledgeSources', src.id)} data-testid="kb-policy-source-remove">
          {t('kbRemoveSource')}
        </button>
      )}
      <KnowledgeSyncRun
        testId="kb-policy-source"
        requestUrl={src.url}
        last={last && last.url === src.url ? last : undefined}
        run={(fetchFn, onProgress) => recordSync(getDb(), src, 'manual', () => syncPolicySource(getDb(), src, fetchFn, onProgress))}
      />
    </li>
  );
}

