import { describe, expect, it } from 'vitest';
import { firstName, lastCustomerMessage } from '../../../lib/greeting';

describe('greeting', () => {
  it('takes the first name, and nothing when the name is missing or an e-mail address', () => {
    expect(firstName({ requester: { name: 'Maria Lopez' } })).toBe('Maria');
    expect(firstName({ requester: { name: 'maria@example.com' } })).toBeUndefined();
    expect(firstName({ requester: {} })).toBeUndefined();
  });
  it('finds the last customer message, skipping internal notes and agents', () => {
    const last = lastCustomerMessage({
      helpdesk: 'x', ticketId: '1', url: '', subject: '', tags: [], requester: {},
      messages: [
        { author: { role: 'customer' }, text: 'first' },
        { author: { role: 'customer' }, text: 'second' },
        { author: { role: 'agent' }, text: 'reply' },
        { author: { role: 'customer' }, text: 'note', internal: true },
      ],
    });
    expect(last?.text).toBe('second');
  });
});
