// Frames over meaning (issue 15, second round): the patterns of meaning.ts matched a verb and its object side by side;
// customers put words in between ("have a person from the billing team reach out", "taking our 40 seats to a
// competitor", "asked twice already to end the subscription"). A frame is two or three word classes — a request or
// leaving verb in its inflections, a role noun, a competitor, a repeat count, a deadline — joined by ` % ` (up to four
// words in between, in the same clause; see phrases/types.ts). Each class is a flat alternation, so the compiled
// regexes stay linear, and the scope filters of ../scope.ts still apply.
//
// Tuned on tests/fixtures/sentiment/alerts-labelled.json and the dev half (even ids) of tuning-2, never on its check
// half and never on the frozen independent set.
//
// Why not an NLP library for lemmas and match syntax: compromise 14.20 (the example) was measured on
// 2026-12-06 on tuning-2's English messages: 60–80 messages/s for nlp(text) + one match with the full build (148 KB
// gzipped) and ~400/s with compromise/one (the tokenizer alone), against the ≥ 20,000/s a ticket needs, and it reads
// English only. Inflections are written here as stems (`renew*`, `migrat*`) and listed forms instead.
import type { PhraseKind } from './types';

type KindPatterns = Partial<Record<PhraseKind, string[]>>;

// ---------------------------------------------------------------- English word classes
/** Someone a customer asks for, by role, seniority or team. */
const EN_PERSON =
  '(a person|a human|a real person|an actual person|a human being|someone|somebody|anyone|anybody|whoever|a manager|your manager|the manager|' +
  'a supervisor|your supervisor|an account manager|my account manager|our account manager|a specialist|an engineer|an expert|a technician|' +
  'an advisor|an adviser|an agent|a rep|a representative|your (cto|ceo|boss|head|director|lead)|the (head|director|lead)|head|someone senior|' +
  'someone technical|someone (from|in|on) (your|the))';
/** Talking with someone, live. */
/** The role nouns alone, for frames with room for an article and an adjective before them ("a senior engineer"). */
const EN_ROLE_NOUN =
  '(person|human|someone|somebody|manager|supervisor|specialist|engineer|expert|technician|advisor|adviser|agent|rep|representative|lead|head|director|cto|ceo|boss)';
const EN_TALK = '(speak|talk|chat|deal|discuss|book a call|get on a call|go through it|talk it through)';
/** Being contacted. */
const EN_CONTACT = '(reach out|call me|call us|ring me|ring us|phone me|phone us|contact me|contact us|get in touch|get back to me|give me a call|give us a call)';
/** Another company the customer goes to. */
const EN_OTHER =
  '(another|a different|a competing|a rival|a new|a local|a cheaper|your competitor|a competitor|the competition|your competition|someone who|somebody who|' +
  'someone else|somebody else|a company that|a provider that|one of your competitors)';

