import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { getDb } from '../../db';
import { t } from '../../i18n';
import { countBySource, describeSource, removeSource } from '../sources';

/** What is stored, per source (live: imports and syncs re-render it), with a two-step remove per source. */
export function KnowledgeStored() {
  const counts = useLiveQuery(() => countBySource(getDb()), []);
  const [confirming, setConfirming] = useState<string>();
  const [message, setMessage] = useState<string>();
  const total = counts?.reduce((n, c) => n + c.count, 0) ?? 0;

  async function remove(source: string) {
    setConfirming(undefined);
    const n = await removeSource(getDb(), source);
    setMessage(t('kbRemoved', String(n), describeSource(source).label));
  }

  return (
    <div className="kb-stored">
      <h3>{t('kbStoredHeading')}</h3>
      {counts && counts.length === 0 && <p className="hint">{t('kbStoredEmpty')}</p>}
      {counts && counts.length > 0 && (
        <div className="table-scroll">
          <table data-testid="kb-stored">
            <caption className="visually-hidden">{t('kbStoredHeading')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('kbSource')}</th>
                <th scope="col">{t('kbArticles')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('kbRemoveSource')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {counts.map((c) => {
                const d = describeSource(c.source);
                return (
                  <tr key={c.source} data-testid="kb-stored-row" data-source={c.source}>
                    <td>
                      <small>{d.kind}</small> <code>{d.label}</code>
                    </td>
                    <td data-testid="kb-stored-count">{c.count}</td>
                    <td>
                      {confirming === c.source ? (
                        <>
                          <button type="button" className="danger" onClick={() => void remove(c.source)} data-testid="kb-stored-confirm">
                            {t('kbRemoveConfirm', String(c.count))}
                          </button>{' '}
                          <button type="button" onClick={() => setConfirming(undefined)}>
                            {t('kbCancel')}
                          </button>
                        </>
                      ) : (
                        <button type="button" onClick={() => setConfirming(c.source)} data-testid="kb-stored-remove">
                          {t('kbRemoveSource')}
                        </button>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">{t('kbTotal')}</th>
                <td data-testid="kb-stored-total">{total}</td>
                <td />
              </tr>
            </tfoot>
          </table>
        </div>
      )}
      <p role="status">{message}</p>
    </div>
  );
}
