// A cheap guess at a message's language from its commonest function words. It only has to choose between the
// five languages we carry phrases for, so that a word meaning something else in another language ("die" in
// German, "sin" and "no" in Spanish and Portuguese) is read in the right one. Ties and short texts fall back to English.
export type Lang = 'en' | 'es' | 'fr' | 'de' | 'pt';

const STOPWORDS: Record<Lang, string[]> = {
  en: ['the', 'and', 'is', 'to', 'you', 'my', 'i', 'it', 'this', 'of', 'for', 'not', 'with', 'have', 'are', 'was', 'your', "i'm", 'can', 'please', 'what', 'how', 'why', 'thanks', 'again'],
  es: ['el', 'la', 'de', 'que', 'y', 'es', 'mi', 'por', 'con', 'para', 'una', 'los', 'las', 'lo', 'esto', 'pero', 'muy', 'ya', 'hola', 'gracias', 'está', 'cuando', 'su', 'del', 'sin', 'tengo', 'no'],
  fr: ['le', 'la', 'les', 'de', 'et', 'est', 'je', 'vous', 'pas', 'ne', 'mon', 'une', 'pour', 'des', 'du', 'ce', "c'est", 'merci', 'bonjour', 'avec', 'sur', 'au', 'mais', "j'ai", 'ça', 'votre'],
  de: ['der', 'die', 'das', 'und', 'ist', 'ich', 'nicht', 'sie', 'mein', 'ein', 'eine', 'mit', 'zu', 'bitte', 'den', 'es', 'auf', 'für', 'wir', 'ihr', 'ihnen', 'noch', 'danke', 'hallo', 'wie', 'schon'],
  pt: ['o', 'a', 'de', 'que', 'e', 'é', 'não', 'meu', 'minha', 'um', 'uma', 'para', 'com', 'os', 'você', 'está', 'isso', 'mas', 'obrigado', 'obrigada', 'olá', 'no', 'na', 'do', 'da', 'já'],
};

const ORDER: Lang[] = ['en', 'es', 'fr', 'de', 'pt'];
let index: Map<string, number[]> | null = null;

/** word -> indices into ORDER of the languages it is a stopword of */
function stopwordIndex(): Map<string, number[]> {
  if (index) return index;
  index = new Map();
  for (const [lang, words] of Object.entries(STOPWORDS) as [Lang, string[]][]) {
    for (const w of words) index.set(w, [...(index.get(w) ?? []), ORDER.indexOf(lang)]);
  }
  return index;
}

/** Guess from lower-cased word tokens. (Not lib/ai/language.ts's detectLanguage, which names the language a
 *  draft should answer in, among more languages: this only picks which phrase list to read a text with.) */
export function phraseLanguageOf(tokens: string[]): Lang {
  const idx = stopwordIndex();
  const counts = [0, 0, 0, 0, 0];
  for (const t of tokens) {
    const langs = idx.get(t);
    if (!langs) continue;
    // A word shared by several languages ("de", "la") is weak evidence for each.
    const w = 1 / langs.length;
    for (const l of langs) counts[l] += w;
  }
  let best = 0;
  for (let i = 1; i < counts.length; i++) if (counts[i] > counts[best]) best = i;
  return counts[best] > 0 ? ORDER[best] : 'en';
}

const WORDS = /[\p{L}]+(?:['’][\p{L}]+)*/gu;

export function phraseLanguageOfText(text: string): Lang {
  return phraseLanguageOf((text.toLowerCase().replace(/’/g, "'").match(WORDS) ?? []));
}
