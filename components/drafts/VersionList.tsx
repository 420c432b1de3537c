import type { DraftVersion } from '../../lib/drafts/types';
import { t } from '../../lib/i18n';
import { labelText } from './label-text';

/** Every earlier text of a draft, newest first, each restorable (restoring keeps the current text as a version). */
export function VersionList({ versions, disabled, onRestore }: { versions: DraftVersion[]; disabled: boolean; onRestore(index: number): void }) {
  if (!versions.length) return null;
  return (
    <details className="versions" data-testid="draft-versions">
      <summary>{t('versionsSummary', String(versions.length))}</summary>
      <ol reversed>
        {versions
          .map((v, index) => ({ v, index }))
          .reverse()
          .map(({ v, index }) => (
            <li key={index} data-testid="draft-version">
              <div className="version-head">
                <span>{labelText(v.instructionCode, v.instruction) ?? t('versionN', String(index + 1))}</span>
                <time dateTime={new Date(v.at).toISOString()}>{new Date(v.at).toLocaleTimeString()}</time>
                <button type="button" disabled={disabled} onClick={() => onRestore(index)} aria-label={t('restoreVersionLabel', String(index + 1), labelText(v.instructionCode, v.instruction) ?? '')}>
                  {t('restore')}
                </button>
              </div>
              <p className="version-text">{v.text.length > 240 ? `${v.text.slice(0, 240)}…` : v.text}</p>
            </li>
          ))}
      </ol>
    </details>
  );
}
