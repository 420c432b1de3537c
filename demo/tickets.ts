// The demo helpdesks' content, and what an adapter should read from each demo ticket. The page scripts render
// from this data; e2e tests compare adapter output against DEMO_TICKETS. Pure data: no DOM, nothing at import.

export type DemoRole = 'customer' | 'agent' | 'bot' | 'note' | 'system';

export interface DemoMessage {
  id: string;
  author: string;
  email?: string;
  role: DemoRole;
  /** ISO 8601 */
  at: string;
  /** Trusted demo markup (written here, not user input). */
  html: string;
}

export interface DemoTicket {
  id: string;
  subject: string;
  status: string;
  priority: string;
  type?: string;
  tags: string[];
  requester: { name: string; email: string; phone?: string; company?: string };
  assignee: string;
  messages: DemoMessage[];
}

export const zendeskTickets: DemoTicket[] = [
  {
    id: '1042',
    subject: 'Charged twice for my March invoice',
    status: 'Open',
    priority: 'High',
    type: 'Problem',
    tags: ['billing', 'double_charge', 'refund'],
    requester: { name: 'Maria Gonzalez', email: 'maria.gonzalez@example.com', company: 'Gonzalez Design Studio' },
    assignee: 'Sam Patel',
    messages: [
      {
        id: '5001',
        author: 'Maria Gonzalez',
        email: 'maria.gonzalez@example.com',
        role: 'customer',
        at: '2026-03-03T09:12:00.000Z',
        html:
          '<p>Hi,</p><p>I was charged <strong>twice</strong> for my March invoice (INV-2026-0312): $49.00 on March 1st and again on March 2nd.<br>This is the second time this happens and I want the duplicate refunded today.</p>' +
          '<ul><li>Card ending 4242</li><li>Plan: Team, monthly</li></ul><p>Maria</p>' +
          '<div class="gmail_quote">On Sun, Mar 1, 2026 at 8:00 AM Billing &lt;billing@tandem.example&gt; wrote:<blockquote>Your invoice INV-2026-0312 is ready.</blockquote></div>',
      },
      {
        id: '5002',
        author: 'Answer Bot',
        role: 'bot',
        at: '2026-03-03T09:12:30.000Z',
        html: '<p>While you wait, these articles might help: <a href="#">Why was I charged twice?</a></p>',
      },
      {
        id: '5003',
        author: 'Sam Patel',
        role: 'agent',
        at: '2026-03-03T10:05:00.000Z',
        html: "<p>Hi Maria,</p><p>Sorry about this — I can see two charges of $49.00 on your card. I've asked our billing team to check the second one and will update you as soon as I hear back.</p><p>Sam</p>",
      },
      {
        id: '5004',
        author: 'Sam Patel',
        role: 'note',
        at: '2026-03-03T10:07:00.000Z',
        html: '<p>Stripe shows charge ch_3Px2 captured twice (retry bug BILL-812). Refund the second one; do not promise a credit.</p>',
      },
      {
        id: '5005',
        author: 'Maria Gonzalez',
        email: 'maria.gonzalez@example.com',
        role: 'customer',
        at: '2026-03-04T07:40:00.000Z',
        html: "<p>It's been a day and still nothing. This is really frustrating. If this isn't fixed today I'll cancel my subscription and dispute the charge with my bank.</p>",
      },
    ],
  },
  {
    id: '1038',
    subject: 'CSV export times out for large reports',
    status: 'Pending',
    priority: 'Normal',
    type: 'Incident',
    tags: ['export', 'reports'],
    requester: { name: 'Tom Becker', email: 'tom.becker@example.de', company: 'Becker Logistik' },
    assignee: 'Sam Patel',
    messages: [
      {
        id: '4901',
        author: 'Tom Becker',
        email: 'tom.becker@example.de',
        role: 'customer',
        at: '2026-03-01T08:00:00.000Z',
        html: '<p>Exporting the yearly report to CSV spins forever and then fails with "Gateway timeout".</p>',
      },
      {
        id: '4902',
        author: 'Sam Patel',
        role: 'agent',
        at: '2026-03-01T09:30:00.000Z',
        html: '<p>Hi Tom, thanks for the report. Could you tell me roughly how many rows the report has?</p>',
      },
      {
        id: '4903',
        author: 'Sam Patel',
        role: 'note',
        at: '2026-03-01T09:31:00.000Z',
        html: '<p>Known issue EXP-77: exports over 100k rows time out. Workaround: split by quarter.</p>',
      },
    ],
  },
  {
    id: '1045',
    subject: 'How do I add a second admin?',
    status: 'New',
    priority: 'Low',
    type: 'Question',
    tags: ['admin', 'permissions'],
    requester: { name: 'Yuki Sato', email: 'yuki.sato@example.jp' },
    assignee: 'Sam Patel',
    messages: [
      {
        id: '5101',
        author: 'Yuki Sato',
        email: 'yuki.sato@example.jp',
        role: 'customer',
        at: '2026-03-04T11:00:00.000Z',
        html: '<p>Hello! How can I give my colleague admin rights too? Thanks 🙏</p>',
      },
    ],
  },
];

