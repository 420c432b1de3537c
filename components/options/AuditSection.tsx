import { useLiveQuery } from 'dexie-react-hooks';
import { getDb } from '../../lib/db';
import { auditToCsv, auditToJson, listAudit } from '../../lib/audit';
import { t } from '../../lib/i18n';

const SHOWN = 100;

function download(name: string, type: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** What Tandem did, newest first; export everything as JSON or CSV. */
export function AuditSection() {
  const entries = useLiveQuery(() => listAudit(getDb()), []);
  const stamp = () => new Date().toISOString().slice(0, 10);
  return (
    <section className="card" aria-labelledby="audit-heading">
      <h2 id="audit-heading">{t('auditHeading')}</h2>
      <p className="hint">{t('auditIntro')}</p>
      <div className="buttons">
        <button type="button" disabled={!entries?.length} onClick={() => download(`tandem-audit-${stamp()}.json`, 'application/json', auditToJson(entries ?? []))} data-testid="audit-export-json">
          {t('exportJson')}
        </button>
        <button type="button" disabled={!entries?.length} onClick={() => download(`tandem-audit-${stamp()}.csv`, 'text/csv', auditToCsv(entries ?? []))} data-testid="audit-export-csv">
          {t('exportCsv')}
        </button>
      </div>
      {entries && entries.length === 0 && <p>{t('auditEmpty')}</p>}
      {entries && entries.length > 0 && (
        <div className="table-scroll" tabIndex={0} role="region" aria-label={t('auditHeading')}>
          <table className="audit" data-testid="audit-table">
            <thead>
              <tr>
                <th scope="col">{t('auditTime')}</th>
                <th scope="col">{t('auditAction')}</th>
                <th scope="col">{t('auditTicket')}</th>
                <th scope="col">{t('auditDetail')}</th>
              </tr>
            </thead>
            <tbody>
              {entries.slice(0, SHOWN).map((e) => (
                <tr key={e.id}>
                  <td>
                    <time dateTime={new Date(e.at).toISOString()}>{new Date(e.at).toLocaleString()}</time>
                  </td>
                  <td>{e.action}</td>
                  <td>{e.ticketKey ?? ''}</td>
                  <td className="detail">{e.detail ? JSON.stringify(e.detail) : ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {entries && entries.length > SHOWN && <p className="hint">{t('auditMore', String(SHOWN), String(entries.length))}</p>}
    </section>
  );
}
