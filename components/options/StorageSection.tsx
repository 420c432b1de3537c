import { useEffect, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { getDb } from '../../lib/db';
import { countStored, deleteAllLocalData } from '../../lib/retention';
import { t } from '../../lib/i18n';

const TABLE_LABEL: Record<string, Parameters<typeof t>[0]> = {
  tickets: 'tableTickets',
  tabs: 'tableTabs',
  drafts: 'tableDrafts',
  chats: 'tableChats',
  kbArticles: 'tableKbArticles',
  kbMeta: 'tableKbMeta',
  kbFeedback: 'tableKbFeedback',
  dismissedAlerts: 'tableDismissedAlerts',
  audit: 'tableAudit',
  queue: 'tableQueue',
};

function formatBytes(n: number): string {
  const units = ['B', 'KB', 'MB', 'GB'];
  let i = 0;
  while (n >= 1024 && i < units.length - 1) {
    n /= 1024;
    i++;
  }
  return `${n.toFixed(i === 0 ? 0 : 1)} ${units[i]}`;
}

/** "How much is stored", and the one button that forgets it all (after a confirmation). */
export function StorageSection({ retentionDays }: { retentionDays: number }) {
  const counts = useLiveQuery(() => countStored(getDb()), []);
  const [estimate, setEstimate] = useState<{ usage?: number; quota?: number }>();
  const [confirming, setConfirming] = useState(false);
  const [done, setDone] = useState<string>();

  useEffect(() => {
    void navigator.storage?.estimate?.().then(setEstimate);
  }, [counts]);

  async function deleteAll() {
    setConfirming(false);
    const deleted = await deleteAllLocalData(getDb());
    const total = Object.values(deleted).reduce((a, b) => a + b, 0);
    setDone(t('deletedAll', String(total)));
  }

  return (
    <section className="card" aria-labelledby="storage-heading">
      <h2 id="storage-heading">{t('storageHeading')}</h2>
      <p className="hint">{t('storageIntro', String(retentionDays))}</p>
      <table className="counts" data-testid="storage-counts">
        <caption className="visually-hidden">{t('storageHeading')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('storageTable')}</th>
            <th scope="col">{t('storageRows')}</th>
          </tr>
        </thead>
        <tbody>
          {counts &&
            Object.entries(counts).map(([table, n]) => (
              <tr key={table} data-table={table}>
                <th scope="row">{TABLE_LABEL[table] ? t(TABLE_LABEL[table]) : table}</th>
                <td>{n}</td>
              </tr>
            ))}
        </tbody>
      </table>
      {estimate?.usage !== undefined && (
        <p data-testid="storage-estimate">{t('storageEstimate', formatBytes(estimate.usage), formatBytes(estimate.quota ?? 0))}</p>
      )}
      {!confirming ? (
        <button type="button" className="danger" onClick={() => setConfirming(true)} data-testid="delete-all">
          {t('deleteAll')}
        </button>
      ) : (
        <div role="alertdialog" aria-labelledby="confirm-delete-text" className="confirm">
          <p id="confirm-delete-text">{t('deleteAllConfirm')}</p>
          <button type="button" className="danger" onClick={() => void deleteAll()} data-testid="delete-all-confirm" autoFocus>
            {t('deleteAllYes')}
          </button>
          <button type="button" onClick={() => setConfirming(false)}>
            {t('confirmNo')}
          </button>
        </div>
      )}
      <p role="status">{done}</p>
    </section>
  );
}
