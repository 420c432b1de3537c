import { describe, expect, it } from 'vitest';
import { assessTicket, type AlertKind } from '../../../lib/sentiment';
import { agent, customer, ticket } from './helpers';

const kindsOf = (text: string) => new Set(assessTicket(ticket([customer(text)])).alerts.map((a) => a.kind));

const CASES: Record<Exclude<AlertKind, 'anger' | 'negative_trend'>, Record<string, string>> = {
  legal_threat: {
    en: "If this isn't fixed by Friday I'm calling my lawyer.",
    es: 'Si no me devuelven el dinero hablaré con mi abogado.',
    fr: 'Je vais porter plainte auprès de la DGCCRF.',
    de: 'Ich werde rechtliche Schritte einleiten.',
    pt: 'Vou abrir uma reclamação no Procon.',
  },
  churn_risk: {
    en: 'I want to cancel my subscription.',
    es: 'Quiero cancelar mi suscripción.',
    fr: 'Je souhaite résilier mon abonnement.',
    de: 'Hiermit kündige ich meinen Vertrag.',
    pt: 'Quero cancelar minha assinatura.',
  },
  human_requested: {
    en: 'Can I please speak to a real person?',
    es: 'Quiero hablar con una persona real.',
    fr: 'Je veux parler à un humain.',
    de: 'Ich möchte mit einem echten Menschen sprechen.',
    pt: 'Quero falar com um atendente humano.',
  },
  urgency: {
    en: 'Production is down, please help ASAP.',
    es: 'Es urgente, la tienda está caída.',
    fr: "C'est urgent, notre site est en panne.",
    de: 'Dringend: unser Shop ist offline.',
    pt: 'Urgente: o site está fora do ar.',
  },
  repeat_contact: {
    en: 'This is the third time I am writing about this.',
    es: 'Es la tercera vez que escribo por esto.',
    fr: "C'est la troisième fois que je vous écris.",
    de: 'Es funktioniert immer noch nicht.',
    pt: 'Já expliquei esse problema várias vezes.',
  },
};

describe('assessTicket alerts by kind and language', () => {
  for (const [kind, byLang] of Object.entries(CASES)) {
    for (const [lang, text] of Object.entries(byLang)) {
      it(`${kind} in ${lang}`, () => expect(kindsOf(text).has(kind as AlertKind)).toBe(true));
    }
  }

  it('anger from strongly negative text, with quoted evidence', () => {
    const t = ticket([customer('Hello. You people are incompetent and this is a total waste of my time!!')]);
    const anger = assessTicket(t).alerts.find((a) => a.kind === 'anger');
    expect(anger).toBeDefined();
    expect(t.messages[0]!.text).toContain(anger!.evidence);
    expect(anger!.evidence).toMatch(/incompetent/);
  });

  it('gives severity and message index, evidence is a span of that message', () => {
    const t = ticket([customer('Hi there.'), agent('Hello! How can I help?'), customer('Fix this or my attorney will call you. Seriously.')]);
    const legal = assessTicket(t).alerts.find((a) => a.kind === 'legal_threat')!;
    expect(legal.severity).toBe('critical');
    expect(legal.messageIndex).toBe(2);
    expect(legal.evidence).toBe('Fix this or my attorney will call you.');
  });
});

