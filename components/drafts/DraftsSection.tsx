import { useEffect, useId, useState, type ReactNode } from 'react';
import { flushSync } from 'react-dom';
import { getDb, type StoredTicket } from '../../lib/db';
import type { TicketSnapshot } from '../../adapters/types';
import { newCustomerMessagesSince } from '../../lib/drafts/stale';
import type { DraftAction, DraftActionResult, DraftRow } from '../../lib/drafts/types';
import { useDrafts } from '../../lib/hooks/useDrafts';
import { t } from '../../lib/i18n';
import { actionFailureText } from '../../lib/action-failure-text';
import { isLowReading, readsAnotherTicket } from '../../lib/ticket-identity';
import { ChatPanel } from './ChatPanel';
import { DraftStatus } from './DraftStatus';
import { DraftText, SourceList } from './DraftText';
import { RefineBar } from './RefineBar';
import { SendPreview } from './SendPreview';
import { VersionList } from './VersionList';
import { InsertControls } from '../panel/InsertControls';
import { useUiStore } from '../../lib/stores/ui';
import { ToolCalls } from '../tools/ToolCalls';
import { labelText } from './label-text';
import './drafts.css';

function draftTitle(d: DraftRow, index: number): string {
  const kind = d.kind === 'summary' ? (d.purpose === 'resolution' ? t('draftKindResolution') : t('handoffSummary')) : d.kind === 'offline' ? t('draftKindOffline') : t('draftKindDraft');
  return `${index + 1}. ${kind} · ${new Date(d.createdAt).toLocaleTimeString()}${d.status === 'done' ? '' : ` · ${STATE_LABELS[d.status]()}`}`;
}

/** The refinements beside Insert (one click away); the others are under "More". */
const COMMON_REFINES = ['friendlier', 'shorter'] as const;

const STATE_LABELS: Record<Exclude<DraftRow['status'], 'done'>, () => string> = {
  streaming: () => t('draftStateStreaming'),
  queued: () => t('draftStateQueued'),
  incomplete: () => t('draftStateIncomplete'),
  error: () => t('draftStateError'),
};

/**
 * The reply: the primary actions (Draft reply, Ask the AI, Summarise), where inserted text goes, the draft with
 * Insert as its main button and the common refinements beside it (the rest under "More"); then `knowledge`
 * (passed in, so it sits between the draft and the chat) and the co-work chat, folded until asked.
 */
