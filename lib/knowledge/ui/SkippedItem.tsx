import type { Skipped, SkipCode } from '../limits';
import { t } from '../../i18n';

/** What each skip code means, in the agent's language (the `reason` beside it carries the exact figures). */
const SKIP_TEXT: Record<SkipCode, Parameters<typeof t>[0]> = {
  'unsupported-type': 'kbSkip_unsupported_type',
  unreadable: 'kbSkip_unreadable',
  'bad-item': 'kbSkip_bad_item',
  empty: 'kbSkip_empty',
  'file-too-large': 'kbSkip_file_too_large',
  'zip-too-large': 'kbSkip_zip_too_large',
  'zip-damaged': 'kbSkip_zip_damaged',
  'too-many-entries': 'kbSkip_too_many_entries',
  'total-too-large': 'kbSkip_total_too_large',
  'too-many-articles': 'kbSkip_too_many_articles',
  'too-many-pages': 'kbSkip_too_many_pages',
  'next-other-origin': 'kbSkip_next_other_origin',
  'article-too-long': 'kbSkip_article_too_long',
  'unsafe-url': 'kbSkip_unsafe_url',
};

/** One thing an import or a sync left out or cut: where, what it means (translated), and the detail with figures. */
export function SkippedItem({ item }: { item: Skipped }) {
  const key = SKIP_TEXT[item.code];
  return (
    <li data-code={item.code}>
      <code>{item.file}</code>
      {item.row !== undefined && ` (${t('kbRow', String(item.row))})`}: {key ? t(key) : item.code}{' '}
      <small className="hint">({item.reason})</small>
    </li>
  );
}