describe('tricky non-alerts', () => {
  const none = [
    "I'd never cancel, I love this app!",
    "I'm not going to sue, I just want it fixed.",
    'No rush, whenever you get a chance.',
    'Not urgent at all.',
    'Can you cancel the duplicate order I placed by mistake?',
    'Just curious, what happens to my data if I ever cancel?',
    'Thanks again for your help yesterday!',
    'Ich kündige nicht, keine Sorge.',
    "Je n'ai pas l'intention de résilier.",
    'No pienso cancelar.',
    'Não vou cancelar.',
    '> We may escalate this to a supervisor.\nThanks, all good now.',
    'You wrote "we will cancel your subscription", but I never asked for that.',
    'How do I add a supervisor role to my team?',
  ];
  for (const text of none) it(JSON.stringify(text), () => expect([...kindsOf(text)]).toEqual([]));

  it('keeps a conditional threat: "if you can\'t fix this today we will cancel"', () => {
    const k = kindsOf("If you can't fix this today we will cancel the contract.");
    expect(k.has('churn_risk')).toBe(true);
    expect(k.has('urgency')).toBe(true);
  });

  it('keeps an inverted question: "why can\'t I talk to a human?"', () => {
    expect(kindsOf("Why can't I talk to a human?").has('human_requested')).toBe(true);
  });

  it('never raises customer alerts from agent messages, bots or internal notes', () => {
    const t = ticket([
      customer('Hi, quick question about invoices.'),
      agent('I will escalate to a supervisor; if you want to cancel your subscription, that is urgent.'),
      { author: { role: 'agent' }, text: 'Customer threatened to sue, lawyer involved. Urgent!', internal: true },
      { author: { role: 'customer' }, text: 'Internal: they will call their attorney', internal: true },
      { author: { role: 'bot' }, text: 'I am a bot. Would you like to speak to a human?' },
      { author: { role: 'system' }, text: 'Ticket escalated to manager. Outage notice sent.' },
    ]);
    expect(assessTicket(t).alerts).toEqual([]);
  });
});

describe('ticket score and trend', () => {
  it('counts only customer messages for the score', () => {
    const a = assessTicket(ticket([customer('Thanks, that worked great!'), agent('This is terrible, awful, the worst.')]));
    expect(a.score).toBeGreaterThan(0.3);
  });

  it('weights the latest customer message most', () => {
    const a = assessTicket(ticket([customer('This is awful.'), customer('Thanks, all good now, that worked!')]));
    const b = assessTicket(ticket([customer('Thanks, all good now, that worked!'), customer('This is awful.')]));
    expect(a.score).toBeGreaterThan(b.score);
  });

  it('reports worsening with a negative_trend alert on the latest message', () => {
    const a = assessTicket(ticket([customer('Hi, quick question about the import.'), agent('Sure!'), customer('Thanks, I will try.'),
      customer('This is getting ridiculous, nothing works and I am fed up.')]));
    expect(a.trend).toBe('worsening');
    const trend = a.alerts.find((x) => x.kind === 'negative_trend');
    expect(trend?.messageIndex).toBe(3);
  });

  it('reports improving and steady', () => {
    expect(assessTicket(ticket([customer('This is still broken, so frustrating.'), customer('That fixed it, thank you so much!')])).trend).toBe('improving');
    expect(assessTicket(ticket([customer('Where is my invoice?'), customer('And where is the receipt?')])).trend).toBe('steady');
    expect(assessTicket(ticket([customer('This is awful.')])).trend).toBe('steady');
    expect(assessTicket(ticket([])).score).toBe(0);
  });
});

describe('options', () => {
  it('extra phrases per kind raise alerts the built-in lists miss', () => {
    const t = ticket([customer('We are evaluating Acme Helpdesk instead.')]);
    // (the built-in lists: the rules alone. Trained with tuning-9 and -10, the learned model reads this leaving on its
    // own, as it should: "evaluating X instead" is churn wording)
    expect(assessTicket(t, { detector: 'rules' }).alerts.some((a) => a.kind === 'churn_risk')).toBe(false);
    const withExtra = assessTicket(t, { extraPhrases: { churn_risk: ['evaluating acme*'] } });
    expect(withExtra.alerts.find((a) => a.kind === 'churn_risk')?.evidence).toBe('We are evaluating Acme Helpdesk instead.');
    const critical = assessTicket(ticket([customer('I will write to the press about this.')]), { extraPhrases: { legal_threat: ['!write to the press'] } });
    expect(critical.alerts.find((a) => a.kind === 'legal_threat')?.severity).toBe('critical');
  });

  it('thresholds change when anger fires', () => {
    const t = ticket([customer('This is disappointing.')]);
    expect(assessTicket(t).alerts.some((a) => a.kind === 'anger')).toBe(false);
    expect(assessTicket(t, { thresholds: { anger: -0.1 } }).alerts.some((a) => a.kind === 'anger')).toBe(true);
  });

  it('disabled kinds are left out; the one-argument call still works', () => {
    const t = ticket([customer('I want to speak to a manager.')]);
    expect(assessTicket(t).alerts.map((a) => a.kind)).toContain('human_requested');
    expect(assessTicket(t, { disabledKinds: ['human_requested'] }).alerts).toEqual([]);
  });
});
