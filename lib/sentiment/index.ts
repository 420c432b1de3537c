// Local sentiment and escalation signals for a ticket: pure functions, no DOM, nothing runs at import.
// See assess.ts (ticket), score.ts (one message), match.ts + phrases/ (alert phrases), tone.ts (agent's draft).
import { scoreMessage as scoreOneMessage } from './score';
import { assessTicket as assessWholeTicket } from './assess';
export { DEFAULT_SCORE_THRESHOLDS } from './score';
export type { MessageScore, SentimentLabel, ScoreThresholds } from './score';
export { customerMessageScores, DEFAULT_THRESHOLDS } from './assess';
export type { Alert, AlertKind, AssessOptions, SentimentThresholds, TicketAssessment } from './assess';
export { toneCheck } from './tone';
export type { ToneIssue, ToneIssueKind } from './tone';
export { suggestedApproach, alertLevel } from './approach';
export type { AlertLevel } from './approach';
export { patternSource } from './match';
export type { Detector } from './model/combine';

/** Contract (DESIGN.md): one message's sentiment, -1..1, with its label. */
export const scoreMessage: typeof scoreOneMessage = scoreOneMessage;
/** Contract (DESIGN.md): the whole thread's score, trend and alerts. */
export const assessTicket: typeof assessWholeTicket = assessWholeTicket;
