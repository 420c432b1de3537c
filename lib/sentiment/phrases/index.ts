// All phrase data, one file per language. Add a language by adding a file and listing it here.
import { de } from './de';
import { en } from './en';
import { es } from './es';
import { fr } from './fr';
import { pt } from './pt';
import type { LanguagePhrases } from './types';

export type { LanguagePhrases, PhraseKind } from './types';

export const languages: Record<string, LanguagePhrases> = { en, es, fr, de, pt };
