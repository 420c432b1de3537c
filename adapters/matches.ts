// Where the content script runs and what host access the manifest asks for. Kept apart from the adapters so
// the manifest (built in Node) does not import DOM code. Each helpdesk's agent UI lives under these paths.
export const HELPDESK_MATCHES = [
  'https://*.zendesk.com/*',
  'https://app.intercom.com/*',
  'https://app.eu.intercom.com/*',
  'https://app.au.intercom.com/*',
  'https://*.freshdesk.com/*',
];
