// Local sentiment and escalation signals for a ticket: pure functions, no DOM, nothing runs at import.
// See assess.ts (ticket), score.ts (one message), match.ts + phrases/ (alert phrases), tone.ts (agent's draft).
export { scoreMessage, DEFAULT_SCORE_THRESHOLDS } from './score';
export type { MessageScore, SentimentLabel, ScoreThresholds } from './score';
export { assessTicket, customerMessageScores, DEFAULT_THRESHOLDS } from './assess';
export type { Alert, AlertKind, AssessOptions, SentimentThresholds, TicketAssessment } from './assess';
export { toneCheck } from './tone';
export type { ToneIssue, ToneIssueKind } from './tone';
export { suggestedApproach, alertLevel } from './approach';
export type { AlertLevel } from './approach';
export { patternSource } from './match';
