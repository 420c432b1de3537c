// Where the content script runs and what host access the manifest asks for. Kept apart from the adapters so
// the manifest (built in Node) does not import DOM code. Each helpdesk's agent UI lives under these paths.
export const HELPDESK_MATCHES = [
  'https://*.zendesk.com/*',
  'https://app.intercom.com/*',
  'https://app.eu.intercom.com/*',
  'https://app.au.intercom.com/*',
  'https://*.freshdesk.com/*',
];

// Each built-in helpdesk's own content script (entrypoints/<helpdesk>.content) runs on its hosts alone.
export const ZENDESK_MATCHES = HELPDESK_MATCHES.filter((p) => p.includes('.zendesk.com/'));
export const INTERCOM_MATCHES = HELPDESK_MATCHES.filter((p) => p.includes('.intercom.com/'));
export const FRESHDESK_MATCHES = HELPDESK_MATCHES.filter((p) => p.includes('.freshdesk.com/'));
