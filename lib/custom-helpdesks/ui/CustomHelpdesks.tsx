import { useEffect, useMemo, useState, type FormEvent } from 'react';
import type { EffectiveSettings } from '../../policy/effective';
import { removeFromAgentSettings } from '../../settings';
import { t } from '../../i18n';
import { LockNote } from '../../../components/options/Locked';
import { originsForPatterns } from '../access';
import type { CustomAdapterConfig } from '../config';
import {
  configFromForm,
  emptyCustomHelpdeskForm,
  formFromConfig,
  problemsByField,
  splitPatterns,
  upsertConfig,
  type CustomFormField,
  type CustomHelpdeskForm,
} from '../form';
import { customAdaptersItem } from '../store';
import { problemText, validateCustomHelpdesk, type ConfigProblem } from '../validate';
import { reasonText } from '../../reason-text';
import { ConfigForm } from './ConfigForm';
import { ConfigItem, ItemButtons } from './ConfigList';
import { HelpdeskPresets } from './HelpdeskPresets';
import { ImportExport } from './ImportExport';
import { useOwnConfigs } from './useOwnConfigs';
import { notGranted, requestOrigins } from './host-access';
import './custom-helpdesks.css';

type Status = { kind: 'ok' | 'bad' | 'info'; text: string } | null;

/** A problem in the agent's language from its code; one without a code as the validator wrote it. */
const problemWords = (p: ConfigProblem): string => reasonText({ reason: problemText(p), code: p.code, params: p.params });

/**
 * "Custom helpdesks": helpdesks described with CSS selectors. The organisation's configs (managed policy) are
 * listed read-only; the agent's own are added, edited, deleted, imported and exported here, and can be tried on
 * any open tab before they are saved. Nothing is stored until validateCustomAdapterConfig accepts the whole
 * config, and the form never throws away what the agent typed.
 */
