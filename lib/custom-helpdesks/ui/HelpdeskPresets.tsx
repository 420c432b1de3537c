// Helpdesks Tandem knows how to read but cannot list in the manifest (each organisation runs its own copy on its
// own host): the agent names the host, Tandem writes the custom-helpdesk config and asks for access to that host.
// Request Tracker first (adapters/presets/request-tracker.ts).
import { useState, type FormEvent } from 'react';
import { requestTrackerBase, requestTrackerConfig } from '../../../adapters/presets/request-tracker';
import { t } from '../../i18n';
import { originsForPatterns } from '../access';
import { upsertConfig } from '../form';
import { customAdaptersItem } from '../store';

export function HelpdeskPresets({ disabled, takenIds, requestOrigins }: {
  disabled: boolean;
  /** Ids the organisation's configs use: a preset never writes over them. */
  takenIds: string[];
  requestOrigins: (origins: string[]) => Promise<boolean>;
}) {
  const [host, setHost] = useState('');
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);

  function add(event: FormEvent) {
    event.preventDefault();
    const base = requestTrackerBase(host);
    if (!base.ok) return setStatus({ ok: false, text: t('chPresetBadHost', t(`chPresetHost_${base.code.replaceAll('-', '_') as 'no_host' | 'not_a_host' | 'not_http'}`, host.trim())) });
    if (takenIds.includes('request-tracker')) return setStatus({ ok: false, text: t('chPresetTaken') });
    const config = requestTrackerConfig(host)!;
    // Ask inside the click: the browser prompts only from a user gesture.
    const permission = requestOrigins(originsForPatterns(config.urlPatterns)).catch(() => false);
    void (async () => {
      await customAdaptersItem.setValue(upsertConfig((await customAdaptersItem.getValue()) ?? [], config));
      const granted = await permission;
      setStatus({ ok: granted, text: `${t('chPresetAdded', base.base)} ${granted ? t('chAccessGranted') : t('chAccessDenied')}` });
    })();
  }

  return (
    <form className="ch-presets" onSubmit={add} data-testid="ch-presets">
      <label htmlFor="ch-preset-rt-host">{t('chPresetRtLabel')}</label>
      <input id="ch-preset-rt-host" type="text" value={host} placeholder="rt.example.com" disabled={disabled}
        onChange={(e) => setHost(e.target.value)} data-testid="ch-preset-rt-host" aria-describedby="ch-preset-rt-hint" />
      <button type="submit" disabled={disabled || !host.trim()} data-testid="ch-preset-rt-add">{t('chPresetRtAdd')}</button>
      <p className="hint" id="ch-preset-rt-hint">{t('chPresetRtHint')}</p>
      <p role="status" className={status && !status.ok ? 'bad' : 'ok'} data-testid="ch-preset-status">{status?.text}</p>
    </form>
  );
}
