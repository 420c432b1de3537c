import { useEffect, useState, type FormEvent } from 'react';
import { apiKeyItem, DEFAULT_SETTINGS, loadAgentSettings, settingsItem, type Settings } from '../../lib/settings';
import { apiKeyBaseUrlSecret } from '../../lib/secrets';
import { useEffectiveSettings } from '../../lib/policy/useEffectiveSettings';
import { checkHost, checkHttpUrl, LIMITS } from '../../lib/policy/validate';
import { reasonText } from '../../lib/reason-text';
import { FEATURE_NAMES, type FeatureName } from '../../lib/policy/types';
import type { LockKey } from '../../lib/policy/effective';
import { t } from '../../lib/i18n';
import { Row } from './Locked';
import { PolicySummary } from './PolicySummary';
import { ConnectionTest } from './ConnectionTest';
import { PermissionsSection } from './PermissionsSection';
import { StorageSection } from './StorageSection';
import { AuditSection } from './AuditSection';
import { AnalyticsSection } from './AnalyticsSection';
import { CustomHelpdesks } from '../../lib/custom-helpdesks/ui/CustomHelpdesks';
import { RepairsSection } from './RepairsSection';
import { KnowledgeSection } from '../../lib/knowledge/ui/KnowledgeSection';
import { ConnectorsSection } from './ConnectorsSection';

const FEATURE_LABEL: Record<FeatureName, Parameters<typeof t>[0]> = {
  drafts: 'featureDrafts',
  chat: 'featureChat',
  sentiment: 'featureSentiment',
  knowledge: 'featureKnowledge',
  analytics: 'featureAnalytics',
  aiAlerts: 'featureAiAlerts',
};

/**
 * Lists edited as text: one host per line. Knowledge sources and custom helpdesks are not edited here: the
 * Knowledge and Custom helpdesks sections have their own forms, and list (to sync, edit or remove) what the
 * settings still hold, the organisation's or the agent's own from earlier versions.
 */
interface TextFields {
  hosts: string;
}
const toText = (s: Settings): TextFields => ({
  hosts: s.allowedHelpdeskHosts.join('\n'),
});

/**
 * The agent's settings, under the organisation's policy: what the policy holds is shown (disabled, "set by your
 * organisation"); the rest is the agent's. Saving writes only the agent's own values, so a setting the policy
 * stops holding falls back to what the agent had chosen.
 */
