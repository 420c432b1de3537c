import { useEffect, useMemo, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { browser } from 'wxt/browser';
import { CUSTOM_SELECTOR_KEYS, urlMatchesPatterns, validateCustomAdapterConfig, type CustomAdapterConfig, type SelectorPreview } from '../../adapters/custom';
import type { WhereStep } from '../../adapters/shared/deep-query';
import {
  configFromForm,
  customAdaptersItem,
  defaultPreviewTab,
  emptyCustomHelpdeskForm,
  errorsByField,
  exportConfigs,
  formFromConfig,
  originOfTabUrl,
  originsForPatterns,
  parseImportedConfigs,
  previewConfigFromForm,
  splitPatterns,
  unscriptableReason,
  upsertConfig,
  type CustomFormField,
  type CustomHelpdeskForm,
  type CustomPreviewReply,
  type CustomSelectorKey,
  type UnscriptableReason,
} from '../../lib/custom-helpdesks';
import type { EffectiveSettings } from '../../lib/policy/effective';
import { removeFromAgentSettings } from '../../lib/settings';
import { sendMessage } from '../../lib/messaging';
import { t } from '../../lib/i18n';
import { HelpdeskPresets } from './HelpdeskPresets';
import { LockNote } from './Locked';
import './custom-helpdesks.css';

type TextKey = Parameters<typeof t>[0];

const REQUIRED = new Set<CustomSelectorKey>(['subject', 'message', 'messageBody', 'editor']);
const PER_MESSAGE = new Set<CustomSelectorKey>(['messageAuthor', 'messageBody', 'messageTime']);
/** Roles in a fixed order, whatever order the snapshot's counts arrive in. */
const ROLE_ORDER = ['customer', 'agent', 'bot', 'system'] as const;
const MARKERS = new Set<CustomSelectorKey>(['internalMessage', 'agentMessage']);

const SELECTOR_LABEL: Record<CustomSelectorKey, TextKey> = {
  subject: 'chSelSubject',
  message: 'chSelMessage',
  messageBody: 'chSelMessageBody',
  editor: 'chSelEditor',
  ticketId: 'chSelTicketId',
  requester: 'chSelRequester',
  status: 'chSelStatus',
  priority: 'chSelPriority',
  tags: 'chSelTags',
  messageAuthor: 'chSelMessageAuthor',
  messageTime: 'chSelMessageTime',
  internalMessage: 'chSelInternalMessage',
  agentMessage: 'chSelAgentMessage',
};

const UNSCRIPTABLE_TEXT: Record<UnscriptableReason, TextKey> = {
  'browser-page': 'chCannotBrowserPage',
  'extension-page': 'chCannotExtensionPage',
  'web-store': 'chCannotWebStore',
  file: 'chCannotFile',
  'no-url': 'chCannotNoUrl',
};

interface TabOption {
  id: number;
  url?: string;
  title?: string;
  active?: boolean;
  lastAccessed?: number;
}

type Status = { kind: 'ok' | 'bad' | 'info'; text: string } | null;

const permissionsApi = () => (browser as unknown as { permissions?: typeof chrome.permissions }).permissions;

/** Which of `origins` the browser has not granted (the manifest's own hosts count as granted). */
async function notGranted(origins: string[]): Promise<string[]> {
  const api = permissionsApi();
  if (!api?.contains) return origins;
  const granted = await Promise.all(origins.map((origin) => api.contains({ origins: [origin] }).catch(() => false)));
  return origins.filter((_, i) => !granted[i]);
}

/** Ask for host access. Must be called straight from a click: the browser shows its prompt only in a user gesture. */
function requestOrigins(origins: string[]): Promise<boolean> {
  const api = permissionsApi();
  if (!origins.length) return Promise.resolve(true);
  if (!api?.request) return Promise.resolve(false);
  return api.request({ origins });
}

/**
 * "Custom helpdesks": helpdesks described with CSS selectors. The organisation's configs (managed policy) are
 * listed read-only; the agent's own are added, edited, deleted, imported and exported here, and can be tried on
 * any open tab before they are saved. Nothing is stored until validateCustomAdapterConfig accepts the whole
 * config, and the form never throws away what the agent typed.
 */
export function CustomHelpdesks({ effective }: { effective: EffectiveSettings | undefined }) {
  const [own, setOwn] = useState<CustomAdapterConfig[]>([]);
  const [form, setForm] = useState<CustomHelpdeskForm | null>(null);
  const [errors, setErrors] = useState<Partial<Record<CustomFormField, string[]>>>({});
  const [tried, setTried] = useState(false);
  const [status, setStatus] = useState<Status>(null);
  const [confirmDelete, setConfirmDelete] = useState<string | null>(null);
  const [ioText, setIoText] = useState('');
  const [ioStatus, setIoStatus] = useState<{ ok: boolean; lines: string[] } | null>(null);
  const [ownAccess, setOwnAccess] = useState<Record<string, string[]>>({});

  useEffect(() => {
    let live = true;
    void customAdaptersItem.getValue().then((v) => live && setOwn(v ?? []));
    const unwatch = customAdaptersItem.watch((v) => setOwn(v ?? []));
    return () => {
      live = false;
      unwatch();
    };
  }, []);

  // Which of the agent's saved configs still lack host access (a denied prompt, or access removed later).
  const ownKey = JSON.stringify(own.map((c) => [c.id, c.urlPatterns]));
  useEffect(() => {
    let live = true;
    void Promise.all(own.map(async (c) => [c.id, await notGranted(originsForPatterns(c.urlPatterns))] as const)).then(
      (entries) => live && setOwnAccess(Object.fromEntries(entries)),
    );
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [ownKey]);

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
      const checked = validateCustomAdapterConfig(configFromForm(next, takenIds.filter((id) => id !== next.id)), { strict: true });
      setErrors(checked.ok ? {} : errorsByField(checked.errors));
    }
  }

  function save(event: FormEvent) {
    event.preventDefault();
    if (!form) return;
    const others = takenIds.filter((id) => id !== form.id);
    const checked = validateCustomAdapterConfig(configFromForm(form, others), { strict: true });
    if (!checked.ok) {
      // Nothing is saved, and the form keeps exactly what the agent typed.
      setTried(true);
      setErrors(errorsByField(checked.errors));
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
        const still = await notGranted(originsForPatterns(config.urlPatterns));
        setOwnAccess((a) => ({ ...a, [config.id]: still }));
      });
  }

  function importJson() {
    const parsed = parseImportedConfigs(ioText, organisation.map((c) => c.id));
    if (!parsed.ok) return setIoStatus({ ok: false, lines: parsed.errors });
    const permission = requestOrigins(parsed.configs.flatMap((c) => originsForPatterns(c.urlPatterns))).catch(() => false);
    void (async () => {
      let list = (await customAdaptersItem.getValue()) ?? [];
      for (const config of parsed.configs) list = upsertConfig(list, config);
      await customAdaptersItem.setValue(list);
      const granted = await permission;
      setIoStatus({ ok: granted, lines: [t('chImported', String(parsed.configs.length)), granted ? t('chAccessGranted') : t('chAccessDenied')] });
    })();
  }

  /** Edit and delete (delete asks first) for one of the agent's configs, wherever it is kept. */
  function itemButtons(c: CustomAdapterConfig, onDelete: (id: string) => Promise<void>) {
    return (
      <div className="buttons">
        {/* One form at a time: opening another would throw away what the agent is typing. */}
        <button type="button" disabled={disabled || !!form} onClick={() => edit(formFromConfig(c))} data-testid={`ch-edit-${c.id}`}
          aria-label={`${t('chEdit')}: ${c.name}`}>
          {t('chEdit')}
        </button>
        {confirmDelete === c.id ? (
          <>
            <span role="alert">{t('chConfirmDelete', c.name)}</span>
            <button type="button" className="danger" onClick={() => void onDelete(c.id)} data-testid={`ch-delete-yes-${c.id}`}>{t('chDeleteYes')}</button>
            <button type="button" onClick={() => setConfirmDelete(null)}>{t('chCancel')}</button>
          </>
        ) : (
          <button type="button" className="danger" disabled={disabled} onClick={() => setConfirmDelete(c.id)} data-testid={`ch-delete-${c.id}`}
            aria-label={`${t('chDelete')}: ${c.name}`}>
            {t('chDelete')}
          </button>
        )}
      </div>
    );
  }

  const disabled = !effective;
  // Policy agentHelpdesks: false: the agent's own helpdesks are not used, and none can be added.
  const ownLocked = effective?.settings.agentHelpdesks === false;
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
        <form className="ch-form" onSubmit={save} noValidate data-testid="ch-form" aria-labelledby="ch-form-heading">
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
          {missing.key === form.urlPatterns && missing.origins.length > 0 && (
            <p className="ch-access-note" data-testid="ch-access-note">{t('chAccessExplain', missing.origins.join(', '))}</p>
          )}

          <PreviewAndSelectors form={form} errors={errors} change={change} onCancel={() => edit(null)} />
        </form>
      )}

      <details className="ch-io" data-testid="ch-io">
        <summary>{t('chImportExport')}</summary>
        <p className="hint">{t('chImportExportHint')}</p>
        <textarea rows={8} dir="ltr" className="code" spellCheck={false} aria-label={t('chImportExport')} value={ioText}
          onChange={(e) => setIoText(e.target.value)} data-testid="ch-io-text" />
        <div className="buttons">
          <button type="button" onClick={() => setIoText(exportConfigs(own))} data-testid="ch-export">{t('chExport')}</button>
          <button type="button" disabled={disabled || ownLocked || !ioText.trim()} onClick={importJson} data-testid="ch-import">{t('chImport')}</button>
        </div>
        {ioStatus && (
          <ul className={ioStatus.ok ? 'ok' : 'bad'} role="status" data-testid="ch-io-status">
            {ioStatus.lines.map((line, i) => (
              <li key={i}>{line}</li>
            ))}
          </ul>
        )}
      </details>
    </section>
  );
}

