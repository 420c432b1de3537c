// The word lists behind scoreMessage. The base is VADER's lexicon (valence -4..4, hand-rated for social-media
// text) with AFINN-165 filling words VADER lacks; on top sit what support conversations need and neither has:
// multi-word complaints ("still broken", "waste of time"), emoji, a few words in the other four languages, and
// corrections for words whose everyday valence misleads in a ticket ("help", "like", "error").
// Everything is built on first use, never at import time.
import { lexicon as vaderLexicon } from 'vader-sentiment/src/vader_lexicon.js';
import afinn from 'sentiment/languages/en/index.js';
import type { Lang } from './language';
import { languages } from './phrases';

/** Words whose valence in a support ticket differs from general text. */
const SUPPORT_WORDS: Record<string, number> = {
  // Requests and politeness are not praise: "please help, I'd like to cancel" is not a positive message.
  help: 0.4, please: 0.2, like: 0.4, support: 0.2, care: 0.4, credit: 0, free: 0.8, dear: 0, kindly: 0.4, pretty: 0,
  yes: 0.6, ok: 0.5, okay: 0.5, want: 0, well: 0, hope: 0.6, trust: 0.5, account: 0, interest: 0, share: 0, save: 0.3,
  // Problem reports are mostly factual: "I get an error when I upload" is not anger.
  error: -0.6, problem: -0.8, problems: -0.8, issue: -0.4, issues: -0.4, fail: -1, failed: -1, failing: -1, failure: -1,
  lost: -0.8, delay: -0.8, delayed: -0.8, declined: -0.6, bug: -0.6, crash: -1, crashes: -1, crashed: -1, cancel: -0.4,
  refund: -0.3, urgent: -0.3, urgently: -0.3, asap: -0.3, immediately: 0, outage: -1.5, waiting: -0.4, wait: -0.2, charged: -0.4, broken: -1.8, stuck: -1, missing: -0.8, hold: 0,
  // Complaint words VADER rates mildly or not at all.
  unacceptable: -3, ridiculous: -2.2, joke: -1, useless: -2.5, incompetent: -3, incompetence: -3, outrageous: -3, disgraceful: -3,
  scam: -3, ripoff: -3, nonsense: -2, absurd: -2, clueless: -2.5, unprofessional: -2.5, unreliable: -2, garbage: -2.8, trash: -2.5,
  annoyed: -2, annoying: -2, infuriating: -3, infuriated: -3, livid: -3, fuming: -3, sucks: -2.5, terrible: -2.5, awful: -2.6,
  worst: -3.1, horrendous: -3, appalling: -3, dreadful: -2.8, disappointing: -2.2, frustrating: -2.4, frustrated: -2.4,
  idiot: -3, idiots: -3, stupid: -2.6, dumb: -2.4, moron: -3, morons: -3, pathetic: -2.8, disgusting: -2.5,
  bs: -2, smh: -1.5, lol: 0.8, lmao: 0.8, haha: 1, hahaha: 1, ugh: -2, meh: -1, nope: -1, pfft: -1.5, scoff: -1.5, ffs: -2.5, wtf: -2.8, fucking: -1, damn: -1.7, hell: -1.2, crap: -2.2, crappy: -2.4, shitty: -2.6,
};

/** Emoji and emoticons customers actually use; neither base lexicon rates emoji. */
const EMOJI: Record<string, number> = {
  '😡': -3, '🤬': -3.5, '😠': -2.8, '😤': -2.2, '🙄': -2, '😒': -1.8, '👎': -2, '💩': -2, '😞': -1.8, '😩': -1.2, '😫': -1.8,
  '😭': -1.5, '😢': -1.5, '🙁': -1.4, '☹': -1.5, '😕': -1, '😑': -1, '🤦': -2, '🤦‍♀️': -2, '🤦‍♂️': -2, '😖': -1.8, '😣': -1.5,
  '🙂': 1.2, '😊': 2, '😀': 2, '😃': 2, '😄': 2.2, '😁': 2, '👍': 1.8, '🙏': 1.2, '❤': 2.5, '❤️': 2.5, '🎉': 2.5, '😍': 3,
  '✅': 1, '💯': 2, '🥳': 2.5, '😉': 1.5, '🤩': 3, '👏': 2, '🥰': 3, '😂': 1, '🤣': 1,
  ':(': -1.9, ':-(': -1.9, ':/': -1, ':-/': -1, ':)': 2, ':-)': 2, ':d': 2.3, ':-d': 2.3, ';)': 1.5, ':p': 1, '<3': 2.5,
};