export function DraftsSection({
  ticket,
  insert,
  onConfirmInsert,
  chatEnabled = true,
  knowledge,
}: {
  ticket: StoredTicket;
  insert(text: string, ticket: TicketSnapshot, source?: 'draft' | 'summary' | 'chat'): Promise<void> | void;
  /** The agent said yes to an insert that replaces their text. */
  onConfirmInsert(): void;
  /** The organisation may switch the co-work chat off (managed policy). */
  chatEnabled?: boolean;
  knowledge?: ReactNode;
}) {
  const setSectionOpen = useUiStore((s) => s.setSectionOpen);
  const { drafts, chat, online, run, preview, stop } = useDrafts(ticket.key);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [notice, setNotice] = useState('');
  const [confirmStale, setConfirmStale] = useState(false);
  // A draft or summary asked for on an unsure reading of the page waits here for the agent's go-ahead.
  const [confirmReading, setConfirmReading] = useState<DraftAction | null>(null);
  const refused = readsAnotherTicket(ticket.snapshot);
  const unsure = isLowReading(ticket.snapshot);
  const id = useId();

  const current = drafts.find((d) => d.id === selectedId) ?? drafts[drafts.length - 1];
  const streaming = current?.status === 'streaming';
  const stale = current ? newCustomerMessagesSince(current, ticket) : 0;

  // The insert shortcut inserts only a draft the agent has seen as it stands: record that this one was shown.
  const showing = current && current.status === 'done' && current.text.trim() && !(current.shownAt !== undefined && current.shownAt >= current.updatedAt);
  useEffect(() => {
    if (showing) void getDb().drafts.update(current.id, { shownAt: Math.max(Date.now(), current.updatedAt) }).catch(() => {});
  }, [showing, current?.id, current?.updatedAt]);

  /** Draft or summarise from the ticket as read: never when the page disagrees with its URL, and only after the
   *  agent confirmed when the reading is unsure. */
  const askFor = (action: DraftAction) => {
    if (refused) return setNotice(t('readingRefused'));
    if (unsure) return setConfirmReading(action);
    void act(action);
  };

  const act = async (action: DraftAction) => {
    setNotice('');
    setConfirmStale(false);
    setConfirmReading(null);
    const result: DraftActionResult = await run(action);
    if (result.draftId) setSelectedId(result.draftId);
    if (!result.ok) setNotice(actionFailureText(result, t('draftNoticeFailed')));
    else if (result.mode === 'queued') setNotice(t('draftNoticeQueued'));
  };

  const doInsert = (text: string, source: 'draft' | 'summary' | 'chat' = current?.kind === 'summary' ? 'summary' : 'draft') => {
    setConfirmStale(false);
    void insert(text, ticket.snapshot, source);
  };

  const askAi = () => {
    // Open the chat now (not on the next render), so its box exists to take the focus.
    flushSync(() => setSectionOpen('chat', true));
    const input = document.querySelector<HTMLTextAreaElement>('[data-testid="chat-input"]');
    input?.focus();
    input?.scrollIntoView({ block: 'nearest' });
  };

  return (
    <>
      <section className="card drafts" aria-labelledby={`${id}-h`} data-testid="drafts">
        <h2 id={`${id}-h`} className="visually-hidden">
          {t('replyHeading')}
        </h2>
        {!online && (
          <p className="offline-banner" role="status" data-testid="offline-banner">
            {t('draftsOfflineBanner')}
          </p>
        )}
        <div className="row wrap actions">
          <button type="button" className="primary" onClick={() => askFor({ kind: 'draft', ticketKey: ticket.key })} disabled={refused} data-testid="draft-reply">
            {t('draftReply')}
          </button>
          {chatEnabled && (
            <button type="button" onClick={askAi} data-testid="ask-ai">
              {t('askAi')}
            </button>
          )}
          <button type="button" onClick={() => askFor({ kind: 'summary', ticketKey: ticket.key, purpose: 'handoff' })} disabled={refused} data-testid="handoff-summary" title={t('handoffSummary')}>
            {t('summarise')}
          </button>
        </div>
        {refused && (
          <p className="note" role="note" data-testid="drafts-refused">
            {t('readingRefused')}
          </p>
        )}
        {confirmReading && (
          <div role="alertdialog" aria-labelledby={`${id}-reading`} className="confirm" data-testid="reading-confirm">
            <p id={`${id}-reading`}>{t('readingConfirmDraft')}</p>
            <button type="button" className="primary" onClick={() => void act(confirmReading)} autoFocus>
              {t('draftAnyway')}
            </button>
            <button type="button" onClick={() => setConfirmReading(null)}>
              {t('confirmNo')}
            </button>
          </div>
        )}
        <InsertControls onConfirm={onConfirmInsert} />

        {drafts.length > 1 && (
          <div className="row">
            <label htmlFor={`${id}-pick`}>{t('draftShowing')}</label>
            <select id={`${id}-pick`} value={current?.id} onChange={(e) => setSelectedId(e.target.value)} data-testid="draft-picker">
              {drafts.map((d, i) => (
                <option key={d.id} value={d.id}>
                  {draftTitle(d, i)}
                </option>
              ))}
            </select>
          </div>
        )}

        {current && (
          <article className="draft" data-testid="draft" data-draft-id={current.id} data-kind={current.kind} data-status={current.status} aria-busy={streaming}>
            {current.instruction && <p className="draft-origin">{labelText(current.instructionCode, current.instruction)}</p>}
            <DraftStatus
              draft={current}
              stale={stale}
              onContinue={() => void act({ kind: 'continue', draftId: current.id })}
              onRegenerate={() => void act({ kind: 'regenerate', draftId: current.id })}
              onStop={() => void stop(current.id)}
            />
            <DraftText text={current.text} citations={current.citations} testId="draft-text" />
            <div className="row draft-actions">
              <button
                type="button"
                className="primary"
                disabled={!current.text.trim() || streaming}
                onClick={() => (stale > 0 ? setConfirmStale(true) : doInsert(current.text))}
                data-testid="draft-insert"
              >
                {t('actionInsert')}
              </button>
              {current.kind !== 'summary' && (
                <RefineBar only={COMMON_REFINES} disabled={streaming || !current.text.trim()} onRefine={(refinement) => void act({ kind: 'refine', draftId: current.id, refinement })} />
              )}
              <details className="more" data-testid="draft-more">
                <summary>{t('moreActions')}</summary>
                <div className="more-body">
                  <button
                    type="button"
                    disabled={!current.text.trim()}
                    onClick={() =>
                      void navigator.clipboard.writeText(current.text).then(
                        () => setNotice(t('copiedToClipboardNotice')),
                        () => setNotice(t('copyFailed')),
                      )
                    }
                    data-testid="draft-copy"
                  >
                    {t('actionCopy')}
                  </button>
                  {current.kind !== 'summary' && (
                    <RefineBar except={COMMON_REFINES} disabled={streaming || !current.text.trim()} onRefine={(refinement) => void act({ kind: 'refine', draftId: current.id, refinement })} />
                  )}
                </div>
              </details>
            </div>
            <SourceList citations={current.citations} />
            {confirmStale && (
              <div role="alertdialog" aria-labelledby={`${id}-stale`} className="confirm" data-testid="stale-confirm">
                <p id={`${id}-stale`}>{t('staleConfirm')}</p>
                <button type="button" className="primary" onClick={() => doInsert(current.text)} autoFocus>
                  {t('insertAnyway')}
                </button>
                <button type="button" onClick={() => setConfirmStale(false)}>
                  {t('confirmNo')}
                </button>
              </div>
            )}
            <VersionList versions={current.versions} disabled={streaming} onRestore={(versionIndex) => void act({ kind: 'restore', draftId: current.id, versionIndex })} />
          </article>
        )}

        <ToolCalls ticketKey={ticket.key} snapshot={ticket.snapshot} toolNote={current?.toolNote} toolNoteParts={current?.toolNoteParts} />
        <SendPreview action={{ kind: 'draft', ticketKey: ticket.key }} load={preview} />
        <p className="status" role="status" aria-live="polite" data-testid="drafts-notice">
          {notice}
        </p>
      </section>
      {knowledge}
      {chatEnabled && <ChatPanel ticketKey={ticket.key} turns={chat} run={run} onInsert={(text) => doInsert(text, 'chat')} onStop={(chatId) => void stop(chatId)} />}
    </>
  );
}
