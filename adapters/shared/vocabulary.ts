// Status and priority words of translated agent UIs, as the values the helpdesks use in their APIs. An agent who
// runs Zendesk, Intercom or Freshdesk in German sees "Offen" and "Hoch" where the API says open and high; the
// snapshot carries the API's word, as it does for an English UI (the tuning batches' convention, tests/fixtures/
// public-tuning-3/README.md), so everything downstream (priority view, alerts, search) knows one vocabulary.
// Values: Zendesk's statuses new/open/pending/hold/solved/closed and priorities low/normal/high/urgent (Zendesk
// Tickets API); Freshdesk's open/pending/resolved/closed and low/medium/high/urgent (Freshdesk API v2); Intercom's
// open/snoozed/closed and ticket states (Intercom Conversations and Tickets APIs). The words are the UIs' German,
// French, Spanish and Portuguese labels for them (tuning-3 SOURCES.md: inferred translations); a word not listed is
// kept as the page shows it.

/** A translated label -> the English values it can stand for (the helpdesk's own list picks one). */
const WORDS: Record<string, readonly string[]> = {
  // statuses
  neu: ['new'], nouveau: ['new'], nuevo: ['new'], novo: ['new'],
  offen: ['open'], ouvert: ['open'], abierto: ['open'], aberto: ['open'],
  wartend: ['pending'], ausstehend: ['pending'], 'en attente': ['pending'], pendiente: ['pending'], pendente: ['pending'],
  angehalten: ['hold'], 'en pause': ['hold', 'snoozed'], 'en espera': ['hold'], 'em espera': ['hold'],
  zurückgestellt: ['snoozed'], pospuesto: ['snoozed'], adiado: ['snoozed'],
  gelöst: ['solved', 'resolved'], résolu: ['solved', 'resolved'], resuelto: ['solved', 'resolved'], resolvido: ['solved', 'resolved'],
  geschlossen: ['closed'], fermé: ['closed'], cerrado: ['closed'], fechado: ['closed'],
  'in bearbeitung': ['in progress'], 'en cours': ['in progress'], 'en curso': ['in progress'], 'em andamento': ['in progress'],
  // priorities
  niedrig: ['low'], basse: ['low'], faible: ['low'], baja: ['low'], baixa: ['low'],
  normale: ['normal'],
  mittel: ['medium'], moyenne: ['medium'], media: ['medium'], média: ['medium'],
  hoch: ['high'], élevée: ['high'], haute: ['high'], alta: ['high'],
  dringend: ['urgent'], urgente: ['urgent'],
};

/** The helpdesk's own word for a translated status or priority label; the label as shown when it is not one. */
export function apiWord(shown: string | undefined, values: readonly string[]): string | undefined {
  if (!shown) return shown;
  const candidates = WORDS[shown.trim().toLowerCase()];
  return candidates?.find((w) => values.includes(w)) ?? shown;
}

export const ZENDESK_STATUSES = ['new', 'open', 'pending', 'hold', 'solved', 'closed'];
export const ZENDESK_PRIORITIES = ['low', 'normal', 'high', 'urgent'];
export const FRESHDESK_STATUSES = ['open', 'pending', 'resolved', 'closed'];
export const FRESHDESK_PRIORITIES = ['low', 'medium', 'high', 'urgent'];
export const INTERCOM_STATES = ['open', 'snoozed', 'closed', 'in progress', 'resolved'];
