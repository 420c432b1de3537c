import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { missingOrigins, originsNeeded, type NeededOrigin } from '../../lib/policy/permissions';
import type { Settings } from '../../lib/settings';
import { t } from '../../lib/i18n';

const REASON_KEY = { helpdesk: 'permissionHelpdesk', knowledge: 'permissionKnowledge', gateway: 'permissionGateway', connector: 'permissionConnector' } as const;

/** Hosts the settings need beyond the known helpdesks, each with why, and one button that asks the browser. */
export function PermissionsSection({ settings, connectors = [] }: { settings: Settings; connectors?: { id: string; name?: string; url: string }[] }) {
  const [missing, setMissing] = useState<NeededOrigin[]>([]);
  const [message, setMessage] = useState<string>();
  const key = JSON.stringify([settings.baseUrl, settings.allowedHelpdeskHosts, settings.customAdapters, settings.knowledgeSources, connectors.map((c) => c.url)]);

  useEffect(() => {
    void missingOrigins(originsNeeded(settings, connectors)).then(setMissing);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);

  if (missing.length === 0) return null;

  function grant() {
    // Called straight from the click: the browser only shows its prompt inside a user gesture.
    void browser.permissions
      .request({ origins: missing.map((m) => m.origin) })
      .then(async (granted) => {
        setMessage(granted ? t('permissionGranted') : t('permissionDenied'));
        setMissing(await missingOrigins(originsNeeded(settings, connectors)));
      })
      .catch((err: unknown) => setMessage(String(err)));
  }

  return (
    <section className="card attention" aria-labelledby="permissions-heading" data-testid="permissions">
      <h2 id="permissions-heading">{t('permissionsHeading')}</h2>
      <p>{t('permissionsIntro')}</p>
      <ul>
        {missing.map((m) => (
          <li key={m.origin}>
            <code>{m.origin}</code> — {t(REASON_KEY[m.reason], m.label)}
          </li>
        ))}
      </ul>
      <button type="button" className="primary" onClick={grant} data-testid="grant-permissions">
        {t('permissionsGrant')}
      </button>
      <p role="status">{message}</p>
    </section>
  );
}