function ConfigItem({ config, children }: { config: CustomAdapterConfig; children?: ReactNode }) {
  return (
    <li data-testid={`ch-item-${config.id}`}>
      <strong>{config.name}</strong>{' '}
      <code>{config.urlPatterns.join(' ')}</code>
      {children}
    </li>
  );
}

function FieldErrors({ id, messages }: { id: string; messages: string[] }) {
  return (
    <small id={id} className="bad ch-error" data-testid={id} role="alert">
      {messages.join('; ')}
    </small>
  );
}

function Field({ id, label, hint, errors, required, children, after }: {
  id: string;
  label: string;
  hint?: string;
  errors?: string[];
  required?: boolean;
  after?: ReactNode;
  children: (props: { id: string; 'aria-invalid'?: boolean; 'aria-describedby'?: string; 'aria-required'?: boolean }) => ReactNode;
}) {
  const hintId = `${id}-hint`;
  const errorId = id.replace(/^ch-(sel-)?/, 'ch-error-');
  const describedBy = [hint ? hintId : '', errors?.length ? errorId : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`row${errors?.length ? ' invalid' : ''}`}>
      <label htmlFor={id}>
        {label}
        {required ? <span aria-hidden="true"> *</span> : null}
      </label>
      {children({ id, 'aria-invalid': errors?.length ? true : undefined, 'aria-describedby': describedBy, 'aria-required': required || undefined })}
      {hint && <small id={hintId} className="hint">{hint}</small>}
      {errors?.length ? <FieldErrors id={errorId} messages={errors} /> : null}
      {after}
    </div>
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

/** "in the shadow root of hh-app › in the frame iframe#agent": where a match lives, outermost first. */
function whereText(where: WhereStep[]): string {
  return where.map((step) => t(step.kind === 'shadow' ? 'chWhereShadow' : 'chWhereFrame', step.host)).join(' › ');
}

/**
 * The selector fields, each with what it found in the chosen tab, and the tab picker that runs the preview.
 * After the first run, edits re-run it (debounced) so each field's result follows what the agent types.
 */
function PreviewAndSelectors({ form, errors, change, onCancel }: {
  form: CustomHelpdeskForm;
  errors: Partial<Record<CustomFormField, string[]>>;
  change: (update: (f: CustomHelpdeskForm) => CustomHelpdeskForm) => void;
  onCancel: () => void;
}) {
  const [tabs, setTabs] = useState<TabOption[]>([]);
  const [tabId, setTabId] = useState<number | undefined>();
  const [access, setAccess] = useState<{ kind: 'ok' } | { kind: 'missing'; origin: string } | { kind: 'cannot'; reason: UnscriptableReason } | null>(null);
  const [reply, setReply] = useState<CustomPreviewReply | null>(null);
  const [running, setRunning] = useState(false);
  const [live, setLive] = useState(false);
  const [note, setNote] = useState<string>();
  const request = useRef(0);

  // The agent's open tabs, kept current while the form is open.
  useEffect(() => {
    const api = (browser as unknown as { tabs?: typeof chrome.tabs }).tabs;
    if (!api?.query) return;
    let alive = true;
    const load = () =>
      void api.query({}).then((all) => {
        if (!alive) return;
        const list = all.filter((tab): tab is chrome.tabs.Tab & { id: number } => tab.id !== undefined && unscriptableReason(tab.url) !== 'extension-page');
        setTabs(list.map(({ id, url, title, active, lastAccessed }) => ({ id, url, title, active, lastAccessed })));
        setTabId((current) => (current !== undefined && list.some((tab) => tab.id === current) ? current : defaultPreviewTab(list)?.id));
      });
    load();
    api.onUpdated?.addListener(load);
    api.onRemoved?.addListener(load);
    api.onCreated?.addListener(load);
    return () => {
      alive = false;
      api.onUpdated?.removeListener(load);
      api.onRemoved?.removeListener(load);
      api.onCreated?.removeListener(load);
    };
  }, []);

  const tab = tabs.find((x) => x.id === tabId);
  useEffect(() => {
    let alive = true;
    setAccess(null);
    if (!tab) return;
    const reason = unscriptableReason(tab.url);
    if (reason) return setAccess({ kind: 'cannot', reason });
    const origin = originOfTabUrl(tab.url!)!;
    void notGranted([origin]).then((m) => alive && setAccess(m.length ? { kind: 'missing', origin } : { kind: 'ok' }));
    return () => {
      alive = false;
    };
    // (the tab's id and URL are what the check reads; the tab object is new on every tabs update)
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [tab?.id, tab?.url]);

  async function run() {
    if (tabId === undefined) return;
    const mine = ++request.current;
    setRunning(true);
    setNote(undefined);
    const answer = await sendMessage('previewCustomAdapterInTab', { tabId, config: previewConfigFromForm(form) }).catch(
      (err: unknown): CustomPreviewReply => ({ ok: false, reason: 'failed', detail: err instanceof Error ? err.message : String(err) }),
    );
    if (mine !== request.current) return; // a newer run started: its answer wins
    setRunning(false);
    setReply(answer);
    if (answer.ok) setLive(true);
    else if (answer.reason === 'no-access' && answer.origin) setAccess({ kind: 'missing', origin: answer.origin });
  }

  function tryClick() {
    if (access?.kind === 'missing') {
      const origin = access.origin;
      // From the click itself: the browser shows its prompt only inside a user gesture.
      void requestOrigins([origin])
        .catch(() => false)
        .then((granted) => {
          if (!granted) return setNote(t('chPreviewAccessDenied', hostOf(origin)));
          setAccess({ kind: 'ok' });
          void run();
        });
      return;
    }
    void run();
  }

  // Live: once a preview has worked, re-run it as the selectors change.
  const formKey = JSON.stringify([form.urlPatterns, form.selectors]);
  useEffect(() => {
    if (!live) return;
    const timer = setTimeout(() => void run(), 400);
    return () => clearTimeout(timer);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [formKey]);

  const results = reply?.ok ? reply.result.selectors : {};
  const snapshot = reply?.ok ? reply.result.snapshot : null;
  const patterns = splitPatterns(form.urlPatterns);
  // A preview on a page the URL patterns do not cover is worth a word: the adapter would never run there.
  const matchesTab = reply?.ok && patterns.length > 0 ? urlMatchesPatterns(reply.result.url, patterns) : true;

  return (
    <>
      <fieldset className="ch-preview" data-testid="ch-preview">
        <legend>{t('chPreviewHeading')}</legend>
        <div className="row">
          <label htmlFor="ch-preview-tab">{t('chPreviewTab')}</label>
          <select id="ch-preview-tab" value={tabId ?? ''} onChange={(e) => { setTabId(Number(e.target.value)); setReply(null); setLive(false); }} data-testid="ch-preview-tab">
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
        {reply?.ok && (
          <div className="ch-snapshot" data-testid="ch-preview-snapshot">
            <h4>{t('chSnapshotHeading')}</h4>
            {snapshot ? (
              <dl>
                <dt>{t('chSelSubject')}</dt>
                <dd data-testid="ch-snapshot-subject" dir="auto">{snapshot.subject || '—'}</dd>
                <dt>{t('chSelRequester')}</dt>
                <dd data-testid="ch-snapshot-requester" dir="auto">
                  {[snapshot.requesterName, snapshot.requesterEmail && `<${snapshot.requesterEmail}>`].filter(Boolean).join(' ') || '—'}
                </dd>
                <dt>{t('chSnapshotTicketId')}</dt>
                <dd data-testid="ch-snapshot-ticket-id">{snapshot.ticketId || '—'}</dd>
                <dt>{t('chSnapshotMessages')}</dt>
                <dd data-testid="ch-snapshot-messages">
                  {snapshot.messageCount}
                  {snapshot.messageCount > 0 && (
                    <> ({ROLE_ORDER.filter((role) => snapshot.roles[role]).map((role) => `${roleText(role)}: ${snapshot.roles[role]}`).join(', ')}
                      {snapshot.internalCount ? `, ${t('chSnapshotInternal')}: ${snapshot.internalCount}` : ''})</>
                  )}
                </dd>
                {snapshot.firstMessage && (
                  <>
                    <dt>{t('chSnapshotFirstMessage')}</dt>
                    <dd dir="auto" className="ch-first-message">{snapshot.firstMessage}</dd>
                  </>
                )}
                <dt>{t('chSelEditor')}</dt>
                <dd data-testid="ch-snapshot-editor">
                  {reply.result.editor ? <code>{reply.result.editor}</code> : t('chFoundNone')}
                  {reply.result.editor && reply.result.editorWhere?.length ? <> · <span data-testid="ch-snapshot-editor-where">{whereText(reply.result.editorWhere)}</span></> : null}
                </dd>
                <dt>{t('chSnapshotMissing')}</dt>
                <dd data-testid="ch-snapshot-missing">{snapshot.missing.length ? snapshot.missing.join(', ') : t('chSnapshotNothingMissing')}</dd>
              </dl>
            ) : (
              <p className="bad" data-testid="ch-snapshot-none">{t('chSnapshotNone')}</p>
            )}
          </div>
        )}
      </fieldset>

      <fieldset className="ch-selectors">
        <legend>{t('chSelectorsHeading')}</legend>
        <p className="hint">{t('chSelectorsHint')}</p>
        <p className="hint" data-testid="ch-selectors-deep">{t('chSelectorsDeep')}</p>
        {CUSTOM_SELECTOR_KEYS.map((key) => (
          <Field key={key} id={`ch-sel-${key}`} label={t(SELECTOR_LABEL[key])} required={REQUIRED.has(key)} errors={errors[`selectors.${key}`]}
            hint={PER_MESSAGE.has(key) ? t('chHintInMessage') : MARKERS.has(key) ? t('chHintMarker') : undefined}
            after={<SelectorResult preview={results[key]} id={`ch-found-${key}`} />}>
            {(p) => (
              <input {...p} dir="ltr" className="code" spellCheck={false} autoComplete="off" value={form.selectors[key]}
                onChange={(e) => change((f) => ({ ...f, selectors: { ...f.selectors, [key]: e.target.value } }))} data-testid={`ch-sel-${key}`} />
            )}
          </Field>
        ))}
      </fieldset>

      <div className="actions">
        <button type="submit" className="primary" data-testid="ch-save">{t('chSave')}</button>
        <button type="button" onClick={onCancel} data-testid="ch-cancel">{t('chCancel')}</button>
      </div>
    </>
  );
}

function hostOf(origin: string): string {
  return origin.replace(/^[a-z*]+:\/\//, '').replace(/\/\*$/, '');
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

function roleText(role: string): string {
  const key = ({ customer: 'chRoleCustomer', agent: 'chRoleAgent', bot: 'chRoleBot', system: 'chRoleSystem' } as Record<string, TextKey>)[role];
  return key ? t(key) : role;
}

function replyText(reply: CustomPreviewReply): string {
  if (reply.ok) return t('chPreviewDone', reply.result.title || reply.result.url);
  switch (reply.reason) {
    case 'no-tab':
      return t('chPreviewNoTab');
    case 'no-access':
      return t('chPreviewNeedsAccess', hostOf(reply.origin ?? ''));
    case 'failed':
      return t('chPreviewFailed', reply.detail ?? '');
    default:
      return t(UNSCRIPTABLE_TEXT[reply.reason]);
  }
}

