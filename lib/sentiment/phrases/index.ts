// All phrase data, one file per language. Add a language by adding a file and listing it here.
import { de } from './de';
import { en } from './en';
import { es } from './es';
import { fr } from './fr';
import { pt } from './pt';
import type { LanguagePhrases } from './types';

export type { LanguagePhrases, PhraseKind } from './types';

import { framePatterns } from './frames';
import { meaningPatterns } from './meaning';

/** Each language's phrase lists plus its patterns over meaning (meaning.ts, frames.ts), merged once at import. */
function withMeaning(lang: string, base: LanguagePhrases): LanguagePhrases {
  const alerts = { ...base.alerts };
  for (const extra of [meaningPatterns[lang] ?? {}, framePatterns[lang] ?? {}]) {
    for (const kind of Object.keys(extra) as (keyof typeof alerts)[]) alerts[kind] = [...alerts[kind], ...(extra[kind] ?? [])];
  }
  return { ...base, alerts };
}

/** Today's phrase lists alone (before issue 15): kept so the bench can measure the matcher over meaning against them. */
export const baseLanguages: Record<string, LanguagePhrases> = { en, es, fr, de, pt };

export const languages: Record<string, LanguagePhrases> = {
  en: withMeaning('en', en), es: withMeaning('es', es), fr: withMeaning('fr', fr), de: withMeaning('de', de), pt: withMeaning('pt', pt),
};
