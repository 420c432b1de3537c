import type { TicketMessage, TicketSnapshot } from '../../../adapters/types';

export function ticket(messages: (Partial<TicketMessage> & { text: string })[]): TicketSnapshot {
  return {
    helpdesk: 'test', ticketId: 't1', url: 'https://example.test/t1', subject: 'Test', tags: [], requester: {},
    messages: messages.map((m) => ({ author: m.author ?? { role: 'customer' }, text: m.text, internal: m.internal })),
  };
}

export const customer = (text: string) => ({ author: { role: 'customer' as const }, text });
export const agent = (text: string) => ({ author: { role: 'agent' as const }, text });