export const intercomConversations: DemoTicket[] = [
  {
    id: '215',
    subject: "Can't log in — 2FA codes never arrive",
    status: 'open',
    priority: 'priority',
    tags: ['2fa', 'login'],
    requester: { name: 'Aiko Tanaka', email: 'aiko.tanaka@example.jp', company: 'Tanaka & Co.' },
    assignee: 'Lena Fischer',
    messages: [
      {
        id: 'p1',
        author: 'Aiko Tanaka',
        email: 'aiko.tanaka@example.jp',
        role: 'customer',
        at: '2026-04-14T06:58:00.000Z',
        html: "<p>Hello, I can't log in since yesterday. The 2FA code by SMS never arrives 😟</p><p>I have a client demo at 3pm — I'm really worried, please help!!</p>",
      },
      {
        id: 'p2',
        author: 'Fin',
        role: 'bot',
        at: '2026-04-14T06:58:20.000Z',
        html: '<p>I can help with that. Have you tried the backup codes you saved when you turned on two-factor authentication?</p>',
      },
      {
        id: 'p3',
        author: 'Aiko Tanaka',
        email: 'aiko.tanaka@example.jp',
        role: 'customer',
        at: '2026-04-14T06:59:10.000Z',
        html: '<p>I don\'t have backup codes. My phone number is +81 90-1234-5678<br>and the account is aiko.tanaka@example.jp</p>',
      },
      {
        id: 'p4',
        author: 'Lena Fischer',
        role: 'agent',
        at: '2026-04-14T07:05:00.000Z',
        html: "<p>Hi Aiko, sorry for the trouble! I'm checking the SMS delivery logs for your number now.</p>",
      },
      {
        id: 'p5',
        author: 'Lena Fischer',
        role: 'note',
        at: '2026-04-14T07:09:00.000Z',
        html: '<p>Twilio shows <b>undelivered (30008)</b> for +81 numbers since the 13th. Escalated to #eng-auth. Identity check needed before any 2FA reset.</p>',
      },
      {
        id: 'p6',
        author: 'Aiko Tanaka',
        email: 'aiko.tanaka@example.jp',
        role: 'customer',
        at: '2026-04-14T07:31:00.000Z',
        html: "<p>Any news? It's urgent, the demo starts in a few hours.</p>",
      },
    ],
  },
  {
    id: '216',
    subject: 'Invite link expired',
    status: 'open',
    priority: 'not priority',
    tags: ['onboarding'],
    requester: { name: 'Lucas Martin', email: 'lucas.martin@example.fr' },
    assignee: 'Lena Fischer',
    messages: [
      {
        id: 'q1',
        author: 'Lucas Martin',
        email: 'lucas.martin@example.fr',
        role: 'customer',
        at: '2026-04-14T08:10:00.000Z',
        html: '<p>Bonjour, the invite link my manager sent says it has expired. Can you send a new one?</p>',
      },
      {
        id: 'q2',
        author: 'Lena Fischer',
        role: 'agent',
        at: '2026-04-14T08:20:00.000Z',
        html: '<p>Hi Lucas! Invite links last 7 days; your manager can resend it from Settings → Team.</p>',
      },
    ],
  },
];

