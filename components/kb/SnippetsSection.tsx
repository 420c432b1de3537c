import { useId, useState, type KeyboardEvent } from 'react';
import { browser } from 'wxt/browser';
import type { StoredTicket } from '../../lib/db';
import type { TicketSnapshot } from '../../adapters/types';
import { highlightSegments, type KbArticle, type KbHit } from '../../lib/kb';
import { useSnippets } from '../../lib/hooks/useSnippets';
import { t } from '../../lib/i18n';
import { httpUrlOrUndefined } from '../../lib/knowledge/safe-url';
import { splitByStrength } from '../../lib/kb/shown';
import { Section } from '../panel/Section';

type InsertFn = (text: string, ticket: TicketSnapshot, source: 'snippet') => Promise<void> | void;

/** What gets inserted: a macro's whole text, an article's best passage with its link (http(s) links only). */
export function insertTextFor(hit: KbHit, article: KbArticle | undefined): string {
  if (article?.kind === 'macro') return article.body.trim();
  const link = httpUrlOrUndefined(article?.url);
  return link ? `${hit.snippet}\n\n${link}` : hit.snippet;
}

/**
 * Ranked knowledge for the ticket, compact: title, two lines of passage, Insert; copy, link and thumbs beside it
 * (shown on hover and focus). Only hits close to the best one are shown as answers (lib/kb/shown.ts); weaker
 * ones wait behind "Show N weaker matches", marked as such. A search box asks directly.
 */
export function SnippetsSection({ ticket, insert }: { ticket: StoredTicket; insert: InsertFn }) {
  const [search, setSearch] = useState('');
  const [showWeaker, setShowWeaker] = useState(false);
  const { hits, index, articleCount, votes, vote } = useSnippets(ticket.snapshot, search);
  const searchId = useId();
  const { strong, weaker } = splitByStrength(hits ?? []);
  const shown = showWeaker ? [...strong, ...weaker] : strong;
  return (
    <Section id="knowledge" title={t('kbHeading')} className="snippets" testId="snippets">
      <label htmlFor={searchId} className="visually-hidden">
        {t('snippetsSearchLabel')}
      </label>
      <input
        id={searchId}
        type="search"
        placeholder={t('snippetsSearchPlaceholder')}
        value={search}
        onChange={(e) => setSearch(e.target.value)}
        data-testid="snippet-search"
      />
      {hits === undefined && <p className="hint">{t('snippetsLoading')}</p>}
      {hits !== undefined && articleCount === 0 && (
        <p className="hint">
          {t('snippetsNone')}{' '}
          <button type="button" className="link" onClick={() => void browser.runtime.openOptionsPage()}>
            {t('snippetsImport')}
          </button>
        </p>
      )}
      {hits !== undefined && articleCount > 0 && hits.length === 0 && <p className="hint">{t('snippetsNoMatch')}</p>}
      <ol className="snippet-list" onKeyDown={moveBetweenSnippets} aria-label={t('snippetsListLabel')}>
        {shown.map((hit, i) => (
          <SnippetCard
            key={hit.articleId}
            weak={i >= strong.length}
            hit={hit}
            article={index?.articles.get(hit.articleId)}
            vote={votes[hit.articleId]}
            onVote={(v) => void vote(hit.articleId, v)}
            onInsert={(text) => void insert(text, ticket.snapshot, 'snippet')}
          />
        ))}
      </ol>
      {weaker.length > 0 && (
        <button type="button" className="link more-matches" aria-expanded={showWeaker} onClick={() => setShowWeaker(!showWeaker)} data-testid="snippets-weaker">
          {showWeaker ? t('weakerMatchesHide') : t('weakerMatches', String(weaker.length))}
        </button>
      )}
    </Section>
  );
}

/** Arrow Up / Down move the focus to the same control of the previous / next snippet. */
function moveBetweenSnippets(event: KeyboardEvent<HTMLOListElement>) {
  if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
  const items = [...event.currentTarget.querySelectorAll<HTMLLIElement>(':scope > li')];
  const from = items.findIndex((li) => li.contains(document.activeElement));
  if (from < 0) return;
  const to = items[from + (event.key === 'ArrowDown' ? 1 : -1)];
  if (!to) return;
  event.preventDefault();
  const controls = [...items[from].querySelectorAll<HTMLElement>('button, a')];
  const position = Math.max(0, controls.indexOf(document.activeElement as HTMLElement));
  const target = [...to.querySelectorAll<HTMLElement>('button, a')];
  (target[Math.min(position, target.length - 1)] ?? target[0])?.focus();
}

export function SnippetCard({
  hit,
  article,
  vote,
  onVote,
  onInsert,
  weak = false,
}: {
  weak?: boolean;
  hit: KbHit;
  article?: KbArticle;
  vote?: 1 | -1;
  onVote(v: 1 | -1): void;
  onInsert(text: string): void;
}) {
  const [copied, setCopied] = useState(false);
  const title = article?.title ?? hit.articleId;
  const text = insertTextFor(hit, article);
  // Imported knowledge chooses its own url: only an http(s) one becomes a link (never javascript:, data:…).
  const link = httpUrlOrUndefined(article?.url);
  return (
    <li className={`snippet${weak ? ' weak' : ''}`} data-testid="snippet" data-article-id={hit.articleId} data-weak={weak || undefined}>
      <div className="snippet-head">
        {article?.kind === 'macro' && <span className="kind macro">{t('kindMacro')}</span>}
        {link ? (
          <a href={link} target="_blank" rel="noopener noreferrer" className="snippet-title">
            {title}
          </a>
        ) : (
          <span className="snippet-title">{title}</span>
        )}
        {weak && <span className="kind weak-label">{t('weakMatch')}</span>}
      </div>
      {/* Two lines (CSS clamp); why it matched is the passage's tooltip. */}
      <p className="passage" data-testid="snippet-passage" title={hit.matchedTerms.length > 0 ? t('snippetWhy', hit.matchedTerms.slice(0, 6).join(', ')) : undefined}>
        {highlightSegments(hit.snippet, hit.matchedTerms).map((seg, i) => (seg.match ? <mark key={i}>{seg.text}</mark> : <span key={i}>{seg.text}</span>))}
      </p>
      <div className="row snippet-actions">
        <button type="button" onClick={() => onInsert(text)} aria-label={t('snippetInsertLabel', title)} data-testid="snippet-insert">
          {t('actionInsert')}
        </button>
        {/* Secondary: faded until the snippet is hovered or holds the focus; always in the tab order. */}
        <span className="secondary">
        {link && article?.kind !== 'macro' && (
          <button type="button" onClick={() => onInsert(link)} aria-label={t('snippetInsertLinkLabel', title)}>
            {t('snippetInsertLink')}
          </button>
        )}
        <button
          type="button"
          aria-label={t('snippetCopyLabel', title)}
          onClick={() => void navigator.clipboard.writeText(text).then(() => setCopied(true), () => setCopied(false))}
        >
          {copied ? t('copied') : t('actionCopy')}
        </button>
        <button type="button" aria-pressed={vote === 1} aria-label={t('snippetUsefulLabel', title)} onClick={() => onVote(1)} data-testid="snippet-up" title={t('useful')}>
          <span aria-hidden="true">▲</span>
        </button>
        <button type="button" aria-pressed={vote === -1} aria-label={t('snippetNotUsefulLabel', title)} onClick={() => onVote(-1)} data-testid="snippet-down" title={t('notUseful')}>
          <span aria-hidden="true">▼</span>
        </button>
        </span>
      </div>
    </li>
  );
}