export function OptionsApp() {
  const effective = useEffectiveSettings();
  const [form, setForm] = useState<Settings>(DEFAULT_SETTINGS);
  const [text, setText] = useState<TextFields>(toText(DEFAULT_SETTINGS));
  const [apiKey, setApiKey] = useState('');
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  useEffect(() => {
    void loadAgentSettings().then((s) => {
      setForm(s);
      setText(toText(s));
    });
    void apiKeyItem.getValue().then(setApiKey);
  }, []);

  const locked = (key: LockKey) => effective?.locked.has(key) ?? false;
  /** What the control shows: the organisation's value when locked, else the agent's. */
  const shown = <K extends keyof Settings>(key: K): Settings[K] => (locked(key) && effective ? effective.settings[key] : form[key]);
  const update = <K extends keyof Settings>(key: K, value: Settings[K]) => setForm((s) => ({ ...s, [key]: value }));

  function parseLists(): { ok: true; value: Pick<Settings, 'allowedHelpdeskHosts'> } | { ok: false; error: string } {
    const hosts: string[] = [];
    for (const line of text.hosts.split(/\r?\n/).map((l) => l.trim()).filter(Boolean)) {
      const c = checkHost(line);
      if (!c.ok) return { ok: false, error: `${t('allowedHosts')}: ${reasonText(c)}` };
      hosts.push(c.value);
    }
    return { ok: true, value: { allowedHelpdeskHosts: hosts } };
  }

  async function save(event: FormEvent) {
    event.preventDefault();
    if (form.baseUrl && !checkHttpUrl(form.baseUrl).ok) return setMessage({ ok: false, text: t('badBaseUrl') });
    if (!Number.isInteger(form.maxTokens) || form.maxTokens < LIMITS.maxTokens.min || form.maxTokens > LIMITS.maxTokens.max) {
      return setMessage({ ok: false, text: t('badMaxTokens', String(LIMITS.maxTokens.min), String(LIMITS.maxTokens.max)) });
    }
    if (!Number.isInteger(form.retentionDays) || form.retentionDays < LIMITS.retentionDays.min || form.retentionDays > LIMITS.retentionDays.max) {
      return setMessage({ ok: false, text: t('badRetention', String(LIMITS.retentionDays.max)) });
    }
    const lists = parseLists();
    if (!lists.ok) return setMessage({ ok: false, text: lists.error });
    // Knowledge sources and custom helpdesks are not on this form (their sections edit and remove them): keep
    // what is stored now, not what was loaded with the page.
    const { knowledgeSources, customAdapters } = await loadAgentSettings();
    const next = { ...form, ...lists.value, knowledgeSources, customAdapters };
    await settingsItem.setValue(next);
    if (!locked('apiKey')) {
      // The key goes only to the base URL it is saved with (lib/secrets: apiKeyBaseUrlSecret).
      await apiKeyBaseUrlSecret.setValue(next.baseUrl.trim());
      await apiKeyItem.setValue(apiKey.trim());
    }
    setForm(next);
    setMessage({ ok: true, text: t('saved') });
  }

  return (
    <main className="options" aria-busy={!effective}>
      <h1>{t('optionsTitle')}</h1>
      {effective && <PolicySummary report={effective.policyReport} />}
      {effective && <PermissionsSection settings={effective.settings} connectors={effective.policy.connectors} />}
      <form onSubmit={save} aria-describedby="save-status" noValidate>
        {/* Until the policy is read (the browser takes a few seconds after start-up), nothing is editable: a
            setting the organisation holds must never look editable, even briefly. */}
        <fieldset className="plain" disabled={!effective}>
        <fieldset>
          <legend>{t('sectionClaude')}</legend>
          <Row id="api-key" label={t('apiKey')} hint={t('apiKeyHint')} locked={locked('apiKey')}>
            {(p) => (
              <input {...p} type="password" autoComplete="off" value={locked('apiKey') ? '' : apiKey} placeholder={locked('apiKey') ? '••••••••' : ''}
                onChange={(e) => setApiKey(e.target.value)} data-testid="api-key" />
            )}
          </Row>
          {effective?.apiKeyWithheld && (
            <p className="bad" role="alert" data-testid="api-key-withheld">
              {t('apiKeyWithheld', effective.settings.baseUrl || 'https://api.anthropic.com')}
            </p>
          )}
          <Row id="base-url" label={t('baseUrl')} hint={t('baseUrlHint')} locked={locked('baseUrl')}>
            {(p) => <input {...p} type="url" dir="ltr" value={shown('baseUrl')} onChange={(e) => update('baseUrl', e.target.value.trim())} data-testid="base-url" />}
          </Row>
          <Row id="gateway-no-key" inline label={t('gatewayWithoutKey')} locked={locked('useGatewayWithoutKey')}>
            {(p) => <input {...p} type="checkbox" checked={shown('useGatewayWithoutKey')} onChange={(e) => update('useGatewayWithoutKey', e.target.checked)} data-testid="gateway-no-key" />}
          </Row>
          <Row id="model" label={t('model')} locked={locked('model')}>
            {(p) => <input {...p} dir="ltr" value={shown('model')} onChange={(e) => update('model', e.target.value.trim())} data-testid="model" />}
          </Row>
          <Row id="max-tokens" label={t('maxTokens')} locked={locked('maxTokens')}>
            {(p) => (
              <input {...p} type="number" min={LIMITS.maxTokens.min} max={LIMITS.maxTokens.max} value={shown('maxTokens')}
                onChange={(e) => update('maxTokens', Number(e.target.value))} data-testid="max-tokens" />
            )}
          </Row>
          {effective && <ConnectionTest effective={effective} />}
        </fieldset>

        <fieldset>
          <legend>{t('sectionPrivacy')}</legend>
          <Row id="redact" inline label={t('redact')} locked={locked('redact')}>
            {(p) => <input {...p} type="checkbox" checked={shown('redact')} onChange={(e) => update('redact', e.target.checked)} data-testid="redact" />}
          </Row>
          <Row id="retention-days" label={t('retentionDays')} hint={t('retentionHint')} locked={locked('retentionDays')}>
            {(p) => (
              <input {...p} type="number" min={1} max={LIMITS.retentionDays.max} value={shown('retentionDays')}
                onChange={(e) => update('retentionDays', Number(e.target.value))} data-testid="retention-days" />
            )}
          </Row>
          <Row id="audit-content" inline label={t('auditIncludeContent')} locked={locked('auditIncludeContent')}>
            {(p) => <input {...p} type="checkbox" checked={shown('auditIncludeContent')} onChange={(e) => update('auditIncludeContent', e.target.checked)} data-testid="audit-content" />}
          </Row>
          <Row id="analytics-export" inline label={t('analyticsExportAllowed')} locked={locked('analyticsExportAllowed')}>
            {(p) => <input {...p} type="checkbox" checked={shown('analyticsExportAllowed')} onChange={(e) => update('analyticsExportAllowed', e.target.checked)} />}
          </Row>
        </fieldset>

        <fieldset>
          <legend>{t('sectionFeatures')}</legend>
          {FEATURE_NAMES.map((name) => (
            <Row key={name} id={`feature-${name}`} inline label={t(FEATURE_LABEL[name])} locked={locked(`features.${name}`)}>
              {(p) => (
                <input {...p} type="checkbox" data-testid={`feature-${name}`}
                  checked={locked(`features.${name}`) && effective ? effective.features[name] : form.features[name]}
                  onChange={(e) => update('features', { ...form.features, [name]: e.target.checked })} />
              )}
            </Row>
          ))}
        </fieldset>

        <fieldset>
          <legend>{t('sectionReplies')}</legend>
          <Row id="agent-name" label={t('agentName')} locked={false}>
            {(p) => <input {...p} value={form.agentName} onChange={(e) => update('agentName', e.target.value)} />}
          </Row>
          <Row id="brand-voice" label={t('brandVoice')} locked={locked('brandVoice')}>
            {(p) => <textarea {...p} rows={4} value={shown('brandVoice')} onChange={(e) => update('brandVoice', e.target.value)} data-testid="brand-voice" />}
          </Row>
        </fieldset>

        <fieldset>
          <legend>{t('sectionHelpdesks')}</legend>
          <Row id="allowed-hosts" label={t('allowedHosts')} hint={t('allowedHostsHint')} locked={locked('allowedHelpdeskHosts')}>
            {(p) => (
              <textarea {...p} rows={3} dir="ltr" data-testid="allowed-hosts"
                value={locked('allowedHelpdeskHosts') && effective ? effective.settings.allowedHelpdeskHosts.join('\n') : text.hosts}
                onChange={(e) => setText((x) => ({ ...x, hosts: e.target.value }))} />
            )}
          </Row>
        </fieldset>

        </fieldset>
        <div className="actions">
          <button type="submit" className="primary" data-testid="save" disabled={!effective}>
            {t('save')}
          </button>
          <p id="save-status" role="status" className={message?.ok ? 'ok' : 'bad'}>
            {message?.text}
          </p>
        </div>
      </form>
      <CustomHelpdesks effective={effective} />
      <RepairsSection />
      <KnowledgeSection />
      <ConnectorsSection />
      <StorageSection retentionDays={effective?.settings.retentionDays ?? DEFAULT_SETTINGS.retentionDays} />
      {effective?.features.analytics && <AnalyticsSection exportAllowed={effective.settings.analyticsExportAllowed} />}
      <AuditSection />
    </main>
  );
}