export const freshdeskTickets: DemoTicket[] = [
  {
    id: '388',
    subject: 'Order #TD-55120 still not delivered after 12 days',
    status: 'Open',
    priority: 'Medium',
    type: 'Problem',
    tags: ['shipping', 'delay', 'DPD'],
    requester: { name: 'Chloé Dubois', email: 'chloe.dubois@example.fr', phone: '+33 6 12 34 56 78' },
    assignee: 'Rahul Mehta',
    messages: [
      {
        id: 'd-388',
        author: 'Chloé Dubois',
        email: 'chloe.dubois@example.fr',
        role: 'customer',
        at: '2026-05-02T12:20:00.000Z',
        html:
          '<div>Hello,</div><div>I ordered a standing desk on April 20 (order <b>#TD-55120</b>) with express shipping. Tracking hasn\'t moved since April 24.</div>' +
          "<div>I paid €39 for express shipping — I'm worried the parcel is lost.</div>",
      },
      {
        id: 'c-1',
        author: 'Freshdesk',
        role: 'system',
        at: '2026-05-02T12:20:05.000Z',
        html: '<p>We have received your request (#388). An agent will reply shortly.</p>',
      },
      {
        id: 'c-2',
        author: 'Rahul Mehta',
        role: 'agent',
        at: '2026-05-03T07:00:00.000Z',
        html: "<p>Hi Chloé,</p><p>Thanks for the order number. I've opened an investigation with DPD; they usually answer within 48 hours.</p><p>Best,<br>Rahul</p>",
      },
      {
        id: 'c-3',
        author: 'Rahul Mehta',
        role: 'note',
        at: '2026-05-03T07:05:00.000Z',
        html: '<p>DPD depot in Lyon flooded on 4/24 — parcels delayed. If not found by 5/8, reship and refund the express shipping.</p>',
      },
      {
        id: 'c-4',
        author: 'Chloé Dubois',
        email: 'chloe.dubois@example.fr',
        role: 'customer',
        at: '2026-05-06T16:45:00.000Z',
        html:
          '<p>Still nothing. This is unacceptable, I need the desk for my new job on Monday.</p>' +
          '<div class="freshdesk_quote"><blockquote class="freshdesk_quote">On Sun, 3 May 2026 at 09:00, Rahul Mehta &lt;support@tandem-demo.freshdesk.com&gt; wrote: Hi Chloé, Thanks for the order number.</blockquote></div>',
      },
    ],
  },
  {
    id: '389',
    subject: 'Can I change my delivery address?',
    status: 'Pending',
    priority: 'Low',
    type: 'Question',
    tags: ['address'],
    requester: { name: 'Jonas Berg', email: 'jonas.berg@example.se' },
    assignee: 'Rahul Mehta',
    messages: [
      {
        id: 'd-389',
        author: 'Jonas Berg',
        email: 'jonas.berg@example.se',
        role: 'customer',
        at: '2026-05-05T09:00:00.000Z',
        html: "<p>Hi, I'm moving next week. Can I still change the delivery address for order TD-55188?</p>",
      },
    ],
  },
];

