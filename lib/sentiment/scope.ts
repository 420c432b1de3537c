// Scope filters for alert hits (issue 15): whether the sentence is about the customer doing the thing. A phrase can
// be there and still not be a signal: "I am a lawyer" is a job, not a threat; "cancel the order I placed by
// mistake" is an order, not a customer leaving; "my buyers opened a chargeback" is a merchant's question; "reopening
// only to attach the screenshot you asked for" is not a repeat complaint; "it was my wifi" retracts an outage.
// Every regex here runs on one sentence or a short window beside the hit, and is linear.
import type { PhraseKind } from './phrases';

/** Up to ~60 characters before the hit end in "I am a", "as a", "works as", "soy", "je suis", "ich bin als"...:
 *  the noun that follows is somebody's job. One adjective may sit between ("a retired solicitor"). */
const PROFESSION_BEFORE =
  /(?:^|\P{L})(?:i am|i'm|i was|he is|she is|he's|she's|is|was|as|work(?:s|ed|ing)? (?:as|at|for|in|with)|trabajo (?:como|en)|soy|sou|trabalho (?:como|em|na|no)|je suis|travaille (?:comme|chez|à|au|pour)|ich bin|arbeite (?:als|bei|für|im)|bin)(?: (?:an?|the|un|una|une|um|uma|ein|eine|el|la|o|le|der|die|das|at|in))? (?:[\p{L}-]+ )?$/u;

/** Someone else's words or someone else's dispute: "a customer of ours said they'd sue", "my buyers opened chargebacks". */
const THIRD_PARTY =
  /(?:^|[^\p{L}])(?:my|our|a|one of (?:my|our)|the|mis|nuestros|mes|nos|meine|unsere|meus|nossos) (?:customer|client|buyer|shopper|user|cliente|comprador|acheteur|kunde|käufer)(?:s|es|n)?(?: of ours)? (?:has |have |had )?(?:opened|filed|raised|initiated|started|submitted|said|says|threatened|told|abrió|abrieron|ouvert|eröffnet|abriu|abriram)/iu;

/** A legal team's paperwork is not a threat: "our lawyer asked for a copy of the DPA". */
const PAPERWORK = /(?:^|\P{L})(?:dpa|data processing (?:agreement|addendum)|security questionnaire|(?:copy|review) of (?:the|your) (?:contract|terms|agreement|msa|policy)|avv|auftragsverarbeitung)(?:\P{L}|$)/iu;

const SLA_QUESTION = /(?:^|\P{L})(?:sla|slas|response times?|service level|definition|count as|counts as|qualif(?:y|ies) as)(?:\P{L}|$)/iu;
const TERMS_QUESTION = /(?:^|\P{L})(?:policy|policies|process|procedure|terms|t&cs|conditions|handle|handled|how do you|do you)(?:\P{L}|$)/iu;
const OWN_THREAT = /(?:^|\P{L})(?:i'll|i will|i'm going|i am going|we will|we'll|we're going|my lawyer|our lawyer|my attorney|my solicitor|or i|or we)(?:\P{L}|$)/iu;

/** Words after a "cancel" hit that make it an order, a meeting or a report rather than the customer leaving. */
const NOT_A_CUSTOMER_LEAVING =
  /^(?: (?:the|my|our|this|that|an?|one|last|recent|duplicate|wrong|second|extra|mi|el|la|mon|ma|le|les|meine?n?|die|den|das|o|meu|minha|#)){0,3} ?(?:orders?|booking|appointment|meeting|reservation|reunião|réunion|besprechung|sitzung|report|call|delivery|shipment|items?|purchase|transfer|transactions?|charges?|card|it(?!\p{L})|payment|add-?on|newsletter|emails?|invoice|pedido|reserva|cita|reunión|envío|commande|réservation|rendez-vous|livraison|bestellung|buchung|termin|lieferung|überweisung|encomenda|agendamento|entrega|\d)/iu;

/** The same with one word naming what kind of booking or order it is ("my hotel booking", "our Thursday meeting"). */
const NOT_A_CUSTOMER_LEAVING_NAMED =
  /^(?: (?:the|my|our|this|that|an?|one|mi|el|la|mon|ma|le|les|meine?n?|die|den|das|o|meu|minha)){0,3} [\p{L}-]{2,20} (?:orders?|booking|appointment|meeting|reservation|delivery|report|reserva|réservation|commande|buchung|termin|pedido|bestellung|encomenda)(?:\P{L}|$)/iu;

/** A sentence that cancels an order by mistake says so. */
const BY_MISTAKE = /(?:by mistake|accidentally|by accident|ordered twice|double order|wrong (?:size|item|order)|por error|par erreur|versehentlich|aus versehen|sem querer|por engano)/iu;

const REOPEN_FOR_WHAT_YOU_ASKED = /(?:only|just|solo|seulement|uniquement|nur|só|apenas) (?:to|para|pour|um|pra) (?:attach|add|send|upload|include|share|adjuntar|enviar|joindre|envoyer|anhängen|anexar)|(?:you|as) (?:asked|requested)/iu;

/** Urgency words that are not an incident now: drills, planned work, a retracted outage, a question about the SLA. */
const NOT_AN_INCIDENT =
  /(?:^|\P{L})(?:drill|simulation|tabletop|planned (?:maintenance|outage|downtime)|scheduled (?:maintenance|downtime)|false alarm|by mistake|by accident|accidentally|(?:the )?deadline for (?:the|your) (?:annual|discount|offer|promo|sale)|my (?:wifi|wi-fi|internet|router)|(?:is|was|it's) (?:back|fine|working) (?:now|again)|never mind|nevermind|ignore (?:this|my|the)|what (?:is|counts as|qualifies as) (?:a |an )?(?:p1|p0|sev|critical|urgent|outage)|(?:sla|response time) for)/iu;

/** "If I ever need a lawyer", "just in case I one day", "angenommen, ich müsste irgendwann": a lawyer imagined, not
 *  instructed. Only for legal hits: the threat is in the future by nature, so the words must say it may never come. */
const LEGAL_HYPOTHETICAL =
  /(?:^|\P{L})if (?:[\p{L}']+ ){0,3}ever(?:\P{L}|$)|(?:^|\P{L})(?:one day|someday|some day|if i ever|in case i ever|just in case|por si|algún día|algun dia|irgendwann|angenommen|si un jour|au cas où|algum dia|caso um dia|por curiosidade|pergunto por)(?:\P{L}|$)|(?:lawyer|attorney|solicitor|counsel|abogad[oa]|anwalt|anwältin|avocat|advogad[oa])s? (?:who|that|que|der|die|qui) (?:drafted|wrote|prepared|reviewed|redactó|redigiu|a rédigé|entworfen)/iu;

/** A question about a feature that names a severity ("How do I set a P1 label?", "the Sev1 runbook template"), a
 *  past incident ("last year my account was hacked") or a breach of contract: not an incident now. */
const URGENCY_NOT_NOW =
  /(?:^|\P{L})(?:haha+|lol)(?:\P{L}|$)|\u{1F602}|\u{1F923}|(?:^|\P{L})(?:qual|quel|quelle|cuál|what is|what's|welche) (?:o |la |le |est |ist |the )?(?:prazo|plazo|délai|frist|deadline|préavis)|(?:^|\P{L})(?:label|labels|template|templates|runbook|runbooks|workflow builder|reminder|reminders|last year|years ago|a year ago|el año pasado|letztes jahr|l'année dernière|o ano passado|no ano passado|breach of (?:the |our |your )?(?:contract|agreement|service agreement|terms|sla)|erinnerung)(?:\P{L}|$)/iu;

/** Strong feelings that belong to someone else ("a furious customer of ours", "my son keeps shouting", "ein Kunde war
 *  richtig wütend auf uns") or a joke ("haha", "lol", 😂): a negative score from those words is not the customer's
 *  anger. Used only when the score alone would raise anger (an anger phrase of the customer's own still counts). */
const SOMEONE_ELSES_FEELING =
  /(?:^|\P{L})(?:(?:a|an|one of (?:our|my)|our|my) (?:furious |angry |upset |irate )?(?:customers?|clients?|buyers?|users?|son|daughter|kids?|boss|accountant|husband|wife|partner|colleague|manager|dad|mum|mom)|customer of ours|(?:un|una|mi|nuestro) (?:cliente|clienta|jefe|hijo|hija)|(?:ein|eine|mein|meine|unser) (?:kunde|kundin|chef|sohn|tochter)|(?:un|une|mon|ma|notre) (?:client|cliente|patron|fils|fille)|(?:um|uma|meu|minha|nosso) (?:cliente|chefe|filho|filha))(?:\P{L}|$)|(?:^|\P{L})(?:haha+|lol|jk|mdr|jaja+|k{3,})(?:\P{L}|$)|\u{1F602}|\u{1F923}/iu;

const FEATURE_QUESTION =
  /(?:^|\P{L})(?:is there a (?:limit|way|setting|rule)|can (?:we|i|you) (?:set|create|configure|add)|peut-on|rule|règle|regla|regra|regel|setting|automatic|automatique|automática|automatisch)(?:\P{L}|$)/iu;

/** Round t-17 (tuning-17's training quarters): a colleague or an admin who left for a competitor is a job move, not the
 *  customer leaving ("our account manager moved to one of your competitors", "mi compañero se fue a la competencia"). */
const EMPLOYEE_LEFT =
  /(?:^|\P{L})(?:my|our|mi|nuestr[oa]|mon|ma|notre|mein(?:e|er)?|unser(?:e|er)?|meu|minha|nosso|nossa) (?:old |former |previous |ex-)?(?:account manager|colleague|co-?worker|employee|team ?mate|admin|administrator|developer|contact|compañer[oa]|administrador[a]?|colega|collègue|administrat(?:eur|rice)|kolleg(?:e|in)|mitarbeiter(?:in)?)s? (?:has |have |had |just |is |se )?(?:moved|left|went|joined|leaving|moving|fue|va|quitte|part|verlässt|wechselt|vai sair|saiu|foi)(?:\P{L}|$)/iu;

/** Leaving that was nearly done and then withdrawn ("I was about to cancel, but your agent sorted it out. Staying!",
 *  "on a failli partir l'an dernier, mais ... merci"): the sentence says it nearly happened, the message says why not. */
const NEARLY_LEFT =
  /(?:^|\P{L})(?:(?:i|we) (?:was|were) (?:about|going|ready|this close|so close|close|planning|thinking of|on the verge)|(?:almost|nearly) (?:cancel|left|leave|switch|quit|went)|estaba(?:mos)? (?:a punto|pensando)|casi (?:nos vamos|me voy|cancelo|cancelamos|nos fuimos|me fui)|(?:a|avons|ai|avait|avions) failli|(?:wären|waren|war) (?:wir|ich) fast|quase (?:saímos|saí|cancelei|cancelamos)|estava(?:mos)? (?:quase|prestes|a ponto))(?:\P{L}|$)/iu;
const STAYING =
  /(?:^|\P{L})(?:staying|we'll stay|i'll stay|we're staying|i'm staying|sorted it|fixed it|solved it|me quedo|nos quedamos|solucionó|resolvió|je reste|on reste|nous restons|réglé|ich bleibe|wir bleiben|gelöst|fico|ficamos|vou ficar|vamos ficar|resolveu|thanks|thank you|gracias|merci|danke|obrigad[oa])(?:\P{L}|$)/iu;

/** An unsubscribe from a newsletter or promotions, not from the service ("darme de baja del boletín", "sair da newsletter"). */
const NEWSLETTER_AFTER =
  /^(?: (?:from|of|off|to|del?|de la|des|du|vom|von|aus|da|do|dos|das|the|your|my|our|la|el|los|las|les|le|den|dem|der|die|o|a|os|as|al|au|aux|à)){0,3} (?:newsletters?|boletín|boletines|boletim|mailing lists?|mailings?|marketing (?:emails|e-mails|messages)|promotional (?:emails|sms|texts)|promo\p{L}*|publicidad|infolettres?|werbe\p{L}*)/iu;

/** Part of the service cancelled while the rest stays ("cancelar solo el paquete de SMS", "cancel just one seat"). */
const PARTIAL_AFTER = /^ (?:only|just|solo|sólo|seulement|uniquement|nur|só|apenas)(?:\P{L}|$)|^(?: (?:the|el|la|le|o|a))? (?:one|a single|una?|um|uma|ein(?:e|en)?) (?:extra |unused |additional )?(?:seat|licen[cs]e|user|licencia|licença|lizenz)(?:\P{L}|$)/iu;

/** A merchant asking about their own customers' subscriptions ("cancel a subscription that one of MY customers has"). */
const MERCHANTS_CUSTOMERS =
  /(?:subscriptions?|orders?|accounts?|plans?|memberships?|suscripci(?:ón|ones)|abonnements?|abos?|assinaturas?) (?:that |which |que |qui |die |das )?(?:one of )?(?:my|our|mis|nuestros|mes|nos|meine[nr]?|unsere[nr]?|meus|nossos) (?:customers?|clients?|buyers?|subscribers?|shoppers?|clientes|acheteurs|kunden|käufer)(?:\P{L}|$)/iu;

/** One account closed to move the money into another account kept with the company ("encerrar a conta poupança antiga
 *  e passar o dinheiro para a minha conta corrente com vocês"). */
const MONEY_TO_OWN_ACCOUNT =
  /(?:transfer|move|put|pasar|passer|transférer|buchen|passar|mover) (?:the |el |l'|das |o )?(?:money|balance|funds|dinero|saldo|argent|geld|dinheiro) (?:to|into|a|à|sur|aufs?|para|pra) (?:(?:my|our|mi|mon|mein|a minha|minha|meu|la|el|le|das) )?(?:other |main |current |checking )?(?:account|cuenta|compte|konto|girokonto|conta)/iu;

/** Repeat words in a message that takes them back or says it is new ("I wrote yesterday but found the answer, ignore that
 *  one", "this one's new", "ya está todo resuelto"). */
const RETRACTED =
  /(?:^|\P{L})(?:found the answer|figured it out|ignore (?:that|this)(?: one| message| email| please|[.!])|never ?mind|this one(?:'s| is) new|a different (?:question|issue|topic|matter)|(?:i'll|i will|i'd like to|just wanted to) add (?:that|this)|encontré la respuesta|ya está (?:todo )?resuelto|ignoren (?:este|el)|trouvé la réponse|ignorez ce|selbst gefunden|bitte ignorieren|encontrei a resposta|podem ignorar)(?:\P{L}|$)/iu;

/** "As I said to my team", "como eu disse para a minha equipe": said to someone else, not to support before. */
const SAID_TO_OTHERS =
  /^ (?:to|para|pra|a|à|al|zu) (?:(?:a|o|os|as) )?(?:(?:my|our|minha|meu|meus|minhas|nossa|nosso|mi|mis|nuestro|nuestra|mon|ma|mes|notre|nos|meinem|meiner|meinen|unserem|unserer) )?(?:team|colleagues?|boss|manager|wife|husband|partner|friends?|equipe|equipa|colegas?|chefe|equipo|compañeros|jefe|équipe|collègues|chef|kollegen)(?:\P{L}|$)/iu;

/** "Thanks again", "mais uma vez parabéns": gratitude said twice, not a repeat contact. */
const THANKS_AGAIN =
  /(?:thanks|thank you|gracias|merci|danke|obrigad[oa]|parabéns|congrats|bravo|felicidades)[\s,!]{1,3}(?:again|otra vez|una vez más|de nuevo|encore|à nouveau|nochmals|noch ?mal|mais uma vez|outra vez|de novo)|(?:again|once again|otra vez|una vez más|encore|nochmals|noch ?mal|mais uma vez|outra vez) (?:parabéns|bravo|thanks|congrats|merci|gracias|danke|felicidades|ein großes lob)/iu;
const AGAIN_WORD = /^(?:(?:once |yet )?again|otra vez|una vez más|de nuevo|encore|à nouveau|de nouveau|nochmals|noch ?mal|erneut|mais uma vez|outra vez|de novo)[.!?]?$/iu;

/** "No need to chase us", "inutile de nous relancer": the customer waving reminders off, not chasing. */
const NOT_CHASING =
  /(?:inutile de|pas besoin de) (?:me |nous )?relancer|(?:no need to|don't|do not) (?:chase|remind|follow up with) (?:me|us)|erinnerungen können sie sich sparen|não precisa(?:m)? mandar lembretes|no hace falta (?:que )?(?:me|nos) (?:recuerden|escriban)/iu;

/** Round t-18 (tuning-18's training quarters): "as I said," about an earlier sentence of the same message ("We have two
 *  printers. As I said, only one fails"; "as I said at the start"): no earlier contact named after it. */
const AS_I_SAID = /^(?:as|like|como|comme|wie|conforme|tal como|según)(?:\P{L}|$)/iu;
const SAME_MESSAGE_AFTER = /^(?:\s*[,;:]|\s+(?:at the (?:start|beginning|top)|above|earlier in this|al principio|arriba|au début|plus haut|ci-dessus|oben|anfangs|no início|acima))/iu;

/** "Again" in a sense that is no repeat contact: tried again, works again, would buy again, available again. */
const AGAIN_SENSE_BEFORE =
  /(?:^|\P{L})(?:try|tried|trying|retry|works?|working|worked|buy|bought|order|available|probar\p{L}*|prob[ée]|intent\p{L}*|funciona\p{L}*|compr\p{L}*|essa\p{L}*|réessa\p{L}*|marche|fonctionne|achète\p{L}*|versuch\p{L}*|funktioniert|kauf\p{L}*|bestell\p{L}*|tent\p{L}*|disponível|disponible|verfügbar)\s+(?:[\p{L}']+\s+)?$/iu;
/** "Explain again how the referral bonus works": a question, not the story told again. */
const EXPLAIN_AGAIN_HOW = /(?:explain|explicar|expliquer|erklären|réexpliquer)\p{L}*\s+(?:[\p{L}']+\s+)?$/iu;
const HOW_AFTER = /^[\s,]*(?:how|what|cómo|como|qué|comment|ce que|wie|was|o que)(?:\P{L}|$)/iu;

/** An account, a shop or a restaurant opened again, not a case: "I closed my account and would like to reopen it". */
const REOPEN_NOT_A_CASE =
  /(?:reopen|re-open|reabr|rouvr|réouv|öffne\p{L}* .{0,60}wieder|wieder ?(?:er)?öffn)/iu;
const VENUE_OR_ACCOUNT = /(?:^|\P{L})(?:account|restaurant|store|shop|office|branch|café|bar|tienda|cuenta|local|boutique|compte|magasin|filiale|geschäft|laden|loja|conta|restaurante|shopping)(?:\P{L}|$)/iu;
const A_CASE = /(?:^|\P{L})(?:ticket|case|caso|dossier|chamado|request|complaint|demande|solicitud|solicitação|fall|vorgang|anfrage|incidencia|reclam\p{L}*|protocolo|claim)(?:\P{L}|$)/iu;

/** "The second time I've ordered from you and I love it": a repeat purchase. */
const REPEAT_PURCHASE =
  /(?:^|\P{L})(?:ordered|order(?:ing)? from|bought|buying|purchased|shopp(?:ed|ing)|compro|compré|compramos|commande|commandé|bestelle|bestellt|gekauft|kaufe|comprei|encomend\p{L}*)(?:\P{L}|$)/iu;
const PRAISE_WORD = /(?:^|\P{L})(?:love|loved|great|happy|delighted|encanta|encantó|adore|j'adore|begeistert|zufrieden|amei|adorei|gostei|excellent|excelente|super)(?:\P{L}|$)/iu;

/** "Sorry for the second email, forgot the attachment": the same contact a minute later. */
const FORGOT_ATTACHMENT =
  /(?:forgot|forgotten|olvidé|olvide|oublié|vergessen|esqueci)[^.!?\n]{0,30}(?:attach|adjunt|pièce jointe|anhang|anexo|the file|el archivo|le fichier|die datei|o arquivo)|anhang vergessen/iu;

/** A time on a first contact about an order ("I ordered 3 days ago, when will it ship?"): no contact or wait named. */
const DURATION_HIT = /^(?:hace|há|faz|since|for|seit|depuis|desde|over)(?:\P{L}|$)/iu;
const ORDER_EVENT = /(?:^|\P{L})(?:ordered|order|bought|purchased|pedido|compra|compré|comprado|commandé|commande|achat|bestellt|bestellung|gekauft|comprei|encomend\p{L}*|update|actualización|mise à jour|atualização)(?:\P{L}|$)/iu;
const CONTACT_WORD = /(?:wait|esper|attend|wart|aguard|answer|respu|répon|antwort|respost|repl|contact|escrib|écri|geschrieben|escrev|call|llam|appel|anruf|lig|ticket|chamado|caso|dossier)/iu;

/** Somebody else already wrote ("My manager already emailed you to approve the purchase order"). */
const SOMEONE_ELSE_BEFORE =
  /(?:^|\P{L})(?:my|our) (?:manager|boss|colleague|accountant|assistant|husband|wife|partner|ceo|cfo|cto|admin|it team|finance team)(?: has)? $/iu;

/** Not a complaint: a copy asked for ("a copy of the complaint I submitted last year"), a closed case that was fine, a
 *  product that keeps logging the customer out. */
const COPY_BEFORE = /(?:copy|copies|copia|copie|kopie|cópia) (?:of|de|von|da|do)\s+(?:(?:the|my|our|la|mi|el|du|de|der|die|meine[rn]?|a|o|minha|meu)\s+)?$/iu;
const CLOSED_FINE = /(?:^|\P{L})(?:that's fine|that is fine|it was resolved|it's resolved|all (?:good|sorted) now)(?:\P{L}|$)/iu;
const NOT_SOLVED = /(?:^|\P{L})(?:isn't|is not|it's not|wasn't|was not|not (?:resolved|fixed|solved)|still)(?:\P{L}|$)/iu;
const LOGGED_OUT_AFTER = /^\s+(?:logged|signed|kicked|locked|disconnected)(?:\P{L}|$)/iu;

/** "Hi, it's me again, one more question: ...": a new matter, not the earlier one. */
const NEW_MATTER = /(?:one more|another|last|quick|new|different) question|last one[:!]|otra pregunta|une autre question|noch eine frage|outra pergunta/iu;

const PROMISED = /(?:^|\P{L})(?:promised|versprochen|zugesagt|prometieron|prometido|prometió|promis|promise|prometeram|prometeu)(?:\P{L}|$)/iu;

/** Why a hit is not the customer doing the thing (the learned model reads these as features: model/features.ts). */
export type ScopeReason =
  | 'job' | 'third_party' | 'paperwork' | 'hypothetical' | 'terms_question' | 'order' | 'by_mistake' | 'feature_question'
  | 'as_asked' | 'tag' | 'sla_question' | 'not_incident' | 'not_now' | 'promised' | 'someone_else'
  | 'job_move' | 'withdrawn' | 'newsletter' | 'partial' | 'retracted' | 'said_to_others' | 'thanks_again';

/** Why a hit in [start, end) of `text`, in the sentence [ss, se), is not the customer doing the thing; null when it is. */
export function outOfScope(kind: PhraseKind, text: string, start: number, end: number, ss: number, se: number): ScopeReason | null {
  const sentence = text.slice(ss, se);
  switch (kind) {
    case 'legal_threat': {
      const before = text.slice(Math.max(ss, start - 60), start).toLowerCase().replace(/’/g, "'");
      if (PROFESSION_BEFORE.test(before)) return 'job';
      if (THIRD_PARTY.test(sentence)) return 'third_party';
      if (PAPERWORK.test(sentence)) return 'paperwork';
      if (LEGAL_HYPOTHETICAL.test(sentence)) return 'hypothetical';
      // A question about how chargebacks or disputes are handled, with no threat of the customer's own in it.
      return /[?]\s*$/u.test(sentence) && TERMS_QUESTION.test(sentence) && !OWN_THREAT.test(sentence) ? 'terms_question' : null;
    }
    case 'churn_risk': {
      // "if my team ever switched to another tool": a hypothetical, like a lawyer imagined.
      if (LEGAL_HYPOTHETICAL.test(sentence)) return 'hypothetical';
      // (round t-17) a colleague's job move, leaving nearly done and withdrawn, a newsletter, part of the service,
      // a merchant's own customers, money moved to another account kept here
      if (EMPLOYEE_LEFT.test(sentence)) return 'job_move';
      if (NEARLY_LEFT.test(sentence) && STAYING.test(text)) return 'withdrawn';
      const after = text.slice(end, end + 60);
      if (NEWSLETTER_AFTER.test(after)) return 'newsletter';
      if (PARTIAL_AFTER.test(after) || MONEY_TO_OWN_ACCOUNT.test(sentence)) return 'partial';
      if (MERCHANTS_CUSTOMERS.test(sentence)) return 'third_party';
      const hit = text.slice(start, end).toLowerCase();
      if (!/cancel|annul|kündig|résil/u.test(hit)) return null;
      if (NOT_A_CUSTOMER_LEAVING.test(text.slice(end, end + 60)) || NOT_A_CUSTOMER_LEAVING_NAMED.test(text.slice(end, end + 60))) return 'order';
      return BY_MISTAKE.test(sentence) ? 'by_mistake' : null;
    }
    case 'repeat_contact':
      // "Is there a limit on how many times a ticket can be reopened?", "peut-on créer une règle quand un ticket reste
      // 48 h sans réponse ?": a question about the product, not a complaint.
      if (/[?]\s*$/u.test(sentence) && FEATURE_QUESTION.test(sentence)) return 'feature_question';
      // (round t-17) taken back or new, said to someone else, thanks said again
      if (RETRACTED.test(text) || NOT_CHASING.test(sentence)) return 'retracted';
      if (SAID_TO_OTHERS.test(text.slice(end, end + 50))) return 'said_to_others';
      if (AGAIN_WORD.test(text.slice(start, end)) && THANKS_AGAIN.test(sentence)) return 'thanks_again';
      return repeatOutOfScopeT18(text, start, end, ss, sentence) ?? (/reopen|reabr|rouvr|réouv|wieder/iu.test(text.slice(start, end)) && REOPEN_FOR_WHAT_YOU_ASKED.test(sentence) ? 'as_asked' : null);
    case 'urgency':
      // "[URGENT]" as a tag says nothing about the message; nor does a question about the SLA.
      if (text[start - 1] === '[' && text[end] === ']') return 'tag';
      if (/[?]\s*$/u.test(sentence) && SLA_QUESTION.test(sentence)) return 'sla_question';
      if (NOT_AN_INCIDENT.test(sentence)) return 'not_incident';
      return URGENCY_NOT_NOW.test(sentence) ? 'not_now' : null;
    case 'human_requested':
      // "Your colleague promised me a call back": a promise not kept (a repeat contact), not a request now.
      return PROMISED.test(sentence) ? 'promised' : null;
    case 'anger':
      // "a furious customer of ours", "my son keeps shouting": someone else's anger, or a joke.
      return SOMEONE_ELSES_FEELING.test(sentence) ? 'someone_else' : null;
    default:
      return null;
  }
}

/** Round t-18 (tuning-18's training quarters): repeat words that are no repeat contact. "As I said," about this message,
 *  again in the sense of tried, works, would buy or explain how, an account or a shop reopened, a repeat purchase, the
 *  second e-mail a minute later for a forgotten attachment, a time on a first contact about an order, somebody else's
 *  earlier e-mail, "me again" with a new question. Read as the existing reasons, so the model's features stay the same. */
function repeatOutOfScopeT18(text: string, start: number, end: number, ss: number, sentence: string): ScopeReason | null {
  const hit = text.slice(start, end);
  if (AS_I_SAID.test(hit) && SAME_MESSAGE_AFTER.test(text.slice(end, end + 40))) {
    // "as I said, ..." right after an earlier sentence of this message, or "as I said at the start"
    if (!/^\s*[,;:]/u.test(text.slice(end, end + 2)) || text.slice(0, start).trim().length > 0) return 'said_to_others';
  }
  if (AGAIN_WORD.test(hit) || /again|encore|nochmal|de novo|de nuevo|otra vez/iu.test(hit)) {
    const before = text.slice(Math.max(ss, start - 40), start);
    if (AGAIN_SENSE_BEFORE.test(before)) return 'thanks_again';
    if (EXPLAIN_AGAIN_HOW.test(before) && HOW_AFTER.test(text.slice(end, end + 20))) return 'thanks_again';
    if (NEW_MATTER.test(text)) return 'retracted';
  }
  if (REOPEN_NOT_A_CASE.test(sentence) && VENUE_OR_ACCOUNT.test(sentence) && !A_CASE.test(sentence)) return 'as_asked';
  if (REPEAT_PURCHASE.test(sentence) && PRAISE_WORD.test(sentence)) return 'thanks_again';
  if (FORGOT_ATTACHMENT.test(text) || (CLOSED_FINE.test(text) && !NOT_SOLVED.test(text))) return 'retracted';
  if (COPY_BEFORE.test(text.slice(Math.max(ss, start - 40), start))) return 'retracted';
  if (/keep getting$/iu.test(hit) && LOGGED_OUT_AFTER.test(text.slice(end, end + 20))) return 'retracted';
  if (DURATION_HIT.test(hit) && ORDER_EVENT.test(sentence) && !CONTACT_WORD.test(sentence)) return 'retracted';
  if (SOMEONE_ELSE_BEFORE.test(text.slice(Math.max(ss, start - 40), start).toLowerCase())) return 'said_to_others';
  return null;
}

/** A person asked for in a word or two: "Agent.", "human please", "Representative!", "Mitarbeiter bitte". */
const SHORT_PERSON_REQUEST =
  /^(?:(?:an?|a real|real|live|talk to an?|speak to an?|talk to|speak to|need an?|want an?|get me an?|connect me to an?|un|una|une|ein|einen|um|uma)\s)?(?:agent|human|person|operator|representative|rep|somebody|someone|supervisor|manager|agente|humano|persona|operador|humain|conseiller|conseillère|opérateur|mensch|mitarbeiter|berater|atendente|pessoa)(?:\s(?:please|pls|now|por favor|s'il vous plaît|svp|bitte|já))?[\s.!?]*$/iu;

/** Leaving said in a word or two (round t-17): "Cancel.", "Cancelar.", "Cancela aí.", "Kündigen bitte". */
const SHORT_CANCEL =
  /^(?:(?:just|please|pls|plz|por favor|bitte|svp)\s)?(?:cancel(?:\s(?:it|everything|it all|my account|us|me))?|cancelar|cancela(?:\s(?:tudo|todo))?|cancelen|cancelem|résilier|résiliez|kündigen|kuendigen)(?:\s(?:please|pls|plz|now|por favor|s'il vous plaît|svp|bitte|já|aí|ai|ya))?[\s.!]*$/iu;

/** A nudge on an earlier message, in a word or two (round t-17): "bump", "Any update?", "¿Alguna novedad?",
 *  "Des nouvelles ?", "Gibt es schon etwas Neues?", "Alguma novidade?". */
const SHORT_NUDGE =
  /^(?:(?:hi|hello|hey|hola|bonjour|hallo|olá|oi)[\s,!]{1,3})?(?:bump(?:ing)?(?:\sthis)?|any (?:update|updates|news)(?:\s(?:on this|please|pls))?|¿?alguna (?:novedad|noticia|actualización)|des nouvelles|du nouveau|(?:gibt es )?(?:schon )?(?:etwas )?neues|alguma (?:novidade|notícia|atualização)|(?:once |yet )?again|still nothing|nothing yet|¿?nada todavía|¿?todavía nada|toujours rien|(?:immer noch|noch immer) nichts|nada ainda|ainda nada|otra vez|de nuevo|encore|nochmal|de novo|outra vez)[\s.!?]*$/iu;
/** A nudge word opening a short message (round t-18): "Up.", "Up. Alguém?", "Push, bitte um Rückmeldung.", "Petit up". */
const SHORT_NUDGE_LEAD = /^(?:(?:petit |small )?up|push|bump)(?:[.!,]|\s+(?:sur|svp|please|pls|bitte|por favor|alguém|alguien|anyone)|$)/iu;

/** Whole messages of a word or two that say one thing: a person asked for, leaving (round t-17), a nudge on an earlier
 *  message (round t-17); each kind's pattern and the longest message it is tried on. */
const SHORT_MESSAGES: readonly (readonly [PhraseKind, RegExp, number])[] = [
  ['human_requested', SHORT_PERSON_REQUEST, 60],
  ['churn_risk', SHORT_CANCEL, 40],
  ['repeat_contact', SHORT_NUDGE, 40],
  ['repeat_contact', SHORT_NUDGE_LEAD, 40],
];

/** The kinds a short message says on its own, each with the span of the message's text. */
export function shortMessageHits(text: string): { kind: PhraseKind; start: number; end: number }[] {
  if (text.length > 60) return [];
  const trimmed = text.trim();
  const at = text.indexOf(trimmed);
  return SHORT_MESSAGES.filter(([, pattern, max]) => text.length <= max && pattern.test(trimmed)).map(([kind]) => ({ kind, start: at, end: at + trimmed.length }));
}

/** Praise and a failure in one sentence is sarcasm: "Great job breaking the export again", "Thanks a lot for losing
 *  my order". Both halves are word lists; the sentence is split first, so each regex runs on one short sentence. */
const PRAISE =
  /(?:^|\P{L})(?:great|fantastic|brilliant|wonderful|amazing|stellar|superb|awesome|impressive|outstanding|excellent|nice|lovely|perfect) (?:job|work|service|support|stuff)|(?:^|\P{L})(?:well done|thanks a lot|thanks so much|thank you so much|oh great|just great|just perfect|bravo|congrats|congratulations|genial|super gemacht|toll gemacht|parabéns)(?:\P{L}|$)/iu;
/** A plain literal alternation (no \\p classes, no look-around) that V8 scans fast: most messages fail it. */
const PRAISE_QUICK = /great|fantastic|brilliant|wonderful|amazing|stellar|superb|awesome|impressive|outstanding|excellent|nice|lovely|perfect|well done|thank|bravo|congrat|genial|gemacht|parabéns/i;
const FAILURE =
  /(?:^|\P{L})(?:break\p{L}*|broke\p{L}*|fail\p{L}*|lost|losing|lose|nothing|never|wrong|deleted|ruin\p{L}*|crash\p{L}*|ignor\p{L}*|kaputt|rompi\p{L}*|perd\p{L}*|cass\p{L}*)(?:\P{L}|$)/iu;

/** The span of the first sarcastic sentence, or null. */
export function sarcasm(text: string): [number, number] | null {
  // Most messages praise nothing: one pass over the whole text first, sentences only when it does.
  if (!PRAISE_QUICK.test(text) || !PRAISE.test(text)) return null;
  const re = /[^.!?\n]+[.!?]*/gu;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0].length > 300) continue;
    if (PRAISE.test(m[0]) && FAILURE.test(m[0])) return [m.index, m.index + m[0].length];
  }
  return null;
}

export function someoneElsesFeeling(sentence: string): boolean {
  return SOMEONE_ELSES_FEELING.test(sentence);
}
