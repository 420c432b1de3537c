// What the demo company's own systems know about the demo tickets' customers (demo/tickets.ts): their orders, accounts,
// recent API errors and the service status. Consistent with the tickets and their internal notes, so working a demo
// ticket with the tools tells the story the notes tell (the duplicate charge BILL-812, the export timeouts EXP-77, the
// undelivered +81 SMS codes, the flooded DPD depot in Lyon). Pure data.

export interface DemoOrder {
  order_id: string;
  customer: { name: string; email: string; phone?: string };
  placed_at: string;
  status: string;
  items: { sku: string; name: string; qty: number; price: string }[];
  total: string;
  [key: string]: unknown;
}

export const DEMO_ORDERS: DemoOrder[] = [
  {
    order_id: 'TD-55120',
    customer: { name: 'Chloé Dubois', email: 'chloe.dubois@example.fr', phone: '+33 6 12 34 56 78' },
    placed_at: '2026-04-20',
    status: 'in transit: held at carrier depot',
    items: [{ sku: 'DESK-STAND-140', name: 'Standing desk 140 × 70 cm, oak', qty: 1, price: '449.00 EUR' }],
    total: '488.00 EUR',
    shipping: {
      method: 'express (2-3 days)',
      paid: '39.00 EUR',
      carrier: 'DPD',
      tracking: '09345521774',
      address: '14 rue des Lilas, 69003 Lyon, France',
      events: [
        { at: '2026-04-21T16:05:00Z', where: 'Paris hub', event: 'Parcel handed to DPD' },
        { at: '2026-04-24T06:40:00Z', where: 'Lyon depot', event: 'Arrived at depot' },
      ],
      carrier_notice: 'Lyon depot closed after flooding on 2026-04-24; parcels are being re-sorted.',
    },
    refundable: { express_shipping: true, reason: 'express delivery promise missed' },
  },
  {
    order_id: 'TD-55188',
    customer: { name: 'Jonas Berg', email: 'jonas.berg@example.se' },
    placed_at: '2026-05-03',
    status: 'processing: not shipped yet',
    items: [{ sku: 'CHAIR-ERGO-2', name: 'Ergonomic chair, graphite', qty: 1, price: '329.00 EUR' }],
    total: '329.00 EUR',
    shipping: {
      method: 'standard (4-6 days)',
      carrier: 'PostNord',
      address: 'Storgatan 12, 114 51 Stockholm, Sweden',
      label_created: false,
      ships_by: '2026-05-08',
    },
    address_change: 'possible until the shipping label is created',
  },
  {
    order_id: '8812',
    customer: { name: 'Priya Sharma', email: 'priya.sharma@example.in', phone: '+91 98765 43210' },
    placed_at: '2026-05-20',
    status: 'delivered on 2026-05-23',
    items: [{ sku: 'HP-NC-700', name: 'Noise-cancelling headphones NC700, black', qty: 1, price: '7,499.00 INR' }],
    total: '7,499.00 INR',
    shipping: { method: 'standard', carrier: 'Blue Dart', delivered_at: '2026-05-23T11:20:00Z' },
    returns: { window_days: 30, eligible_until: '2026-06-19', damage_claims: 'full refund or replacement, photo required' },
  },
  {
    // Maria's March invoice: the billing system files invoices as orders, so an agent can look it up the same way.
    order_id: 'INV-2026-0312',
    customer: { name: 'Maria Gonzalez', email: 'maria.gonzalez@example.com' },
    placed_at: '2026-03-01',
    status: 'paid twice: duplicate charge, refund not issued yet',
    items: [{ sku: 'PLAN-TEAM-M', name: 'Team plan, monthly (March 2026)', qty: 1, price: '49.00 USD' }],
    total: '49.00 USD',
    charges: [
      { id: 'ch_3Px2a', at: '2026-03-01T08:00:04Z', amount: '49.00 USD', card: 'ending 4242', status: 'captured' },
      { id: 'ch_3Px2b', at: '2026-03-02T08:00:09Z', amount: '49.00 USD', card: 'ending 4242', status: 'captured', note: 'automatic retry (bug BILL-812)' },
    ],
    refunds: [],
  },
];

export interface DemoAccount {
  email: string;
  name: string;
  company?: string;
  plan: string;
  status: string;
  [key: string]: unknown;
}

