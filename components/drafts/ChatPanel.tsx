import { useId, useState } from 'react';
import { CHAT_STARTERS } from '../../lib/ai/prompts';
import type { ChatRow, DraftAction, DraftActionResult } from '../../lib/drafts/types';
import { useDraftCountdown } from '../../lib/hooks/useDrafts';
import { DraftText } from './DraftText';

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
    setNotice(result.ok ? (result.mode === 'queued' ? 'You are offline: your message is kept and answered when the network is back.' : '') : result.message ?? '');
  };
  const streaming = turns.some((t) => t.status === 'streaming');
  return (
    <section className="card chat" aria-labelledby={`${id}-h`} data-testid="chat">
      <h3 id={`${id}-h`}>Work on it with the AI</h3>
      {turns.length === 0 && (
        <div className="row wrap" role="group" aria-label="Conversation starters">
          {CHAT_STARTERS.map((s) => (
            <button key={s.id} type="button" onClick={() => void send(s.prompt, s.id)} data-testid={`chat-starter-${s.id}`}>
              {s.label}
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
        <label htmlFor={`${id}-msg`}>Ask about this ticket</label>
        <textarea
          id={`${id}-msg`}
          rows={2}
          value={message}
          placeholder="What should I ask the customer next?"
          onChange={(e) => setMessage(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) e.currentTarget.form?.requestSubmit();
          }}
          data-testid="chat-input"
        />
        <button type="submit" className="primary" disabled={!message.trim() || streaming} data-testid="chat-send">
          Send to AI
        </button>
      </form>
      {notice && (
        <p className="status warn" role="status">
          {notice}
        </p>
      )}
    </section>
  );
}

function ChatTurnView({ turn, onInsert, onStop }: { turn: ChatRow; onInsert(text: string): void; onStop(id: string): void }) {
  const countdown = useDraftCountdown(turn.status === 'streaming' ? turn.retryAt : undefined);
  return (
    <li className={`turn ${turn.role}`} data-testid={`chat-turn-${turn.role}`} data-status={turn.status}>
      <span className="who">{turn.role === 'user' ? 'You' : 'AI'}</span>
      {turn.role === 'user' && turn.starter ? (
        <p className="starter-used">{CHAT_STARTERS.find((s) => s.id === turn.starter)?.label ?? 'Starter'}</p>
      ) : (
        <DraftText text={turn.text} citations={turn.citations} />
      )}
      {turn.queued && <p className="status warn">Waiting for the network.</p>}
      {turn.status === 'streaming' && (
        <p className="status">
          {countdown !== null ? `${turn.error ?? ''} Retrying in ${countdown} s.` : turn.text ? 'Writing…' : 'Thinking…'}{' '}
          <button type="button" onClick={() => onStop(turn.id)}>
            Stop
          </button>
        </p>
      )}
      {(turn.status === 'error' || turn.status === 'incomplete') && turn.error && <p className={`status ${turn.status === 'error' ? 'bad' : 'warn'}`}>{turn.error}</p>}
      {turn.role === 'assistant' && turn.text && turn.status !== 'streaming' && (
        <div className="row">
          <button type="button" onClick={() => onInsert(turn.text)}>
            Insert
          </button>
          <button type="button" onClick={() => void navigator.clipboard.writeText(turn.text).catch(() => {})}>
            Copy
          </button>
        </div>
      )}
    </li>
  );
}
