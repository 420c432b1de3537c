// Data sets for the knowledge-ranking benchmark: BANKING77 and ABCD from ../shared/data (beside the repo root),
// turned into articles and tickets, plus synthetic knowledge bases of any size recombined from their texts.
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import type { TicketMessage, TicketSnapshot } from '../adapters/types';
import type { KbArticle } from '../lib/kb';

export function dataDir(): string {
  // run-ts bundles into node_modules/.cache/run-ts; process.argv[1] is the original bench path.
  const benchFile = process.argv[1] ?? fileURLToPath(import.meta.url);
  const repoRoot = resolve(dirname(benchFile), '..');
  return resolve(repoRoot, '..', 'shared', 'data');
}

const humanise = (slug: string) => slug.replace(/_/g, ' ').replace(/^\w/, (c) => c.toUpperCase());

export interface LabelledQuery {
  query: string | TicketSnapshot;
  target: string;
}

export function loadBanking77(): { articles: KbArticle[]; queries: LabelledQuery[]; trainTexts: string[] } {
  const dir = join(dataDir(), 'banking77');
  const parse = (f: string) =>
    Papa.parse<{ text: string; category: string }>(readFileSync(join(dir, f), 'utf8'), { header: true, skipEmptyLines: true }).data;
  const train = parse('train.csv');
  const test = parse('test.csv');
  const byIntent = new Map<string, string[]>();
  for (const r of train) {
    const list = byIntent.get(r.category) ?? [];
    list.push(r.text);
    byIntent.set(r.category, list);
  }
  const articles = [...byIntent].map(([intent, texts]) => ({
    id: intent,
    title: humanise(intent),
    body: texts.join('\n'),
  }));
  return {
    articles,
    queries: test.map((r) => ({ query: r.text, target: r.category })),
    trainTexts: train.map((r) => r.text),
  };
}

interface Guideline {
  description: string;
  subflows: Record<string, { instructions?: string[]; actions?: { text: string; subtext?: string[]; button?: string }[] }>;
}

interface AbcdDialogue {
  convo_id: number;
  scenario: { flow: string; subflow: string; personal?: { customer_name?: string; email?: string } };
  original: [string, string][];
}

/**
 * ABCD: one article per guideline subflow; tickets from the sample dialogues. ontology.json lists each flow's
 * subflow slugs in the same order as guidelines.json lists their names, which maps a dialogue's
 * flow/subflow (e.g. product_defect/return_size, storewide_query/timing_4) to its article.
 */
export function loadAbcd(): { articles: KbArticle[]; tickets: LabelledQuery[]; texts: string[] } {
  const dir = join(dataDir(), 'abcd');
  const guidelines = JSON.parse(readFileSync(join(dir, 'guidelines.json'), 'utf8')) as Record<string, Guideline>;
  const ontology = JSON.parse(readFileSync(join(dir, 'ontology.json'), 'utf8')) as {
    intents: { flows: string[]; subflows: Record<string, string[]> };
  };
  const dialogues = JSON.parse(readFileSync(join(dir, 'abcd_sample.json'), 'utf8')) as AbcdDialogue[];

  const flowSlug = (name: string) => name.toLowerCase().replace(/[^a-z]+/g, '_').replace(/^_|_$/g, '');
  const articles: KbArticle[] = [];
  const texts: string[] = [];
  for (const [flowName, g] of Object.entries(guidelines)) {
    const slugs = ontology.intents.subflows[flowSlug(flowName)] ?? [];
    Object.entries(g.subflows).forEach(([subName, sub], i) => {
      const lines: string[] = [...(sub.instructions ?? [])];
      for (const a of sub.actions ?? []) lines.push(a.text, ...(a.subtext ?? []));
      texts.push(...lines);
      articles.push({
        id: `${flowSlug(flowName)}/${slugs[i] ?? flowSlug(subName)}`,
        title: `${subName} (${flowName}: ${g.description})`,
        body: lines.join('\n'),
        tags: [flowSlug(flowName)],
      });
    });
  }
  const titleCase = (name: string) => name.replace(/\b\p{L}/gu, (c) => c.toUpperCase());
  // Each dialogue as a chat helpdesk's adapter reads it: one message per chat bubble with its author's role
  // (and the customer's name), the requester the helpdesk knows from the customer's profile, no subject (a chat
  // has none). ABCD's "action" lines are the agent's clicks in its tools, which a customer-facing transcript
  // does not show; they also name the answer ("FAQ answer related to timing was selected"), so they stay out.
  const tickets = dialogues.map((d) => {
    const personal = d.scenario.personal ?? {};
    const name = personal.customer_name ? titleCase(personal.customer_name) : undefined;
    const messages: TicketMessage[] = d.original
      .filter(([who]) => who === 'customer' || who === 'agent')
      .map(([who, text], i) => ({
        id: String(i),
        author: who === 'customer' ? { role: 'customer' as const, name } : { role: 'agent' as const, name: 'Agent' },
        text,
      }));
    const snapshot: TicketSnapshot = {
      helpdesk: 'abcd',
      ticketId: String(d.convo_id),
      url: `https://example.invalid/${d.convo_id}`,
      subject: '',
      tags: [],
      requester: { name, email: personal.email },
      messages,
    };
    return { query: snapshot, target: `${d.scenario.flow}/${d.scenario.subflow.replace(/_\d+$/, '')}` };
  });
  return { articles, tickets, texts };
}

