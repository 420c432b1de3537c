// Which file in demo/dist answers a request for a real-looking helpdesk URL. One place for the e2e tests'
// `context.route` handler and the demo launcher. Pure: no file system access here.

/** Root-relative prefix of every bundled asset (scripts, styles, fonts): /__demo/zendesk.js -> dist/__demo/zendesk.js. */
export const DEMO_ASSET_PREFIX = '/__demo/';

/** Playwright route globs that cover every demo URL. */
export const DEMO_ROUTE_GLOBS = ['https://*.zendesk.com/**', 'https://app.intercom.com/**', 'https://*.freshdesk.com/**'];

/**
 * The demo/dist-relative file for a URL, or null when the demo has nothing there (the caller should then
 * answer 404 or abort: the demo never reaches the network).
 *   https://<x>.zendesk.com/agent/...            -> zendesk.html (every ticket: the page opens the one in the URL)
 *   https://app.intercom.com/a/inbox/...         -> intercom.html
 *   https://<x>.freshdesk.com/a/tickets/...      -> freshdesk.html
 *   https://<x>.freshdesk.com/helpdesk/tickets/… -> freshdesk-legacy.html
 *   any of these hosts + /__demo/<file>          -> __demo/<file>
 */
export function demoFileFor(url: string): string | null {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return null;
  }
  const host = u.hostname.toLowerCase();
  const path = u.pathname;
  const known = host.endsWith('.zendesk.com') || host === 'app.intercom.com' || host.endsWith('.freshdesk.com');
  if (!known) return null;
  if (path.startsWith(DEMO_ASSET_PREFIX)) {
    const rest = decodeURIComponent(path.slice(DEMO_ASSET_PREFIX.length));
    // Only plain file names below __demo/: nothing can climb out of dist.
    if (!rest || rest.split('/').some((seg) => seg === '..' || seg === '.' || seg === '') || rest.includes('\\')) return null;
    return `__demo/${rest}`;
  }
  if (host.endsWith('.zendesk.com') && /^\/agent(\/|$)/.test(path)) return 'zendesk.html';
  if (host === 'app.intercom.com' && /^\/a\/inbox(\/|$)/.test(path)) return 'intercom.html';
  if (host.endsWith('.freshdesk.com') && /^\/a\/tickets(\/|$)/.test(path)) return 'freshdesk.html';
  if (host.endsWith('.freshdesk.com') && /^\/helpdesk\/tickets(\/|$)/.test(path)) return 'freshdesk-legacy.html';
  return null;
}

const TYPES: Record<string, string> = {
  html: 'text/html; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  css: 'text/css; charset=utf-8',
  map: 'application/json',
  svg: 'image/svg+xml',
  png: 'image/png',
  woff: 'font/woff',
  woff2: 'font/woff2',
  ttf: 'font/ttf',
  eot: 'application/vnd.ms-fontobject',
  gif: 'image/gif',
};

export function contentTypeFor(file: string): string {
  const ext = /\.([a-z0-9]+)$/i.exec(file)?.[1]?.toLowerCase() ?? '';
  return TYPES[ext] ?? 'application/octet-stream';
}
