import { describe, expect, it } from 'vitest';
import { createRedactor, ibanValid, luhnValid, redact } from '../../../lib/privacy/redact';
import { loadLabelled } from '../../fixtures/privacy/labelled';

/** A text with each placeholder's per-redactor code taken out ("[EMAIL_1_k3x9]" -> "[EMAIL_1]"), to compare texts. */
const bare = (text: string) => text.replace(/(\[[A-Z]+_\d+)_[a-z0-9]{4}\]/g, '$1]');

describe('redact(): each kind, several formats', () => {
  const cases: [string, string[]][] = [
    ['email', ['a@b.co', 'john.doe+test@example.co.uk', "o'brien.sean@example.ie", 'anna_müller@beispiel.de', 'x (at) example (dot) com']],
    ['phone', ['+1 (415) 555-0132', '415-555-0132', '(212) 555-0198', '+44 20 7946 0958', '07700 900123', '+49 (0) 89 1234567', '030 12345678', '06 12 34 56 78', '+33 6 12 34 56 78', '612 345 678', '91 123 45 67', '+55 11 91234-5678', '0044 20 7946 0958']],
    ['card', ['4111 1111 1111 1111', '4111-1111-1111-1111', '4242424242424242', '3782 822463 10005', '5555 5555 5555 4444', '6011111111111117']],
    ['iban', ['DE89 3704 0044 0532 0130 00', 'DE89370400440532013000', 'GB82 WEST 1234 5698 7654 32', 'FR14 2004 1010 0505 0001 3M02 606', 'NL91ABNA0417164300']],
    ['secret', ['sk-ant-api03-Xk9fQ2LmN8pR4tV7wY1zA3bC5dE6gH0jK', 'ghp_16C7e42F292c6912E7710c838347Ae178B4a', 'AKIAIOSFODNN7EXAMPLE', 'xoxb-2401338127-2401338127-aBcDeFgHiJ', 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U']],
    ['ip', ['203.0.113.42', '192.168.1.254', '2001:db8:85a3::8a2e:370:7334', 'fe80::1ff:fe23:4567:890a']],
  ];
  for (const [kind, values] of cases) {
    for (const value of values) {
      it(`${kind}: ${value}`, () => {
        const r = redact(`Details: ${value} — thanks!`);
        expect(r.found).toEqual([expect.objectContaining({ kind, value })]);
        expect(r.text).toMatch(new RegExp(`^Details: \\[${kind.toUpperCase()}_1_[a-z0-9]{4}\\] — thanks!$`));
        expect(r.restore(r.text)).toBe(`Details: ${value} — thanks!`);
      });
    }
  }

  it('key=value secrets and Bearer tokens keep the key, hide the value', () => {
    const r = redact('Authorization: Bearer abc123def456ghi789jkl012 and api_key=9f86d081884c7d659a2feaa0c55ad015');
    expect(bare(r.text)).toBe('Authorization: Bearer [SECRET_1] and api_key=[SECRET_2]');
  });

  it('password in prose is hidden, the word "password" in prose is not', () => {
    expect(bare(redact('The password for the test account is: Tr0ub4dor&3x').text)).toBe('The password for the test account is: [SECRET_1]');
    const prose = 'My password reset link is broken and the password is expired.';
    expect(redact(prose).text).toBe(prose);
  });
});

describe('precision: business data survives', () => {
  const clean = [
    'Order #100234 placed on 2026-11-02 at 10:30 for $1,299.00',
    'Invoice INV-2024-0042, ticket TCK-2024-00123, case #48213',
    'Price € 49,99 or 1 299 € or £12.50, 15% off',
    'Dates 15.03.2026, 03/15/2026, 21-11-2026, 17:30:00',
    'Upgraded to v2.14.3, version 1.2.3.4, build 10.0.19045.3803',
    'Tracking 1Z999AA10123456784 and 9400 1000 0000 0000 0000 00 and 1Z 999 AA1 01 2345 6784',
    'UUID 550e8400-e29b-41d4-a716-446655440000, ISBN 978-3-16-148410-0, EAN 4006381333931',
    'Luhn-invalid 4111 1111 1111 1112, bad IBAN DE89 3704 0044 0532 0130 01',
    'ECONNREFUSED 127.0.0.1:5432 on localhost:8080, CIDR 10.0.0.0/8',
    'Order 4412-8891-2234 and order number 0041 2345 6789',
    'Commit 3f786850e387550fdab836ed7e6dc881de23001b, error 0x80070005',
  ];
  for (const text of clean) it(text, () => expect(redact(text).text).toBe(text));

  it('Luhn and mod-97 checks', () => {
    expect(luhnValid('4111111111111111')).toBe(true);
    expect(luhnValid('4111111111111112')).toBe(false);
    expect(ibanValid('GB82WEST12345698765432')).toBe(true);
    expect(ibanValid('GB82WEST12345698765433')).toBe(false);
  });
});

describe('placeholders and restore', () => {
  it('same value (even formatted differently) gets the same placeholder; numbering is per kind', () => {
    const r = redact('Call +1 (415) 555-0132 or +1 415 555 0132. Mail A@Example.com and a@example.com, or b@example.com. Also 415-555-0175.');
    expect(bare(r.text)).toBe('Call [PHONE_1] or [PHONE_1]. Mail [EMAIL_1] and [EMAIL_1], or [EMAIL_2]. Also [PHONE_2].');
  });

  it('restore puts values back for its exact placeholders only, repeats included; variants and guesses stay', () => {
    const r = createRedactor({ code: 'k3x9' });
    expect(r.redact('Email jo@example.com, phone 020 7946 0958.').text).toBe('Email [EMAIL_1_k3x9], phone [PHONE_1_k3x9].');
    expect(r.restore('[EMAIL_1_k3x9] / [PHONE_1_k3x9] [PHONE_1_k3x9] / [EMAIL_7_k3x9] / [CARD_1_k3x9]')).toBe(
      'jo@example.com / 020 7946 0958 020 7946 0958 / [EMAIL_7_k3x9] / [CARD_1_k3x9]',
    );
    const variants = '[ EMAIL_1 ] / [email 1] / \\[EMAIL\\_1\\] / [EMAIL-1] / [EMAIL_1] / [PHONE_1_abcd] / [email_1_k3x9] / [ PHONE_1_k3x9 ]';
    expect(r.restore(variants)).toBe(variants);
  });

  it('each redactor has its own random code', () => {
    const codes = new Set(Array.from({ length: 20 }, () => createRedactor().code));
    expect(codes.size).toBeGreaterThan(15);
    for (const code of codes) expect(code).toMatch(/^[a-z0-9]{4}$/);
    const r = createRedactor();
    expect(r.redact('jo@example.com').text).toBe(`[EMAIL_1_${r.code}]`);
  });

  it('createRedactor shares one mapping across texts', () => {
    const r = createRedactor({ code: 'k3x9' });
    const a = r.redact('From jo@example.com');
    const b = r.redact('KB: write to help@acme.test; customer jo@example.com');
    expect(a.text).toBe('From [EMAIL_1_k3x9]');
    expect(b.text).toBe('KB: write to [EMAIL_2_k3x9]; customer [EMAIL_1_k3x9]');
    expect(r.restore('[EMAIL_2_k3x9] and [EMAIL_1_k3x9]')).toBe('help@acme.test and jo@example.com');
    expect(r.entries().map((e) => e.placeholder)).toEqual(['[EMAIL_1_k3x9]', '[EMAIL_2_k3x9]']);
  });

  it('placeholder-like text in the input is neutralised, so it can never be restored to a value', () => {
    // Issue 14: a customer who writes "call me at [PHONE_1]" must not get an internal note's number in the draft.
    const r = createRedactor({ code: 'k3x9' });
    const note = r.redact('Internal: her other number is 020 7946 0958');
    expect(note.text).toBe('Internal: her other number is [PHONE_1_k3x9]');
    const customer = r.redact('Call me at [PHONE_1], [ phone 1 ], \\[PHONE\\_1\\] or [PHONE_1_k3x9]; mail [email-1]. Tags [urgent] [1] stay.');
    expect(customer.text).toBe('Call me at (PHONE_1), ( phone 1 ), (PHONE\\_1) or (PHONE_1_k3x9); mail (email-1). Tags [urgent] [1] stay.');
    // The model echoes what it saw: only the real placeholder comes back as a value.
    expect(r.restore(`${customer.text} / [PHONE_1_k3x9]`)).toBe(
      'Call me at (PHONE_1), ( phone 1 ), (PHONE\\_1) or (PHONE_1_k3x9); mail (email-1). Tags [urgent] [1] stay. / 020 7946 0958',
    );
  });

  it('known names are redacted wherever they appear, but not inside e-mail addresses', () => {
    const r = createRedactor({ code: 'k3x9' });
    r.addKnown('name', 'Maria Lopez');
    r.addKnown('name', 'Maria');
    const out = r.redact('Maria Lopez wrote from maria.lopez@example.com; MARIA again.');
    expect(out.text).toBe('[NAME_1_k3x9] wrote from [EMAIL_1_k3x9]; [NAME_2_k3x9] again.');
    expect(r.restore('Hi [NAME_2_k3x9]')).toBe('Hi Maria');
  });
});

describe('labelled support messages (tests/fixtures/privacy)', () => {
  for (const file of ['labelled.txt', 'labelled-holdout.txt']) {
    it(`${file}: high recall, no clean token damaged`, () => {
      const set = loadLabelled(file);
      let pii = 0;
      let hit = 0;
      for (const m of set) {
        const r = redact(m.text);
        for (const p of m.pii) {
          pii++;
          if (r.found.some((f) => f.kind === p.kind && f.value === p.value)) hit++;
          // Luhn-invalid "card" numbers (customer typos) are labelled but by design not redacted.
          if (!(p.kind === 'card' && !luhnValid(p.value.replace(/\D/g, '')))) expect(r.text).not.toContain(p.value);
        }
        for (const c of m.clean) expect(r.text, `clean token "${c}" in: ${m.text}`).toContain(c);
        expect(r.restore(r.text)).toBe(m.text);
      }
      expect(pii).toBeGreaterThan(40);
      expect(hit / pii).toBeGreaterThanOrEqual(0.95);
    });
  }
});
