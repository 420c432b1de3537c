import type { LanguagePhrases } from './types';

// English. Phrases are written for support conversations: a bare "cancel" or "again" is too common
// ("cancel the duplicate order", "thanks again") so they only count with the words that make them a signal.
export const en: LanguagePhrases = {
  alerts: {
    anger: [
      'unacceptable', 'outrageous', 'ridiculous', 'absurd', 'disgraceful', 'incompetent*', 'pathetic', 'useless',
      'furious', 'livid', 'pissed( off)?', 'fed up', 'sick (and tired )?of', 'had enough', 'last straw',
      'waste of (my )?(time|money)', 'what a joke', '(is|are|was) a joke', 'thanks for nothing', 'rip( |-)?off',
      'scam*', 'worst (service|company|support|experience)', 'wtf', 'fuck*', 'bullshit', 'shit(ty)? (service|support|company)',
      'disgusted', 'beyond frustrat*', 'so frustrat*', 'extremely (frustrat*|disappointed|angry|upset)',
    ],
    legal_threat: [
      '!lawyer*', '!attorney*', '!solicitor*', '!legal (action|proceedings|steps|counsel)', '!sue (you|your company|the company|you guys)',
      '!suing', '!lawsuit', '!class action', '!small claims( court)?', '!take (you|this|your company|it) to court',
      '!chargeback*', '!charge back', '!disput* (the|this|that|these|a) (charge|charges|transaction|payment)',
      '!(file|filing|lodge|lodging|make|making) a (formal )?complaint with',
      '!(report|reporting) (you|this|your company|it) to',
      '!(the )?(ftc|cfpb|bbb|better business bureau|ombudsman|trading standards|attorney general|consumer protection (agency|bureau)?|data protection authority|regulator)',
    ],
    churn_risk: [
      'cancel* (my|our|the) (subscription|account|plan|membership|contract|service|renewal)',
      '(want|going|like|need|plan|planning|ready|about|decided|trying) to cancel',
      'how (do|can) (i|we) cancel', "(i'll|i will|i'm going to|we'll|we will) cancel",
      '(close|delete|terminate) (my|our) account', 'closing (my|our) account',
      'switch* to (a |another )?(competitor|provider|company|service|vendor|platform)', 'switch* (providers|companies|services|vendors)',
      '(moving|move|going|go) (to|with) (a |your )?competitor', '(moving|move|switching|going|go) to (another|a different|a new|a competing) (provider|company|service|vendor|platform|tool|bank|carrier)',
      'tak* (my|our) business elsewhere', "(i'm|i am|we're|we are) cancel(l)?ing(?! (the|my|our|this|that) (order|appointment|booking|meeting|call))",
      "(i'm|i am|we're|we are) done with you", "(i'm|i am|we're|we are) leaving (you|your|now)", 'leaving (you|your service)', 'leaving for(?! (a |the |my |our )?(vacation|holiday|trip|weekend|work|lunch|the day|a few days))', '(?<!so )done with (you|your company|this company|this service)',
      "(won't|will not|not going to) renew", 'not renewing', 'find (another|a new|a different) (provider|company|service|vendor)',
      'look* (for|at) (alternatives|other providers|another provider)', "(you've|you have) lost (a|my|our) (customer|business)",
      'last (month|year) with you',
    ],
    human_requested: [
      '(real|actual|live) (person|human|agent|people)', '(speak|talk|chat) (to|with) (a |an |someone |somebody )?(human|person|agent|representative|rep)',
      'human (being|agent|support)', '(a|an|to|with) human', 'not (a|another) (bot|robot|machine)', '(your|a|the|to|get me) (manager|supervisor|superior)(?! (role|account|permission|permissions|view|access|seat|level|dashboard|settings))',
      '(manager|supervisor) (please|now)', 'escalate (this|it|my (case|ticket|issue)|to)', 'someone in charge', '(speak|talk) to (someone|somebody) (who|that) (can|actually|knows)',
      '(someone|somebody) (competent|senior|qualified)',
    ],
    urgency: [
      'urgent*(?! (tag|flag|label|field|priority|status))', 'asap', 'as soon as possible', 'right away', 'time( |-)sensitive', 'deadline', 'emergency',
      '(fix|need|resolve) (this|it|help) (now|immediately|today)', 'blocking (us|our|all|the team)', "(we are|we're|i am|i'm|team is|everyone is|completely|totally) blocked",
      '!(production|prod)( environment| server| site| system)? (is |has been |went |was )?(down|broken|offline)', '!outage', '!(site|website|app|service|system|server|checkout|store|platform) (is |went )?(down|offline)',
      '!down for (all|everyone|every)', '!(all |our )?customers (are blocked|can\'t|cannot|are unable)', '!losing (money|sales|revenue|customers)',
      "!(can't|cannot) (process|take|accept) (orders|payments)",
    ],
    repeat_contact: [
      '(second|third|fourth|fifth|sixth|2nd|3rd|4th|5th|umpteenth|nth|hundredth) (time|email|message|ticket|call|request|outage)', '(again and again|yet again|over and over)',
      "still (not|isn't|hasn't|doesn't|broken|waiting|no|having|the same|happening)", '(still )?not (fixed|resolved)',
      '(already|previously) (told|explained|sent|asked|provided|reported|gave|tried)', '(already|previously) (contacted|called|emailed|messaged|written to) (you|your|support|the support)',
      '(asked|contacted|written|emailed|called|told you|reported this) (multiple|several|many|three|four|five|two|\\d+) times',
      '(keep|kept) (having|getting|asking|telling|being|running into)', 'same (issue|problem|error) (again|as before)',
      "(not|isn't|wasn't) the first time", '(writing|contacting|emailing|reaching out|asking|calling|messaging) (you )?again',
      'how many times', '(nobody|no one|no-one) (has )?(replied|answered|responded|got back|gets back)',
      '(still )?no (reply|response|answer) (yet|from|since|after)', '~following up', '~follow( |-)up (on|again)',
    ],
  },
  negators: [
    'not', 'never', 'no', "don't", 'dont', "won't", 'wont', "wouldn't", 'wouldnt', "isn't", "aren't", "didn't", "doesn't",
    "can't", 'cant', 'cannot', "shouldn't", "haven't", "hasn't", "wasn't", 'nor', 'without', "i'd never", 'neither',
  ],
  bridges: [
    'to', 'going', 'gonna', 'want', 'wanna', 'plan', 'planning', 'intend', 'intending', 'intention', 'of', 'be', 'ever',
    'would', 'will', 'a', 'an', 'the', 'my', 'our', 'any', 'need', 'have', 'about', 'thinking', 'considering',
    'looking', 'trying', 'really', 'actually', 'even', 'talk', 'speak', 'asking', 'for', 'with', 'this', 'it',
    'call', 'get', 'involve', 'involving', 'take', 'taking', 'threaten', 'threatening', 'necessary', 'at', 'all', 'here',
    'anyone', 'think', 'see', 'feel', 'like', 'try', 'yet',
  ],
  postNegators: [],
  noRush: [
    'no rush', 'no hurry', 'not urgent', 'not in a hurry', 'not in a rush', 'whenever you (can|get a chance|have time|have a moment)',
    'when you (have|get) (time|a chance|a moment)', 'no pressure', 'take your time', 'not time( |-)sensitive',
  ],
  lexicon: {},
};
