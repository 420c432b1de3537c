// An article's url comes from whatever was imported or synced: in the panel only an http(s) one may become a link
// (issue 14, item 10). Stored articles from before the import check existed can still hold a javascript: url, so
// the rendering checks too.
import { renderToStaticMarkup } from 'react-dom/server';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { DraftText, SourceList } from '../../../components/drafts/DraftText';
import { insertTextFor, SnippetCard } from '../../../components/kb/SnippetsSection';
import type { KbArticle, KbHit } from '../../../lib/kb';
import { httpUrlOrUndefined } from '../../../lib/knowledge/safe-url';

// The fake browser's i18n.getMessage throws; an empty answer makes t() fall back to the English text.
beforeAll(() => {
  vi.spyOn((globalThis as unknown as { chrome: typeof chrome }).chrome.i18n, 'getMessage').mockReturnValue('');
});

const BAD = ['javascript:alert(document.domain)', ' JavaScript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'file:///etc/passwd', 'ftp://x.test/a', 'vbscript:msgbox'];
const hit: KbHit = { articleId: 'a1', score: 1, snippet: 'Refunds take 5 days.', matchedTerms: ['refunds'] };
const article = (url?: string): KbArticle => ({ id: 'a1', title: 'Refunds', body: 'Refunds take 5 days.', url, kind: 'article' });
const card = (url?: string) => renderToStaticMarkup(<SnippetCard hit={hit} article={article(url)} onVote={() => {}} onInsert={() => {}} />);

describe('article links in the panel', () => {
  it('a snippet whose article url is not http(s) shows its title as text, with no link and no "insert link"', () => {
    for (const url of BAD) {
      const html = card(url);
      expect(html, url).not.toContain('<a ');
      expect(html.toLowerCase(), url).not.toMatch(/javascript:|data:|file:|vbscript:/);
      expect(html, url).toContain('Refunds');
      expect(insertTextFor(hit, article(url)), url).toBe('Refunds take 5 days.');
    }
  });

  it('an http(s) url stays a link, and is inserted with the passage', () => {
    const html = card('https://help.acme.test/refunds');
    expect(html).toContain('<a href="https://help.acme.test/refunds" target="_blank" rel="noopener noreferrer"');
    expect(insertTextFor(hit, article('https://help.acme.test/refunds'))).toBe('Refunds take 5 days.\n\nhttps://help.acme.test/refunds');
  });

  it('draft citations and their source list link only http(s) urls', () => {
    const citations = [
      { n: 1, articleId: 'a1', title: 'Refunds', url: 'javascript:alert(1)' },
      { n: 2, articleId: 'a2', title: 'Shipping', url: 'https://help.acme.test/shipping' },
    ];
    const html = renderToStaticMarkup(
      <>
        <DraftText text="See [1] and [2]." citations={citations} />
        <SourceList citations={citations} />
      </>,
    );
    expect(html).not.toContain('javascript:');
    expect(html.match(/<a /g)).toHaveLength(2); // [2] in the text and in the list
  });

  it('httpUrlOrUndefined accepts only http: and https:', () => {
    for (const url of BAD) expect(httpUrlOrUndefined(url), url).toBeUndefined();
    expect(httpUrlOrUndefined('http://intranet.acme/kb')).toBe('http://intranet.acme/kb');
    expect(httpUrlOrUndefined('not a url')).toBeUndefined();
  });
});
