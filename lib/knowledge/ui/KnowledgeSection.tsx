import { t } from '../../i18n';
import { useEffectiveSettings } from '../../policy/useEffectiveSettings';
import { KnowledgeAgentSources } from './KnowledgeAgentSources';
import { KnowledgeImport } from './KnowledgeImport';
import { KnowledgePolicySources } from './KnowledgePolicySources';
import { KnowledgeStored } from './KnowledgeStored';

/** Knowledge: import files, sync helpdesk sources (the agent's and the organisation's), and what is stored. */
export function KnowledgeSection() {
  const effective = useEffectiveSettings();
  // Policy agentKnowledgeSources: false: only the organisation's sources; nothing of the agent's is added.
  const ownLocked = effective?.settings.agentKnowledgeSources === false;
  return (
    <section className="card" aria-labelledby="kb-heading" data-testid="kb-section">
      <h2 id="kb-heading">{t('kbHeading')}</h2>
      <p className="hint">{t('kbIntro')}</p>
      <KnowledgeImport locked={ownLocked} />
      <KnowledgeAgentSources locked={ownLocked} />
      {effective && (
        <KnowledgePolicySources sources={effective.settings.knowledgeSources} locked={effective.locked.has('knowledgeSources')} />
      )}
      <KnowledgeStored />
    </section>
  );
}
