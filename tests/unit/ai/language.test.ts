import { describe, expect, it } from 'vitest';
import { detectCustomerLanguage, detectLanguage } from '../../../lib/ai/language';

describe('language detection', () => {
  const cases: [string, string][] = [
    ['en', 'Hi, I ordered a jacket two weeks ago and it still has not arrived. Can you please check the tracking for me?'],
    ['es', 'Hola, pedí una chaqueta hace dos semanas y todavía no ha llegado. ¿Pueden revisar el envío, por favor?'],
    ['fr', "Bonjour, j'ai commandé une veste il y a deux semaines et je ne l'ai toujours pas reçue. Pouvez-vous vérifier ?"],
    ['de', 'Hallo, ich habe vor zwei Wochen eine Jacke bestellt und sie ist leider noch nicht angekommen. Können Sie bitte nachsehen?'],
    ['pt', 'Olá, eu fiz um pedido de uma jaqueta há duas semanas e ainda não recebi. Vocês podem verificar o envio, por favor?'],
    ['it', 'Buongiorno, ho fatto un ordine due settimane fa e non è ancora arrivato. Potete controllare per favore? Grazie'],
    ['nl', 'Hallo, ik heb twee weken geleden een jas besteld maar ik heb nog niets ontvangen. Kunt u dat voor mij nakijken?'],
  ];
  for (const [code, text] of cases) {
    it(`detects ${code}`, () => expect(detectLanguage(text).code).toBe(code));
  }

  it('falls back when there is too little text', () => {
    expect(detectLanguage('#100234 ok', 'de')).toMatchObject({ code: 'de', confidence: 0 });
  });

  it("uses the customer's messages, not the agent's", () => {
    const lang = detectCustomerLanguage([
      { author: { role: 'customer' }, text: 'Bonjour, ma commande n’est toujours pas arrivée, merci de vérifier.' },
      { author: { role: 'agent' }, text: 'Hello, we are checking this for you and will get back to you soon.' },
    ]);
    expect(lang.code).toBe('fr');
  });
});
