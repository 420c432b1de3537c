import { t } from '../../i18n';
import { CUSTOM_SELECTOR_KEYS, MARKER_SELECTORS, PER_MESSAGE_SELECTORS, isRequiredSelector, type CustomSelectorKey } from '../config';
import type { CustomFormField, CustomHelpdeskForm } from '../form';
import type { SelectorPreview } from '../preview';
import { Field } from './Field';
import { SELECTOR_LABEL, whereText } from './labels';

/** Every selector of the form, each with what it found in the previewed tab beside it. */
export function SelectorFields({ form, errors, results, change }: {
  form: CustomHelpdeskForm;
  errors: Partial<Record<CustomFormField, string[]>>;
  results: Partial<Record<CustomSelectorKey, SelectorPreview>>;
  change: (update: (f: CustomHelpdeskForm) => CustomHelpdeskForm) => void;
}) {
  return (
    <fieldset className="ch-selectors">
      <legend>{t('chSelectorsHeading')}</legend>
      <p className="hint">{t('chSelectorsHint')}</p>
      <p className="hint" data-testid="ch-selectors-deep">{t('chSelectorsDeep')}</p>
      {CUSTOM_SELECTOR_KEYS.map((key) => (
        <Field key={key} id={`ch-sel-${key}`} label={t(SELECTOR_LABEL[key])} required={isRequiredSelector(key)} errors={errors[`selectors.${key}`]}
          hint={PER_MESSAGE_SELECTORS.has(key) ? t('chHintInMessage') : MARKER_SELECTORS.has(key) ? t('chHintMarker') : undefined}
          after={<SelectorResult preview={results[key]} id={`ch-found-${key}`} />}>
          {(p) => (
            <input {...p} dir="ltr" className="code" spellCheck={false} autoComplete="off" value={form.selectors[key]}
              onChange={(e) => change((f) => ({ ...f, selectors: { ...f.selectors, [key]: e.target.value } }))} data-testid={`ch-sel-${key}`} />
          )}
        </Field>
      ))}
    </fieldset>
  );
}

function SelectorResult({ preview, id }: { preview: SelectorPreview | undefined; id: string }) {
  if (!preview) return null;
  if (preview.error && !preview.count) {
    return <output className="ch-result bad" data-testid={id}>{preview.error}</output>;
  }
  return (
    <output className={`ch-result ${preview.count ? 'ok' : 'bad'}`} data-testid={id}>
      {preview.count ? t('chFound', String(preview.count)) : t('chFoundNone')}
      {preview.firstText ? <> · <q dir="auto">{preview.firstText}</q></> : null}
      {preview.where?.length ? <> · <span data-testid={`${id}-where`}>{whereText(preview.where)}</span></> : null}
      {preview.error ? <> · {preview.error}</> : null}
    </output>
  );
}