/** Multi-word complaints and relief, matched on tokens before single words. */
const SUPPORT_PHRASES: Record<string, number> = {
  'still broken': -2.2, 'still not working': -2.2, "still doesn't work": -2.2, 'still waiting': -2.2, 'still no': -1.8,
  'not working': -1.8, "isn't working": -1.8, "doesn't work": -1.8, 'does not work': -1.8, "won't work": -1.6,
  'stopped working': -1.8, 'waste of time': -3, 'waste of money': -3, 'want a refund': -1.6, 'want my money back': -2.5,
  'demand a refund': -2.5, 'thanks for nothing': -3, 'fed up': -2.5, 'sick of': -2.5, 'sick and tired': -3, 'had enough': -2.5,
  'last straw': -3, 'a joke': -2.2, 'rip off': -3, 'no response': -1.6, 'no reply': -1.6, 'no answer': -1.6,
  'charged twice': -1.6, 'double charged': -1.6, 'locked out': -1.5, 'never again': -2.5, 'are you kidding': -2.2,
  'you kidding me': -2.2, 'give me a break': -2, "for god's sake": -2.5, 'for crying out loud': -2.5, 'get your act together': -2.8,
  'how hard can it be': -2.2, 'how hard is it': -2.2, 'nobody cares': -2.2, 'no one cares': -2.2, 'pissed off': -3,
  'is down': -1.5, 'fuck you': -3.5, 'screw you': -3, 'shut up': -2.5, 'grow up': -2.2, 'piss off': -3, 'piss me off': -2.8,
  'pisses me off': -2.8, 'pissed me off': -2.8, 'get lost': -2, 'sorry to hear': 0.6, "you're wrong": -2, 'you are wrong': -2, 'not true': -1.5, 'makes no sense': -2,
  "doesn't make sense": -1.8, 'no sense': -1.5, 'who cares': -1.8, 'how dare': -2.8, 'stop it': -1.5, 'cut the crap': -2.8, 'so sorry to hear': 0.6, 'no offense': 0, 'how many times': -2.5, 'every penny': -1.5, 'lost a customer': -2.2, 'canned response': -1.5,
  'canned responses': -1.5, 'nobody has replied': -2, 'nobody replied': -2, 'no one has replied': -2, 'lost a whole day': -2, 'went down': -1.5, 'keeps crashing': -2, 'works now': 2.2, 'working now': 2.2, 'that worked': 2.4, 'that fixed it': 2.6, 'all good': 2, 'sorted it': 2, 'you rock': 3,
  'no worries': 1.5, 'no problem': 1.5, 'problem solved': 2.4, 'issue resolved': 2.2, 'thank you so much': 3,
  // other languages' stock complaints
  'no funciona': -1.8, 'sigue sin funcionar': -2.2, 'ne fonctionne pas': -1.8, 'ne marche pas': -1.8, 'toujours pas': -1.5,
  'funktioniert nicht': -1.8, 'geht nicht': -1.2, 'não funciona': -1.8, 'gracias por nada': -3, 'merci pour rien': -3,
  'danke für nichts': -3, 'obrigado por nada': -3, 'na toll': -2, "j'en ai marre": -2.8, 'ras le bol': -2.8,
};

/** Negative emotions of grief and worry: real, but not the frustration a support lead must act on. */
const SAD_NOT_ANGRY = new Set([
  'sad', 'sadly', 'sadness', 'miss', 'missed', 'died', 'death', 'dead', 'loss', 'rip', 'cry', 'crying', 'cried', 'tears',
  'grief', 'afraid', 'scared', 'fear', 'worried', 'worry', 'nervous', 'anxious', 'lonely', 'hurt', 'pain', 'depressed',
  'depression', 'sympathy', 'condolences', 'unfortunately', 'tragedy', 'tragic', 'sorry', 'poor', 'alone', 'sick', 'cancer',
]);

