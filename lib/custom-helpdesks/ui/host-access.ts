// Host access from the options page: which origins are not granted yet, and the browser's prompt for them.
import { browser } from 'wxt/browser';

const permissionsApi = () => browser.permissions;

/** Which of `origins` the browser has not granted (the manifest's own hosts count as granted). */
export async function notGranted(origins: string[]): Promise<string[]> {
  const api = permissionsApi();
  if (!api?.contains) return origins;
  const granted = await Promise.all(origins.map((origin) => api.contains({ origins: [origin] }).catch(() => false)));
  return origins.filter((_, i) => !granted[i]);
}

/** Ask for host access. Must be called straight from a click: the browser shows its prompt only in a user gesture. */
export function requestOrigins(origins: string[]): Promise<boolean> {
  const api = permissionsApi();
  if (!origins.length) return Promise.resolve(true);
  if (!api?.request) return Promise.resolve(false);
  return api.request({ origins });
}