const en: KindPatterns = {
  human_requested: [
    `(can|could|would|please|i need|i'd like|i would like|i want|get|have|let) % ${EN_ROLE_NOUN} % ${EN_CONTACT}`,
    `(is there|are there|can i get|could i get|can i have|i need|i want|i'd like) ${EN_PERSON} % (i|we) (can|could) ${EN_TALK}`,
    `(rather|prefer to|want to|need to|like to) ${EN_TALK} (with|to) ${EN_PERSON}`,
    `(need|get|want|have|put) ${EN_PERSON} % on (a|the) (call|phone|line)`,
    `(connect*|transfer*|escalat*|forward*|pass*|refer*|loop*|send*) % (to|in) (whoever|your head of|the head of|your (cto|ceo|boss|director)|someone (from|in|on)|somebody (from|in|on))`,
    '(loop|bring|pull) in (someone|somebody|a person|an engineer|a specialist|your|the)', '(talk|speak) to me like a (human|person)',
    '(any|a|one|real) human[,.!] (please|pls|now|any)', 'human please',
    '(live|actual|real) (agent|rep|representative|operator|human being)', '(someone|somebody|a person|anyone) (higher up|in authority|with authority|who can (actually )?(help|decide|fix))', 'higher up', '(who|whom) (is|can i) (in charge|speak to|talk to)', '(put|get) me (on the phone|on a call) with', '(phone|call) me (on|at|back|when|please|asap)', '(a|an|the) call( |-)?back', '(book|schedule|arrange|set up) a (call|phone call|meeting) with', '(stop|enough with|no more) (the )?(bot|chatbot|automated|canned|scripted)', "(bot|chatbot|robot|machine|ai|automated system) (is|isn't|can't|cannot|doesn't|keeps) % (help*|understand*|useless|going in circles)", '(not|no) (a |another |more )?(bot|chatbot|robot|machine|script|faq|help article|article link)',
  ],
  churn_risk: [
    `(switch*|mov*|port*|tak*|migrat*|transfer*|leav*|go|going|gone|went) % (to|with|for) ${EN_OTHER}`,
    '(migrat*|mov*|switch*|go*|port*) (off|away from|out of) (your|the) (platform|service|product|app|tool|network|bank)', '(port*|porting) out',
    "(i'm|i am|we're|we are) (out|done)[,.!]", 'outgrown (you|your)', 'termination (date|notice|letter|request)',
    'terminat* (the |my |our )?(service|contract|subscription|agreement|membership|plan|account)',
    '(weigh*|consider*|explor*|look* at|review*) (my|our|all (my|our)|the) options', '(rivals?|competitors?|competition) (are |is )?(offer*|cheaper|better)',
    '(cancel*|end|ending|stop|stopping) (my|our|the) % (membership|subscription|contract|plan|account|service)',
    '(drop*|downgrad*|mov*|go|going|switch*) (back )?(down )?to (the )?(free|basic|starter|cheapest|lowest) (plan|tier|version|account|level)',
    'win (me|us) back', "(don't|do not) bother trying to (keep|win|retain)",
    '(find|found|look* for|shop* around for|sign* up with|signed with|chose|choose|picked) (another|a new|a different|a better|a cheaper) (provider|company|service|vendor|supplier|carrier|bank|tool|platform|solution|plan|deal|isp|operator)', '(pull|pulling|take|taking) (our|my) (business|account|accounts|custom|money|seats|team)( away)? (from|elsewhere|somewhere)', '(close|closing|shut*|wind*) (down )?(my|our|the) (account|accounts|workspace|org|organisation|organization|tenant|store|shop)( for good| permanently)?', '(leave|leaving|quit|quitting|ditch*|dump*|drop*) (you|your (company|service|platform|app|product|bank|network))', '(last|final) (bill|invoice|payment|month|renewal) with you', '(not|never) (renew*|continu*|stay*|com* back)', "(no longer|won't|will not) (need|require|use) (your|the|this) (service|platform|product|app|subscription|plan)", '(this|our|my) (subscription|contract|plan|membership) (ends|expires|runs out) % (and|but) (we|i)', '(unsubscribe|cancel*) (me|us) from (everything|the (service|subscription|plan))', '(cancel|end|terminate|close) (it|everything|all of it)[.!]',
    '(i|we) want out', 'get (me|us) out of (this|my|our|the) (contract|plan|subscription|agreement)', 'pull(ing)? the plug', "(we're|we are|i'm|i am) moving on", '(shop|shopping|go|going|look|looking|take (my|our) (money|business)) elsewhere', "(never|won't|will not|not going to) (be )?(buy*|order*|us*|book*|shop*) (from |with )?(you|your|here) again", 'notice of (non-renewal|termination|cancellation)', 'opt (us |me )?out of (the )?(auto( |-)?)?renewal', 'switch* (providers|suppliers|carriers|banks|vendors|tools|platforms)',
  ],
  urgency: [
    '(start*|open*|begin*|due|clos*|leav*|board*|depart*|meeting|launch*|flight|surger*|deadline|event|exam|kick* off) % in ([0-9]*|one|two|three|an|half an|a few|a couple of) (minutes|mins|hours?|hrs?)',
    '(launch|go( |-)?live|deadline|meeting|flight|event|surgery|exam|interview|presentation|demo|wedding|funeral|closing|payroll) % (today|tonight|tomorrow (morning|at)|this (morning|afternoon|evening))',
    '(wedding|funeral|flight|event|launch|surgery|exam|moving day|closing|interview) (is )?(on )?(monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|this weekend)',
    '(freeze|block|lock|stop) (it|my card|the card|my account|the account|this) (now|immediately|asap|right now|right away)',
    'card (was|is|has been|being|got) (just )?(used|charged) (in|at|by|for)',
    '(credential|credentials|password|passwords|api keys?|secret|secrets|tokens?|customer data|personal data) % (leak*|exposed|stolen|compromised|public repo)', '(credential|password|data) leak',
    "(can't|cannot|unable to|won't be able to|will not be able to) pay (my|our) (staff|rent|wages|employees|bills|mortgage|suppliers|team)", '(rent|payroll|mortgage|wages) (is |are )?due (today|tomorrow)',
    "(reject*|fail*|block*|down|broken|not working|can't log in|cannot log in|locked out) % (for )?(all|every|any of) (our )?(staff|users|customers|employees|stores|locations|shops|clients)",
    '(pls|please) (fast|quick|quickly)', "(i'm|i am|we're|we are) (at|stuck at) the (border|airport|gate|check( |-)?in|hospital)",
    '(about to|going to|will|could|stand to) lose (£|\\$|€|[0-9]*|thousands|hundreds|money|stock|the (sale|deal|contract|booking)|my (job|deposit|booking|flight|place|home|house))',
    '(needed|required) (today|tonight|asap|urgently|now|immediately)', '(charg*|fail*|declin*|reject*|crash*) % right now', 'help (rotating|immediately|now|asap)',
    '!(everything|all|the whole (system|site|platform|network)) (is |went |has gone )?(down|offline|broken)', '!(site|website|app|service|system|server|servers|checkout|portal|network|platform|api|internet|wifi|power|phones?|terminals?|tills?|pos|email|payments?|dashboard|login|prod|production) (down|offline)(?! (the|to|a|from|menu|arrow|list))',
    '!(site|website|app|service|system|server|checkout|portal|network|platform|api|internet|power|phones?|terminals?|tills?|pos) (has been |is |went |keeps going )?(down|offline|dead|unreachable) (for|since|all|again|right)', '!(no|without) (power|internet|heating|heat|water|electricity|service|signal|connection) (since|for|at all)', '!(stolen|lost|missing) (card|phone|wallet|laptop|passport)', '!(someone|somebody) (has )?(hacked|accessed|logged into|broke into|got into|took over) (my|our)', '!(money|funds|savings|payment|salary) (was |were |has been |have been )?(taken|stolen|missing|gone|frozen|held)', '(today|tonight|tomorrow) (is|was) the (deadline|last day|cut( |-)?off)', '(last|final) (day|chance) (to|for|before)', '(runs|run|running) out (today|tonight|tomorrow|in)', '(need|needs|needed) (this|it|help|a fix|an answer|a response) (urgently|immediately|straight away|right now|within the hour|before)', '(every|each) (minute|hour) (counts|matters|costs)', "(customers|clients|users|guests|patients|staff|students) (are )?(waiting|queuing|stuck|stranded|locked out|can't (pay|log in|get in|check in|board))", '(stranded|stuck) (at|in) (the )?(airport|station|border|hotel|abroad)', "(can't|cannot|unable to) (get|make) (any )?(money|cash|payments?) (out|through)",
    'as a matter of urgency', '(top|highest|high|urgent) priority', "(can't|cannot) wait (any longer|until|till)", 'dead in the water', '(elderly|vulnerable|disabled|pregnant|newborn|sick child)',
  ],
  repeat_contact: [
    'once more:', '(already|previously) (phoned|called|rang|emailed|e-mailed|written|wrote|asked|reported|raised|flagged|contacted|chased|sent|complained|logged)',
    '(asked|called|phoned|rang|written|wrote|emailed|reported|told you|contacted you|complained|chased|flagged|raised) % (twice|three times|four times|[0-9]* times|several times|multiple times|many times|repeatedly|again and again|over and over)',
    '(twice|three times|[0-9]* times) (already|now|today|this week)', '(on hold|called|phoned|rang|contacted you) ([0-9]*|two|three|four|five) times',
    '(asked|reported|raised|requested|called|phoned|rang|told you|flagged|complained) % last (week|month|time|monday|tuesday|wednesday|thursday|friday)',
    '(every|each) (month|week|time|day) % (i|we) (have to|need to|must) (call|ring|phone|chase|write|email|contact|remind)',
    '(record|log|copy|note) of (every|all (my|our|the)) (calls?|emails?|messages?|chats?)', '(like|as) (i|we) (told|said to|explained to|mentioned to) (your|the|you)',
    '(second|third|fourth|fifth) (email|message|time|call|request|attempt|chat|complaint|ticket|e-mail)[.!]', '(third|fourth|fifth)!',
    "(is|are|it's|has|have) (broken|failing|down|wrong|gone|stopped working|crashing|happening|missing) again",
    "(told|promised|assured) (me|us) % (would|will|'d) (be )?(fixed|resolved|sorted|call|get back|refund|arrive)", "(never|still haven't|haven't|didn't) (got|get|gotten|received|had) (the |a |my )?(call|callback|call back|reply|response|answer|refund|email) (you|they|i was) (promised|said)", '(nobody|no one|no-one) (ever )?(called|rang|phoned|wrote|emailed|got back|came back)', '(every|each) time (i|we) (call|ring|phone|write|email|contact|chat)', '(same|identical) (canned |generic |copy-pasted )?(answer|reply|response|email|message)', '(weeks|months|days) (of|and) (chasing|emails|calls|waiting|back and forth)', '(back and forth|going round in circles|going in circles|passed around|bounced around|pass* from (one|pillar))', '(again|still)[.!?]+$', '(re-?raising|re-?opening|re-?submitting|re-?sending|re-?posting|re-?reporting) (this|the|my)', '(chased|chasing|reminded|reminding) (you|your team|support) (twice|again|several|multiple|[0-9]*)', '(since|for) (last|the last|the past) (week|month|[0-9]* (days|weeks|months))', '(first|originally) (reported|raised|contacted|wrote|emailed|called) (on|in|back in|last)',
  ],
  anger: [
    'clown (show|car)', 'circus', 'cowboys', 'amateurs', 'the audacity', 'jfc', 'just wow', 'real nice', 'driving me (up the wall|crazy|mad|nuts|insane|round the bend)',
    "(i'm|i am) (really|so|very|absolutely|beyond) (mad|angry|livid|furious|fuming)", 'rip( |-)?off', 'what a (surprise|joke|shambles|rip( |-)?off|circus)',
    '(is|are) (anyone|anybody) (actually|even) (reading|listening)', 'do any of you (actually|even)', 'my foot[.!]', 'absolutely shocking',
    '(fantastic|great|brilliant|wonderful|excellent|superb) use of my (time|afternoon|morning|day|evening|weekend)',
    '(what|who) (the hell|on earth|the heck)', '(how|why) (the hell|on earth|the heck|the f)', '(morons|idiots|idiotic|imbeciles|muppets|jokers|clueless|incompetence|shambolic|disgrace|laughable|a farce|criminal|daylight robbery|scammers|crooks|thieves)', '(are you|you) (people )?(for real|taking the (piss|mick|mickey))', '(fuming|seething|raging|enraged|irate|incandescent|apoplectic|beyond angry|so angry|really angry|very angry|absolutely livid)', "(i've|i have) (had it|had enough)", '(sort|get) (it|your act|yourselves) (together|sorted)', '(how|why) (is|are) (it|this|that|you) (so )?(difficult|hard|impossible)', '(zero|no) (respect|accountability|competence)', '(dreadful|horrendous|horrible|terrible|awful|appalling|abysmal|diabolical) (service|support|company|experience)',
    'you had one job', 'do your (job|jobs)', '(sort|sorting) (it|this) out[.!]', 'what (am i|are we) (even )?paying (you )?for', 'what do (i|we) (even )?pay you for', 'i pay good money', '(treat|treating|treated) (your )?(customers|us|me) like', '(nobody|no one|no-one) (here )?(gives|cares) a', "couldn't care less", '(zero|no) help (at all|whatsoever)', 'every single time', '(are|is) (you|anyone) (even )?listening', 'for the love of god', 'give me strength', "(i|we) can't believe (this|you|how|that you)", 'beyond (a )?joke', '(a|an) (absolute|complete|total) (joke|disgrace|shambles|farce|nightmare|embarrassment)', '(hello|helloo+)[?!]{2,}', 'what is wrong with (this|your) (company|service|team)', "(i'm|i am) (so )?(over|done with) (this|it)[.!]",
  ],
  legal_threat: [
    '(a|the) (judge|court|tribunal|small claims court) (decide|will decide|can decide|rule|sort)', 'letter before action', '(issue|issuing|start|begin|commence) (legal )?proceedings',
    'section 75', '(claw|charge|pull) back (the|my|this) (payment|money|charge)', '(take|taking|seek|seeking|get|getting) legal advice', "law firm('s)?", "(gonna|going to|will|i'll) sue",
    '(refer|referring|escalate|escalating|report|reporting) (this|the) (matter|case|complaint|issue) to', 'civil aviation authority', 'trading standards', '(sending|send|sent) (the )?(direct debit|payment) back',
    '(take|taking|bring|bringing|pursue|pursuing|start|starting) (legal|formal) (action|steps|proceedings|claim)', '(formal|legal) (notice|demand|claim)', 'letter of (claim|demand)', 'demand letter', 'cease and desist',
    '(report|reporting|complain*|escalat*|refer*) % to (the )?(ombudsman|regulator|fca|ofcom|ofgem|ico|cma|bbb|ftc|cfpb|attorney general|consumer (council|protection|rights))',
    '(call|ring|phone|contact|ask*|told|tell|instruct*) (my|the|our) (bank|card (company|issuer|provider)|credit card (company|provider)) (to|and) (dispute|revers*|recall|stop|block|cancel|refund|claw)',
    '(dispute|disputing|disputed|revers*|recall*) (the|this|these|that|your) (charge|charges|transaction|payment|debit)', 'breach of contract', '(consumer|statutory) rights', '(seek|seeking|claim|claiming|sue for) (damages|compensation)',
    "(i'll|i will|we'll|we will|i'm going to|we're going to) (see|meet) you in court", '(legal|court) (claim|letter|papers|summons)',
    'consumer rights act', '(eu|ec) ?261', 'regulation 261', '(contact*|writ*) (to )?my (mp|congressman|congresswoman|senator)',
  ],
};