export function CustomHelpdesks({ effective }: { effective: EffectiveSettings | undefined }) {
  const { own, missingAccess: ownAccess, recheck } = useOwnConfigs();
  const [form, setForm] = useState<CustomHelpdeskForm | null>(null);
  const [errors, setErrors] = useState<Partial<Record<CustomFormField, string[]>>>({});
  const [tried, setTried] = useState(false);
  const [status, setStatus] = useState<Status>(null);
  const [confirmDelete, setConfirmDelete] = useState<string | null>(null);

  const locked = effective?.locked.has('customAdapters') ?? false;
  // The organisation's configs when its policy holds them; otherwise what the settings' JSON field holds.
  const organisation = locked ? effective?.settings.customAdapters ?? [] : [];
  const fromSettingsField = !locked ? effective?.settings.customAdapters ?? [] : [];
  const takenIds = useMemo(
    () => [...own, ...organisation, ...fromSettingsField].map((c) => c.id),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [JSON.stringify([own.map((c) => c.id), organisation.map((c) => c.id), fromSettingsField.map((c) => c.id)])],
  );

  // Host access the form's URL patterns need and do not have yet, shown before saving and asked for on save.
  const patternsKey = form ? form.urlPatterns : '';
  const [missing, setMissing] = useState<{ key: string; origins: string[] }>({ key: '', origins: [] });
  useEffect(() => {
    let live = true;
    const timer = setTimeout(() => {
      void notGranted(originsForPatterns(splitPatterns(patternsKey))).then((origins) => live && setMissing({ key: patternsKey, origins }));
    }, 150);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [patternsKey]);

  function edit(next: CustomHelpdeskForm | null) {
    setForm(next);
    setErrors({});
    setTried(false);
    setStatus(null);
  }

  function change(update: (f: CustomHelpdeskForm) => CustomHelpdeskForm) {
    if (!form) return;
    const next = update(form);
    setForm(next);
    // After a failed save, errors follow the agent's corrections as they type.
    if (tried) {
      const checked = validateCustomHelpdesk(configFromForm(next, takenIds.filter((id) => id !== next.id)), { strict: true });
      setErrors(checked.ok ? {} : problemsByField(checked.problems, problemWords));
    }
  }

  function save(event: FormEvent) {
    event.preventDefault();
    if (!form) return;
    const others = takenIds.filter((id) => id !== form.id);
    const checked = validateCustomHelpdesk(configFromForm(form, others), { strict: true });
    if (!checked.ok) {
      // Nothing is saved, and the form keeps exactly what the agent typed.
      setTried(true);
      setErrors(problemsByField(checked.problems, problemWords));
      setStatus({ kind: 'bad', text: t('chFixErrors') });
      return;
    }
    const config = checked.config;
    const needed = originsForPatterns(config.urlPatterns);
    // Ask first, synchronously inside the click: the browser only prompts from a user gesture. When the
    // pre-check is stale (patterns edited a moment ago) ask for all of them; granted ones are not prompted again.
    const ask = missing.key === form.urlPatterns ? missing.origins : needed;
    const permission = ask.length ? requestOrigins(ask).catch(() => false) : Promise.resolve(null);
    void (async () => {
      const current = (await customAdaptersItem.getValue()) ?? [];
      await customAdaptersItem.setValue(upsertConfig(current, config));
      // A config saved from the settings' list now lives with the agent's own: one place, not two.
      await removeFromAgentSettings('customAdapters', config.id);
      const granted = await permission;
      setForm(null);
      setErrors({});
      setTried(false);
      setStatus(
        granted === null
          ? { kind: 'ok', text: t('chSaved', config.name) }
          : granted
            ? { kind: 'ok', text: `${t('chSaved', config.name)} ${t('chAccessGranted')}` }
            : { kind: 'bad', text: `${t('chSaved', config.name)} ${t('chAccessDenied')}` },
      );
    })();
  }

  /** Deletes one of the agent's configs: from its own list, or from the settings where earlier versions kept it. */
  async function remove(id: string, from: 'own' | 'settings' = 'own') {
    if (from === 'own') {
      const current = (await customAdaptersItem.getValue()) ?? [];
      await customAdaptersItem.setValue(current.filter((c) => c.id !== id));
    } else await removeFromAgentSettings('customAdapters', id);
    setConfirmDelete(null);
    if (form?.id === id) edit(null);
    setStatus({ kind: 'ok', text: t('chDeleted') });
  }

  function grantFor(config: CustomAdapterConfig) {
    const origins = ownAccess[config.id] ?? [];
    void requestOrigins(origins)
      .catch(() => false)
      .then(async (granted) => {
        setStatus(granted ? { kind: 'ok', text: t('chAccessGranted') } : { kind: 'bad', text: t('chAccessDenied') });
        await recheck(config);
      });
  }

  const disabled = !effective;
  // Policy agentHelpdesks: false: the agent's own helpdesks are not used, and none can be added.
  const ownLocked = effective?.settings.agentHelpdesks === false;
  /** Edit and delete for one of the agent's configs, wherever it is kept. */
  const itemButtons = (c: CustomAdapterConfig, onDelete: (id: string) => Promise<void>) => (
    <ItemButtons config={c} disabled={disabled} editing={!!form} confirming={confirmDelete === c.id} onEdit={() => edit(formFromConfig(c))}
      onAskDelete={(ask) => setConfirmDelete(ask ? c.id : null)} onDelete={() => void onDelete(c.id)} />
  );

  return (
    <section className="card custom-helpdesks" aria-labelledby="custom-helpdesks-heading" data-testid="custom-helpdesks">
      <h2 id="custom-helpdesks-heading">{t('chHeading')}</h2>
      <p className="hint">{t('chIntro')}</p>

      {organisation.length > 0 && (
        <>
          <h3>{t('chOrganisationHeading')}</h3>
          <ul className="ch-list" data-testid="ch-list-organisation">
            {organisation.map((c) => (
              <ConfigItem key={c.id} config={c}>
                <LockNote />
              </ConfigItem>
            ))}
          </ul>
        </>
      )}
      {fromSettingsField.length > 0 && (
        <>
          <h3>{t('chSettingsFieldHeading')}</h3>
          <ul className="ch-list" data-testid="ch-list-settings">
            {fromSettingsField.map((c) => (
              <ConfigItem key={c.id} config={c}>
                {itemButtons(c, (id) => remove(id, 'settings'))}
              </ConfigItem>
            ))}
          </ul>
        </>
      )}

      <h3>{t('chOwnHeading')}</h3>
      {ownLocked && (
        <p className="hint" data-testid="ch-own-locked">
          <LockNote /> {t('chOwnLocked')}
        </p>
      )}
      {own.length === 0 ? (
        <p className="hint" data-testid="ch-none">{t('chNone')}</p>
      ) : (
        <ul className="ch-list" data-testid="ch-list-own">
          {own.map((c) => (
            <ConfigItem key={c.id} config={c}>
              {(ownAccess[c.id]?.length ?? 0) > 0 && (
                <p className="bad" data-testid={`ch-no-access-${c.id}`}>
                  {t('chNoAccessYet', ownAccess[c.id].join(', '))}{' '}
                  <button type="button" onClick={() => grantFor(c)}>{t('chGrantAccess')}</button>
                </p>
              )}
              {itemButtons(c, (id) => remove(id))}
            </ConfigItem>
          ))}
        </ul>
      )}

      {!form && (
        <div className="buttons">
          <button type="button" className="primary" disabled={disabled || ownLocked} onClick={() => edit(emptyCustomHelpdeskForm())} data-testid="ch-add">
            {t('chAdd')}
          </button>
        </div>
      )}
      {!form && <HelpdeskPresets disabled={disabled} takenIds={organisation.map((c) => c.id)} requestOrigins={requestOrigins} />}
      <p role="status" className={status?.kind === 'bad' ? 'bad' : 'ok'} data-testid="ch-status">{status?.text}</p>

      {form && (
        <ConfigForm form={form} errors={errors} missingOrigins={missing.key === form.urlPatterns ? missing.origins : []}
          change={change} onSave={save} onCancel={() => edit(null)} />
      )}

      <ImportExport own={own} organisationIds={organisation.map((c) => c.id)} disabled={disabled || ownLocked} />
    </section>
  );
}
