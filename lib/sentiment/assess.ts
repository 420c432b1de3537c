// Ticket-level assessment: only the customer's own messages count (never agent replies, bots, system lines or
// internal notes), recent messages weigh most, and alerts carry the exact span of text that raised them.
import type { TicketSnapshot } from '../../adapters/types';
import { capText, MAX_MESSAGE_CHARS } from '../limits';
import { compiledPhrases, findPhraseHits, PHRASE_KINDS, sentenceAround, type CompiledPhrases, type Matcher, type Severity } from './match';
import { decideKind, type AlertSource, type Detector } from './model/combine';
import type { RuleSignals } from './model/features';
import { readMessage, shippedModel, topWords, type DecodedModel } from './model/model';
import type { PhraseKind } from './phrases';
import { sarcasm, shortMessageHits, someoneElsesFeeling } from './scope';
import { DEFAULT_SCORE_THRESHOLDS, messageLabel, normaliseValence, valenceSum } from './score';

export type AlertKind =
  | 'anger'
  | 'legal_threat'
  | 'churn_risk'
  | 'human_requested'
  | 'urgency'
  | 'repeat_contact'
  | 'negative_trend';

export interface Alert {
  kind: AlertKind;
  severity: 'info' | 'warning' | 'critical';
  /** index in ticket.messages */
  messageIndex: number;
  /** the quoted span of that message's text */
  evidence: string;
  /** 'model' when the learned model raised it without a rule (absent: a rule raised it) */
  source?: 'model';
  /** the words that weighed most in the model's alert */
  words?: string[];
}

export interface SentimentThresholds {
  /** message score at or below which an anger alert is raised */
  anger: number;
  /** message score at or below which anger is critical */
  angerCritical: number;
  /** change in customer score between the latest message and the ones before it that counts as a trend */
  trendDelta: number;
  /** the latest customer score must be at or below this for a worsening trend to alert */
  trendNegative: number;
  /** weight of each older customer message relative to the next newer one (0..1) */
  recencyDecay: number;
}

export const DEFAULT_THRESHOLDS: SentimentThresholds = {
  anger: -0.5,
  angerCritical: -0.8,
  trendDelta: 0.25,
  trendNegative: -0.2,
  recencyDecay: 0.6,
};

/** Tuning an admin can push through managed policy. Every field is optional. */
export interface AssessOptions {
  /** Extra phrases per alert kind, in the syntax of phrases/types.ts (e.g. "!ombudsman", "switch* to acme"). */
  extraPhrases?: Partial<Record<PhraseKind, string[]>>;
  thresholds?: Partial<SentimentThresholds>;
  /** Alert kinds to leave out entirely. */
  disabledKinds?: AlertKind[];
  /** 'meaning' (default) or 'phrases' (the lists before issue 15, for measuring against them). */
  matcher?: Matcher;
  /** 'combined' (default): the rules with the learned model beside them; 'rules' or 'model' alone, for measuring. */
  detector?: Detector;
}

/** Score at or below which an anger phrase counts: insults and idioms ("what a circus", "who the hell approved
 *  this") often sit beside a positive word, so up to mildly positive (the matcher 'phrases' keeps 0.05, as before). */
const ANGER_PHRASE_MAX_SCORE = 0.35;

/** Score at or below which "!!!", "?!" and shouting read as anger ("Thank you!!!" scores well above it). */
const ANGER_MARKS_MAX_SCORE = 0.35;

/** Anger said without lexicon words: "!!!", "?!", shouting in capitals, an eye-roll or a red face. Only counts in a
 *  message that is not positive overall (so "Thank you!!!" stays happy). Returns the span it found, for evidence. */
export function angerMarks(text: string): [number, number] | null {
  const punct = /[!?]{3,}|\?!|!\?/u.exec(text);
  if (punct) return [punct.index, punct.index + punct[0].length];
  // (cheap checks first: most messages have no astral character and no run of capitals)
  const emoji = /[\uD83D\uD83E]/.test(text) ? /[\u{1F644}\u{1F621}\u{1F92C}\u{1F620}\u{1F624}\u{1F612}]/u.exec(text) : null;
  if (emoji) return [emoji.index, emoji.index + emoji[0].length];
  if (!/[A-Z\u00C0-\u00DE]{3}/.test(text)) return null;
  // Shouting: three or more words of 3+ capital letters in a row (an acronym or "URGENT:" alone is not).
  const shout = /(?:^|\P{L})(\p{Lu}{3,}(?:[\s,]\p{Lu}{2,}){2,})(?![\p{Ll}])/u.exec(text);
  if (shout) {
    const at = shout.index + shout[0].length - shout[1]!.length;
    return [at, at + shout[1]!.length];
  }
  return null;
}

