// Helpdesks an admin or agent describes with selectors (custom adapters). The configs live in extension
// storage (agent) and managed policy (admin); content scripts never read storage themselves — they ask the
// background, which hands them only the selector configs.
import { storage } from 'wxt/utils/storage';
import { CUSTOM_SELECTOR_KEYS, urlMatchesPatterns, validateCustomAdapterConfig, type CustomAdapterConfig } from '../adapters/custom';

export const customAdaptersItem = storage.defineItem<CustomAdapterConfig[]>('local:customAdapters', { fallback: [] });

/** Managed policy's configs (read by lib/policy when present) come first: the organisation's description wins.
 *  `includeOwn` false (policy `agentHelpdesks: false`): the agent's own configs are left out. */
export async function loadCustomAdapters(managed: unknown[] = [], includeOwn = true): Promise<CustomAdapterConfig[]> {
  const own = includeOwn ? await customAdaptersItem.getValue() : [];
  const seen = new Set<string>();
  const valid: CustomAdapterConfig[] = [];
  for (const candidate of [...managed, ...own]) {
    const checked = validateCustomAdapterConfig(candidate);
    if (checked.ok && !seen.has(checked.config.id)) {
      seen.add(checked.config.id);
      valid.push(checked.config);
    }
  }
  return valid;
}

/** "https://support.acme.test/tickets/*" -> "https://support.acme.test/*": the host access a pattern needs. */
export function originPatternOf(matchPattern: string): string | null {
  const m = /^(\*|https?|wss?):\/\/([^/]+)\//.exec(matchPattern.trim());
  return m ? `${m[1]}://${m[2]}/*` : null;
}

/** Whether every page `pattern` matches is already matched by one of `matches` (tested on a sample URL built
 *  from the pattern: wildcards filled in). The content script declared in the manifest already runs there, so
 *  registering it again for those pages would only risk a second copy. */
export function coveredByPatterns(pattern: string, matches: string[]): boolean {
  const m = /^(\*|https?|wss?):\/\/([^/]+)(\/.*)$/.exec(pattern.trim());
  if (!m) return false;
  const scheme = m[1] === '*' ? ['https', 'http'] : [m[1]];
  const host = m[2].replace(/^\*\./, 'x-sample.');
  if (host === '*') return false;
  const path = m[3].replace(/\*/g, 'x-sample');
  return scheme.every((s) => urlMatchesPatterns(`${s}://${host}${path}`, matches));
}

// ---------------------------------------------------------------------------------------------- options form
// Pure helpers behind the options page's "Custom helpdesks" section (components/options/CustomHelpdesks.tsx):
// the form's text fields <-> a config, validation errors placed next to their fields, import/export, and which
// host access a config needs. Kept here, away from React, so they can be tested directly.

export type CustomSelectorKey = keyof CustomAdapterConfig['selectors'];

/** What the form edits: every field as the agent typed it (one URL pattern per line). */
export interface CustomHelpdeskForm {
  /** '' for a new config: an id is made from the name when it is first saved. */
  id: string;
  name: string;
  urlPatterns: string;
  selectors: Record<CustomSelectorKey, string>;
}

const BUILT_IN_IDS = ['zendesk', 'intercom', 'freshdesk'];

export function emptyCustomHelpdeskForm(): CustomHelpdeskForm {
  const selectors = {} as Record<CustomSelectorKey, string>;
  for (const key of CUSTOM_SELECTOR_KEYS) selectors[key] = '';
  return { id: '', name: '', urlPatterns: '', selectors };
}

export function formFromConfig(config: CustomAdapterConfig): CustomHelpdeskForm {
  const form = emptyCustomHelpdeskForm();
  form.id = config.id;
  form.name = config.name;
  form.urlPatterns = config.urlPatterns.join('\n');
  for (const key of CUSTOM_SELECTOR_KEYS) form.selectors[key] = config.selectors[key] ?? '';
  return form;
}

