// The panel shows the AI's alerts beside the local ones, each marked "AI", evidence as text (issue 15).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AlertBanner } from '../../../components/alerts/AlertBanner';
import type { Alert } from '../../../lib/sentiment';
import { mount, type Mounted } from '../hardening/render';

let mounted: Mounted | undefined;
afterEach(() => mounted?.unmount());
// The label text comes from the browser's i18n: the message name stands in for it here.
beforeEach(() => {
  vi.spyOn(chrome.i18n, 'getMessage').mockImplementation((name: string) => name);
});

const local: Alert = { kind: 'urgency', severity: 'warning', messageIndex: 0, evidence: 'Our dashboard is down.' };
const ai: Alert = { kind: 'churn_risk', severity: 'warning', messageIndex: 2, evidence: 'We will move our seats to <b>Acme</b>.' };

describe('AlertBanner with the AI second opinion', () => {
  it('lists local alerts unmarked and AI alerts marked "AI", with their evidence as text', async () => {
    mounted = await mount(<AlertBanner alerts={[local]} aiAlerts={[ai]} onDismiss={() => {}} />);
    const items = [...mounted.container.querySelectorAll('li[data-kind]')];
    expect(items.map((li) => [li.getAttribute('data-kind'), li.getAttribute('data-source')])).toEqual([['urgency', 'local'], ['churn_risk', 'ai']]);
    expect(items[0]!.querySelector('[data-testid="alert-ai"]')).toBeNull();
    expect(items[1]!.querySelector('[data-testid="alert-ai"]')?.textContent).toBeTruthy();
    // Untrusted text: rendered as text, never as markup.
    expect(items[1]!.querySelector('.evidence')?.textContent).toBe('We will move our seats to <b>Acme</b>.');
    expect(items[1]!.querySelector('b')).toBeNull();
  });

  it('shows the banner for AI alerts alone (the local detector found nothing)', async () => {
    mounted = await mount(<AlertBanner alerts={[]} aiAlerts={[ai]} onDismiss={() => {}} />);
    expect(mounted.container.querySelector('[data-testid="alert-banner"]')).not.toBeNull();
  });

  it('without AI alerts (offline or off) the local alerts stand alone', async () => {
    mounted = await mount(<AlertBanner alerts={[local]} onDismiss={() => {}} />);
    expect(mounted.container.querySelectorAll('[data-source="ai"]')).toHaveLength(0);
    expect(mounted.container.querySelectorAll('[data-source="local"]')).toHaveLength(1);
  });

  it('shows the words that weighed most for an alert the learned model raised alone, as text', async () => {
    const model: Alert = { kind: 'churn_risk', severity: 'warning', messageIndex: 1, evidence: 'We are moving to <i>Acme</i>.', source: 'model', words: ['moving', '<i>Acme</i>'] };
    vi.spyOn(chrome.i18n, 'getMessage').mockImplementation(((name: string, subs?: string | string[]) => [name, ...[subs ?? []].flat()].join(' ')) as typeof chrome.i18n.getMessage);
    mounted = await mount(<AlertBanner alerts={[local, model]} onDismiss={() => {}} />);
    const items = [...mounted.container.querySelectorAll('li[data-kind]')];
    expect(items[0]!.querySelector('[data-testid="alert-model-words"]')).toBeNull();
    const words = items[1]!.querySelector('[data-testid="alert-model-words"]');
    expect(words?.textContent).toBe('alertByModelWords moving, <i>Acme</i>');
    expect(items[1]!.querySelector('i')).toBeNull();
  });
});