const B_INCR = 0.293;
export const BOOSTERS: Record<string, number> = {
  absolutely: B_INCR, completely: B_INCR, extremely: B_INCR, incredibly: B_INCR, really: B_INCR, so: B_INCR, very: B_INCR,
  totally: B_INCR, utterly: B_INCR, entirely: B_INCR, seriously: B_INCR, fucking: B_INCR, freaking: B_INCR, super: B_INCR,
  beyond: B_INCR, truly: B_INCR, highly: B_INCR, deeply: B_INCR, most: B_INCR, pretty: B_INCR * 0.5, such: B_INCR,
  muy: B_INCR, totalmente: B_INCR, très: B_INCR, vraiment: B_INCR, complètement: B_INCR, sehr: B_INCR, total: B_INCR, echt: B_INCR,
  völlig: B_INCR, muito: B_INCR, completamente: B_INCR, realmente: B_INCR,
  slightly: -B_INCR, somewhat: -B_INCR, barely: -B_INCR, hardly: -B_INCR, kinda: -B_INCR, little: -B_INCR, bit: -B_INCR,
  almost: -B_INCR, partly: -B_INCR, marginally: -B_INCR,
};

/** Words that flip what follows within three tokens (every language's, since one message may mix them). */
export const SCORE_NEGATORS = new Set([
  'not', 'never', 'no', 'nor', 'neither', 'without', 'cannot', 'nothing', 'nobody', 'none', 'nowhere', 'hardly', 'rarely',
  'dont', 'doesnt', 'didnt', 'isnt', 'arent', 'wasnt', 'werent', 'cant', 'couldnt', 'wont', 'wouldnt', 'shouldnt', 'havent',
  'hasnt', 'hadnt', 'aint',
  'nunca', 'jamás', 'ni', 'tampoco', 'ne', 'pas', 'jamais', 'aucun', 'aucune', 'nicht', 'nie', 'niemals', 'kein', 'keine',
  'keinen', 'não', 'nem', 'nenhum', 'nenhuma',
]);

/** Contrast words: what comes after weighs more than what came before ("nice people, but still broken"). */
export const CONTRAST = new Set(['but', 'however', 'pero', 'mais', 'aber', 'mas', 'sin embargo', 'though']);

export interface ScoringLexicon {
  /** English: VADER + AFINN + support words + emoji */
  words: Map<string, number>;
  /** Other languages: their own small lexicon + emoji (English lexicons would misread "die", "sin", "hell"). */
  byLang: Record<Exclude<Lang, 'en'>, Map<string, number>>;
  /** first word -> phrases starting with it, longest first */
  phrases: Map<string, { words: string[]; valence: number }[]>;
  sadNotAngry: Set<string>;
}

let cached: ScoringLexicon | null = null;

/** The merged lexicon, built once on first call. */
export function scoringLexicon(): ScoringLexicon {
  if (cached) return cached;
  const words = new Map<string, number>();
  // AFINN is -5..5; scaled onto VADER's -4..4 and used only where VADER has no rating.
  for (const [w, v] of Object.entries(afinn.labels)) words.set(w, v * 0.8);
  for (const [w, v] of Object.entries(vaderLexicon)) words.set(w, v);
  for (const [w, v] of Object.entries(SUPPORT_WORDS)) words.set(w, v);
  for (const [w, v] of Object.entries(EMOJI)) words.set(w, v);
  const own = (lang: Exclude<Lang, 'en'>) => new Map([...Object.entries(EMOJI), ...Object.entries(languages[lang].lexicon)]);
  const byLang = { es: own('es'), fr: own('fr'), de: own('de'), pt: own('pt') };

  const phrases = new Map<string, { words: string[]; valence: number }[]>();
  for (const [p, valence] of Object.entries(SUPPORT_PHRASES)) {
    const ws = p.split(' ');
    const list = phrases.get(ws[0]) ?? [];
    list.push({ words: ws, valence });
    list.sort((a, b) => b.words.length - a.words.length);
    phrases.set(ws[0], list);
  }
  cached = { words, byLang, phrases, sadNotAngry: SAD_NOT_ANGRY };
  return cached;
}
