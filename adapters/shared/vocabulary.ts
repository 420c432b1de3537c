// Status and priority words of translated agent UIs, as the values the helpdesks use in their APIs. An agent who
// runs Zendesk, Intercom or Freshdesk in German sees "Offen" and "Hoch" where the API says open and high; the
// snapshot carries the API's word, as it does for an English UI (the tuning batches' convention, tests/fixtures/
// public-tuning-3/README.md), so everything downstream (priority view, alerts, search) knows one vocabulary.
// Values: Zendesk's statuses new/open/pending/hold/solved/closed and priorities low/normal/high/urgent (Zendesk
// Tickets API); Freshdesk's open/pending/resolved/closed and low/medium/high/urgent (Freshdesk API v2); Intercom's
// open/closed and its tickets' resolved. The words are the German, French, Spanish and Dutch UIs' labels for them
// (tuning-3 SOURCES.md: inferred translations), Hebrew statuses and priorities and Korean priorities; a word not listed is kept as the
// page shows it. Kept to these languages and no synonyms: every word here is shipped to every helpdesk page (content
// script <= 30 KB gzip; Portuguese, tried, did not fit beside the structural reader's rules).

/** A translated label -> its English value. One string, each value then its labels (as an object literal, every label
 *  repeated its value: some 50 B of the content script's 30 KB). */
const WORDS = new Map<string, string>();
for (const [value, ...labels] of [
  // statuses; Dutch (inferred translations: tuning-28's Dutch Freshdesk page shows "Gemiddeld"; "open" and "dringend"
  // are the same word); Hebrew (public-tuning-47's page), also in the feminine that agrees with "ticket" (פנייה:
  // public-tuning-54's "שלח כ פתוחה")
  'new|neu|nouveau|nuevo|nieuw|חדש|חדשה',
  'open|offen|ouvert|abierto|abierta|פתוח|פתוחה',
  'pending|wartend|en attente|pendiente|in afwachting|ממתין|ממתינה',
  'hold|on-hold|angehalten|en pause|en espera|in de wacht|בהמתנה',
  'solved|gelöst|résolu|resuelto|opgelost|נפתר|נפתרה',
  'closed|geschlossen|fermé|cerrado|cerrada|gesloten|סגור|סגורה',
  // priorities; Dutch; Hebrew Zendesk's (inferred translations: tuning-27's and tuning-32's Hebrew pages, two writers);
  // Korean Zendesk's (tuning-4 SOURCES.md, inferred translations)
  'low|niedrig|basse|baja|laag|נמוכה|낮음',
  'normal|normale|normaal|רגילה|보통',
  'medium|mittel|moyenne|media|gemiddeld',
  'high|hoch|élevée|alta|hoog|גבוהה|높음',
  'urgent|dringend|urgente|דחופה|긴급',
].map((row) => row.split('|')))
  for (const label of labels) WORDS.set(label, value);

/** The helpdesk's own word for a translated status or priority label (`solved`: what the helpdesk calls a solved
 *  ticket, Freshdesk's and Intercom's "resolved"); the label as shown when it is not one. */
export function apiWord(shown: string | undefined, solved = 'solved'): string | undefined {
  const word = shown && WORDS.get(shown.trim().toLowerCase());
  return word ? (word === 'solved' ? solved : word) : shown;
}