export interface TicketAssessment {
  score: number;
  trend: 'improving' | 'steady' | 'worsening';
  alerts: Alert[];
}

const SEVERITY_RANK: Record<Severity, number> = { info: 1, warning: 2, critical: 3 };

function isCustomerMessage(m: TicketSnapshot['messages'][number]): boolean {
  return m.author?.role === 'customer' && !m.internal && typeof m.text === 'string';
}

/** The most negative sentence of a message, as evidence for anger or a worsening trend. */
function mostNegativeSentence(text: string): string {
  const sentences = text.match(/[^.!?\n]+[.!?]*/g) ?? [text];
  let best = '';
  let bestScore = Infinity;
  for (const s of sentences) {
    const v = valenceSum(s);
    if (v < bestScore) {
      bestScore = v;
      best = s;
    }
  }
  return (best || text).trim().slice(0, 200);
}

function clampThresholds(t: Partial<SentimentThresholds> | undefined): SentimentThresholds {
  const out = { ...DEFAULT_THRESHOLDS };
  if (!t) return out;
  for (const key of Object.keys(DEFAULT_THRESHOLDS) as (keyof SentimentThresholds)[]) {
    const v = t[key];
    if (typeof v === 'number' && Number.isFinite(v)) out[key] = v;
  }
  out.recencyDecay = Math.min(1, Math.max(0, out.recencyDecay));
  return out;
}

/** One alert the rules raise on a message, before it is placed in the ticket. */
export interface MessageAlert {
  kind: PhraseKind;
  severity: Severity;
  evidence: string;
}

/**
 * The rules' alerts on one customer message (one per kind, the most severe reading), with its lexicon score.
 * `dropped`, when given, collects the phrase hits the context filters removed (for the learned model's features).
 */
function ruleAlerts(text: string, score: number, compiled: CompiledPhrases, t: SentimentThresholds, dropped?: string[]): MessageAlert[] {
  const matcher = compiled.matcher;
  const out: MessageAlert[] = [];
  const hits = findPhraseHits(text, compiled, dropped);
  // A message of a word or two: "Agent please", "Cancel." (round t-17), "bump" (round t-17)
  if (matcher === 'meaning') {
    for (const short of shortMessageHits(text)) if (!hits.some((h) => h.kind === short.kind)) hits.push({ ...short, severity: 'warning' });
  }
  let angerHit = hits.find((h) => h.kind === 'anger');
  // Anger said without lexicon words (meaning matcher only): sarcasm counts whatever the score (its words are
  // positive); "!!!" / "?!" / shouting count in a message that is not clearly happy.
  let angerSure = false;
  if (!angerHit && matcher === 'meaning') {
    const sarcastic = sarcasm(text);
    // (marks only count in a message that is not clearly happy: skip looking for them otherwise)
    const marks = sarcastic || score > ANGER_MARKS_MAX_SCORE ? null : angerMarks(text);
    const span = sarcastic ?? (marks && score <= ANGER_MARKS_MAX_SCORE ? marks : null);
    if (span) {
      angerHit = { kind: 'anger', severity: 'warning', start: span[0], end: span[1] };
      angerSure = true;
    }
  }
  for (const h of hits) {
    if (h.kind === 'anger') continue;
    const [s, e] = h.sentence ?? sentenceAround(text, h.start, h.end);
    let severity = h.severity;
    // A churn or repeat-contact message that is also furious needs a lead's eyes now.
    if ((h.kind === 'churn_risk' || h.kind === 'repeat_contact') && score <= t.angerCritical) severity = 'critical';
    const existing = out.find((a) => a.kind === h.kind);
    if (existing) {
      if (SEVERITY_RANK[severity] > SEVERITY_RANK[existing.severity]) {
        existing.severity = severity;
        existing.evidence = text.slice(s, e);
      }
      continue;
    }
    out.push({ kind: h.kind, severity, evidence: text.slice(s, e) });
  }

  // Anger: a strongly negative message, or an anger phrase in a message that is not positive overall.
  // (meaning matcher: a score made of someone else's feelings or a joke is not the customer's anger)
  const byScore = score <= t.anger && !(matcher === 'meaning' && !angerHit && someoneElsesFeeling(mostNegativeSentence(text)));
  if (byScore || (angerHit && (angerSure || score <= (matcher === 'meaning' ? ANGER_PHRASE_MAX_SCORE : 0.05)))) {
    const severity: Severity = score <= t.angerCritical ? 'critical' : 'warning';
    let evidence: string;
    if (angerHit) {
      const [s, e] = angerHit.sentence ?? sentenceAround(text, angerHit.start, angerHit.end);
      evidence = text.slice(s, e);
    } else {
      evidence = mostNegativeSentence(text);
    }
    out.push({ kind: 'anger', severity, evidence });
  }
  return out;
}

