import { useEffect, useState } from 'react';
import { t } from '../../lib/i18n';
import { previewNoteMessageName, type DraftAction, type SendPreview as Preview } from '../../lib/drafts/types';

/** "What will be sent": the exact request of the next action, with the hidden values listed for the agent only. */
export function SendPreview({ action, load }: { action: DraftAction | null; load(action: DraftAction): Promise<Preview> }) {
  const [open, setOpen] = useState(false);
  const [preview, setPreview] = useState<Preview | null>(null);
  const key = JSON.stringify(action);
  useEffect(() => {
    if (!open || !action) return;
    let cancelled = false;
    setPreview(null);
    void load(action).then((p) => !cancelled && setPreview(p));
    return () => {
      cancelled = true;
    };
    // `key` stands for `action` (a new object each render, the same request).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open, key, load]);
  if (!action) return null;
  return (
    <div className="send-preview">
      <button type="button" aria-expanded={open} aria-controls="send-preview-body" onClick={() => setOpen((o) => !o)} data-testid="preview-toggle">
        {open ? t('previewHide') : t('previewShow')}
      </button>
      {open && (
        <div id="send-preview-body" data-testid="preview-body">
          {!preview && <p className="hint">{t('previewBuilding')}</p>}
          {preview?.note && <p className="note">{preview.noteCode ? t(previewNoteMessageName(preview.noteCode) as Parameters<typeof t>[0]) : preview.note}</p>}
          {preview && preview.redactions.length > 0 && (
            <details>
              <summary>{t('previewHidden', String(preview.redactions.length))}</summary>
              <ul className="redactions">
                {preview.redactions.map((r) => (
                  <li key={r.placeholder}>
                    <code>{r.placeholder}</code> ← {r.value}
                  </li>
                ))}
              </ul>
            </details>
          )}
          {preview?.text && (
            <pre className="preview-text" tabIndex={0} aria-label={t('previewTextLabel')}>
              {preview.text}
            </pre>
          )}
        </div>
      )}
    </div>
  );
}
