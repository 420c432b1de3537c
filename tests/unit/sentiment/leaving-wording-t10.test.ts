// Issue 15, round t-10: ordinary wording of leaving the rules missed in the training quarters of tuning-3 to -12 (a
// last order, no longer wanting to be a customer, never coming back, gone at the next price rise, an office that will
// stop using the product, a domain or site taken away), in five languages. The sentences are the implementer's own
// wording of those kinds of miss, not copied from any tuning set nor from the frozen set. Each failed before this
// round (checked against lib/sentiment/phrases/meaning.ts of the commit before). A request for the retention team is
// not here: the tuning sets label it a request for a person, not leaving (patterns for it raised 12 false alarms in
// their training quarters and were dropped).
import { describe, expect, it } from 'vitest';
import { assessTicket } from '../../../lib/sentiment';
import { customer, ticket } from './helpers';

// (the rules alone: the learned model beside them may add or veto; model.test.ts covers the two together)
const churn = (text: string) => assessTicket(ticket([customer(text)]), { detector: 'rules' }).alerts.some((a) => a.kind === 'churn_risk');

const SHOULD_FIRE = [
  // a last order
  'That was my last order with your shop.',
  'This is our last purchase from you, the quality keeps dropping.',
  'Last order from us, sorry.',
  'Das war unsere letzte Bestellung bei euch.',
  "C'était ma dernière commande chez vous.",
  'Fue mi último pedido con ustedes.',
  'Foi a minha última compra com vocês.',
  // no longer a customer
  "I don't want to be your customer anymore.",
  'Nous ne voulons plus être clients chez vous.',
  'Ya no quiero ser cliente de esta empresa.',
  'Ich will kein Kunde mehr bei euch sein.',
  'Não quero mais ser cliente de vocês.',
  // never coming back
  'Ich komme nie wieder zu euch.',
  'Je ne reviendrai jamais chez vous.',
  'No vuelvo nunca más a comprar aquí.',
  // gone at the next price rise
  'Noch eine Erhöhung und ich bin weg.',
  "One more price rise and I'm gone.",
  'Un aumento más y me voy.',
  'Mais um aumento e eu saio.',
  "We're this close to walking away.",
  // the product dropped, the account or the site taken away
  'We will stop using the scheduler from June.',
  'Our office will stop using the scheduler next quarter.',
  'Transfer my website away from you by Friday please.',
  'Unsubscribe me from the entire service, not just the newsletter.',
  'Please close my acc.',
  'Parem de cobrar no meu cartão, não quero mais.',
];

const SHOULD_NOT = [
  'Where is my last order? It was due on Monday.',
  'My last order from you arrived damaged, can you replace the lid?',
  'Das war meine letzte Bestellung, die noch fehlt: Nummer 4471.',
  "C'était ma dernière commande avant les vacances, elle n'est pas arrivée.",
  'Fue mi último pedido del mes y todavía no llega.',
  "I'm gone next week, please reply to my colleague Sam.",
  'Ab morgen bin ich weg, dann übernimmt Herr Maier.',
  'Termino la reunión a las cinco y me voy a casa.',
  'We will stop using the old API endpoint as you recommended.',
  'Parem de cobrar meu cartão duas vezes por mês!',
  "I'm about to leave for the airport, can you confirm the booking?",
  'Ich komme nie wieder in mein Konto, das Passwort geht nicht.',
  'Não quero mais esperar, quando chega o pedido?',
  'How do I unsubscribe from the marketing emails?',
  'No vuelvo a recibir el código de verificación.',
  'Could you put me through to your retentions team?',
  'Le service de fidélisation m’a offert des points, où sont-ils ?',
];

describe('leaving in ordinary words, round t-10 (rules)', () => {
  it.each(SHOULD_FIRE)('raises churn_risk: %s', (text) => {
    expect(churn(text)).toBe(true);
  });
  it.each(SHOULD_NOT)('does not raise churn_risk: %s', (text) => {
    expect(churn(text)).toBe(false);
  });
});
