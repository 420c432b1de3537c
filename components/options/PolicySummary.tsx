import type { PolicyRejection, PolicyReport } from '../../lib/policy/types';
import { t } from '../../lib/i18n';
import { reasonText } from '../../lib/reason-text';
import { REASON_CODES } from '../../lib/reasons';

/** Why a value was rejected, in the agent's language from its code (lib/reason-text.ts); a rejection without a
 *  known code (a report stored before the codes) shows its English reason,
 *  which has its field in front already. */
function RejectionReason({ rejection: r }: { rejection: PolicyRejection }) {
  const coded = !!r.code && (REASON_CODES as readonly string[]).includes(r.code);
  // Several problems with one value: each translated, with its field, in the order the English list has them.
  const parts = r.parts?.every((p) => (REASON_CODES as readonly string[]).includes(p.code)) ? r.parts : undefined;
  if (!coded && parts) {
    return (
      <>
        {parts.map((p, i) => (
          <span key={i}>
            {i > 0 && '; '}
            {p.field && (
              <>
                <code>{p.field}</code>:{' '}
              </>
            )}
            {reasonText({ reason: '', code: p.code, params: p.params })}
          </span>
        ))}
      </>
    );
  }
  return (
    <>
      {coded && r.field && (
        <>
          <code>{r.field}</code>:{' '}
        </>
      )}
      {reasonText(r)}
    </>
  );
}

/** What the organisation's policy did: which settings it applied and which values it rejected (and why). */
export function PolicySummary({ report }: { report: PolicyReport }) {
  if (report.source === 'unreadable') {
    // Fail closed, and say so: the organisation's limits are unknown, so Tandem does nothing until it knows them.
    return (
      <section className="card policy attention" aria-labelledby="policy-heading" data-testid="policy-unreadable">
        <h2 id="policy-heading">{t('policyHeading')}</h2>
        <p role="alert" className="bad">{t('policyUnreadable')}</p>
        {report.readError && (
          <p className="hint">
            <code>{report.readError.slice(0, 300)}</code>
          </p>
        )}
      </section>
    );
  }
  if (report.source === 'none' && report.rejected.length === 0) {
    return (
      <section className="card policy" aria-labelledby="policy-heading" data-testid="policy-none">
        <h2 id="policy-heading">{t('policyHeading')}</h2>
        <p>{t('policyNone')}</p>
      </section>
    );
  }
  return (
    <section className="card policy" aria-labelledby="policy-heading" data-testid="policy-summary">
      <h2 id="policy-heading">{t('policyHeading')}</h2>
      <p>{t('policyIntro')}</p>
      {report.failedClosed === 'no-valid-hosts' && (
        <p role="alert" className="bad" data-testid="policy-closed-hosts">
          {t('policyNoValidHosts')}
        </p>
      )}
      {report.applied.length > 0 && (
        <>
          <h3>{t('policyApplied', String(report.applied.length))}</h3>
          <ul data-testid="policy-applied" className="keys">
            {report.applied.map((key) => (
              <li key={key}>
                <code>{key}</code>
              </li>
            ))}
          </ul>
        </>
      )}
      {report.rejected.length > 0 && (
        <>
          <h3 className="bad">{t('policyRejected', String(report.rejected.length))}</h3>
          <ul data-testid="policy-rejected">
            {report.rejected.map((r) => (
              <li key={r.key}>
                <code>{r.key}</code>: <RejectionReason rejection={r} />
              </li>
            ))}
          </ul>
          <p className="hint">{t('policyRejectedHint')}</p>
        </>
      )}
    </section>
  );
}
