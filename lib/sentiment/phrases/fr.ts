import type { LanguagePhrases } from './types';

// French (France, Belgium, Quebec). DGCCRF and UFC-Que Choisir are the usual consumer complaint routes in France.
export const fr: LanguagePhrases = {
  alerts: {
    anger: [
      'inacceptable', 'inadmissible', 'scandaleux', 'honteux', 'lamentable', 'ras le bol', 'furieu(x|se)', "n'importe quoi",
      'arnaque*', 'une honte', 'perte de temps', 'je suis (excédé|excédée|outré|outrée|énervé|énervée)', "j'en ai marre",
    ],
    legal_threat: [
      '!avocat*', '!poursuite(s)? judiciaire(s)?', '!poursuivre en justice', '!action (en justice|judiciaire)', '!porter plainte',
      '!(une|ma) plainte', '!tribunal', '!mise en demeure', '!dgccrf', '!médiateur', '!ufc( |-)?que choisir', '!60 millions de consommateurs',
      '!rétrofacturation', '!contester (le|la|ce|cette) (prélèvement|paiement|débit|transaction)', '!faire opposition',
    ],
    churn_risk: [
      'résilier', 'résiliation', 'annuler (mon|notre) (abonnement|compte|contrat|forfait)', '(fermer|clôturer|supprimer) (mon|notre) compte',
      "changer (de|d') (fournisseur|opérateur|prestataire|service)", '(passer|aller|partir) (chez|à|vers) la concurrence',
      'je (vous )?quitte', 'nous (vous )?quittons', 'ne (vais|compte) (pas|plus) renouveler',
    ],
    human_requested: [
      '(un|une) (vraie? )?(personne|humain|conseiller|conseillère) (réelle|humaine|en chair et en os)', 'être humain',
      '(parler|échanger) (à|avec) (un|une|le|la|votre) (vrai |vraie )?(humain|personne|conseiller|conseillère|responsable|superviseur|manager|supérieur)',
      '(votre|un|le) (supérieur|superviseur|responsable)', 'pas (un|une|encore un) (robot|bot|machine)',
    ],
    urgency: [
      'urgent*', 'urgence', 'au plus vite', 'dès que possible', 'immédiatement', 'date limite', 'échéance', 'sommes bloqués',
      '!(la )?(production|site|boutique|plateforme|service) (est )?(en panne|arrêtée?|hors service|hors ligne)', '!panne (générale|totale)',
      '!perdons (de l\'argent|des ventes|des clients)', '!(nos )?clients ne peuvent (pas|plus)',
    ],
    repeat_contact: [
      '(deuxième|troisième|quatrième|cinquième|énième) (fois|panne|relance|message|e-mail|mail|appel)', '(écris|contacte|relance|demande|appelle|écrire|contacter) (à nouveau|de nouveau|encore)', 'encore une fois (le|la) même', 'encore ce (problème|bug)',
      'toujours (pas|rien|le même|aucune)', "(je vous l'ai|je vous ai|j'ai) déjà (dit|expliqué|écrit|envoyé|signalé|contacté)",
      'plusieurs fois', 'personne ne (me )?répond', 'aucune réponse', '~relance*',
    ],
  },
  negators: ['ne', "n'", 'pas', 'jamais', 'aucun', 'aucune', 'sans', 'plus', 'non'],
  bridges: [
    'je', 'vais', 'veux', 'compte', 'pas', "l'", 'de', "d'", 'mon', 'ma', 'mes', 'le', 'la', 'les', 'un', 'une', 'parler', 'à', 'au',
    'intention', "l'intention", 'jamais', 'plus', 'vous', 'besoin', 'pense', 'souhaite', 'nous', 'allons', 'voulons',
  ],
  postNegators: ['pas', 'jamais', 'plus'],
  noRush: ['pas (d\'|de )?urgence', 'rien ne presse', 'pas pressé', 'pas urgent', 'quand vous (pourrez|aurez le temps|avez le temps)'],
  lexicon: {
    inacceptable: -3, inadmissible: -3, scandaleux: -3, honteux: -2.5, lamentable: -2.5, nul: -2.5, nulle: -2.5, furieux: -3, furieuse: -3,
    déçu: -2, déçue: -2, énervé: -2.5, arnaque: -3, horrible: -2.5, terrible: -2, mauvais: -2, catastrophe: -2.5, problème: -1, erreur: -1,
    merci: 1.5, excellent: 3, parfait: 2.5, génial: 3, super: 2.5, bien: 1.2, content: 2, contente: 2, ravi: 2.5, ravie: 2.5, fonctionne: 0.8,
  },
};