/** "Acme Support Desk" -> "acme-support-desk", unique among `taken` (and never a built-in adapter's id). */
export function idFromName(name: string, taken: Iterable<string>): string {
  const used = new Set([...taken].map((id) => id.toLowerCase()).concat(BUILT_IN_IDS));
  const base =
    name
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|(?<!-)-+$/g, '')
      .slice(0, 48) || 'helpdesk';
  if (!used.has(base)) return base;
  for (let n = 2; ; n++) if (!used.has(`${base}-${n}`)) return `${base}-${n}`;
}

/** The URL patterns as typed: one per line (commas also separate), blanks dropped. */
export function splitPatterns(text: string): string[] {
  return text
    .split(/[\n,]+/)
    .map((p) => p.trim())
    .filter(Boolean);
}

/** The raw config the form describes, ready for validateCustomAdapterConfig (empty optional selectors left out). */
export function configFromForm(form: CustomHelpdeskForm, takenIds: Iterable<string> = []): unknown {
  const selectors: Record<string, string> = {};
  for (const key of CUSTOM_SELECTOR_KEYS) {
    const value = form.selectors[key]?.trim() ?? '';
    if (value) selectors[key] = value;
  }
  return {
    id: form.id || idFromName(form.name, takenIds),
    name: form.name,
    urlPatterns: splitPatterns(form.urlPatterns),
    selectors,
  };
}

/** A config for the live preview: whatever the agent has typed so far, valid or not (the preview reports each
 *  selector's problem itself). */
export function previewConfigFromForm(form: CustomHelpdeskForm): CustomAdapterConfig {
  const raw = configFromForm(form, []) as CustomAdapterConfig;
  return { ...raw, id: raw.id || 'preview', name: raw.name || 'preview' };
}

/** Field a validation error belongs to: 'name', 'urlPatterns', 'selectors.subject', ... or 'general'. */
export type CustomFormField = 'name' | 'urlPatterns' | `selectors.${CustomSelectorKey}` | 'general';

/** validateCustomAdapterConfig's messages, grouped by the field they are about, so each shows next to its input.
 *  Id problems belong to the name (the id is made from it). */
export function errorsByField(errors: string[]): Partial<Record<CustomFormField, string[]>> {
  const out: Partial<Record<CustomFormField, string[]>> = {};
  const add = (field: CustomFormField, message: string) => (out[field] ??= []).push(message);
  for (const message of errors) {
    const selector = /^selectors\.(\w+)/.exec(message);
    if (selector && (CUSTOM_SELECTOR_KEYS as string[]).includes(selector[1])) add(`selectors.${selector[1] as CustomSelectorKey}`, message);
    else if (/^urlPatterns/.test(message)) add('urlPatterns', message);
    else if (/^(name|id)\b/.test(message)) add('name', message);
    else add('general', message);
  }
  return out;
}

/** The agent's list with `config` added, or put in place of the config with the same id. */
export function upsertConfig(list: CustomAdapterConfig[], config: CustomAdapterConfig): CustomAdapterConfig[] {
  const i = list.findIndex((c) => c.id === config.id);
  if (i === -1) return [...list, config];
  const next = list.slice();
  next[i] = config;
  return next;
}

export function exportConfigs(configs: CustomAdapterConfig[]): string {
  return JSON.stringify(configs, null, 2);
}

/**
 * Configs pasted as JSON (one config or an array; the same shape the managed policy takes). All or nothing:
 * any invalid config, or an id the organisation already uses, rejects the whole import with every reason listed.
 */
