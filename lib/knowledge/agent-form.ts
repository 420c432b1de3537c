// The options form for a helpdesk the agent syncs knowledge from, and its one validator: what the agent typed to a
// SyncConfig, or the reason (translated) it is not one yet. addAgentSource (sources.ts) then refuses a duplicate, and
// every sync refuses an address that is not http(s) (safe-url.ts). Pure, so it is tested without a page.
import { t } from '../i18n';
import type { SyncConfig } from './sync';
import { INTERCOM_API, type IntercomRegion } from './sync/intercom';

export interface AgentSourceForm {
  kind: SyncConfig['kind'];
  baseUrl: string;
  authMode: 'token' | 'bearer';
  email: string;
  secret: string;
  includeExtras: boolean;
  region: IntercomRegion;
}

export const EMPTY_AGENT_SOURCE_FORM: Readonly<AgentSourceForm> = { kind: 'zendesk', baseUrl: '', authMode: 'token', email: '', secret: '', includeExtras: true, region: 'us' };

/** The origin of an https address the agent typed ("https://acme.zendesk.com/hc/en-us" -> "https://acme.zendesk.com"). */
function httpsBase(raw: string): string | null {
  try {
    const u = new URL(raw.trim());
    return u.protocol === 'https:' ? u.origin : null;
  } catch {
    return null;
  }
}

/** Form -> SyncConfig, or the reason it is not one yet. */
export function agentSourceConfig(d: AgentSourceForm): { ok: true; config: SyncConfig } | { ok: false; error: string } {
  const secret = d.secret.trim();
  if (!secret) return { ok: false, error: t('kbNeedSecret') };
  if (d.kind === 'intercom') return { ok: true, config: { kind: 'intercom', accessToken: secret, baseUrl: INTERCOM_API[d.region] } };
  const baseUrl = httpsBase(d.baseUrl);
  if (!baseUrl) return { ok: false, error: t('kbNeedBaseUrl') };
  if (d.kind === 'freshdesk') return { ok: true, config: { kind: 'freshdesk', baseUrl, apiKey: secret, includeCanned: d.includeExtras } };
  if (d.authMode === 'token' && !d.email.trim()) return { ok: false, error: t('kbNeedEmail') };
  return {
    ok: true,
    config: {
      kind: 'zendesk',
      baseUrl,
      auth: d.authMode === 'token' ? { email: d.email.trim(), apiToken: secret } : { bearer: secret },
      includeMacros: d.includeExtras,
    },
  };
}
