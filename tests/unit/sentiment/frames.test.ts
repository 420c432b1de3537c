// Issue 15, second round: frames over meaning (lib/sentiment/phrases/frames.ts: word classes a few words apart), the
// new scope filters (lib/sentiment/scope.ts) and the disapproval label (lib/sentiment/score.ts). The sentences are
// the implementer's own wording of the kinds of miss tuning-2's dev half showed, in all five languages; none is
// copied from tuning-2 or from the frozen independent set. Each failed before this round (checked by running this
// file against the lib/sentiment of commit e3d4a68).
import { describe, expect, it } from 'vitest';
import { assessTicket, scoreMessage, type AlertKind } from '../../../lib/sentiment';
import { findPhraseHits, compiledPhrases, patternSource } from '../../../lib/sentiment/match';
import { customer, ticket } from './helpers';

// (the frames are the rule matcher's: measured with the rules alone, since the learned model beside them may veto a
// hit it strongly disagrees with; model/combine.test.ts covers the two together)
const kinds = (text: string) => new Set(assessTicket(ticket([customer(text)]), { detector: 'rules' }).alerts.map((a) => a.kind));

const SHOULD_FIRE: [AlertKind, string][] = [
  // a person asked for with words in between, by role, or as a call back
  ['human_requested', 'Could a senior engineer from your side reach out to me this week?'],
  ['human_requested', 'Is there an expert I could book a call with?'],
  ['human_requested', 'I need somebody from billing on the phone today.'],
  ['human_requested', 'Necesito que un especialista me atienda por teléfono.'],
  ['human_requested', "J'aimerais qu'un conseiller me rappelle demain matin."],
  ['human_requested', 'Können Sie mich bitte an die Rechtsabteilung weiterleiten?'],
  ['human_requested', 'Dá para marcar uma ligação com um técnico?'],
  // leaving without "cancel"
  ['churn_risk', 'We are taking all of our licences to a rival vendor in June.'],
  ['churn_risk', 'Please send us a termination letter for the contract.'],
  ['churn_risk', 'He contratado con otro proveedor, denme de baja.'],
  ['churn_risk', 'Nous avons trouvé moins cher chez un autre opérateur, mettez fin à notre abonnement.'],
  ['churn_risk', 'Wir sind raus, bitte bestätigen Sie das Vertragsende.'],
  ['churn_risk', 'Já contratei com outra operadora, podem encerrar a linha.'],
  // urgency: deadline minutes away, theft, no power, money at stake
  ['urgency', 'Our webinar begins in 20 minutes and the stream key is rejected.'],
  ['urgency', 'I cannot pay my employees this week, the funds are frozen.'],
  ['urgency', 'Sin luz desde anoche en todo el edificio.'],
  ['urgency', 'Ma carte a été volée ce matin.'],
  ['urgency', 'Kein Strom seit gestern Abend.'],
  // repeat contact: counts with a contact verb, promises not kept, references back
  ['repeat_contact', 'I have phoned you about this four times now.'],
  ['repeat_contact', 'You promised me it would be fixed by Friday.'],
  ['repeat_contact', 'Nadie me devolvió la llamada que me prometieron.'],
  ['repeat_contact', "Vous m'avez promis un remboursement il y a un mois."],
  ['repeat_contact', 'Ich habe das jetzt dreimal reklamiert.'],
  ['repeat_contact', 'Já liguei três vezes por causa disto.'],
  // anger idioms and insults of each language
  ['anger', 'What a circus. Who the hell approved this release?'],
  ['anger', 'Me están tomando el pelo con esta factura.'],
  ['anger', "Vous êtes une bande d'incapables."],
  ['anger', 'Was für ein Saftladen, ehrlich.'],
  ['anger', 'Estou de saco cheio dessa operadora.'],
  // legal wording without "lawyer"
  ['legal_threat', 'Consider this a formal notice: I will be claiming damages.'],
  ['legal_threat', 'I have told my card company to claw the money back.'],
];

const SHOULD_NOT_FIRE: [AlertKind, string][] = [
  // a lawyer imagined, not instructed
  ['legal_threat', 'If I ever needed a lawyer, would your records be available?'],
  ['legal_threat', 'Falls ich irgendwann einen Anwalt brauche, wo stehen Ihre AGB?'],
  // a severity named in a feature question, a past incident
  ['urgency', 'Can the P1 label change colour in the board view?'],
  ['urgency', 'Two years ago my account was hacked and you helped a lot; today I only need a new invoice address.'],
  // a hypothetical move, a question about the product, a promise from the past, a joke, "shut down" as a verb
  ['churn_risk', 'If we ever switched to another provider, could we export our data?'],
  ['repeat_contact', 'Is there a limit on how many times a ticket can be reopened?'],
  ['human_requested', 'The agent promised to escalate this to a manager.'],
  ['urgency', 'The coffee machine at the office is down again haha, anyway how do I export invoices?'],
  ['urgency', 'Could you shut down the old sandbox workspace?'],
  // someone else's anger, a joke
  ['anger', 'A furious client of ours wrote a terrible, hateful review; can we hide reviews?'],
];

describe('frames over meaning (issue 15, second round)', () => {
  it.each(SHOULD_FIRE)('%s fires on %j', (kind, text) => {
    expect(kinds(text).has(kind)).toBe(true);
  });
  it.each(SHOULD_NOT_FIRE)('%s does not fire on %j', (kind, text) => {
    expect(kinds(text).has(kind)).toBe(false);
  });
});

// Guards on the new rules themselves (they also passed before: they keep the new patterns from over-reaching).
describe('guards', () => {
  it('word edges still see accented letters: "caf" is not found inside "café", "kündig*" still ends at a space', () => {
    expect(new RegExp(patternSource('caf'), 'u').test('un café')).toBe(false);
    expect(new RegExp(patternSource('kündig*'), 'u').exec('ich kündige jetzt')?.[0]).toBe('kündige');
  });
  it('a count needs a contact verb to be a repeat contact', () => {
    expect(kinds('Pedí dos veces el mismo libro por error, ¿pueden anular uno?').has('repeat_contact')).toBe(false);
  });
});

describe("the ' % ' gap of the pattern syntax", () => {
  it('allows up to four words in between, not five, and not across a sentence end', () => {
    const re = new RegExp(patternSource('call % back'), 'u');
    expect(re.test('call back')).toBe(true);
    expect(re.test("call my wife's phone back")).toBe(true);
    expect(re.test('call one two three four back')).toBe(true);
    expect(re.test('call one two three four five back')).toBe(false);
    expect(re.test('call him. back')).toBe(false);
  });
  it('stays linear on a long run of gap words (crafted input; a guard)', () => {
    const compiled = compiledPhrases();
    const text = 'could someone '.repeat(4000) + 'x';
    const t0 = performance.now();
    findPhraseHits(text, compiled);
    expect(performance.now() - t0).toBeLessThan(2000);
  });
});

describe('disapproval label (GoEmotions, tuned on its dev split)', () => {
  it('labels disapproval said without strongly negative words as negative', () => {
    expect(scoreMessage('Why would you ship something this half-baked?').label).toBe('negative');
    expect(scoreMessage('Stop changing the layout every week.').label).toBe('negative');
  });
  it('leaves a plain negated request neutral (a guard)', () => {
    expect(scoreMessage("I don't have the receipt any more, can I still return it?").label).toBe('neutral');
  });
});
