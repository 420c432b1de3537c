import { useState } from 'react';
import { testConnection, type ConnectionCheck } from '../../lib/ai/client';
import type { AiSettings } from '../../lib/ai/types';
import type { EffectiveSettings } from '../../lib/policy/effective';
import { t } from '../../lib/i18n';
import { aiErrorText } from '../../lib/ai/error-text';

/** The settings a connection test uses: the effective, saved ones (policy included), exactly as drafts would.
 *  Never what the form shows unsaved: with the organisation's key, an unsaved base URL would receive it. */
export function connectionTestSettings(effective: Pick<EffectiveSettings, 'settings' | 'apiKey'>): AiSettings {
  const { settings, apiKey } = effective;
  return {
    apiKey: apiKey || (settings.useGatewayWithoutKey && settings.baseUrl ? 'gateway-without-key' : ''),
    baseUrl: settings.baseUrl || undefined,
    model: settings.model,
    maxTokens: settings.maxTokens,
    redact: settings.redact,
  };
}

/** Asks the API (or gateway) for the chosen model with the saved settings. */
export function ConnectionTest({ effective, test = testConnection }: {
  effective: Pick<EffectiveSettings, 'settings' | 'apiKey'>;
  test?: (settings: AiSettings) => Promise<ConnectionCheck>;
}) {
  const [state, setState] = useState<{ busy: boolean; result?: ConnectionCheck }>({ busy: false });
  async function run() {
    setState({ busy: true });
    setState({ busy: false, result: await test(connectionTestSettings(effective)) });
  }
  const result = state.result;
  return (
    <div className="connection">
      <button type="button" onClick={() => void run()} disabled={state.busy} data-testid="test-connection" aria-describedby="connection-hint">
        {state.busy ? t('testingConnection') : t('testConnection')}
      </button>
      <small id="connection-hint" className="hint">{t('testConnectionSaved')}</small>
      <p role="status" data-testid="connection-result" className={result ? (result.ok ? 'ok' : 'bad') : ''}>
        {result?.ok && t('connectionOk', result.displayName ?? result.model ?? '', String(result.latencyMs ?? 0))}
        {result && !result.ok && result.error && aiErrorText(result.error)}
      </p>
    </div>
  );
}
