// UI text goes through the extension's i18n (_locales). `t` falls back to the key's English text in unit tests,
// where there is no extension runtime.
import { browser } from 'wxt/browser';
import en from '../public/_locales/en/messages.json';

type Key = keyof typeof en;

export function t(key: Key, ...substitutions: string[]): string {
  const i18n = browser?.i18n;
  const localized = i18n?.getMessage?.(key, substitutions);
  if (localized) return localized;
  // One pass over the English text, as Chrome's getMessage does: a substitution that itself contains "$2" is
  // left as written, not filled by the next one.
  return en[key].message.replace(/\$([1-9])/g, (whole, n: string) => substitutions[Number(n) - 1] ?? whole);
}
