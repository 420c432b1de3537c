import { useState } from 'react';
import { testConnection, type ConnectionCheck } from '../../lib/ai/client';
import type { AiSettings } from '../../lib/ai/types';
import { t } from '../../lib/i18n';

/** Asks the API (or gateway) for the chosen model with the key as typed, without saving anything. */
export function ConnectionTest({ settings }: { settings: () => AiSettings }) {
  const [state, setState] = useState<{ busy: boolean; result?: ConnectionCheck }>({ busy: false });
  async function run() {
    setState({ busy: true });
    setState({ busy: false, result: await testConnection(settings()) });
  }
  const result = state.result;
  return (
    <div className="connection">
      <button type="button" onClick={() => void run()} disabled={state.busy} data-testid="test-connection">
        {state.busy ? t('testingConnection') : t('testConnection')}
      </button>
      <p role="status" data-testid="connection-result" className={result ? (result.ok ? 'ok' : 'bad') : ''}>
        {result?.ok && t('connectionOk', result.displayName ?? result.model ?? '', String(result.latencyMs ?? 0))}
        {result && !result.ok && result.error?.message}
      </p>
    </div>
  );
}
