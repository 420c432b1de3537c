// Shape of one language's phrase data. Patterns use a tiny syntax so they stay readable for admins too:
//   - case is ignored; a space matches any run of whitespace; ' matches ' and ’
//   - `word*` matches the word and any letters after it (cancel* -> cancel, cancelled, cancellation)
//   - `(a|b)` alternation, `(a )?` optional group, `[oa]` one of the letters, `(?! order)` "not followed by"
//   - ` % ` between two parts: up to four words in between, in the same clause (`call % back`)
//   - a leading `!` marks a phrase that is critical on its own, a leading `~` one that is only info
// Anything else is matched literally.

export type PhraseKind = 'anger' | 'legal_threat' | 'churn_risk' | 'human_requested' | 'urgency' | 'repeat_contact';

export interface LanguagePhrases {
  /** Phrases that raise an alert of that kind when they appear un-negated in a customer message. */
  alerts: Record<PhraseKind, string[]>;
  /** Words that negate what follows ("I'd never cancel", "je ne vais pas résilier"). */
  negators: string[];
  /** Words allowed between a negator and the phrase it negates ("not going to", "no intention of"). */
  bridges: string[];
  /** Negators that follow the verb they negate (German "ich kündige nicht", French "... pas"). */
  postNegators: string[];
  /** Polite "no rush" cues: they cancel ordinary urgency in the same message. */
  noRush: string[];
  /** Single-word sentiment valence on VADER's -4..4 scale, for languages the English lexicons miss. */
  lexicon: Record<string, number>;
}