// ---------------------------------------------------------------- Spanish
const es: KindPatterns = {
  human_requested: [
    '(atiend*|atender|atienda) % (humano|persona|alguien|asesor|asesora|agente|especialista|responsable)', '(humano|persona|alguien|asesor|asesora|agente|especialista|responsable|supervisor|gerente) % (me|nos) (contacte|llame|atienda|contacten|llamen|atiendan|pueda atender)',
    '(pongan|ponga|pasen|pase|comuniquen|comunique) con (un|una|alguien|el|la)',
    '(hablar|comunicarme|contactar) con (un|una|el|la|su) (supervisor|supervisora|gerente|encargado|encargada|responsable|jefe|jefa|técnico|especialista|asesor|asesora|operador|operadora)', '(persona|humano|agente|asesor) de verdad', '(que|quiero que) (alguien|una persona|un asesor|un agente|un técnico) (me|nos) (llame|contacte|atienda|escriba|devuelva la llamada)', '(devuélvanme|devuelvan) la llamada', 'no (quiero|necesito) (un|otro|más) (bot|robot|chatbot|respuestas automáticas)',
  ],
  churn_risk: [
    '(a|con|para) (otra|otro) (operadora|compañía|empresa|banco|proveedor|aseguradora|plataforma|proveedora|compañia)', '(quiero|queremos|voy a|vamos a) (irme|irnos|darme de baja|darnos de baja)',
    '(dar|darme|darnos|doy|damos) de baja (el|la|mi|nuestra|nuestro|mis|los|las)? ?(servicio|cuenta|línea|contrato|suscripción|plan)?', '(rescindir|rescindo|resolver) (el|mi|nuestro) contrato', '(me|nos) (voy|vamos|pasamos|paso|cambio|cambiamos) (a|con) (la competencia|otra|otro)', '(contraté|contratamos|he contratado|hemos contratado) (con )?(otra|otro)', '(portar|portabilidad de) (mi|el|nuestro) (número|línea)', 'no (voy|vamos) a (seguir|continuar) (con ustedes|pagando|con el servicio)',
    'no (vuelvo|volveré|volvemos) a (comprar|contratar|pedir)', '(buscar|buscando|busco) (otra|otro) (compañía|empresa|operadora|proveedor|banco)', 'hasta aquí (hemos llegado|llegamos)',
  ],
  urgency: [
    '(me|nos) quedan? (dos|tres|[0-9]*|unas|pocas|media|una) (horas?|minutos)', 'urge', 'para mañana (a primera hora|sin falta|temprano)', 'si no (pierdo|perdemos|perderé)',
    '(filtr*|robad*|expuest*) % (contraseñas|datos|claves|credenciales)', '(contraseñas|datos|claves|credenciales) % (filtrad*|robad*|expuest*)',
    '!(no|sin) (hay )?(luz|internet|servicio|línea|conexión|agua|gas) (desde|hace|en todo)', '!(me|nos) (han|ha) (robado|hackeado|vaciado|suplantado)', '!(tarjeta|cuenta|móvil|teléfono) % (robada|robado|clonada|hackeada|hackeado)', '(urgente|urgencia|con urgencia|lo antes posible|cuanto antes)', '!(todos|todas) (los|las) (clientes|usuarios|tiendas|cajas|empleados) % (no pueden|sin)', '(vence|caduca|cierra|termina) (hoy|mañana|esta noche|en (unas|dos|tres|[0-9]*) horas)', '(mi|el|nuestro) (vuelo|evento|boda|examen|lanzamiento|cirugía) (es|sale) (hoy|mañana|esta)',
    'no puede esperar', '(estamos|está|estoy) (parad[oa]s?|bloquead[oa]s?)',
  ],
  repeat_contact: [
    'vuelvo a (insistir|escribir|reclamar|preguntar|llamar|pedir)', '(escrito|llamado|reclamado|mandado|enviado|preguntado|dicho|explicado|insistido|contactado|escribí|llamé|reclamé|mandé|envié|pregunté|expliqué) % (dos|tres|cuatro|cinco|varias|muchas|[0-9]*) veces', 'retomo', 'nadie me (contestó|respondió|llamó|devolvió)',
    'ya (pasó|pasaron|van|lleva|llevo) (una|dos|tres|[0-9]*) (semana|semanas|días|meses|mes)', 'me dijeron que',
    '(ya )?(les|te|os) (he|hemos) (escrito|llamado|explicado|dicho|enviado|mandado|reclamado)', '(sigo|seguimos) (esperando|sin (respuesta|solución|noticias))', '(cada vez|siempre) que (llamo|escribo|pregunto|contacto)', '(la misma|el mismo) (respuesta|problema|error|mensaje) (de siempre|otra vez|que la (última|otra) vez)', '(ninguna|sin|ni una) respuesta', '(nunca|jamás) (me )?(llamaron|respondieron|contestaron|devolvieron)', '(vuelve|volvió|ha vuelto) a (pasar|fallar|ocurrir|salir|cobrar)', '(por|es la) (segunda|tercera|cuarta|quinta|enésima) vez',
  ],
  anger: [
    'hasta la coronilla', 'hasta el gorro', 'hasta las narices', 'panda de', 'burlando de', 'genios[.!]', 'qué parte no', 'de quicio', 'inútiles', 'me tienen (harto|harta|hasta)',
    '(estoy|estamos) (harto|harta|hartos|hartas|furioso|furiosa|indignado|indignada|cabreado|cabreada|hasta)', '(una|qué|menuda) (estafa|vergüenza|porquería|basura|chapuza|tomadura de pelo|cachondeo|burla)', '(es|son) (una|unos|unas) (ladrones|incompetentes|sinvergüenzas|estafadores|inútiles)', '(vergonzoso|indignante|lamentable|inaceptable|inadmisible|intolerable|pésimo|nefasto)', '(me|nos) (toman|están tomando) el pelo', 'qué (mal|pésimo) servicio',
    '(no|ni) (me )?(dan|dais|dais) ni una', '(qué|que) (les|os) pasa', '¿(es|era) tan difícil', '(estoy|estamos) (quemad[oa]s?|desesperad[oa]s?)', '(ya )?no (aguanto|soporto) más', 'me (cago|cagoen)', '(un|una) (asco|desastre|caos) (de|total)',
  ],
  legal_threat: ['(retroce*|devolv*|anul*|rechaz*) (el|la) (cargo|recibo|domiciliación|pago)', '(mi|nuestro) (letrado|abogado|abogada|asesor legal)',
    'reclamar judicialmente', '(poner|presentar|pondré|presentaré) (una )?(denuncia|demanda|reclamación formal)',
  ],
};

