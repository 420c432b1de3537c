import type { TicketAssessment } from '../../lib/sentiment';

const TREND = { improving: '↗ improving', steady: '→ steady', worsening: '↘ worsening' } as const;

/** The customer's mood across the thread: one score (-1..1) and its direction. */
export function SentimentMeter({ score, trend }: Pick<TicketAssessment, 'score' | 'trend'>) {
  const label = score <= -0.35 ? 'upset' : score < -0.05 ? 'unhappy' : score >= 0.35 ? 'happy' : 'neutral';
  return (
    <p className={`sentiment ${label}`} data-testid="sentiment">
      <span className="dot" aria-hidden="true" />
      Customer seems <strong>{label}</strong> ({score.toFixed(2)}), {TREND[trend]}
    </p>
  );
}
