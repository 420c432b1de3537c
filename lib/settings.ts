// The agent's settings, as WXT storage items (not zustand persist). The API key is its own item in `local:` so
// it is never synced and can be read only by extension pages and the background — never by content scripts,
// which receive no settings at all.
import { storage } from 'wxt/utils/storage';

export interface Settings {
  /** Company gateway or proxy in front of the Messages API; empty: Anthropic's default endpoint. */
  baseUrl: string;
  model: string;
  maxTokens: number;
  /** Redact personal data before anything leaves the browser. */
  redact: boolean;
  agentName: string;
  brandVoice: string;
}

export const DEFAULT_SETTINGS: Settings = {
  baseUrl: '',
  model: 'claude-sonnet-4-5',
  maxTokens: 1024,
  redact: true,
  agentName: '',
  brandVoice: '',
};

export const settingsItem = storage.defineItem<Settings>('local:settings', { fallback: DEFAULT_SETTINGS });
export const apiKeyItem = storage.defineItem<string>('local:apiKey', { fallback: '' });

export async function loadSettings(): Promise<Settings> {
  return { ...DEFAULT_SETTINGS, ...(await settingsItem.getValue()) };
}