export const DEMO_ACCOUNTS: DemoAccount[] = [
  {
    email: 'maria.gonzalez@example.com',
    name: 'Maria Gonzalez',
    company: 'Gonzalez Design Studio',
    plan: 'Team (monthly, 49.00 USD)',
    status: 'active',
    customer_since: '2024-09-12',
    seats: { used: 4, of: 5 },
    billing: { card: 'ending 4242', next_invoice: '2026-04-01', open_disputes: 0, charges_in_march: 2 },
    previous_duplicate_charge: '2026-01-02 (refunded 2026-01-03)',
  },
  {
    email: 'tom.becker@example.de',
    name: 'Tom Becker',
    company: 'Becker Logistik',
    plan: 'Business (yearly)',
    status: 'active',
    seats: { used: 18, of: 25 },
    reports: { largest_report_rows: 240_000, exports_last_7_days: 9, failed_exports_last_7_days: 6 },
  },
  {
    email: 'yuki.sato@example.jp',
    name: 'Yuki Sato',
    plan: 'Starter (monthly)',
    status: 'active',
    seats: { used: 2, of: 3 },
    admins: { count: 1, allowed_on_plan: 3, who: ['Yuki Sato (owner)'] },
  },
  {
    email: 'aiko.tanaka@example.jp',
    name: 'Aiko Tanaka',
    company: 'Tanaka & Co.',
    plan: 'Pro (monthly)',
    status: 'active, locked out',
    login: { last_success: '2026-04-13T08:02:00Z', failed_2fa_attempts_24h: 7, two_factor: 'sms', phone: '+81 90-1234-5678', backup_codes: 'never generated' },
    identity_check: 'required before any 2FA reset',
  },
  {
    email: 'lucas.martin@example.fr',
    name: 'Lucas Martin',
    plan: 'Team (member of Martin Conseil)',
    status: 'invited, not joined',
    invite: { sent: '2026-04-03', expired: '2026-04-10', invited_by: 'manager (workspace admin)', resend: 'Settings → Team → Resend invite' },
  },
  {
    email: 'chloe.dubois@example.fr',
    name: 'Chloé Dubois',
    plan: 'Shop customer',
    status: 'active',
    phone: '+33 6 12 34 56 78',
    orders: ['TD-55120'],
    lifetime_value: '488.00 EUR',
  },
  {
    email: 'jonas.berg@example.se',
    name: 'Jonas Berg',
    plan: 'Shop customer',
    status: 'active',
    orders: ['TD-55188'],
  },
  {
    email: 'priya.sharma@example.in',
    name: 'Priya Sharma',
    plan: 'Shop customer',
    status: 'active',
    phone: '+91 98765 43210',
    orders: ['8812'],
    open_returns: 0,
  },
];

/** Recent errors of the customer's API calls and integrations, by e-mail; anyone else has none. */
export const DEMO_API_ERRORS: Record<string, { window: string; requests: number; error_rate: string; errors: { at: string; status: number; endpoint: string; count: number; detail: string }[] }> = {
  'tom.becker@example.de': {
    window: 'last 7 days',
    requests: 1_240,
    error_rate: '0.5%',
    errors: [
      { at: '2026-03-01T07:58:12Z', status: 504, endpoint: 'POST /v1/reports/export?format=csv', count: 6, detail: 'Gateway timeout after 60 s (report of 240,000 rows)' },
    ],
  },
  'aiko.tanaka@example.jp': {
    window: 'last 7 days',
    requests: 64,
    error_rate: '21.9%',
    errors: [
      { at: '2026-04-14T06:57:40Z', status: 502, endpoint: 'POST /v1/auth/2fa/sms', count: 14, detail: 'SMS provider: undelivered (30008) to +81 90-1234-5678' },
    ],
  },
  'maria.gonzalez@example.com': {
    window: 'last 7 days',
    requests: 12,
    error_rate: '8.3%',
    errors: [
      { at: '2026-03-02T08:00:09Z', status: 409, endpoint: 'webhook invoice.payment_succeeded', count: 1, detail: 'Sent twice for INV-2026-0312 (retry bug BILL-812)' },
    ],
  },
};

export const DEMO_SERVICE_STATUS = {
  overall: 'partial degradation',
  updated_at: '2026-05-06T16:00:00Z',
  components: [
    { name: 'Web app', status: 'operational' },
    { name: 'API', status: 'operational' },
    { name: 'Report exports', status: 'degraded', incident: 'EXP-77: CSV exports over 100,000 rows time out. Workaround: export by quarter.' },
    { name: 'SMS two-factor codes', status: 'degraded', incident: 'Codes to +81 (Japan) numbers undelivered since 2026-04-13 (carrier error 30008). Authenticator apps work.' },
    { name: 'Billing', status: 'operational', note: 'BILL-812 (duplicate charge on payment retry) fixed 2026-03-04; affected customers are refunded on request.' },
    { name: 'Shipping (DPD France)', status: 'delayed', incident: 'Lyon depot flooded on 2026-04-24; parcels there delayed by 1-2 weeks.' },
  ],
};
