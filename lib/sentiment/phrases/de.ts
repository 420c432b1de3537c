import type { LanguagePhrases } from './types';

// German. Compounds matter: "Rechtsanwalt" and "Anwalt" are both listed because word boundaries split neither.
export const de: LanguagePhrases = {
  alerts: {
    anger: [
      'inakzeptabel', 'unverschämt*', 'frechheit', 'zumutung', 'sauerei', 'lächerlich', 'unfassbar', 'katastrophe', 'skandal*',
      'ich bin (sauer|wütend|stinksauer|verärgert)', 'reicht mir', 'zeitverschwendung', 'abzocke',
    ],
    legal_threat: [
      '!anw(a|ä)lt*', '!rechtsanw(a|ä)lt*', '!rechtliche schritte', '!verklag*', '!klage', '!gericht*', '!verbraucherzentrale',
      '!schlichtungsstelle', '!rückbuchung', '!lastschrift (zurückbuchen|zurückgeben|widerrufen)', '!bundesnetzagentur', '!abmahnung',
    ],
    churn_risk: [
      'kündig*', 'vertrag (beenden|auflösen)', 'konto (schließen|löschen|auflösen|kündigen)', '(schließen|löschen|kündigen) sie (mein|unser)e?n? (konto|vertrag|abo)', 'zur konkurrenz', 'anbieter (zu )?wechseln',
      'anbieterwechsel', 'wechsle(n)? (zu|den anbieter)', 'nicht (mehr )?verlängern',
    ],
    human_requested: [
      '(echten|richtigen) (menschen|mitarbeiter|person)', 'echte person', '(einem|mit einem) menschen', 'menschen sprechen',
      'mitarbeiter(in)? sprechen', 'vorgesetzte*', '(ihren|einen|den|mit dem) (chef|manager|teamleiter|supervisor)', 'keinen (bot|roboter)',
    ],
    urgency: [
      'dringend*', 'so schnell wie möglich', 'schnellstmöglich', 'umgehend', 'sofort', 'frist', 'deadline', 'notfall', 'sind blockiert',
      '!(die )?(produktion|website|webseite|seite|shop|plattform|system) (steht|ist (ausgefallen|down|offline|nicht erreichbar))',
      '!ausfall', '!störung', '!verlieren (geld|umsatz|kunden)', '!(unsere )?kunden können nicht',
    ],
    repeat_contact: [
      '(zweite|dritte|vierte|fünfte|x-te|zigste)n? mal', 'schon wieder', 'immer (noch|wieder) (nicht|kein|keine|das gleiche|dasselbe)',
      'noch immer (nicht|kein|keine)', '(bereits|schon) (mehrfach|mehrmals|zweimal|dreimal|gesagt|erklärt|geschrieben|gemeldet|mitgeteilt)',
      '(schreibe|melde mich|frage|wende mich|rufe) (erneut|wieder|schon wieder)', 'wiederholt', 'erneut (das gleiche|dasselbe|der gleiche|derselbe)', 'keine antwort', 'niemand (antwortet|meldet sich|hat geantwortet)',
    ],
  },
  negators: ['nicht', 'nie', 'niemals', 'kein', 'keine', 'keinen', 'keinesfalls', 'ohne'],
  bridges: [
    'ich', 'werde', 'will', 'möchte', 'habe', 'vor', 'zu', 'den', 'die', 'das', 'meinen', 'meine', 'mein', 'einen', 'eine', 'mit', 'sprechen',
    'absicht', 'gar', 'wir', 'wollen', 'werden', 'brauche', 'muss', 'mehr',
  ],
  postNegators: ['nicht', 'nie', 'niemals'],
  noRush: ['keine eile', 'nicht dringend', 'eilt nicht', 'hat zeit', 'wenn (sie|du) zeit (haben|hast)'],
  lexicon: {
    inakzeptabel: -3, unverschämt: -3, frechheit: -3, zumutung: -3, lächerlich: -2, katastrophe: -2.5, katastrophal: -3, schlecht: -2,
    schrecklich: -2.5, furchtbar: -2.5, sauer: -2, wütend: -3, verärgert: -2.5, enttäuscht: -2, ärgerlich: -2, abzocke: -3, problem: -1,
    fehler: -1, danke: 1.5, dank: 1.5, super: 2.5, toll: 2.5, perfekt: 2.5, gut: 1.5, prima: 2, klasse: 2, hervorragend: 3, funktioniert: 0.8,
  },
};
