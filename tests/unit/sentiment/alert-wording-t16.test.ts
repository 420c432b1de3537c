// Issue 15, round t-16: ordinary wording of leaving (and of legal threats and repeat contact) the rules missed in the training quarters of tuning-16 (a blind
// resample weighted to churn; never its validation quarter, ids 1 mod 4, nor tuning-15 or the frozen set), in five
// languages: a line, broadband or policy cancelled, a store closed on the marketplace, another carrier or insurer, the
// cancellation asked for again, a pilot or trial not continued, no longer a customer, use stopped, the contract left
// to run out; counsel instructed, rights reserved, a payment dispute; told to several agents, a bump, complaints
// ignored, asked again. The sentences are the implementer's own wording of those kinds of miss, not copied from the set. Each
// failed before this round (checked against lib/sentiment/phrases/meaning.ts of the commit before), and so did the
// first guards: a number ported IN (to us) raised churn in four languages.
import { describe, expect, it } from 'vitest';
import { assessTicket } from '../../../lib/sentiment';
import type { AlertKind } from '../../../lib/sentiment';
import { customer, ticket } from './helpers';

// (the rules alone: the learned model beside them may add or veto; model.test.ts covers the two together)
const raises = (kind: AlertKind, text: string) => assessTicket(ticket([customer(text)]), { detector: 'rules' }).alerts.some((a) => a.kind === kind);

const CHURN = [
  // a line, broadband or policy cancelled; the store closed; a new provider, other insurers
  'Please cancel our fibre at the end of May.',
  'Please terminate my landline from next month.',
  'Terminate our policy from the 1st.',
  'Deactivate our storefront on Friday.',
  "From June we'll sell on a different marketplace.",
  'Please release the numbers to our new provider.',
  'Shopping around at other insurers right now.',
  // the cancellation asked for again; a pilot or trial not continued; no longer a customer
  "Second time I've asked you to cancel.",
  'I submitted my cancellation last week and heard nothing.',
  'Who can process our account closure?',
  'We have decided not to move forward with a paid subscription after the pilot.',
  "After Friday we won't be continuing.",
  'I no longer want to be your customer.',
  "We're offboarding from the platform in March.",
  "I won't be using your bank anymore.",
  "We're leaving.",
  // Spanish, French, German, Portuguese
  'Ya solicité la baja hace dos semanas.',
  'Quiero la baja de la línea móvil.',
  'No seguiremos con ustedes el año que viene.',
  'Nous fermons notre boutique sur votre site.',
  'Nous ne serons plus clients en janvier.',
  'Supprimez définitivement mon compte.',
  'Wir stellen die Nutzung zum Quartalsende ein.',
  'Den Vertrag lassen wir auslaufen.',
  'Ab April brauchen wir Ihre Software nicht mehr.',
  'Deixo de ser cliente no fim do mês.',
  'Vamos fechar a nossa loja no vosso site.',
  'Não pretendemos dar continuidade à assinatura.',
];

const NOT_CHURN = [
  // a number ported IN: someone joining
  'I want to port my number over to you from my old network.',
  'He solicitado la portabilidad a ustedes, ¿cuánto tarda?',
  'Quanto tempo leva a portabilidade para vocês?',
  'Je fais la portabilité vers vous demain.',
  // a parcel, not a contract
  'Can I cancel my package delivery for tomorrow?',
];

const LEGAL = [
  'We have instructed counsel about this.',
  'We reserve our rights under the contract.',
  'We will pursue all available remedies.',
  'I have opened a payment dispute with my wallet provider.',
];

const REPEAT = [
  "I've told this to three different agents already.",
  'This is my second complaint about the meter.',
  'Bumping my ticket again.',
  'No response in 12 days.',
  'Three emails unanswered so far.',
  'I spent the morning across four calls with your team.',
  'Ya lo informé en mi correo del lunes.',
  'Je vous redemande le remboursement.',
];

const NOT_REPEAT = ['I explained this to my two colleagues and they agree, thanks for the tip.'];

describe('alert wording, round t-16 (rules)', () => {
  it.each(CHURN)('raises churn_risk: %s', (text) => expect(raises('churn_risk', text)).toBe(true));
  it.each(NOT_CHURN)('does not raise churn_risk: %s', (text) => expect(raises('churn_risk', text)).toBe(false));
  it.each(LEGAL)('raises legal_threat: %s', (text) => expect(raises('legal_threat', text)).toBe(true));
  it.each(REPEAT)('raises repeat_contact: %s', (text) => expect(raises('repeat_contact', text)).toBe(true));
  it.each(NOT_REPEAT)('does not raise repeat_contact: %s', (text) => expect(raises('repeat_contact', text)).toBe(false));
});