/** What the learned model is told about a message besides its words: the rules' alerts, the hits they dropped and
 *  why, the lexicon score, the language. The training script reads messages through this too (same features). */
export function ruleSignalsOf(text: string, options?: Pick<AssessOptions, 'extraPhrases' | 'thresholds'>): { signals: RuleSignals; rules: MessageAlert[]; score: number } {
  const capped = capText(text, MAX_MESSAGE_CHARS);
  const score = normaliseValence(valenceSum(capped));
  const dropped: string[] = [];
  const rules = ruleAlerts(capped, score, compiledPhrases(options?.extraPhrases, 'meaning'), clampThresholds(options?.thresholds), dropped);
  return { signals: signalsFrom(score, rules, dropped), rules, score };
}

function signalsFrom(score: number, rules: MessageAlert[], dropped: string[]): RuleSignals {
  return { kinds: rules.map((r) => ({ kind: r.kind, severity: r.severity })), dropped, score };
}

const DEFAULT_SEVERITY: Record<PhraseKind, Severity> = {
  anger: 'warning', legal_threat: 'critical', churn_risk: 'warning', human_requested: 'warning', urgency: 'warning', repeat_contact: 'warning',
};

/** The rules' alerts on a message, vetoed or added to by the learned model (see model/combine.ts). Exported for
 *  tests, which pass a model of their own. */
export function withModel(
  text: string, score: number, rules: MessageAlert[], dropped: string[], detector: Detector, t: SentimentThresholds, model: DecodedModel = shippedModel(),
): (MessageAlert & { source: AlertSource; words?: string[] })[] {
  const reading = readMessage(text, signalsFrom(score, rules, dropped), model);
  const out: (MessageAlert & { source: AlertSource; words?: string[] })[] = [];
  for (const kind of PHRASE_KINDS) {
    const rule = rules.find((r) => r.kind === kind);
    // A caller who made anger more sensitive than the default (thresholds.anger above it) asked for the milder hits,
    // and the model, trained on the default's verdicts, would veto just those: then it keeps no veto over anger.
    const kt = kind === 'anger' && t.anger > DEFAULT_THRESHOLDS.anger ? { ...model.thresholds[kind]!, veto: 0 } : model.thresholds[kind]!;
    const source = decideKind(detector, !!rule && detector !== 'model', reading.p[kind], kt, dropped.some((d) => d.startsWith(`${kind}:`)));
    if (!source) continue;
    if (rule && source !== 'model') {
      out.push({ ...rule, source });
      continue;
    }
    // The model's own alert: its evidence is the sentence of the word that weighed most, and the words themselves.
    const top = topWords(reading, kind, 3, model);
    const [s, e] = top.length ? sentenceAround(text, top[0]!.start, top[0]!.end) : [0, Math.min(text.length, 200)];
    let severity = rule?.severity ?? DEFAULT_SEVERITY[kind];
    if (kind === 'anger') severity = score <= t.angerCritical ? 'critical' : 'warning';
    out.push({ kind, severity, evidence: text.slice(s, e).trim(), source: 'model', words: top.map((w) => text.slice(w.start, w.end)) });
  }
  return out;
}

