// Serves the demo helpdesk pages at real-looking helpdesk URLs inside a Playwright browser context, so the
// extension's content-script match patterns run exactly as they do on Zendesk, Intercom and Freshdesk.
// Anything else on those hosts (APIs, analytics) gets an empty 204: the demo never reaches the network.
import { existsSync } from 'node:fs';
import { demoFileFor } from '../demo/routes.mjs';

export const DEMO_HOST_PATTERNS = [
  'https://*.zendesk.com/**',
  'https://app.intercom.com/**',
  'https://*.freshdesk.com/**',
];

export async function routeDemoHelpdesks(context) {
  for (const pattern of DEMO_HOST_PATTERNS) {
    await context.route(pattern, async (route) => {
      const file = demoFileFor(route.request().url());
      if (file && existsSync(file)) await route.fulfill({ path: file });
      else await route.fulfill({ status: 204, body: '' });
    });
  }
}
