import { useState } from 'react';
import { t } from '../../i18n';
import { reasonText } from '../../reason-text';
import { originsForPatterns } from '../access';
import type { CustomAdapterConfig } from '../config';
import { exportConfigs, parseImportedConfigs, upsertConfig, type ImportProblem } from '../form';
import { customAdaptersItem } from '../store';
import { requestOrigins } from './host-access';

/** A refused import's reason in the agent's language, after where it is ("[1] selectors.subject: "); one without a
 *  code as the validator wrote it. */
const problemLine = (p: ImportProblem): string => (p.code ? `${p.at}${reasonText({ reason: p.text, code: p.code, params: p.params })}` : p.text);

/** The agent's configs as JSON, out and in (all or nothing: parseImportedConfigs lists every reason). */
export function ImportExport({ own, organisationIds, disabled }: { own: CustomAdapterConfig[]; organisationIds: string[]; disabled: boolean }) {
  const [ioText, setIoText] = useState('');
  const [ioStatus, setIoStatus] = useState<{ ok: boolean; lines: string[] } | null>(null);

  function importJson() {
    const parsed = parseImportedConfigs(ioText, organisationIds);
    if (!parsed.ok) return setIoStatus({ ok: false, lines: parsed.problems.map(problemLine) });
    const permission = requestOrigins(parsed.configs.flatMap((c) => originsForPatterns(c.urlPatterns))).catch(() => false);
    void (async () => {
      let list = (await customAdaptersItem.getValue()) ?? [];
      for (const config of parsed.configs) list = upsertConfig(list, config);
      await customAdaptersItem.setValue(list);
      const granted = await permission;
      setIoStatus({ ok: granted, lines: [t('chImported', String(parsed.configs.length)), granted ? t('chAccessGranted') : t('chAccessDenied')] });
    })();
  }

  return (
    <details className="ch-io" data-testid="ch-io">
      <summary>{t('chImportExport')}</summary>
      <p className="hint">{t('chImportExportHint')}</p>
      <textarea rows={8} dir="ltr" className="code" spellCheck={false} aria-label={t('chImportExport')} value={ioText}
        onChange={(e) => setIoText(e.target.value)} data-testid="ch-io-text" />
      <div className="buttons">
        <button type="button" onClick={() => setIoText(exportConfigs(own))} data-testid="ch-export">{t('chExport')}</button>
        <button type="button" disabled={disabled || !ioText.trim()} onClick={importJson} data-testid="ch-import">{t('chImport')}</button>
      </div>
      {ioStatus && (
        <ul className={ioStatus.ok ? 'ok' : 'bad'} role="status" data-testid="ch-io-status">
          {ioStatus.lines.map((line, i) => (
            <li key={i}>{line}</li>
          ))}
        </ul>
      )}
    </details>
  );
}
