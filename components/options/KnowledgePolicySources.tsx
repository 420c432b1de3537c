import { getDb } from '../../lib/db';
import { t } from '../../lib/i18n';
import { planPolicySource, syncPolicySource } from '../../lib/kb/sources';
import type { KnowledgeSource } from '../../lib/policy/types';
import { LockNote } from './Locked';
import { KnowledgeSyncRun } from './KnowledgeSyncRun';

/**
 * The sources the settings name (the organisation's policy, or the agent's own "Knowledge sources" setting):
 * read-only here, each with "Sync now". Their credentials (headers) are never shown.
 */
export function KnowledgePolicySources({ sources, locked }: { sources: KnowledgeSource[]; locked: boolean }) {
  if (sources.length === 0) return null;
  return (
    <div className="kb-policy-sources">
      <h3>{locked ? t('kbPolicySourcesHeading') : t('kbSettingsSourcesHeading')}</h3>
      {locked && <LockNote testId="kb-policy-locked" />}
      <ul data-testid="kb-policy-sources">
        {sources.map((src) => {
          const plan = planPolicySource(src);
          return (
            <li key={src.id} data-testid="kb-policy-source">
              <strong>{src.name ?? src.id}</strong> <small>({src.kind})</small> <code dir="ltr">{src.url}</code>
              {src.refreshHours ? <small> · {t('kbRefreshHours', String(src.refreshHours))}</small> : null}
              {src.kind === 'zendesk' && src.headers && plan.type === 'sync' && Object.keys(plan.headers).length > 0 && (
                <small className="hint"> · {t('kbPolicyHeadersAsGiven')}</small>
              )}
              <KnowledgeSyncRun testId="kb-policy-source" requestUrl={src.url} run={(fetchFn, onProgress) => syncPolicySource(getDb(), src, fetchFn, onProgress)} />
            </li>
          );
        })}
      </ul>
    </div>
  );
}
