import { useEffect, useState } from 'react';
import type { CustomAdapterConfig } from '../../adapters/custom';
import { adapterOverridesItem, removeAdapterOverride } from '../../lib/repair/overrides';
import { t } from '../../lib/i18n';

/** The selectors a repair names, in the order the agent picked them in the page. */
const SHOWN_SELECTORS = ['subject', 'message', 'messageAuthor', 'editor'] as const;

/**
 * The agent's page repairs ("Fix how Tandem reads this page" in the panel), one per helpdesk host: what each one
 * reads with, and a way to drop it so the built-in reading comes back. The background tells open tabs of that host
 * (lib/background/repair.ts watches the stored repairs).
 */
export function RepairsSection() {
  const [repairs, setRepairs] = useState<Record<string, CustomAdapterConfig> | null>(null);
  const [removed, setRemoved] = useState<string | null>(null);

  useEffect(() => {
    void adapterOverridesItem.getValue().then((v) => setRepairs(v ?? {}));
    return adapterOverridesItem.watch((v) => setRepairs(v ?? {}));
  }, []);

  const hosts = repairs ? Object.keys(repairs).sort() : [];
  return (
    <section className="card" aria-labelledby="repairs-heading" data-testid="repairs-section">
      <h2 id="repairs-heading">{t('repairsHeading')}</h2>
      <p className="hint">{t('repairsIntro', t('repairStart'))}</p>
      {repairs && hosts.length === 0 && <p data-testid="repairs-empty">{t('repairsEmpty')}</p>}
      {hosts.length > 0 && (
        <ul className="repairs">
          {hosts.map((host) => {
            const selectors = repairs![host]?.selectors ?? {};
            return (
              <li key={host} data-testid="repairs-item">
                <strong>{host}</strong>
                <dl>
                  {SHOWN_SELECTORS.map((name) => (
                    <div key={name}>
                      <dt>{name}</dt>
                      <dd>
                        <code>{String((selectors as Record<string, unknown>)[name] ?? '')}</code>
                      </dd>
                    </div>
                  ))}
                </dl>
                <button
                  type="button"
                  data-testid="repairs-remove"
                  aria-label={t('repairsRemoveLabel', host)}
                  onClick={() => void removeAdapterOverride(host).then(() => setRemoved(host))}
                >
                  {t('repairsRemove')}
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <p role="status" className="hint">
        {removed ? t('repairsRemoved', removed) : ''}
      </p>
    </section>
  );
}
