import type { DraftVersion } from '../../lib/drafts/types';

/** Every earlier text of a draft, newest first, each restorable (restoring keeps the current text as a version). */
export function VersionList({ versions, disabled, onRestore }: { versions: DraftVersion[]; disabled: boolean; onRestore(index: number): void }) {
  if (!versions.length) return null;
  return (
    <details className="versions" data-testid="draft-versions">
      <summary>Earlier versions ({versions.length})</summary>
      <ol reversed>
        {versions
          .map((v, index) => ({ v, index }))
          .reverse()
          .map(({ v, index }) => (
            <li key={index} data-testid="draft-version">
              <div className="version-head">
                <span>{v.instruction ?? `Version ${index + 1}`}</span>
                <time dateTime={new Date(v.at).toISOString()}>{new Date(v.at).toLocaleTimeString()}</time>
                <button type="button" disabled={disabled} onClick={() => onRestore(index)} aria-label={`Restore version ${index + 1}: ${v.instruction ?? ''}`}>
                  Restore
                </button>
              </div>
              <p className="version-text">{v.text.length > 240 ? `${v.text.slice(0, 240)}…` : v.text}</p>
            </li>
          ))}
      </ol>
    </details>
  );
}