export function assessTicket(ticket: TicketSnapshot, options?: AssessOptions): TicketAssessment {
  const t = clampThresholds(options?.thresholds);
  const disabled = new Set(options?.disabledKinds ?? []);
  const matcher = options?.matcher ?? 'meaning';
  // (the model reads the meaning matcher's signals: with the older phrase lists it is the rules alone)
  const detector: Detector = matcher === 'phrases' ? 'rules' : (options?.detector ?? 'combined');
  const compiled = compiledPhrases(options?.extraPhrases, matcher);
  const alerts: Alert[] = [];
  const customer: { index: number; score: number; text: string }[] = [];
  const ruled: { index: number; text: string; score: number; dropped: string[]; rules: MessageAlert[] }[] = [];
  const messages = ticket?.messages ?? [];

  for (let index = 0; index < messages.length; index++) {
    const msg = messages[index];
    if (!isCustomerMessage(msg)) continue;
    // (capped where it enters: this runs on every snapshot)
    const text = capText(msg.text, MAX_MESSAGE_CHARS);
    const score = normaliseValence(valenceSum(text));
    customer.push({ index, score, text });

    const dropped: string[] = [];
    ruled.push({ index, text, score, dropped, rules: ruleAlerts(text, score, compiled, t, detector === 'rules' ? undefined : dropped) });
  }
  // The model reads the messages after the rules have read them all, not in turn with them: the rules' hundreds of
  // regexes evict the model's tables from the CPU cache, and reading in turn made the model 3x slower.
  for (const { index, text, score, dropped, rules } of ruled) {
    const decided: (MessageAlert & { source?: AlertSource; words?: string[] })[] =
      detector === 'rules' ? rules : withModel(text, score, rules, dropped, detector, t);
    for (const a of decided) {
      if (disabled.has(a.kind)) continue;
      const alert: Alert = { kind: a.kind, severity: a.severity, messageIndex: index, evidence: a.evidence };
      if (a.source === 'model') {
        alert.source = 'model';
        alert.words = a.words;
      }
      alerts.push(alert);
    }
  }

  // Ticket score: recency-weighted mean of the customer's messages (the latest weighs most).
  let score = 0;
  if (customer.length) {
    let wsum = 0;
    let w = 1;
    for (let i = customer.length - 1; i >= 0; i--) {
      score += customer[i].score * w;
      wsum += w;
      w *= t.recencyDecay;
      if (w < 1e-4) break;
    }
    score = score / wsum;
  }

  // Trend: the latest customer message against the (up to three) before it.
  let trend: TicketAssessment['trend'] = 'steady';
  if (customer.length >= 2) {
    const latest = customer[customer.length - 1];
    const prev = customer.slice(Math.max(0, customer.length - 4), customer.length - 1);
    const prevMean = prev.reduce((a, c) => a + c.score, 0) / prev.length;
    const delta = latest.score - prevMean;
    if (delta <= -t.trendDelta) trend = 'worsening';
    else if (delta >= t.trendDelta) trend = 'improving';
    if (trend === 'worsening' && latest.score <= t.trendNegative && !disabled.has('negative_trend')) {
      alerts.push({
        kind: 'negative_trend',
        severity: latest.score <= t.angerCritical ? 'critical' : 'warning',
        messageIndex: latest.index,
        evidence: mostNegativeSentence(latest.text),
      });
    }
  }

  alerts.sort((a, b) => a.messageIndex - b.messageIndex || SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity]);
  return { score: Math.round(score * 10000) / 10000, trend, alerts };
}

/** Labels of each customer message, for a per-message sparkline in the panel. */
export function customerMessageScores(ticket: TicketSnapshot): { messageIndex: number; score: number; label: string }[] {
  const out: { messageIndex: number; score: number; label: string }[] = [];
  ticket.messages.forEach((m, i) => {
    if (!isCustomerMessage(m)) return;
    const text = capText(m.text, MAX_MESSAGE_CHARS);
    const score = normaliseValence(valenceSum(text));
    out.push({ messageIndex: i, score: Math.round(score * 10000) / 10000, label: messageLabel(text, score, DEFAULT_SCORE_THRESHOLDS) });
  });
  return out;
}

export { PHRASE_KINDS };
