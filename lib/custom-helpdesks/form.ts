// Pure helpers behind the options page's "Custom helpdesks" section (./ui/): the form's text fields <-> a config,
// validation errors placed next to their fields, import and export. Kept away from React, so they can be tested
// directly.
import { BUILT_IN_HELPDESK_IDS, CUSTOM_SELECTOR_KEYS, type CustomAdapterConfig, type CustomSelectorKey } from './config';
import type { ReasonCode } from '../reasons';
import { problemText, validateCustomHelpdesk, type ConfigProblem } from './validate';

/** What the form edits: every field as the agent typed it (one URL pattern per line). */
export interface CustomHelpdeskForm {
  /** '' for a new config: an id is made from the name when it is first saved. */
  id: string;
  name: string;
  urlPatterns: string;
  selectors: Record<CustomSelectorKey, string>;
}

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
  const used = new Set([...taken].map((id) => id.toLowerCase()).concat(BUILT_IN_HELPDESK_IDS));
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
  for (const message of errors) (out[fieldOf(message)] ??= []).push(message);
  return out;
}

/** The same for validateCustomHelpdesk's problems, each worded by `word` (the form: in the agent's language). */
export function problemsByField(problems: ConfigProblem[], word: (p: ConfigProblem) => string): Partial<Record<CustomFormField, string[]>> {
  const out: Partial<Record<CustomFormField, string[]>> = {};
  for (const p of problems) (out[fieldOf(p.path)] ??= []).push(word(p));
  return out;
}

/** The field a message or a problem's path ("selectors.subject ...", "urlPatterns[1]", "id") is about. */
function fieldOf(text: string): CustomFormField {
  const selector = /^selectors\.(\w+)/.exec(text);
  if (selector && (CUSTOM_SELECTOR_KEYS as string[]).includes(selector[1])) return `selectors.${selector[1] as CustomSelectorKey}`;
  if (/^urlPatterns/.test(text)) return 'urlPatterns';
  if (/^(name|id)\b/.test(text)) return 'name';
  return 'general';
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

/** One reason an import was refused: `text` is the English line (as in `errors`); `at` is where it is ("[1] ",
 *  "[1] selectors.subject: "), put in front of the code's sentence when the page words it in the agent's language
 *  (lib/reasons.ts). */
export interface ImportProblem {
  text: string;
  at: string;
  code?: ReasonCode;
  params?: string[];
}

/**
 * Configs pasted as JSON (one config or an array; the same shape the managed policy takes). All or nothing:
 * any invalid config, or an id the organisation already uses, rejects the whole import with every reason listed
 * (`errors` in English, `problems` the same with codes).
 */
export function parseImportedConfigs(
  text: string,
  organisationIds: Iterable<string> = [],
): { ok: true; configs: CustomAdapterConfig[] } | { ok: false; errors: string[]; problems: ImportProblem[] } {
  const problems: ImportProblem[] = [];
  const refuse = (line: string, at: string, code?: ReasonCode, ...params: string[]) =>
    problems.push({ text: line, at, ...(code ? { code } : {}), ...(params.length ? { params } : {}) });
  const refused = () => ({ ok: false as const, errors: problems.map((p) => p.text), problems });
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    const words = e instanceof Error ? e.message : String(e);
    refuse(`not valid JSON (${words})`, '', 'import-not-json', words);
    return refused();
  }
  const list = Array.isArray(data) ? data : [data];
  if (!list.length) {
    refuse('the list is empty', '', 'import-empty');
    return refused();
  }
  const orgIds = new Set(organisationIds);
  const configs: CustomAdapterConfig[] = [];
  const seen = new Set<string>();
  list.forEach((item, i) => {
    const where = list.length > 1 || Array.isArray(data) ? `[${i}] ` : '';
    const checked = validateCustomHelpdesk(item, { strict: true });
    if (!checked.ok) {
      for (const p of checked.problems) refuse(`${where}${problemText(p)}`, `${where}${p.path}: `, p.code, ...(p.params ?? []));
      return;
    }
    const { id } = checked.config;
    if (orgIds.has(id)) return refuse(`${where}id "${id}" is used by your organisation's configuration`, where, 'import-id-org', id);
    if (seen.has(id)) return refuse(`${where}id "${id}" appears twice`, where, 'import-id-twice', id);
    seen.add(id);
    configs.push(checked.config);
  });
  return problems.length ? refused() : { ok: true, configs };
}