// ---------------------------------------------------------------- French
const fr: KindPatterns = {
  human_requested: [
    "(qu'un|qu'une|que le|que la|que votre|qu'on) % (me|nous) (rappelle|appelle|contacte|recontacte)", 'un (vrai )?humain', 'en chair et en os', 'un interlocuteur',
    '(parler|avoir|joindre) (à|avec)? ?(un|une|le|la|votre) (responsable|superviseur|conseiller|conseillère|technicien|humain|interlocuteur|manager|chef)', "(je veux|je voudrais|j'aimerais|je souhaite) (parler|être rappelé|être rappelée|un rappel|un humain|un conseiller)", "(pas|plus) (de|d'un|un) (robot|bot|chatbot|réponse automatique|message automatique)", '(être|soit) (rappelé|rappelée|contacté|contactée) (par|au|rapidement|dès)',
  ],
  churn_risk: [
    "(fermez|fermer|clôturez|clôturer|supprimez|supprimer) (mon|notre|le) compte", "(passe|passons|passer|repasse|repassons) (au|à l'|à la) (forfait|offre|version|plan|formule) (gratuit|gratuite|de base|basique)",
    'désabonn* % (premium|abonnement|offre|forfait|de tout)', '(migrer|passer|partir|aller) (vers|chez|à) (une autre|un autre|la concurrence)', '(terminé|fini) pour (moi|nous)', "je m'en vais[.!]",
    'partir pour de bon',
    "(changer|change|changeons|je change) (d'opérateur|de fournisseur|de banque|de prestataire|d'assurance|de forfait pour)", "(quitter|quitte|quittons|je vais quitter) (votre|vos|la|l'|le) (service|opérateur|banque|plateforme|abonnement|offre)", "(mettre|mettez|met) fin (à|au) (mon|notre|l'|le|ce) (abonnement|contrat|compte)", "(j'ai|nous avons|on a) (trouvé|pris|choisi|signé) % (ailleurs|chez un autre|chez la concurrence|un autre (fournisseur|opérateur|prestataire))", 'ne (plus|pas) (renouveler|continuer)', '(je|nous) (vous )?quitt(e|ons)',
    '(aller|vais|allons) voir ailleurs', 'plus jamais (chez vous|de commande)', 'je ne (commanderai|reviendrai|rachèterai) plus',
  ],
  urgency: [
    "(mariage|vol|départ|examen|rendez-vous|événement|lancement|opération) (est |a lieu )?(demain|ce soir|aujourd'hui|samedi|dimanche|lundi|mardi|mercredi|jeudi|vendredi)",
    '(on part|je pars|nous partons) (demain|ce soir|dans)', '(paiement|caisse|terminaux|terminal|site|serveur)s? % ne (fonctionnent|fonctionne|marche|marchent) plus', 'au secours',
    "!(plus|pas) (d'électricité|de courant|d'internet|de réseau|de chauffage|d'eau) depuis", '!(carte|compte|téléphone|portable) % (volée|volé|piratée|piraté|clonée|cloné|usurpé|usurpée)', '(urgent|urgence|en urgence|au plus vite|immédiatement|dès que possible|sans délai)', '(tous|toutes) (nos|les) (clients|utilisateurs|magasins|caisses|salariés) % (ne peuvent|bloqués|sans)', "(expire|échéance|date limite|se termine) (aujourd'hui|demain|ce soir)", "!(perdons|perd|on perd) (de l'argent|des ventes|des clients|du chiffre)",
    '(ça|cela) ne peut pas attendre', '(nous sommes|on est|je suis) (bloqués?|bloquées?)', 'bloquant',
  ],
  repeat_contact: [
    'déjà (appelé|écrit|signalé|envoyé|contacté|relancé|demandé|expliqué)', '(appelé|écrit|signalé|relancé|envoyé|contacté|réclamé|demandé|expliqué|répété|téléphoné) % (deux|trois|quatre|cinq|plusieurs|[0-9]*) fois', "(on m'a|vous m'avez) promis", 'que je vous le (signale|dis|répète|demande|écris)',
    'jamais (venu|arrivé)',
    '(je vous ai|on vous a|nous vous avons) déjà (écrit|appelé|dit|envoyé|expliqué|signalé)', '(toujours|encore) (pas|aucune|sans) (de )?(réponse|nouvelles|solution|retour)', "(à chaque fois|chaque fois) que (j'appelle|j'écris|je contacte|je demande)", '(je|nous) (vous )?relance', "(pour la|c'est la) (deuxième|troisième|quatrième|énième|dixième) (fois|relance)", '(le problème|ça|la panne) (recommence|est revenu|revient|persiste)',
  ],
  anger: ['hors de moi', 'beau fusil', "bande (d'|de )(incapables|amateurs|escrocs|voleurs|guignols|incompétents|idiots|clowns|nuls|branquignols)", 'écœurant', 'tanné', 'moquez de (nous|moi)', 'merci beaucoup hein', 'bon sang', 'mur programmé', "j'en peux plus",
    '(je suis|nous sommes) (furieux|furieuse|excédé|excédée|outré|outrée|écœuré|écœurée|à bout|dégoûté|dégoûtée|en colère|fâché|fâchée|hors de moi)', "(c'est|quelle) (une )?(honte|arnaque|escroquerie|catastrophe|blague|plaisanterie|mascarade)", "(scandaleux|inadmissible|inacceptable|lamentable|pitoyable|n'importe quoi|du grand n'importe quoi|foutage de gueule)", "(des|vous êtes des) (incompétents|incapables|escrocs|voleurs|guignols|amateurs)", '(marre|ras le bol|ras-le-bol)',
    "(c'est|quel) (du )?(grand )?(foutage|foutoir|bordel|cirque)", "(je|on) (n'en )?(peux|peut) plus", "(c'est )?inadmissible", '(vous|tu) (vous )?fichez de', "(j'hallucine|je rêve)[.!]", 'on se fout de (moi|nous|qui)',
  ],
  legal_threat: ['opposition (au|à ce|sur le) (prélèvement|paiement)', '(attaquer|poursuivre|assigner|traîner) % (en justice|au tribunal|devant)',
    'saisir (le médiateur|la justice|les tribunaux|un avocat|la cnil)', '(recours|litige) (en justice|judiciaire)',
  ],
};

