import type { Alert, AlertKind } from '../../lib/sentiment';
import { suggestedApproach } from '../../lib/sentiment';
import { t } from '../../lib/i18n';

// Functions, so the text is looked up when shown (in the browser's language), not when the module loads.
const TITLES: Record<AlertKind, () => string> = {
  anger: () => t('alertAnger'),
  legal_threat: () => t('alertLegalThreat'),
  churn_risk: () => t('alertChurnRisk'),
  human_requested: () => t('alertHumanRequested'),
  urgency: () => t('alertUrgency'),
  repeat_contact: () => t('alertRepeatContact'),
  negative_trend: () => t('alertNegativeTrend'),
};

const SEVERITY_LABELS: Record<Alert['severity'], () => string> = {
  info: () => t('severityInfo'),
  warning: () => t('severityWarning'),
  critical: () => t('severityCritical'),
};

const RANK = { info: 1, warning: 2, critical: 3 } as const;

/** One line per kind: its most severe alert, the latest message breaking ties (evidence the agent can act on). */
function strongestPerKind(alerts: Alert[]): Alert[] {
  const best = new Map<string, Alert>();
  for (const a of alerts) {
    const current = best.get(a.kind);
    if (!current || RANK[a.severity] > RANK[current.severity] || (RANK[a.severity] === RANK[current.severity] && a.messageIndex > current.messageIndex)) {
      best.set(a.kind, a);
    }
  }
  return [...best.values()].sort((a, b) => RANK[b.severity] - RANK[a.severity]);
}

/**
 * What needs care on this ticket, with the customer's own words as evidence (rendered as text) and the approach
 * to take. `onAskAi` asks for a de-escalation draft or holding response when drafting is available.
 */
export function AlertBanner({
  alerts,
  aiAlerts = [],
  onDismiss,
  onAskAi,
}: {
  alerts: Alert[];
  /** The AI's second opinion (issue 15): shown after the local alerts, each marked "AI". */
  aiAlerts?: Alert[];
  onDismiss(alert: Alert): void;
  onAskAi?: (kind: 'de-escalation' | 'holding') => void;
}) {
  if (alerts.length === 0 && aiAlerts.length === 0) return null;
  const critical = [...alerts, ...aiAlerts].some((a) => a.severity === 'critical');
  const steps = suggestedApproach([...alerts, ...aiAlerts]);
  const shown = [...strongestPerKind(alerts).map((a) => ({ alert: a, ai: false })), ...strongestPerKind(aiAlerts).map((a) => ({ alert: a, ai: true }))];
  return (
    <section className={`card alert-banner ${critical ? 'critical' : 'warning'}`} role="alert" aria-label={t('alertsLabel')} data-testid="alert-banner">
      {/* One line per alert; its evidence (the customer's words) opens below it. */}
      <ul className="alerts">
        {shown.map(({ alert, ai }) => (
          <li key={`${ai ? 'ai' : 'local'}-${alert.kind}-${alert.messageIndex}`} data-kind={alert.kind} data-severity={alert.severity} data-source={ai ? 'ai' : 'local'}>
            <details>
              <summary>
                {ai && (
                  <span className="ai-mark" title={t('alertByAiTitle')} data-testid="alert-ai">
                    {t('alertByAi')}
                  </span>
                )}{' '}
                <strong>{TITLES[alert.kind]()}</strong> <span className="severity">({SEVERITY_LABELS[alert.severity]()})</span>
              </summary>
              {alert.evidence && <q className="evidence">{alert.evidence}</q>}
              {/* an alert the learned model raised without a phrase rule: the words that weighed most */}
              {!ai && alert.source === 'model' && alert.words && alert.words.length > 0 && (
                <span className="model-words" title={t('alertByModelTitle')} data-testid="alert-model-words">
                  {t('alertByModelWords', alert.words.join(', '))}
                </span>
              )}
            </details>
            <button type="button" className="link" onClick={() => onDismiss(alert)} aria-label={t('dismissAlert', TITLES[alert.kind]())}>
              {t('dismiss')}
            </button>
          </li>
        ))}
      </ul>
      {(steps.length > 0 || onAskAi) && (
        <details className="approach-box">
          <summary>{t('suggestedApproach')}</summary>
          {steps.length > 0 && (
            <ol className="approach">
              {steps.map((s) => (
                <li key={s}>{s}</li>
              ))}
            </ol>
          )}
          {onAskAi && (
            <div className="row">
              <button type="button" onClick={() => onAskAi('de-escalation')}>
                {t('askDeescalation')}
              </button>
              <button type="button" onClick={() => onAskAi('holding')}>
                {t('askHolding')}
              </button>
            </div>
          )}
        </details>
      )}
    </section>
  );
}
