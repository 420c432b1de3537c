// The content script's check of the configs the background hands it (received.ts): every config the full validator
// accepts passes it unchanged, and what would make the content script misbehave is skipped, as the validator skips it.
import { describe, expect, it } from 'vitest';
import { receivedConfig } from './received';
import { validateCustomHelpdesk } from './validate';
import { pickAdapterWith } from '../../adapters/index';

const good = {
  id: 'acme',
  name: 'Acme desk',
  urlPatterns: ['https://support.acme.test/tickets/*'],
  selectors: { subject: 'h1.subject', message: '.msg', messageBody: '.body', editor: 'hh-app >>> textarea', tags: '.tag' },
};
const valid = (x: unknown) => {
  const c = validateCustomHelpdesk(x);
  return c.ok ? c.config : null;
};
const variant = (patch: Record<string, unknown>, selectors: Record<string, unknown> = {}) => ({ ...good, ...patch, selectors: { ...good.selectors, ...selectors } });

describe('receivedConfig', () => {
  it('takes what the validator hands over, unchanged', () => {
    const config = valid({ ...good, internalPhrases: ['Comments added'], layer: 'override' })!;
    expect(receivedConfig(config, document)).toBe(config);
    expect(receivedConfig(valid(good), document)).toEqual(valid(good));
  });

  it.each([
    ['not an object', null],
    ['a list', [good]],
    ['no id', variant({ id: undefined })],
    ["a built-in's id", variant({ id: 'Zendesk' })],
    ['no patterns', variant({ urlPatterns: [] })],
    ['patterns not a list', variant({ urlPatterns: 'https://x.test/*' })],
    ['phrases not strings', variant({ internalPhrases: [3] })],
    ['no selectors', { ...good, selectors: undefined }],
    ['a required selector missing', variant({}, { editor: undefined })],
    ['a required selector blank', variant({}, { subject: '  ' })],
    ['a selector not a string', variant({}, { tags: { x: 1 } })],
    ['an optional selector blank', variant({}, { status: ' ' })],
    ['a selector the browser refuses', variant({}, { message: '.msg[' })],
    ['a part after >>> the browser refuses', variant({}, { editor: 'hh-app >>> :::' })],
    ['nothing after >>>', variant({}, { editor: 'hh-app >>>' })],
    ['a selector too long', variant({}, { tags: `.${'a'.repeat(1000)}` })],
  ])('skips a config with %s, as the validator does', (_what, config) => {
    expect(receivedConfig(config, document)).toBeNull();
    expect(valid(config)).toBeNull();
  });

  it("an optional selector left '' is absent, for both", () => {
    const config = variant({}, { status: '' });
    expect(receivedConfig(config, document)).not.toBeNull();
    expect(valid(config)).not.toBeNull();
  });

  it('the content script picker skips a config it refuses and falls back to the built-ins', () => {
    document.body.innerHTML = '<h1 class="subject">Hi</h1>';
    const url = 'https://support.acme.test/tickets/12';
    const check = (raw: unknown) => receivedConfig(raw, document);
    expect(pickAdapterWith(url, document, [good as never], check)?.id).toBe('acme');
    expect(pickAdapterWith(url, document, [variant({}, { message: '.msg[' }) as never], check)).toBeNull();
  });
});