// ---------------------------------------------------------------- German
const de: KindPatterns = {
  human_requested: [
    'einen (echten )?menschen', 'an (die|den|das) % (abteilung|reklamationsabteilung|beschwerdeabteilung|fachabteilung|rechtsabteilung|mitarbeiter|vorgesetzten|teamleiter|kollegen) (weitergeben|weiterleiten|geben|eskalieren)',
    '(mit|einen|einem) (vorgesetzten|teamleiter|teamleiterin|sachbearbeiter|sachbearbeiterin|techniker|verantwortlichen|zuständigen|mitarbeiter|menschen) (sprechen|reden|verbinden|telefonieren)', '(echte[nmr]?|richtige[nmr]?|lebende[nmr]?) (menschen|mitarbeiter|person|ansprechpartner)', '(rufen sie|ruf|ruft) (mich|uns) % (zurück|an)', '(kein|keinen|nicht mit dem|keine) (bot|chatbot|roboter|maschine|automat)', '(zurückrufen|anrufen|kontaktieren) (lassen|sie mich|mich)',
  ],
  churn_risk: [
    '(zu|zur) (einer|einem) (anderen|neuen) (bank|anbieter|versicherung|kasse|provider|firma|plattform)', '(will|möchte|wollen) (da |hier )?raus', '(bin ich|ich bin|sind wir|wir sind) raus',
    'vertragsauflösung', 'nicht mehr (abbuchen|einziehen|belasten)',
    '(kündige|kündigen|kündigung) (ich|wir|hiermit|zum|fristgerecht|meinen|meines|unseren|unseres|den|das|die)', '(wechsle|wechseln|wechsel|gehe|gehen) (zur|zu einer|zu einem|den) (konkurrenz|anbieter|bank|versicherung|anderen)', '(anbieter|bank|tarif)wechsel', '(konto|vertrag|abo|abonnement|mitgliedschaft|zugang|account) (auflösen|schließen|löschen|beenden|kündigen)', '(verträge?|abo) (läuft|laufen) % aus und',
    'sonderkündigung*', '(bestelle|kaufe|buche) (ich |wir )?(nie wieder|nicht mehr) bei', '(gehe|gehen|kaufe|kaufen|bestelle|bestellen) (ab jetzt |künftig |in zukunft )?woanders',
  ],
  urgency: [
    'heute noch', 'sonst (verfällt|verliere|verlieren|platzt|entgeht)', '(prüfung|termin|flug|präsentation|hochzeit|operation|abgabe) % (heute|morgen|um [0-9]*)',
    '(heute|morgen|um [0-9]*) % (prüfung|termin|flug|präsentation|hochzeit|operation|abgabe)',
    '!(kein|keinen|ohne) (strom|internet|netz|heizung|wasser|empfang) (seit|mehr)', '!(karte|konto|handy|kreditkarte|ec-karte) % (gestohlen|gehackt|geklaut|missbraucht)', '(dringend|eilig|sofort|umgehend|schnellstmöglich|unverzüglich)', '(alle|sämtliche) (kunden|nutzer|mitarbeiter|filialen|kassen) % (können nicht|kommen nicht|gesperrt)', '(läuft|endet|verfällt) (heute|morgen|heute abend) ab', '!(verlieren|verliere|verloren) (gerade|jeden tag|stündlich)',
    '(kann|können) nicht (mehr )?warten', 'höchste priorität', '(stillstand|blockiert)',
  ],
  repeat_contact: [
    'zum wiederholten mal(e)?', 'unbeantwortet*', 'jedes mal',
    '(mehrfach|mehrmals|wiederholt|x-mal|zigmal|hundertmal|tausendmal|dreimal|zweimal|viermal|fünfmal|oft) (gemeldet|geschrieben|angerufen|reklamiert|nachgefragt|gebeten|mitgeteilt)',
    '(rückruf|antwort) (versprochen|zugesagt)', 'obwohl ich (das|es) % (reklamiert|gemeldet|geschrieben|mitgeteilt)',
    '(habe|hatte|haben) (ich |wir )?(ihnen )?(bereits|schon) (geschrieben|angerufen|gemeldet|mitgeteilt|erklärt|geschickt)', '(immer noch|noch immer|nach wie vor) (keine|keinen|nicht) (antwort|lösung|rückmeldung|reaktion)', '(zum|zu) (zweiten|dritten|vierten|x-ten|wiederholten|n-ten) (mal|male)', '(jedes mal|jedesmal) wenn (ich|wir)', '(wieder|erneut|schon wieder) (das gleiche|dasselbe|derselbe|dieselbe|kaputt|ausgefallen|falsch|abgebucht)', '(keine|nie eine) (antwort|rückmeldung) (bekommen|erhalten)',
  ],
  anger: ['platzt (gleich |mir )?der kragen', 'das letzte[.!]', 'schlechter witz', 'murks', 'herzlichen glückwunsch[.!]', 'bedient[.!]', 'fremdwort', "geht('| )?s noch",
    '(bin|sind) (stinksauer|wütend|sauer|verärgert|empört|fassungslos|stocksauer|geladen|bedient)', '(eine|so eine|was für eine) (frechheit|unverschämtheit|zumutung|katastrophe|sauerei|schweinerei|abzocke)', '(unverschämt|inakzeptabel|unzumutbar|lächerlich|peinlich|skandalös|dreist|abzocke|saftladen|witzfiguren|stümper|vollidioten|inkompetent)', '(verarschen|verarscht|veräppeln|für dumm verkaufen)', '(habe|hab) die nase (voll|gestrichen voll)',
    '(ich|wir) (glaube|fasse)n? es nicht', 'das ist (doch )?(ein witz|lächerlich|unfassbar|eine frechheit)', "(mir|uns) reicht('s| es)", 'was (ist|läuft) (bei euch|bei ihnen) (eigentlich )?(los|schief)', '(kein|null) (service|respekt)',
  ],
  legal_threat: ['zurückbuch*', '(verbraucherschlichtung|schlichtungsstelle)', 'mahnbescheid', '(landesdatenschutzbeauftragt*|datenschutzbeauftragt*)',
    'anwaltlich*', 'rechtlich (prüfen|vorgehen)', 'rechtsschutzversicherung',
  ],
};