export const legacyTickets: DemoTicket[] = [
  {
    id: '77',
    subject: 'Refund for damaged headphones',
    status: 'Pending',
    priority: 'Urgent',
    type: 'Refund',
    tags: ['refund', 'damaged'],
    requester: { name: 'Priya Sharma', email: 'priya.sharma@example.in', phone: '+91 98765 43210' },
    assignee: 'Marco Rossi',
    messages: [
      {
        id: 'n1',
        author: 'Priya Sharma',
        email: 'priya.sharma@example.in',
        role: 'customer',
        at: '2026-06-01T08:30:00.000Z',
        html:
          'Hi,<br>the headphones I received (order 8812) have a cracked headband.<br>I want a full refund, not a replacement. I am very disappointed.<br><br>' +
          '-----Original Message-----<br>From: orders@shop.example<br>Your order has shipped.',
      },
      {
        id: 'n2',
        author: 'Marco Rossi',
        role: 'agent',
        at: '2026-06-01T11:00:00.000Z',
        html: "<p>Hi Priya, I'm sorry the headphones arrived damaged. Could you send a photo of the crack?</p>",
      },
      {
        id: 'n3',
        author: 'Marco Rossi',
        role: 'note',
        at: '2026-06-01T11:02:00.000Z',
        html: "Orders over 30 days old need a manager's OK for a refund. This one is 12 days old — OK to refund.",
      },
      {
        id: 'n4',
        author: 'Priya Sharma',
        email: 'priya.sharma@example.in',
        role: 'customer',
        at: '2026-06-02T07:15:00.000Z',
        html: 'Photo attached. Please hurry, this was a birthday gift.',
      },
    ],
  },
];

// ------------------------------------------------------------------------------------------ expectations

export type DemoHelpdesk = 'zendesk' | 'intercom' | 'freshdesk';

export interface DemoTicketExpectation {
  helpdesk: DemoHelpdesk;
  /** Demo page (file in demo/dist) that serves it. */
  page: 'zendesk.html' | 'intercom.html' | 'freshdesk.html' | 'freshdesk-legacy.html';
  url: string;
  ticketId: string;
  subject: string;
  requester: { name: string; email: string };
  status: string;
  priority: string;
  tags: string[];
  messageCount: number;
  internalCount: number;
  /** Adapter roles, oldest first (internal notes are 'agent'). */
  roles: ('customer' | 'agent' | 'bot' | 'system')[];
  /** The reply editor the page mounts. */
  editor: 'ckeditor5' | 'prosemirror' | 'froala' | 'textarea';
}

const adapterRole = (r: DemoRole) => (r === 'note' ? 'agent' : r);

function expectation(
  helpdesk: DemoHelpdesk,
  page: DemoTicketExpectation['page'],
  url: string,
  t: DemoTicket,
  editor: DemoTicketExpectation['editor'],
): DemoTicketExpectation {
  return {
    helpdesk,
    page,
    url,
    ticketId: t.id,
    subject: t.subject,
    requester: { name: t.requester.name, email: t.requester.email },
    status: t.status,
    priority: t.priority,
    tags: t.tags,
    messageCount: t.messages.length,
    internalCount: t.messages.filter((m) => m.role === 'note').length,
    roles: t.messages.map((m) => adapterRole(m.role)),
    editor,
  };
}

export const DEMO_ORIGINS = {
  zendesk: 'https://tandem-demo.zendesk.com',
  intercom: 'https://app.intercom.com',
  freshdesk: 'https://tandem-demo.freshdesk.com',
} as const;

export const zendeskTicketUrl = (id: string) => `${DEMO_ORIGINS.zendesk}/agent/tickets/${id}`;
export const intercomConversationUrl = (id: string) => `${DEMO_ORIGINS.intercom}/a/inbox/tandemdemo/inbox/conversation/${id}`;
export const freshdeskTicketUrl = (id: string) => `${DEMO_ORIGINS.freshdesk}/a/tickets/${id}`;
export const legacyTicketUrl = (id: string) => `${DEMO_ORIGINS.freshdesk}/helpdesk/tickets/${id}`;

/** Every demo ticket at its real-looking URL, with what an adapter must read there. The first of each page
 *  is the ticket the page opens on. */
export const DEMO_TICKETS: DemoTicketExpectation[] = [
  ...zendeskTickets.map((t) => expectation('zendesk', 'zendesk.html', zendeskTicketUrl(t.id), t, 'ckeditor5')),
  ...intercomConversations.map((t) => expectation('intercom', 'intercom.html', intercomConversationUrl(t.id), t, 'prosemirror')),
  ...freshdeskTickets.map((t) => expectation('freshdesk', 'freshdesk.html', freshdeskTicketUrl(t.id), t, 'froala')),
  ...legacyTickets.map((t) => expectation('freshdesk', 'freshdesk-legacy.html', legacyTicketUrl(t.id), t, 'textarea')),
];
