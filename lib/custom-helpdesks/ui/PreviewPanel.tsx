import { urlMatchesPatterns } from '../../../adapters/shared/match-pattern';
import { t } from '../../i18n';
import { unscriptableReason } from '../access';
import { splitPatterns, type CustomHelpdeskForm } from '../form';
import { hostOf, replyText, UNSCRIPTABLE_TEXT } from './labels';
import { SnapshotView } from './SnapshotView';
import type { TabOption, usePreview } from './usePreview';

/** The tab picker, the run button, what the preview said, and the ticket it read. */
export function PreviewPanel({ form, preview }: { form: CustomHelpdeskForm; preview: ReturnType<typeof usePreview> }) {
  const { tabs, tabId, access, reply, running, note, tryClick, pickTab } = preview;
  const patterns = splitPatterns(form.urlPatterns);
  // A preview on a page the URL patterns do not cover is worth a word: the adapter would never run there.
  const matchesTab = reply?.ok && patterns.length > 0 ? urlMatchesPatterns(reply.result.url, patterns) : true;

  return (
    <fieldset className="ch-preview" data-testid="ch-preview">
      <legend>{t('chPreviewHeading')}</legend>
      <div className="row">
        <label htmlFor="ch-preview-tab">{t('chPreviewTab')}</label>
        <select id="ch-preview-tab" value={tabId ?? ''} onChange={(e) => pickTab(Number(e.target.value))} data-testid="ch-preview-tab">
          {tabs.length === 0 && <option value="">{t('chPreviewNoTabs')}</option>}
          {tabs.map((x) => (
            <option key={x.id} value={x.id}>
              {tabLabel(x)}
            </option>
          ))}
        </select>
      </div>
      <div className="buttons">
        <button type="button" onClick={tryClick} disabled={tabId === undefined || access?.kind === 'cannot' || running} data-testid="ch-preview-run">
          {access?.kind === 'missing' ? t('chPreviewAllowAndRun', hostOf(access.origin)) : t('chPreviewRun')}
        </button>
      </div>
      <p role="status" data-testid="ch-preview-status" className={reply && !reply.ok ? 'bad' : undefined}>
        {access?.kind === 'cannot'
          ? t(UNSCRIPTABLE_TEXT[access.reason])
          : access?.kind === 'missing' && !reply
            ? t('chPreviewNeedsAccess', hostOf(access.origin))
            : note ?? (running ? t('chPreviewRunning') : reply ? replyText(reply) : '')}
      </p>
      {reply?.ok && !matchesTab && <p className="bad" data-testid="ch-preview-pattern-warning">{t('chPreviewPatternMismatch')}</p>}
      {reply?.ok && <SnapshotView result={reply.result} />}
    </fieldset>
  );
}

function tabLabel(tab: TabOption): string {
  let host = '';
  try {
    host = new URL(tab.url ?? '').host;
  } catch {
    /* keep it empty */
  }
  const title = (tab.title ?? '').slice(0, 60) || tab.url || String(tab.id);
  const suffix = unscriptableReason(tab.url) ? ` (${t('chTabCannot')})` : '';
  return `${title}${host ? ` — ${host}` : ''}${suffix}`;
}