// ---------------------------------------------------------------- Portuguese (Brazil and Portugal)
const pt: KindPatterns = {
  human_requested: [
    '(me )?(passa|passe|transfere|transfira|encaminha|encaminhe) (pro|pra|para o|para a|ao|à|para|para alguém)', '(chamada|ligação|reunião) com (um|uma|o|a|alguém)',
    '(falar|conversar) com (um|uma|o|a|seu|sua) (supervisor|supervisora|gerente|responsável|técnico|técnica|especialista|atendente|humano|pessoa)', '(pessoa|atendente|humano|alguém) de verdade', '(quero|preciso|gostaria) (que )?(alguém|uma pessoa|um atendente|um técnico) (me )?(ligue|contacte|contate|atenda|retorne)', '(não|chega de) (quero )?(robô|bot|chatbot|mensagem automática|resposta automática)',
  ],
  churn_risk: [
    'rescind* (o|a|meu|nosso) % (contrato|assinatura|plano)', '(arranjei|mudei-me para|mudei para|vou para|fui para|passei para|contratei) (o |a |um |uma )?(outro|outra)', 'denúncia do contrato',
    'desativ* (o|a|nosso|nossa|meu|minha) % (workspace|espaço|conta|organização)', '(cortar|cancelar|encerrar) (a|minha|nossa) assinatura', 'não (vou|vamos) (assinar|continuar)',
    '(vou|vamos|quero|queremos) (trocar|mudar) de (operadora|empresa|fornecedor|banco|plano|prestador)', '(cancelar|cancelem|encerrar|encerrem|desativar|fechar) (a |o |minha |meu |nossa |nosso )?(conta|contrato|linha|serviço|plano)', '(já )?(contratei|assinei|fechei) com (outra|outro|a concorrência)', '(não|nunca mais) (vou|vamos) (renovar|continuar|pagar|comprar)', '(desisto|desistimos) (do|da|de) (serviço|assinatura|contrato|plano)',
    '(vou|vamos) embora', 'nunca mais (compro|volto|uso|peço|assino)', '(procurar|procurando) (outra|outro) (empresa|operadora|fornecedor|banco|serviço)',
  ],
  urgency: [
    'invadi(u|ram)', '(ajuda|resposta|ação|solução) (imediata|urgente)', '(cartão|conta) % (sendo usad[oa]|usad[oa] agora)', '(bloqueiem|bloqueie|bloqueia|cancelem) (já|agora|imediatamente)',
    '(sistema|site|serviço|plataforma|rede|app|aplicação|pagamentos) % em baixo', 'daqui a (meia|uma|duas|[0-9]*) (hora|horas|minutos)', 'sem (luz|energia|internet|água|sinal|gás) desde',
    '!(sem|não tenho|não temos) (luz|energia|internet|sinal|água|gás|rede) (desde|há)', '!(cartão|conta|celular|telemóvel) % (roubad[oa]|clonad[oa]|hackead[oa]|invadid[oa])', '(urgente|urgência|com urgência|o quanto antes|imediatamente|o mais rápido possível)', '(todos|todas) (os|as) (clientes|usuários|utilizadores|lojas|caixas|funcionários) % (não conseguem|sem)', '(vence|expira|termina|acaba) (hoje|amanhã|hoje à noite)', '!(perdendo|perdemos|a perder) (dinheiro|vendas|clientes)',
    'não pode esperar', '(estamos|está|tá|estou) (parad[oa]s?|bloquead[oa]s?|travad[oa]s?)',
  ],
  repeat_contact: [
    '(problema|erro|defeito|falha) (voltou|voltaram|retornou)', '(reportei|reclamei|informei|avisei|liguei|escrevi|pedi) % (semana passada|mês passado|ontem|antes|várias vezes|[0-9]* vezes)',
    'quantas vezes', 'mais uma vez', '(e-mails|mensagens|pedidos|chamados|reclamações) (ignorad[oa]s|sem resposta)', '(chamado|pedido|protocolo|ticket) anterior', 'mesm[oa] (texto|resposta|coisa|mensagem)',
    '(já )?(liguei|escrevi|reclamei|mandei|enviei|expliquei|informei|avisei) (várias|muitas|duas|três|[0-9]*) vezes', '(continuo|continuamos|sigo) (sem|esperando|aguardando|à espera)', '(toda|cada) vez que (ligo|escrevo|reclamo|contacto|entro em contato)', '(pela|é a) (segunda|terceira|quarta|quinta|enésima) vez', '(nunca|ninguém) (me )?(retornou|respondeu|ligou|deu retorno)', '(voltou|volta) a (acontecer|falhar|dar erro|cobrar)',
  ],
  anger: ['puta da vida', 'que raiva', 'empresa porca', 'riu da minha cara', 'gozar comigo', 'lenga-lenga', 'ridículo',
    '(estou|estamos|tô|to) (furios[oa]|irritad[oa]|revoltad[oa]|indignad[oa]|p da vida|puto|puta|de saco cheio|farto|farta|fula)', '(que|uma|isso é uma) (vergonha|palhaçada|piada|falta de respeito|pouca vergonha|roubalheira|sacanagem)', '(ladrões|incompetentes|vergonhoso|inaceitável|inadmissível|ridículo|lamentável|péssimo|horrível)', '(tão|estão) (de brincadeira|a brincar|brincando) comigo',
    '(não|nao) (aguento|suporto) mais', '(que|isso é um|que) (descaso|desrespeito|absurdo|lixo)', '(estão|tão) (de sacanagem|brincando com a minha cara)', '(ninguém|ninguem) (resolve|faz nada|liga)',
  ],
  legal_threat: ['(erse|anacom|asae|portal da queixa)', 'devolv* (o|a) (débito|cobrança|pagamento)',
    '(entrar|entrarei|vou entrar) (com uma ação|na justiça)', 'código de defesa do consumidor', 'meus direitos de consumidor',
  ],
};

export const framePatterns: Record<string, KindPatterns> = { en, es, fr, de, pt };