/** Deterministic PRNG so every run builds the same synthetic knowledge base. */
export function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * `n` help-centre-like articles: a title from a customer question, a body of 8-20 sentences drawn from the
 * data sets' customer and guideline texts, markdown headings, 0-3 tags. Roughly 1-2 KB each.
 */
export function synthArticles(n: number, pool: string[], seed = 7): KbArticle[] {
  const rand = rng(seed);
  const pick = () => pool[Math.floor(rand() * pool.length)];
  const tagPool = ['billing', 'card', 'account', 'refund', 'shipping', 'security', 'transfer', 'app', 'fees', 'limits'];
  const out: KbArticle[] = [];
  for (let i = 0; i < n; i++) {
    const sentences = 8 + Math.floor(rand() * 13);
    const lines: string[] = [`## ${pick()}`];
    for (let k = 0; k < sentences; k++) lines.push(k % 5 === 4 ? `- ${pick()}` : pick());
    const tags = tagPool.filter(() => rand() < 0.12);
    out.push({
      id: `synth-${i}`,
      title: pick().replace(/(?<![?.!])[?.!]+$/, ''),
      body: lines.join('\n'),
      url: `https://help.example.com/articles/${i}`,
      tags,
      kind: rand() < 0.1 ? 'macro' : 'article',
    });
  }
  return out;
}

/** Ticket-sized queries: 1-3 customer messages of recombined test texts, with a greeting and sign-off. */
export function synthTickets(n: number, pool: string[], seed = 11): TicketSnapshot[] {
  const rand = rng(seed);
  const pick = () => pool[Math.floor(rand() * pool.length)];
  const out: TicketSnapshot[] = [];
  for (let i = 0; i < n; i++) {
    const count = 1 + Math.floor(rand() * 3);
    const messages: TicketMessage[] = [];
    for (let k = 0; k < count; k++) {
      messages.push({ author: { role: 'customer' }, text: `Hi there,\n${pick()} ${pick()}\n\nThanks,\nSam` });
      if (k < count - 1) messages.push({ author: { role: 'agent' }, text: 'Thanks for reaching out, let me check.' });
    }
    out.push({ helpdesk: 'bench', ticketId: String(i), url: '', subject: pick(), tags: [], requester: {}, messages });
  }
  return out;
}

/**
 * Ticket-length BANKING77 queries: three test texts of the same intent as one ticket (subject, a customer
 * message, an agent reply, a follow-up), so the query has 20-40 terms like a real thread instead of one line.
 */
export function banking77Tickets(queries: LabelledQuery[]): LabelledQuery[] {
  const byIntent = new Map<string, string[]>();
  for (const q of queries) {
    const list = byIntent.get(q.target) ?? [];
    list.push(q.query as string);
    byIntent.set(q.target, list);
  }
  const out: LabelledQuery[] = [];
  for (const [intent, texts] of byIntent) {
    for (let i = 0; i + 2 < texts.length; i += 3) {
      const messages: TicketMessage[] = [
        { author: { role: 'customer' }, text: `Hello,\n${texts[i + 1]}\n\nBest regards,\nAlex` },
        { author: { role: 'agent' }, text: 'Thanks for getting in touch, could you tell me a bit more?' },
        { author: { role: 'customer' }, text: texts[i + 2] },
      ];
      out.push({
        query: { helpdesk: 'bench', ticketId: `${intent}-${i}`, url: '', subject: texts[i], tags: [], requester: {}, messages },
        target: intent,
      });
    }
  }
  return out;
}
