// Cheap language detection for the customer's messages: counts of very common function words plus a few
// letters that only some languages use. Good enough to tell the model which language to answer in; it does not
// need to be a general-purpose identifier.

export type LanguageCode = 'en' | 'es' | 'fr' | 'de' | 'pt' | 'it' | 'nl';

export const LANGUAGE_NAMES: Record<LanguageCode, string> = {
  en: 'English',
  es: 'Spanish',
  fr: 'French',
  de: 'German',
  pt: 'Portuguese',
  it: 'Italian',
  nl: 'Dutch',
};

// Words frequent in one language and rare in the others (shared words like "a", "de", "que" carry less weight).
const WORDS: Record<LanguageCode, string[]> = {
  en: ['the', 'and', 'is', 'you', 'to', 'my', 'it', 'of', 'for', 'have', 'not', 'this', 'with', 'was', 'but', 'can', 'please', 'thanks', 'hi', 'hello', 'order', 'i', "i'm", "don't", 'would', 'what', 'when', 'your', 'are', 'be', 'on', 'that', 'still', 'help'],
  es: ['el', 'la', 'los', 'las', 'y', 'es', 'en', 'un', 'una', 'por', 'con', 'no', 'mi', 'para', 'pero', 'hola', 'gracias', 'pedido', 'tengo', 'está', 'muy', 'del', 'al', 'lo', 'como', 'cuando', 'ya', 'todavía', 'favor', 'quiero', 'hace', 'sido', 'he', 'sí'],
  fr: ['le', 'la', 'les', 'et', 'est', 'un', 'une', 'des', 'je', 'vous', 'pas', 'ne', 'mon', 'ma', 'pour', 'avec', 'sur', 'bonjour', 'merci', 'commande', 'ai', 'du', 'au', 'ce', 'cette', 'mais', 'toujours', "j'ai", 'svp', 'plaît', 'très', 'été', 'nous', 'reçu'],
  de: ['der', 'die', 'das', 'und', 'ist', 'ich', 'nicht', 'ein', 'eine', 'mit', 'mein', 'meine', 'für', 'auf', 'sie', 'hallo', 'danke', 'bestellung', 'habe', 'noch', 'wurde', 'bitte', 'aber', 'zu', 'den', 'dem', 'es', 'wir', 'ihr', 'kann', 'schon', 'guten', 'tag', 'leider'],
  pt: ['o', 'os', 'as', 'e', 'é', 'um', 'uma', 'não', 'meu', 'minha', 'para', 'com', 'por', 'olá', 'obrigado', 'obrigada', 'pedido', 'tenho', 'está', 'ainda', 'foi', 'do', 'da', 'dos', 'das', 'no', 'na', 'você', 'mas', 'muito', 'quando', 'bom', 'dia', 'recebi'],
  it: ['il', 'lo', 'gli', 'e', 'è', 'un', 'una', 'non', 'mio', 'mia', 'per', 'con', 'ciao', 'grazie', 'ordine', 'ho', 'ancora', 'stato', 'della', 'del', 'che', 'sono', 'ma', 'buongiorno', 'questo', 'vorrei'],
  nl: ['de', 'het', 'een', 'en', 'is', 'ik', 'niet', 'mijn', 'met', 'voor', 'op', 'van', 'hallo', 'bedankt', 'bestelling', 'heb', 'nog', 'maar', 'dat', 'je', 'u', 'graag', 'wel', 'geen'],
};

const LETTERS: [LanguageCode, RegExp, number][] = [
  ['es', /[ñ¿¡]/g, 2],
  ['de', /[ßäöü]/g, 1.5],
  ['fr', /[èêçœàù]/g, 1],
  ['pt', /[ãõç]/g, 1.5],
];

const WORD_SETS = Object.fromEntries(Object.entries(WORDS).map(([k, v]) => [k, new Set(v)])) as Record<LanguageCode, Set<string>>;

export interface DetectedLanguage {
  code: LanguageCode;
  name: string;
  /** 0..1: share of the winning score; low when the text is short or mixed. */
  confidence: number;
}

export function detectLanguage(text: string, fallback: LanguageCode = 'en'): DetectedLanguage {
  const tokens = text.toLowerCase().match(/[\p{L}']+/gu) ?? [];
  const scores = Object.fromEntries(Object.keys(WORDS).map((k) => [k, 0])) as Record<LanguageCode, number>;
  for (const t of tokens) {
    for (const code of Object.keys(WORD_SETS) as LanguageCode[]) if (WORD_SETS[code].has(t)) scores[code] += 1;
  }
  for (const [code, re, weight] of LETTERS) scores[code] += (text.toLowerCase().match(re)?.length ?? 0) * weight;
  const ranked = (Object.entries(scores) as [LanguageCode, number][]).sort((a, b) => b[1] - a[1]);
  const total = ranked.reduce((s, [, v]) => s + v, 0);
  if (!total || ranked[0][1] < 2) return { code: fallback, name: LANGUAGE_NAMES[fallback], confidence: 0 };
  return { code: ranked[0][0], name: LANGUAGE_NAMES[ranked[0][0]], confidence: ranked[0][1] / total };
}

/** The customer's language: their messages only (agents may write in the team's language), newest weighted most. */
export function detectCustomerLanguage(messages: { text: string; author: { role: string } }[], fallback: LanguageCode = 'en'): DetectedLanguage {
  const customer = messages.filter((m) => m.author.role === 'customer');
  const source = (customer.length ? customer : messages).slice(-3);
  const latest = source[source.length - 1]?.text ?? '';
  // The latest message counts twice: customers sometimes switch to English after a first attempt.
  return detectLanguage([...source.map((m) => m.text), latest].join('\n'), fallback);
}
