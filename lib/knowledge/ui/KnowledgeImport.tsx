import { useState, type ChangeEvent } from 'react';
import { getDb } from '../../db';
import { t } from '../../i18n';
import { LockNote } from '../../../components/options/Locked';
import { IMPORT_ACCEPT, importFiles, isHiddenPath, type FileImportProgress, type FileImportResult } from '../sources';
import { SkippedItem } from './SkippedItem';

/** The folder picker's attribute is not in React's types; it is in every browser Tandem runs in. */
const FOLDER_PICKER = { webkitdirectory: '', directory: '' } as Record<string, string>;

/**
 * Import from files: several files, a folder, or a zip. Progress is announced as files are read; the result lists
 * added / updated / unchanged and every file or row that was skipped, with why. A bad file never removes anything.
 */
export function KnowledgeImport({ locked = false }: { locked?: boolean }) {
  const [progress, setProgress] = useState<FileImportProgress>();
  const [result, setResult] = useState<FileImportResult>();
  const [error, setError] = useState<string>();
  const running = !!progress && !result && !error;

  async function onPick(event: ChangeEvent<HTMLInputElement>) {
    const input = event.currentTarget;
    const files = [...(input.files ?? [])].filter((f) => !isHiddenPath(f.webkitRelativePath || f.name));
    input.value = ''; // picking the same files again must fire change again
    if (files.length === 0) return;
    setResult(undefined);
    setError(undefined);
    setProgress({ phase: 'read', filesDone: 0, filesTotal: files.length, articles: 0, skipped: 0 });
    try {
      setResult(await importFiles(getDb(), files, setProgress));
    } catch (e) {
      // Only storage can fail here (parsing problems are skipped files): nothing was written.
      setError(e instanceof Error ? e.message : String(e));
    }
  }

  return (
    <div className="kb-import">
      <h3>{t('kbImportHeading')}</h3>
      <p className="hint">{t('kbImportIntro')}</p>
      {locked && <LockNote testId="kb-import-locked" />}
      <div className="buttons">
        <label>
          {t('kbImportFiles')}{' '}
          <input type="file" multiple accept={IMPORT_ACCEPT} onChange={onPick} disabled={running || locked} data-testid="kb-file-input" />
        </label>
        <label>
          {t('kbImportFolder')} <input type="file" {...FOLDER_PICKER} onChange={onPick} disabled={running || locked} data-testid="kb-folder-input" />
        </label>
      </div>
      <div role="status" aria-live="polite" data-testid="kb-import-progress">
        {progress && (
          <>
            <progress max={progress.filesTotal} value={progress.filesDone} aria-label={t('kbImportHeading')} />{' '}
            {progress.phase === 'read' || result
              ? t('kbImportProgress', ...[progress.filesDone, progress.filesTotal, progress.articles, progress.skipped].map(String))
              : t('kbImportStoring', String(progress.articles))}
          </>
        )}
      </div>
      {error && (
        <p className="bad" role="alert">
          {t('kbImportFailed', error)}
        </p>
      )}
      {result && (
        <div data-testid="kb-import-result">
          <p className="ok" data-testid="kb-import-counts">
            {t('kbImportResult', ...[result.files, result.articles, result.added, result.updated, result.unchanged].map(String))}
          </p>
          {result.skipped.length > 0 && (
            <>
              <p className="bad">{t('kbImportSkipped', String(result.skipped.length))}</p>
              <ul data-testid="kb-import-skipped">
                {result.skipped.map((s, i) => (
                  <SkippedItem key={i} item={s} />
                ))}
              </ul>
            </>
          )}
        </div>
      )}
    </div>
  );
}
