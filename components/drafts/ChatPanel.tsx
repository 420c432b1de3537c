import { useId, useState } from 'react';
import { CHAT_STARTERS } from '../../lib/ai/prompts';
import type { ChatRow, DraftAction, DraftActionResult } from '../../lib/drafts/types';
import { useDraftCountdown } from '../../lib/hooks/useDrafts';
import { DraftText } from './DraftText';
import { t } from '../../lib/i18n';
import { actionFailureText } from '../../lib/action-failure-text';
import { rowErrorText } from '../../lib/ai/error-text';
import { Section } from '../panel/Section';

/** The starters' button labels in the agent's language (lib/ai owns the prompts sent to the model). */
const STARTER_LABELS: Record<string, () => string> = {
  difficult_customer: () => t('chatStarterDifficult'),
  complex_troubleshooting: () => t('chatStarterTroubleshooting'),
  policy_grey_area: () => t('chatStarterPolicy'),
};

function starterLabel(id: string | undefined): string {
  const starter = CHAT_STARTERS.find((s) => s.id === id);
  return (id && STARTER_LABELS[id]?.()) ?? starter?.label ?? t('chatStarter');
}

/** Co-work chat about this ticket: kept per ticket, with starters for the hard cases. */
export function ChatPanel({ ticketKey, turns, run, onInsert, onStop }: {
  ticketKey: string;
  turns: ChatRow[];
  run(action: DraftAction): Promise<DraftActionResult>;
  onInsert(text: string): void;
  onStop(id: string): void;
}) {
  const [message, setMessage] = useState('');
  const [notice, setNotice] = useState('');
  const id = useId();
  const send = async (text: string, starter?: string) => {
    const result = await run({ kind: 'chat', ticketKey, message: text, ...(starter ? { starter } : {}) });
    setNotice(result.ok ? (result.mode === 'queued' ? t('chatOfflineNotice') : '') : actionFailureText(result, ''));
  };
  const streaming = turns.some((t) => t.status === 'streaming');
  return (
    // Folded until the agent asks ("Ask the AI" opens it and puts the focus in its box).
    <Section id="chat" title={t('chatHeading')} defaultOpen={false} className="chat" testId="chat">
      {turns.length === 0 && (
        <div className="row wrap" role="group" aria-label={t('chatStarters')}>
          {CHAT_STARTERS.map((s) => (
            <button key={s.id} type="button" onClick={() => void send(s.prompt, s.id)} data-testid={`chat-starter-${s.id}`}>
              {starterLabel(s.id)}
            </button>
          ))}
        </div>
      )}
      <ol className="chat-turns" aria-live="polite" aria-relevant="additions text">
        {turns.map((t) => (
          <ChatTurnView key={t.id} turn={t} onInsert={onInsert} onStop={onStop} />
        ))}
      </ol>
      <form
        className="chat-form"
        onSubmit={(e) => {
          e.preventDefault();
          if (!message.trim()) return;
          void send(message.trim());
          setMessage('');
        }}
      >
        <label htmlFor={`${id}-msg`}>{t('chatAsk')}</label>
        <textarea
          id={`${id}-msg`}
          rows={2}
          value={message}
          placeholder={t('chatPlaceholder')}
          onChange={(e) => setMessage(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) e.currentTarget.form?.requestSubmit();
          }}
          data-testid="chat-input"
        />
        <button type="submit" className="primary" disabled={!message.trim() || streaming} data-testid="chat-send">
          {t('chatSend')}
        </button>
      </form>
      {notice && (
        <p className="status warn" role="status">
          {notice}
        </p>
      )}
    </Section>
  );
}

function ChatTurnView({ turn, onInsert, onStop }: { turn: ChatRow; onInsert(text: string): void; onStop(id: string): void }) {
  const countdown = useDraftCountdown(turn.status === 'streaming' ? turn.retryAt : undefined);
  return (
    <li className={`turn ${turn.role}`} data-testid={`chat-turn-${turn.role}`} data-status={turn.status}>
      <span className="who">{turn.role === 'user' ? t('chatYou') : t('chatAi')}</span>
      {turn.role === 'user' && turn.starter ? (
        <p className="starter-used">{starterLabel(turn.starter)}</p>
      ) : (
        <DraftText text={turn.text} citations={turn.citations} />
      )}
      {turn.queued && <p className="status warn">{t('chatWaitingNetwork')}</p>}
      {turn.status === 'streaming' && (
        <p className="status">
          {countdown !== null ? t('retryingIn', rowErrorText(turn) ?? '', String(countdown)) : turn.text ? t('writing') : t('thinking')}{' '}
          <button type="button" onClick={() => onStop(turn.id)}>
            {t('actionStop')}
          </button>
        </p>
      )}
      {(turn.status === 'error' || turn.status === 'incomplete') && turn.error && <p className={`status ${turn.status === 'error' ? 'bad' : 'warn'}`}>{rowErrorText(turn)}</p>}
      {turn.role === 'assistant' && turn.text && turn.status !== 'streaming' && (
        <div className="row">
          <button type="button" onClick={() => onInsert(turn.text)}>
            {t('actionInsert')}
          </button>
          <button type="button" onClick={() => void navigator.clipboard.writeText(turn.text).catch(() => {})}>
            {t('actionCopy')}
          </button>
        </div>
      )}
    </li>
  );
}
