import type { CitationSource } from '../../lib/ai/citations';
import { splitCitations } from '../../lib/drafts/citation-parts';
import { t } from '../../lib/i18n';
import { httpUrlOrUndefined } from '../../lib/knowledge/safe-url';

/** Model or offline text, rendered as text (never HTML); [n] markers become links to their sources. */
export function DraftText({ text, citations, testId }: { text: string; citations?: CitationSource[]; testId?: string }) {
  const parts = splitCitations(text, citations ?? []);
  return (
    <div className="draft-text" data-testid={testId}>
      {parts.map((part, i) =>
        part.kind === 'text' ? (
          <span key={i}>{part.text}</span>
        ) : (
          <span key={i} className="cite">
            [
            {part.sources.map((s, j) => (
              <span key={j}>
                {j > 0 && ', '}
                {httpUrlOrUndefined(s.source?.url) ? (
                  <a href={httpUrlOrUndefined(s.source?.url)} target="_blank" rel="noopener noreferrer" title={s.source?.title} data-testid="citation-link">
                    {s.n}
                  </a>
                ) : (
                  <abbr title={s.source?.title ?? t('unknownSource')}>{s.n}</abbr>
                )}
              </span>
            ))}
            ]
          </span>
        ),
      )}
    </div>
  );
}

export function SourceList({ citations }: { citations?: CitationSource[] }) {
  if (!citations?.length) return null;
  return (
    <ol className="sources" aria-label={t('sourcesLabel')}>
      {citations.map((c) => (
        <li key={c.n} value={c.n}>
          {httpUrlOrUndefined(c.url) ? (
            <a href={httpUrlOrUndefined(c.url)} target="_blank" rel="noopener noreferrer">
              {c.title}
            </a>
          ) : (
            c.title
          )}
        </li>
      ))}
    </ol>
  );
}
