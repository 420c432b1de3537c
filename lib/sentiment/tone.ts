// toneCheck: reads the agent's own draft before it is sent and points at phrasing that tends to escalate a
// ticket. Each issue quotes the span and says what to do instead; the agent decides.
import type { TicketSnapshot } from '../../adapters/types';
import { patternSource, sentenceAround } from './match';
import { normaliseValence, valenceSum } from './score';

export type ToneIssueKind = 'curt' | 'defensive' | 'blaming' | 'no_acknowledgement' | 'risky_promise';

export interface ToneIssue {
  kind: ToneIssueKind;
  evidence: string;
  suggestion: string;
}

const RULES: { kind: Exclude<ToneIssueKind, 'no_acknowledgement'>; patterns: string[]; suggestion: string }[] = [
  {
    kind: 'curt',
    patterns: [
      'as i (already )?(said|mentioned|explained)', 'per my (last|previous) (email|message|reply)', 'as (previously|already) (stated|mentioned|explained)',
      'calm down', 'obviously', 'clearly you', 'read the (manual|docs|documentation|faq|article)', 'like i said', "it's not rocket science",
      'simply (do|click|go)', 'just (read|follow) the', 'nothing more to (add|say)', 'end of discussion',
    ],
    suggestion: 'Drop the reminder that this was said before; restate the answer plainly and kindly.',
  },
  {
    kind: 'defensive',
    patterns: [
      "(that's|that is|it's|it is) not our (fault|problem|responsibility)", 'not our (fault|problem|responsibility)', 'we did nothing wrong',
      'there is nothing (we|i) can do', "there's nothing (we|i) can do", "(that's|that is) (just )?(our|the) policy", "it's (just )?(our|company) policy",
      "(it's|it is) not my job", 'we are not responsible', "we're not responsible", "(you're|you are) (wrong|mistaken)", 'we never said',
      'not (possible|something we do), period', 'nothing to do with us',
    ],
    suggestion: 'Say what you can do rather than what you cannot; explain the policy as a reason, not a wall.',
  },
  {
    kind: 'blaming',
    patterns: [
      'you should have', "you (didn't|did not|failed to|forgot to|neglected to)", 'your (own )?fault', 'user error', 'you must have',
      'if you had (read|followed|checked|done)', 'because you (didn\'t|did not|never)', "you('re| are) (using|doing) it wrong", 'you (clearly )?did not read',
    ],
    suggestion: 'Describe what happened and the fix without saying the customer caused it ("the setting was off" instead of "you turned it off").',
  },
  {
    kind: 'risky_promise',
    patterns: [
      'guarantee*', '(i|we) promise', 'will never happen again', "won't (ever )?happen again", 'never happen again',
      'by (tomorrow|tonight|end of (the )?day|eod|monday|tuesday|wednesday|thursday|friday|saturday|sunday|next week)',
      'within (the hour|an hour|24 hours|1 hour)', '100% (sure|certain|fixed)', 'definitely (be )?(fixed|resolved|refunded)',
      "(i'll|i will|we'll|we will) (make sure|ensure) (you get|that you get|it is) (a full refund|refunded|fixed)",
    ],
    suggestion: 'Promise only what you control: give the next step and when you will update them, not a result or a date you cannot guarantee.',
  },
];

const ACKNOWLEDGEMENT = new RegExp(
  [
    'sorry', 'apolog*', 'understand*', 'frustrat*', 'inconvenien*', 'appreciate your patience', 'thank you for your patience',
    'thanks for your patience', 'i hear you', 'i see why', 'that must (be|have been)', 'not the experience', 'lo siento', 'disculp*',
    'lamento*', 'entiendo', 'désolé*', 'excus*', 'je comprends', 'entschuldig*', 'tut mir leid', 'verstehe', 'desculp*', 'sinto muito',
    'compreendo', 'perdón',
  ]
    .map(patternSource)
    .join('|'),
  'iu',
);

let compiledRules: { kind: ToneIssueKind; re: RegExp; suggestion: string }[] | null = null;

function rules() {
  return (compiledRules ??= RULES.map((r) => ({
    kind: r.kind,
    re: new RegExp(r.patterns.map(patternSource).join('|'), 'giu'),
    suggestion: r.suggestion,
  })));
}

/** True when the latest customer message (not an agent's, not a note) reads upset. */
function customerIsUpset(ticket: TicketSnapshot): { upset: boolean; evidence: string } {
  for (let i = ticket.messages.length - 1; i >= 0; i--) {
    const m = ticket.messages[i];
    if (m.author?.role !== 'customer' || m.internal) continue;
    const score = normaliseValence(valenceSum(m.text));
    return { upset: score <= -0.3, evidence: m.text.slice(0, 160) };
  }
  return { upset: false, evidence: '' };
}

export function toneCheck(replyText: string, ticket?: TicketSnapshot): { issues: ToneIssue[] } {
  const issues: ToneIssue[] = [];
  const text = replyText ?? '';
  for (const rule of rules()) {
    rule.re.lastIndex = 0;
    for (let m = rule.re.exec(text); m; m = rule.re.exec(text)) {
      const [s, e] = sentenceAround(text, m.index, m.index + m[0].length);
      const evidence = text.slice(s, e);
      if (!issues.some((i) => i.kind === rule.kind && i.evidence === evidence)) {
        issues.push({ kind: rule.kind, evidence, suggestion: rule.suggestion });
      }
    }
  }

  // A bare one-liner to an upset customer reads as dismissive even without a bad word in it.
  const words = text.trim().split(/\s+/).filter(Boolean).length;
  const upset = ticket ? customerIsUpset(ticket) : { upset: false, evidence: '' };
  if (words > 0 && words < 8 && upset.upset && !issues.some((i) => i.kind === 'curt')) {
    issues.push({
      kind: 'curt',
      evidence: text.trim(),
      suggestion: 'This customer is upset; a one-line reply reads as dismissive. Acknowledge the problem and say what happens next.',
    });
  }
  if (upset.upset && words > 0 && !ACKNOWLEDGEMENT.test(text)) {
    const firstSentence = text.trim().split(/(?<=[.!?])\s/)[0] ?? text;
    issues.push({
      kind: 'no_acknowledgement',
      evidence: firstSentence.slice(0, 160),
      suggestion: 'Open by acknowledging how this has affected them ("I\'m sorry this has held you up") before the fix.',
    });
  }
  return { issues };
}
