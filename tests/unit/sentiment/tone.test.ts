import { describe, expect, it } from 'vitest';
import { alertLevel, suggestedApproach, toneCheck, type Alert } from '../../../lib/sentiment';
import { customer, ticket } from './helpers';

const upset = ticket([customer('This is ridiculous, it is still broken and I am fed up!!')]);
const calm = ticket([customer('Hi, where can I find my invoice?')]);

describe('toneCheck', () => {
  it('flags curt, defensive, blaming and risky phrasing with quoted evidence', () => {
    const reply = "As I said, that's not our fault. You should have read the docs. I guarantee it will never happen again.";
    const kinds = toneCheck(reply).issues.map((i) => i.kind);
    expect(kinds).toEqual(expect.arrayContaining(['curt', 'defensive', 'blaming', 'risky_promise']));
    for (const issue of toneCheck(reply).issues) {
      expect(reply).toContain(issue.evidence);
      expect(issue.suggestion.length).toBeGreaterThan(10);
    }
  });

  it('flags dates the agent may not keep', () => {
    expect(toneCheck('We will have it fixed by tomorrow.').issues.map((i) => i.kind)).toContain('risky_promise');
  });

  it('asks for acknowledgement only when the customer is upset', () => {
    const reply = 'Please clear your cache and try again, then send me a screenshot of the settings page.';
    expect(toneCheck(reply, upset).issues.map((i) => i.kind)).toContain('no_acknowledgement');
    expect(toneCheck(reply, calm).issues).toEqual([]);
    expect(toneCheck("I'm sorry this has held you up. " + reply, upset).issues).toEqual([]);
  });

  it('flags a one-liner to an upset customer as curt', () => {
    expect(toneCheck('Sorry, try again.', upset).issues.map((i) => i.kind)).toContain('curt');
  });

  it('passes a good reply', () => {
    const reply = "I'm sorry for the trouble, and I understand how frustrating this is. I've reset the sync and will update you this afternoon.";
    expect(toneCheck(reply, upset).issues).toEqual([]);
  });
});

describe('suggestedApproach and alertLevel', () => {
  const a = (kind: Alert['kind'], severity: Alert['severity']): Alert => ({ kind, severity, messageIndex: 0, evidence: 'x' });

  it('alertLevel is the highest severity', () => {
    expect(alertLevel([])).toBe('none');
    expect(alertLevel([a('repeat_contact', 'info')])).toBe('info');
    expect(alertLevel([a('urgency', 'warning'), a('legal_threat', 'critical')])).toBe('critical');
  });

  it('suggests steps that match the alerts', () => {
    expect(suggestedApproach([])).toEqual([]);
    const legal = suggestedApproach([a('legal_threat', 'critical')]).join(' ');
    expect(legal).toMatch(/liability/);
    expect(legal).toMatch(/supervisor/);
    const urgent = suggestedApproach([a('urgency', 'warning')]).join(' ');
    expect(urgent).toMatch(/holding response/);
    expect(urgent).not.toMatch(/supervisor/);
    expect(suggestedApproach([a('anger', 'warning')]).join(' ')).toMatch(/Acknowledge.*Apologise/s);
  });
});
