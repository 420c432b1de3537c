// Article shapes of helpdesk exports and APIs (Zendesk Guide, Zendesk macros, Intercom, Freshdesk), mapped to
// KbArticle. Shared by the JSON importer and the API syncs so both read a vendor's fields the same way.
import type { KbArticle } from '../../kb';
import { htmlToPlainText } from './html';

type Json = Record<string, unknown>;
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : undefined);
const strings = (v: unknown): string[] | undefined =>
  Array.isArray(v) ? v.map(str).filter((s): s is string => !!s) : undefined;

export class ShapeError extends Error {}

/** Zendesk Guide article: {id, title, body (HTML), html_url, label_names, draft}. */
export function fromZendeskArticle(a: Json, prefix: string): KbArticle {
  const id = str(a.id);
  const title = str(a.title);
  if (!id || !title) throw new ShapeError('Zendesk article without id or title');
  return { id: `${prefix}:${id}`, title, body: htmlToPlainText(str(a.body) ?? ''), url: str(a.html_url), tags: strings(a.label_names), kind: 'article' };
}

/** Zendesk macro: {id, title, actions: [{field: 'comment_value' | 'comment_value_html', value}]}. */
export function fromZendeskMacro(m: Json, prefix: string): KbArticle | null {
  const id = str(m.id);
  const title = str(m.title);
  if (!id || !title) throw new ShapeError('Zendesk macro without id or title');
  const actions = Array.isArray(m.actions) ? (m.actions as Json[]) : [];
  const texts: string[] = [];
  for (const a of actions) {
    const v = Array.isArray(a.value) ? a.value[a.value.length - 1] : a.value;
    if (a.field === 'comment_value' && typeof v === 'string') texts.push(v);
    else if (a.field === 'comment_value_html' && typeof v === 'string') texts.push(htmlToPlainText(v));
  }
  if (texts.length === 0) return null; // a macro that only sets fields has no text to suggest
  return { id: `${prefix}:macro:${id}`, title, body: texts.join('\n\n'), kind: 'macro', tags: strings((m.restriction as Json | undefined)?.tags) };
}

/** Intercom article: {id, title, body (HTML), url, state}. */
export function fromIntercomArticle(a: Json, prefix: string): KbArticle {
  const id = str(a.id);
  const title = str(a.title);
  if (!id || !title) throw new ShapeError('Intercom article without id or title');
  return { id: `${prefix}:${id}`, title, body: htmlToPlainText(str(a.body) ?? ''), url: str(a.url) ?? undefined, kind: 'article' };
}

/** Freshdesk solution article: {id, title, description (HTML), description_text, tags}. */
export function fromFreshdeskArticle(a: Json, prefix: string, baseUrl?: string): KbArticle {
  const id = str(a.id);
  const title = str(a.title);
  if (!id || !title) throw new ShapeError('Freshdesk article without id or title');
  const body = str(a.description_text) ?? htmlToPlainText(str(a.description) ?? '');
  return {
    id: `${prefix}:${id}`,
    title,
    body,
    url: baseUrl ? `${baseUrl.replace(/\/$/, '')}/support/solutions/articles/${id}` : undefined,
    tags: strings(a.tags),
    kind: 'article',
  };
}

/** Freshdesk canned response: {id, title, content (HTML), content_html}. */
export function fromFreshdeskCanned(c: Json, prefix: string): KbArticle {
  const id = str(c.id);
  const title = str(c.title);
  if (!id || !title) throw new ShapeError('Freshdesk canned response without id or title');
  const body = htmlToPlainText(str(c.content_html) ?? str(c.content) ?? '');
  return { id: `${prefix}:canned:${id}`, title, body, kind: 'macro' };
}

/** Plain article: {id?, title, body|content|text|html, url?, tags?, kind?}. */
export function fromPlainArticle(a: Json, prefix: string, fallbackId: string): KbArticle {
  const title = str(a.title) ?? str(a.name);
  const html = str(a.html);
  const body = str(a.body) ?? str(a.content) ?? str(a.text) ?? (html ? htmlToPlainText(html) : undefined);
  if (!title) throw new ShapeError('no title');
  if (!body || !body.trim()) throw new ShapeError('no body');
  const tags = strings(a.tags) ?? (typeof a.tags === 'string' ? splitTags(a.tags) : undefined);
  const kind = a.kind === 'macro' ? 'macro' : 'article';
  return { id: `${prefix}:${str(a.id) ?? fallbackId}`, title, body, url: str(a.url), tags, kind };
}

export function splitTags(s: string): string[] {
  return s.split(/[,;|]/).map((t) => t.trim()).filter(Boolean);
}