export function parseImportedConfigs(
  text: string,
  organisationIds: Iterable<string> = [],
): { ok: true; configs: CustomAdapterConfig[] } | { ok: false; errors: string[] } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return { ok: false, errors: [`not valid JSON (${e instanceof Error ? e.message : String(e)})`] };
  }
  const list = Array.isArray(data) ? data : [data];
  if (!list.length) return { ok: false, errors: ['the list is empty'] };
  const orgIds = new Set(organisationIds);
  const errors: string[] = [];
  const configs: CustomAdapterConfig[] = [];
  const seen = new Set<string>();
  list.forEach((item, i) => {
    const where = list.length > 1 || Array.isArray(data) ? `[${i}] ` : '';
    const checked = validateCustomAdapterConfig(item, { strict: true });
    if (!checked.ok) return errors.push(...checked.errors.map((e) => `${where}${e}`));
    if (orgIds.has(checked.config.id)) return errors.push(`${where}id "${checked.config.id}" is used by your organisation's configuration`);
    if (seen.has(checked.config.id)) return errors.push(`${where}id "${checked.config.id}" appears twice`);
    seen.add(checked.config.id);
    configs.push(checked.config);
  });
  return errors.length ? { ok: false, errors } : { ok: true, configs };
}

/** Host permissions (match patterns for chrome.permissions) that the URL patterns need, without repeats.
 *  "<all_urls>" maps to the optional host permissions the manifest declares. */
export function originsForPatterns(patterns: string[]): string[] {
  const out = new Set<string>();
  for (const pattern of patterns) {
    if (pattern.trim() === '<all_urls>') {
      out.add('https://*/*').add('http://*/*');
      continue;
    }
    const origin = originPatternOf(pattern);
    if (!origin) continue;
    // "*://host/" covers http and https; optional_host_permissions only know those two schemes.
    if (origin.startsWith('*://')) out.add(origin.replace('*://', 'https://')).add(origin.replace('*://', 'http://'));
    else out.add(origin);
  }
  return [...out];
}

// ---------------------------------------------------------------------------------------------- live preview

/** Why a tab cannot run the preview: browser pages, extension pages and web stores are closed to extensions. */
export type UnscriptableReason = 'browser-page' | 'extension-page' | 'web-store' | 'file' | 'no-url';

export function unscriptableReason(url: string | undefined): UnscriptableReason | null {
  if (!url) return 'no-url';
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return 'no-url';
  }
  if (u.protocol === 'chrome-extension:' || u.protocol === 'moz-extension:' || u.protocol === 'extension:') return 'extension-page';
  if (u.protocol === 'file:') return 'file';
  if (u.protocol !== 'https:' && u.protocol !== 'http:') return 'browser-page';
  const host = u.hostname.toLowerCase();
  if (host === 'chromewebstore.google.com' || (host === 'chrome.google.com' && u.pathname.startsWith('/webstore'))) return 'web-store';
  if (host === 'microsoftedge.microsoft.com' && u.pathname.startsWith('/addons')) return 'web-store';
  if (host === 'addons.mozilla.org') return 'web-store';
  return null;
}

/** The host permission a tab's page needs: "https://support.acme.test/*". */
export function originOfTabUrl(url: string): string | null {
  try {
    const u = new URL(url);
    return u.protocol === 'https:' || u.protocol === 'http:' ? `${u.protocol}//${u.hostname}/*` : null;
  } catch {
    return null;
  }
}

export interface TabChoice {
  id?: number;
  url?: string;
  title?: string;
  active?: boolean;
  lastAccessed?: number;
}

/** The tab the preview starts on: the most recently used tab that is not an extension page (the options page
 *  itself is usually the active one). */
export function defaultPreviewTab<T extends TabChoice>(tabs: T[]): T | undefined {
  const candidates = tabs.filter((tab) => tab.id !== undefined && unscriptableReason(tab.url) !== 'extension-page');
  return candidates.slice().sort((a, b) => (b.lastAccessed ?? (b.active ? 1 : 0)) - (a.lastAccessed ?? (a.active ? 1 : 0)))[0];
}

export { runCustomPreview, summariseSnapshot, type CustomPreviewReply, type CustomPreviewResult, type CustomPreviewSnapshot } from './custom-preview';
