import type { TicketAssessment } from '../../lib/sentiment';
import { t } from '../../lib/i18n';

const TREND: Record<TicketAssessment['trend'], () => string> = {
  improving: () => t('trendImproving'),
  steady: () => t('trendSteady'),
  worsening: () => t('trendWorsening'),
};

const MOOD = { upset: () => t('moodUpset'), unhappy: () => t('moodUnhappy'), happy: () => t('moodHappy'), neutral: () => t('moodNeutral') } as const;

// Stands in for the mood in the translated sentence, so the mood can be set in bold wherever the language puts it.
const MOOD_MARK = '%%MOOD%%';

/** The customer's mood across the thread: one score (-1..1) and its direction. */
export function SentimentMeter({ score, trend }: Pick<TicketAssessment, 'score' | 'trend'>) {
  const label = score <= -0.35 ? 'upset' : score < -0.05 ? 'unhappy' : score >= 0.35 ? 'happy' : 'neutral';
  const [before, after = ''] = t('sentimentSeems', MOOD_MARK, score.toFixed(2), TREND[trend]()).split(MOOD_MARK);
  return (
    <p className={`sentiment ${label}`} data-testid="sentiment">
      <span className="dot" aria-hidden="true" />
      {before}
      <strong>{MOOD[label]()}</strong>
      {after}
    </p>
  );
}
