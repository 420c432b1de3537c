// Status and priority words of translated agent UIs, as the values the helpdesks use in their APIs. An agent who
// runs Zendesk, Intercom or Freshdesk in German sees "Offen" and "Hoch" where the API says open and high; the
// snapshot carries the API's word, as it does for an English UI (the tuning batches' convention, tests/fixtures/
// public-tuning-3/README.md), so everything downstream (priority view, alerts, search) knows one vocabulary.
// Values: Zendesk's statuses new/open/pending/hold/solved/closed and priorities low/normal/high/urgent (Zendesk
// Tickets API); Freshdesk's open/pending/resolved/closed and low/medium/high/urgent (Freshdesk API v2); Intercom's
// open/closed and its tickets' resolved. The words are the German, French, Spanish and Dutch UIs' labels for them
// (tuning-3 SOURCES.md: inferred translations), and Hebrew and Korean priorities; a word not listed is kept as the
// page shows it. Kept to these languages and no synonyms: every word here is shipped to every helpdesk page (content
// script <= 30 KB gzip; Portuguese, tried, did not fit beside the structural reader's rules).

/** A translated label -> its English value. */
const WORDS: Record<string, string> = {
  // statuses
  neu: 'new', nouveau: 'new', nuevo: 'new',
  offen: 'open', ouvert: 'open', abierto: 'open',
  wartend: 'pending', 'en attente': 'pending', pendiente: 'pending',
  'on-hold': 'hold', angehalten: 'hold', 'en pause': 'hold', 'en espera': 'hold',
  gelöst: 'solved', résolu: 'solved', resuelto: 'solved',
  geschlossen: 'closed', fermé: 'closed', cerrado: 'closed',
  // priorities
  niedrig: 'low', basse: 'low', baja: 'low',
  normale: 'normal',
  mittel: 'medium', moyenne: 'medium', media: 'medium',
  hoch: 'high', élevée: 'high', alta: 'high',
  dringend: 'urgent', urgente: 'urgent',
  // (Dutch, inferred translations: tuning-28's Dutch Freshdesk page shows "Gemiddeld"; "open" and "dringend" are
  // already the same word above)
  nieuw: 'new', 'in afwachting': 'pending', 'in de wacht': 'hold', opgelost: 'solved', gesloten: 'closed',
  laag: 'low', normaal: 'normal', gemiddeld: 'medium', hoog: 'high',
  // (Hebrew Zendesk's priorities, inferred translations: tuning-27's and tuning-32's Hebrew pages, two writers)
  נמוכה: 'low', רגילה: 'normal', גבוהה: 'high', דחופה: 'urgent',
  // (Korean Zendesk's priorities: tuning-4 SOURCES.md, inferred translations)
  낮음: 'low', 보통: 'normal', 높음: 'high', 긴급: 'urgent',
};

/** The helpdesk's own word for a translated status or priority label (`solved`: what the helpdesk calls a solved
 *  ticket, Freshdesk's and Intercom's "resolved"); the label as shown when it is not one. */
export function apiWord(shown: string | undefined, solved = 'solved'): string | undefined {
  const word = shown && WORDS[shown.trim().toLowerCase()];
  return word ? (word === 'solved' ? solved : word) : shown;
}
