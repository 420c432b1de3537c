// What to do about a set of alerts, in the order an agent would do it, and one level for the badge.
import type { Alert } from './assess';

const LEVEL_RANK = { none: 0, info: 1, warning: 2, critical: 3 } as const;
export type AlertLevel = keyof typeof LEVEL_RANK;

export function alertLevel(alerts: Alert[]): AlertLevel {
  let level: AlertLevel = 'none';
  for (const a of alerts ?? []) if (LEVEL_RANK[a.severity] > LEVEL_RANK[level]) level = a.severity;
  return level;
}

export function suggestedApproach(alerts: Alert[]): string[] {
  const kinds = new Set((alerts ?? []).map((a) => a.kind));
  const critical = (alerts ?? []).some((a) => a.severity === 'critical');
  const steps: string[] = [];
  if (kinds.size === 0) return steps;
  if (kinds.has('anger') || kinds.has('negative_trend') || kinds.has('repeat_contact') || kinds.has('legal_threat')) {
    steps.push('Acknowledge the frustration in your first sentence, in your own words.');
    steps.push('Apologise for the experience and the time it has cost them (an apology for the experience, not an admission of fault).');
  }
  if (kinds.has('repeat_contact')) {
    steps.push('Take ownership: summarise what they already told you and what was tried, so they do not have to repeat it.');
  }
  if (kinds.has('legal_threat')) {
    steps.push('Do not admit legal liability, discuss the claim or speculate about fault; stay factual and take ownership of the fix.');
  }
  if (kinds.has('urgency')) {
    steps.push('Send a short holding response now: what you are doing and when they will next hear from you.');
  }
  if (kinds.has('churn_risk')) {
    steps.push('Address the reason they want to leave before anything else; offer what policy allows, and if they still want to cancel, make it easy.');
  }
  if (kinds.has('human_requested')) {
    steps.push('Reply personally and by name so they know a person has the case; if they asked for a manager, say who and when.');
  }
  if (kinds.has('legal_threat') || kinds.has('human_requested') || critical) {
    steps.push('Escalate to a supervisor (and legal, if your policy says so) and note it on the ticket.');
  }
  return steps;
}
