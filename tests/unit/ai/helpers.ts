import type { TicketSnapshot } from '../../../adapters/types';
import type { AiSettings, KbSnippet } from '../../../lib/ai/types';

export function ticket(overrides: Partial<TicketSnapshot> = {}): TicketSnapshot {
  return {
    helpdesk: 'zendesk',
    ticketId: '48213',
    url: 'https://acme.zendesk.com/agent/tickets/48213',
    subject: 'Refund for order #100234',
    status: 'open',
    priority: 'normal',
    tags: ['refund', 'billing'],
    requester: { name: 'Maria Lopez', email: 'maria.lopez@example.com' },
    messages: [
      {
        author: { name: 'Maria Lopez', email: 'maria.lopez@example.com', role: 'customer' },
        at: '2026-11-20T09:12:00Z',
        text: 'Hi, I returned order #100234 on 2026-11-02 but I still have not received my refund of $49.99. You can call me on +1 (415) 555-0132.',
      },
    ],
    ...overrides,
  };
}

export const settings: AiSettings = {
  apiKey: 'sk-ant-test-key',
  model: 'claude-sonnet-5-5',
  maxTokens: 800,
  redact: true,
  agentName: 'Tom Becker',
  brandVoice: 'Warm, concise, no jargon. Never say "unfortunately".',
};

export const snippets: KbSnippet[] = [
  { articleId: 'kb-refunds', title: 'Refund timelines', url: 'https://help.acme.test/refunds', passage: 'Refunds are issued within 5 business days after the return arrives at our warehouse.' },
  { articleId: 'kb-returns', title: 'How to return an item', passage: 'Print the prepaid label from your account and drop the parcel at any carrier point.' },
];
