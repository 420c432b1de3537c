import type { FormEvent } from 'react';
import { t } from '../../i18n';
import type { CustomFormField, CustomHelpdeskForm } from '../form';
import { Field, FieldErrors } from './Field';
import { PreviewPanel } from './PreviewPanel';
import { SelectorFields } from './SelectorFields';
import { usePreview } from './usePreview';

/** The form for one config: name, URL patterns, the live preview and the selectors. Saving is the caller's. */
export function ConfigForm({ form, errors, missingOrigins, change, onSave, onCancel }: {
  form: CustomHelpdeskForm;
  errors: Partial<Record<CustomFormField, string[]>>;
  /** Host access the URL patterns need and do not have yet (asked for on save). */
  missingOrigins: string[];
  change: (update: (f: CustomHelpdeskForm) => CustomHelpdeskForm) => void;
  onSave: (event: FormEvent) => void;
  onCancel: () => void;
}) {
  const preview = usePreview(form);
  const results = preview.reply?.ok ? preview.reply.result.selectors : {};
  return (
    <form className="ch-form" onSubmit={onSave} noValidate data-testid="ch-form" aria-labelledby="ch-form-heading">
      <h3 id="ch-form-heading">{form.id ? t('chEditing', form.name || form.id) : t('chNew')}</h3>
      {errors.general && <FieldErrors id="ch-error-general" messages={errors.general} />}
      <Field id="ch-name" label={t('chName')} errors={errors.name} required>
        {(p) => <input {...p} value={form.name} onChange={(e) => change((f) => ({ ...f, name: e.target.value }))} data-testid="ch-name" />}
      </Field>
      <Field id="ch-urlPatterns" label={t('chUrlPatterns')} hint={t('chUrlPatternsHint')} errors={errors.urlPatterns} required>
        {(p) => (
          <textarea {...p} rows={2} dir="ltr" className="code" spellCheck={false} value={form.urlPatterns}
            placeholder="https://support.example.com/tickets/*"
            onChange={(e) => change((f) => ({ ...f, urlPatterns: e.target.value }))} data-testid="ch-urlPatterns" />
        )}
      </Field>
      {missingOrigins.length > 0 && (
        <p className="ch-access-note" data-testid="ch-access-note">{t('chAccessExplain', missingOrigins.join(', '))}</p>
      )}

      <PreviewPanel form={form} preview={preview} />
      <SelectorFields form={form} errors={errors} results={results} change={change} />

      <div className="actions">
        <button type="submit" className="primary" data-testid="ch-save">{t('chSave')}</button>
        <button type="button" onClick={onCancel} data-testid="ch-cancel">{t('chCancel')}</button>
      </div>
    </form>
  );
}
