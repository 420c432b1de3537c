import type { Alert, AlertKind } from '../../lib/sentiment';
import { suggestedApproach } from '../../lib/sentiment';

const TITLES: Record<AlertKind, string> = {
  anger: 'The customer is angry',
  legal_threat: 'Legal threat',
  churn_risk: 'Churn risk',
  human_requested: 'Asked for a person or a manager',
  urgency: 'Urgent',
  repeat_contact: 'Repeat contact',
  negative_trend: 'Getting worse',
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
  onDismiss,
  onAskAi,
}: {
  alerts: Alert[];
  onDismiss(alert: Alert): void;
  onAskAi?: (kind: 'de-escalation' | 'holding') => void;
}) {
  if (alerts.length === 0) return null;
  const critical = alerts.some((a) => a.severity === 'critical');
  const steps = suggestedApproach(alerts);
  const shown = strongestPerKind(alerts);
  return (
    <section className={`card alert-banner ${critical ? 'critical' : 'warning'}`} role="alert" aria-label="Alerts" data-testid="alert-banner">
      <ul className="alerts">
        {shown.map((alert) => (
          <li key={`${alert.kind}-${alert.messageIndex}`} data-kind={alert.kind} data-severity={alert.severity}>
            <strong>{TITLES[alert.kind]}</strong> <span className="severity">({alert.severity})</span>
            {alert.evidence && <q className="evidence">{alert.evidence}</q>}
            <button type="button" className="link" onClick={() => onDismiss(alert)} aria-label={`Dismiss alert: ${TITLES[alert.kind]}`}>
              Dismiss
            </button>
          </li>
        ))}
      </ul>
      {steps.length > 0 && (
        <details>
          <summary>Suggested approach</summary>
          <ol className="approach">
            {steps.map((s) => (
              <li key={s}>{s}</li>
            ))}
          </ol>
        </details>
      )}
      {onAskAi && (
        <div className="row">
          <button type="button" onClick={() => onAskAi('de-escalation')}>
            Draft a de-escalating reply
          </button>
          <button type="button" onClick={() => onAskAi('holding')}>
            Draft a holding response
          </button>
        </div>
      )}
    </section>
  );
}
