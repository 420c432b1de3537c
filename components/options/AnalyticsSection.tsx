import { useMemo, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { getDb } from '../../lib/db';
import { listAudit } from '../../lib/audit';
import { analyticsTotalsExport, computeAnalytics, TIME_SAVED_MODEL, type AnalyticsBucket, type AnalyticsTotals } from '../../lib/analytics';
import { t } from '../../lib/i18n';

const PERIOD_DAYS = { day: 14, week: 12 * 7 } as const;

/** Local analytics from the audit log: totals and a chart by day or week. Export of totals only, when allowed. */
export function AnalyticsSection({ exportAllowed }: { exportAllowed: boolean }) {
  const [by, setBy] = useState<'day' | 'week'>('day');
  const entries = useLiveQuery(() => listAudit(getDb()), []);
  // "Now" moves on when the log changes (a new entry is shown in the chart), not on every render.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const until = useMemo(() => Date.now(), [entries]);
  const since = until - PERIOD_DAYS[by] * 86_400_000;
  const result = useMemo(() => (entries ? computeAnalytics(entries, { by, since, until }) : undefined), [entries, by, since, until]);
  if (!result) return null;
  const { totals, buckets } = result;

  const rows: [Parameters<typeof t>[0], string][] = [
    ['statDraftsGenerated', String(totals.draftsGenerated)],
    ['statDraftsInserted', String(totals.draftsInserted)],
    ['statDraftsEdited', `${totals.draftsEditedBeforeSending} / ${totals.draftsSent}`],
    ['statSnippetsInserted', String(totals.snippetsInserted)],
    ['statAlertsShown', String(totals.alertsShown)],
    ['statToolCalls', String(totals.toolCalls)],
    ['statToolApprovals', String(totals.toolApprovals)],
    ['statMedianOpenToInsert', totals.medianMsOpenToInsert === null ? '—' : `${Math.round(totals.medianMsOpenToInsert / 1000)} s`],
    ['statTimeSaved', `${totals.estimatedMinutesSaved} min`],
  ];

  function exportTotals() {
    const url = URL.createObjectURL(new Blob([analyticsTotalsExport(totals, { since, until })], { type: 'application/json' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = `tandem-analytics-${new Date(until).toISOString().slice(0, 10)}.json`;
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }

  return (
    <section className="card" aria-labelledby="analytics-heading" data-testid="analytics">
      <h2 id="analytics-heading">{t('analyticsHeading')}</h2>
      <p className="hint">{t('analyticsIntro')}</p>
      <fieldset className="modes">
        <legend>{t('analyticsBy')}</legend>
        {(['day', 'week'] as const).map((value) => (
          <label key={value} className="inline">
            <input type="radio" name="analytics-by" value={value} checked={by === value} onChange={() => setBy(value)} />
            {t(value === 'day' ? 'analyticsByDay' : 'analyticsByWeek')}
          </label>
        ))}
      </fieldset>
      <dl className="stats">
        {rows.map(([key, value]) => (
          <div key={key}>
            <dt>{t(key)}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <p className="hint">{t('analyticsModel', String(TIME_SAVED_MODEL.typingCharsPerMinute), String(TIME_SAVED_MODEL.reviewSecondsPerInsert))}</p>
      <BarChart buckets={buckets} by={by} />
      {exportAllowed && (
        <button type="button" onClick={exportTotals} data-testid="analytics-export">
          {t('analyticsExport')}
        </button>
      )}
    </section>
  );
}

/** Generated vs inserted drafts per bucket, as SVG with a text alternative (the table under it). */
function BarChart({ buckets, by }: { buckets: AnalyticsBucket[]; by: 'day' | 'week' }) {
  if (!buckets.length) return <p>{t('analyticsEmpty')}</p>;
  const series: [keyof AnalyticsTotals, string][] = [
    ['draftsGenerated', 'var(--muted)'],
    ['draftsInserted', 'var(--accent)'],
  ];
  const max = Math.max(1, ...buckets.flatMap((b) => series.map(([k]) => Number(b[k]))));
  const barW = 12;
  const groupW = barW * series.length + 10;
  const height = 120;
  const label = (start: number) => new Date(start).toLocaleDateString(undefined, by === 'day' ? { month: 'short', day: 'numeric' } : { month: 'short', day: 'numeric' });
  return (
    <figure className="chart">
      <svg role="img" aria-labelledby="chart-caption" viewBox={`0 0 ${buckets.length * groupW} ${height + 20}`} width={Math.min(720, buckets.length * groupW * 2)} style={{ maxWidth: '100%' }}>
        {buckets.map((b, i) =>
          series.map(([key, color], j) => {
            const h = (Number(b[key]) / max) * height;
            return <rect key={`${b.start}-${key}`} x={i * groupW + j * barW} y={height - h} width={barW - 2} height={h} fill={color} />;
          }),
        )}
        {buckets.map((b, i) => (
          <text key={b.start} x={i * groupW} y={height + 14} fontSize="9" fill="currentColor">
            {label(b.start)}
          </text>
        ))}
      </svg>
      <figcaption id="chart-caption">
        {t('analyticsChartCaption')} <span className="legend generated">■</span> {t('statDraftsGenerated')} <span className="legend inserted">■</span> {t('statDraftsInserted')}
      </figcaption>
      <details>
        <summary>{t('analyticsAsTable')}</summary>
        <table>
          <thead>
            <tr>
              <th scope="col">{t(by === 'day' ? 'analyticsByDay' : 'analyticsByWeek')}</th>
              <th scope="col">{t('statDraftsGenerated')}</th>
              <th scope="col">{t('statDraftsInserted')}</th>
            </tr>
          </thead>
          <tbody>
            {buckets.map((b) => (
              <tr key={b.start}>
                <th scope="row">{label(b.start)}</th>
                <td>{b.draftsGenerated}</td>
                <td>{b.draftsInserted}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
