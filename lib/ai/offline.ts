// The offline draft: when the AI cannot be reached, an honest template built from the best knowledge snippets —
// greeting by the requester's name, the relevant passages quoted with their sources, sign-off with the agent's
// name. It is labelled as offline so nobody mistakes it for an AI-written reply.
import type { TicketSnapshot } from '../../adapters/types';
import { numberSnippets, sourcesOf, type CitationSource } from './citations';
import { detectCustomerLanguage, type LanguageCode } from './language';
import type { KbSnippet } from './types';
import { splitByStrength } from '../kb/shown';

interface Phrases {
  greet: (name?: string) => string;
  thanks: (subject: string) => string;
  intro: string;
  noKnowledge: string;
  closing: string;
  signoff: string;
  source: string;
  /** Introduces facts looked up in the team's systems (connectors, issue 16). */
  facts: string;
}

const PHRASES: Partial<Record<LanguageCode, Phrases>> & { en: Phrases } = {
  en: {
    greet: (n) => (n ? `Hi ${n},` : 'Hello,'),
    thanks: (s) => `Thank you for contacting us${s ? ` about "${s}"` : ''}.`,
    intro: 'Here is what our help center says about this:',
    noKnowledge: 'I am looking into this and will get back to you shortly.',
    closing: 'If this does not solve it, just reply to this message and I will help you further.',
    signoff: 'Best regards,',
    source: 'Source',
    facts: 'I checked our records:',
  },
  es: {
    greet: (n) => (n ? `Hola, ${n}:` : 'Hola:'),
    thanks: (s) => `Gracias por escribirnos${s ? ` sobre «${s}»` : ''}.`,
    intro: 'Esto es lo que indica nuestro centro de ayuda:',
    noKnowledge: 'Estoy revisando su caso y le responderé en breve.',
    closing: 'Si esto no lo resuelve, responda a este mensaje y le ayudaré.',
    signoff: 'Un saludo,',
    source: 'Fuente',
    facts: 'He revisado nuestros registros:',
  },
  fr: {
    greet: (n) => (n ? `Bonjour ${n},` : 'Bonjour,'),
    thanks: (s) => `Merci de nous avoir contactés${s ? ` au sujet de « ${s} »` : ''}.`,
    intro: 'Voici ce que notre centre d’aide indique à ce sujet :',
    noKnowledge: 'J’examine votre demande et je reviens vers vous rapidement.',
    closing: 'Si cela ne règle pas le problème, répondez simplement à ce message.',
    signoff: 'Bien cordialement,',
    source: 'Source',
    facts: 'J’ai vérifié nos dossiers :',
  },
  de: {
    greet: (n) => (n ? `Hallo ${n},` : 'Guten Tag,'),
    thanks: (s) => `vielen Dank für Ihre Nachricht${s ? ` zu „${s}“` : ''}.`,
    intro: 'Folgendes steht dazu in unserem Hilfe-Center:',
    noKnowledge: 'Ich sehe mir Ihr Anliegen an und melde mich in Kürze.',
    closing: 'Falls das Ihr Problem nicht löst, antworten Sie einfach auf diese Nachricht.',
    signoff: 'Viele Grüße',
    source: 'Quelle',
    facts: 'Ich habe unsere Unterlagen geprüft:',
  },
  pt: {
    greet: (n) => (n ? `Olá, ${n},` : 'Olá,'),
    thanks: (s) => `Obrigado por entrar em contato${s ? ` sobre "${s}"` : ''}.`,
    intro: 'Veja o que a nossa central de ajuda diz sobre isso:',
    noKnowledge: 'Estou analisando o seu caso e retorno em breve.',
    closing: 'Se isso não resolver, é só responder a esta mensagem.',
    signoff: 'Atenciosamente,',
    source: 'Fonte',
    facts: 'Verifiquei os nossos registros:',
  },
};

export interface OfflineDraft {
  offline: true;
  /** Shown above the draft in the panel; never part of the inserted text. */
  label: string;
  /** Built from knowledge or found facts (label: "built from a template and your knowledge base"), else a holding reply. */
  fromKnowledge: boolean;
  text: string;
  sources: CitationSource[];
  language: LanguageCode;
}

export interface OfflineDraftInput {
  ticket: TicketSnapshot;
  snippets: KbSnippet[];
  agentName?: string;
  /** How many snippets to quote (default 2). */
  maxSnippets?: number;
  /** Longest passage quoted, characters (default 600). */
  maxPassageChars?: number;
  /** Facts the agent looked up in the team's systems (connectors), newest first; cited after the snippets. */
  facts?: { title: string; values: { key: string; value: string }[] }[];
}

function trimPassage(text: string, max: number): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max);
  const sentenceEnd = Math.max(cut.lastIndexOf('. '), cut.lastIndexOf('! '), cut.lastIndexOf('? '));
  return sentenceEnd > max * 0.5 ? cut.slice(0, sentenceEnd + 1) : `${cut.replace(/(?<!\s)\s+\S*$/, '')}…`;
}

export function offlineDraft(input: OfflineDraftInput): OfflineDraft {
  const language = detectCustomerLanguage(input.ticket.messages).code;
  const p = PHRASES[language] ?? PHRASES.en;
  const first = input.ticket.requester.name?.trim().split(/\s+/)[0];
  // Quote only snippets close to the best hit (the panel's "strong" ones): a template cannot judge relevance, and a
  // weak second hit (a parcel article on a 2FA ticket) would be quoted to the customer as if it applied.
  const scored = input.snippets.every((s) => typeof s.score === 'number');
  const usable = scored ? splitByStrength(input.snippets as (KbSnippet & { score: number })[]).strong : input.snippets;
  const numbered = numberSnippets(usable).slice(0, input.maxSnippets ?? 2);
  const lines: string[] = [p.greet(first), '', p.thanks(input.ticket.subject.trim())];
  // Facts from the agent's own look-ups, numbered after the snippets (the [n] space is shared).
  const facts = (input.facts ?? []).filter((f) => f.values.length).slice(0, 3);
  const factSources: CitationSource[] = facts.map((f, i) => ({ n: numbered.length + i + 1, articleId: `fact:${i}`, title: f.title }));
  if (facts.length) {
    lines.push(p.facts);
    facts.forEach((f, i) => lines.push(`- ${f.values.slice(0, 4).map((v) => `${v.key}: ${v.value}`).join(', ')} [${factSources[i].n}]`));
    lines.push('');
  }
  if (numbered.length) {
    lines.push(p.intro, '');
    for (const s of numbered) {
      lines.push(`${trimPassage(s.passage, input.maxPassageChars ?? 600)} [${s.n}]`);
      lines.push(`(${p.source}: ${s.title}${s.url ? ` — ${s.url}` : ''})`, '');
    }
    lines.push(p.closing);
  } else if (!facts.length) {
    lines.push(p.noKnowledge);
  } else {
    lines.push(p.closing);
  }
  lines.push('', p.signoff);
  if (input.agentName?.trim()) lines.push(input.agentName.trim());
  return {
    offline: true,
    fromKnowledge: Boolean(numbered.length || facts.length),
    label: numbered.length || facts.length
      ? 'Offline draft — built from a template and your knowledge base, not written by the AI. Check it before sending.'
      : 'Offline draft — no matching knowledge-base article was found; this is only a holding reply.',
    text: lines.join('\n'),
    sources: [...sourcesOf(numbered), ...factSources],
    language,
  };
}
