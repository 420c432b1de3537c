import { useId, useState, type KeyboardEvent } from 'react';
import type { StoredTicket } from '../../lib/db';
import type { TicketSnapshot } from '../../adapters/types';
import { highlightSegments, type KbArticle, type KbHit } from '../../lib/kb';
import { useSnippets } from '../../lib/hooks/useSnippets';
import { t } from '../../lib/i18n';
import { httpUrlOrUndefined } from '../../lib/kb/safe-url';

type InsertFn = (text: string, ticket: TicketSnapshot, source: 'snippet') => Promise<void> | void;

/** What gets inserted: a macro's whole text, an article's best passage with its link (http(s) links only). */
export function insertTextFor(hit: KbHit, article: KbArticle | undefined): string {
  if (article?.kind === 'macro') return article.body.trim();
  const link = httpUrlOrUndefined(article?.url);
  return link ? `${hit.snippet}\n\n${link}` : hit.snippet;
}

/** Ranked knowledge for the ticket: passage, source, why it matched; insert, copy, thumbs; a search box. */
export function SnippetsSection({ ticket, insert }: { ticket: StoredTicket; insert: InsertFn }) {
  const [search, setSearch] = useState('');
  const { hits, index, articleCount, votes, vote } = useSnippets(ticket.snapshot, search);
  const searchId = useId();
  return (
    <section className="card snippets" aria-labelledby={`${searchId}-h`} data-testid="snippets">
      <h2 id={`${searchId}-h`} className="section-title">
        {t('kbHeading')}
      </h2>
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
          <button type="button" className="link" onClick={() => chrome.runtime.openOptionsPage()}>
            {t('snippetsImport')}
          </button>
        </p>
      )}
      {hits !== undefined && articleCount > 0 && hits.length === 0 && <p className="hint">{t('snippetsNoMatch')}</p>}
      <ol className="snippet-list" onKeyDown={moveBetweenSnippets} aria-label={t('snippetsListLabel')}>
        {hits?.map((hit) => (
          <SnippetCard
            key={hit.articleId}
            hit={hit}
            article={index?.articles.get(hit.articleId)}
            vote={votes[hit.articleId]}
            onVote={(v) => void vote(hit.articleId, v)}
            onInsert={(text) => void insert(text, ticket.snapshot, 'snippet')}
          />
        ))}
      </ol>
    </section>
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
}: {
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
    <li className="snippet" data-testid="snippet" data-article-id={hit.articleId}>
      <div className="snippet-head">
        <span className={`kind ${article?.kind ?? 'article'}`}>{article?.kind === 'macro' ? t('kindMacro') : t('kindArticle')}</span>
        {link ? (
          <a href={link} target="_blank" rel="noopener noreferrer" className="snippet-title">
            {title}
          </a>
        ) : (
          <span className="snippet-title">{title}</span>
        )}
      </div>
      <p className="passage" data-testid="snippet-passage">
        {highlightSegments(hit.snippet, hit.matchedTerms).map((seg, i) => (seg.match ? <mark key={i}>{seg.text}</mark> : <span key={i}>{seg.text}</span>))}
      </p>
      {hit.matchedTerms.length > 0 && <p className="why">{t('snippetWhy', hit.matchedTerms.slice(0, 6).join(', '))}</p>}
      <div className="row">
        <button type="button" onClick={() => onInsert(text)} aria-label={t('snippetInsertLabel', title)} data-testid="snippet-insert">
          {t('actionInsert')}
        </button>
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
        <button type="button" aria-pressed={vote === 1} aria-label={t('snippetUsefulLabel', title)} onClick={() => onVote(1)} data-testid="snippet-up">
          <span aria-hidden="true">▲</span> {t('useful')}
        </button>
        <button type="button" aria-pressed={vote === -1} aria-label={t('snippetNotUsefulLabel', title)} onClick={() => onVote(-1)} data-testid="snippet-down">
          <span aria-hidden="true">▼</span> {t('notUseful')}
        </button>
      </div>
    </li>
  );
}
