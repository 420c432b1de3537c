import { useEffect, useState, type FormEvent } from 'react';
import { apiKeyItem, DEFAULT_SETTINGS, loadSettings, settingsItem, type Settings } from '../../lib/settings';
import { t } from '../../lib/i18n';

/** The agent's own settings. Nothing is saved until the form is submitted; a bad value is reported, not lost. */
export function OptionsApp() {
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  const [apiKey, setApiKey] = useState('');
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  useEffect(() => {
    void loadSettings().then(setSettings);
    void apiKeyItem.getValue().then(setApiKey);
  }, []);

  const update = <K extends keyof Settings>(key: K, value: Settings[K]) => setSettings((s) => ({ ...s, [key]: value }));

  async function save(event: FormEvent) {
    event.preventDefault();
    if (settings.baseUrl && !/^https?:\/\/[^\s]+$/.test(settings.baseUrl)) {
      setMessage({ ok: false, text: 'The API base URL must start with https:// (or http:// for a local gateway).' });
      return;
    }
    if (!Number.isInteger(settings.maxTokens) || settings.maxTokens < 64 || settings.maxTokens > 8192) {
      setMessage({ ok: false, text: 'Max tokens must be a whole number between 64 and 8192.' });
      return;
    }
    await settingsItem.setValue(settings);
    await apiKeyItem.setValue(apiKey.trim());
    setMessage({ ok: true, text: 'Saved.' });
  }

  return (
    <main className="options">
      <h1>{t('optionsTitle')}</h1>
      <form onSubmit={save} aria-describedby="save-status">
        <fieldset>
          <legend>Claude</legend>
          <label>
            API key <small>(kept on this computer only, never synced)</small>
            <input type="password" autoComplete="off" value={apiKey} onChange={(e) => setApiKey(e.target.value)} data-testid="api-key" />
          </label>
          <label>
            API base URL <small>(empty: Anthropic; or your company gateway)</small>
            <input type="url" value={settings.baseUrl} onChange={(e) => update('baseUrl', e.target.value.trim())} data-testid="base-url" />
          </label>
          <label>
            Model
            <input value={settings.model} onChange={(e) => update('model', e.target.value.trim())} data-testid="model" />
          </label>
          <label>
            Max tokens
            <input type="number" min={64} max={8192} value={settings.maxTokens} onChange={(e) => update('maxTokens', Number(e.target.value))} />
          </label>
        </fieldset>
        <fieldset>
          <legend>Privacy</legend>
          <label className="inline">
            <input type="checkbox" checked={settings.redact} onChange={(e) => update('redact', e.target.checked)} data-testid="redact" />
            Redact personal data (e-mails, phone numbers, card numbers, IBANs, keys) before anything leaves the browser
          </label>
        </fieldset>
        <fieldset>
          <legend>Replies</legend>
          <label>
            Your name (signature)
            <input value={settings.agentName} onChange={(e) => update('agentName', e.target.value)} />
          </label>
          <label>
            Brand voice guidelines
            <textarea rows={4} value={settings.brandVoice} onChange={(e) => update('brandVoice', e.target.value)} />
          </label>
        </fieldset>
        <button type="submit" className="primary">
          Save
        </button>
        <p id="save-status" role="status" className={message?.ok ? 'ok' : 'bad'}>
          {message?.text}
        </p>
      </form>
    </main>
  );
}
