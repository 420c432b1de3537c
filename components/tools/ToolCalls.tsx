// Tool calls of a ticket (issue 16), live from IndexedDB: a call waiting for the agent shows as an approval card
// (tool, arguments with their real values, Approve / Deny), every other call as a fact card (tool, key values, when,
// from where, how it ended). Everything a tool returned is untrusted: rendered as text, never as HTML, and capped.
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useId, useState } from 'react';
import { loadEffective } from '../../lib/policy/effective';
import { agentConnectorsItem, mergeConnectors } from '../../lib/connectors/settings';
import { getDb } from '../../lib/db';
import type { StoredToolCall } from '../../lib/connectors/types';
import { toolErrorText, toolProblemText } from '../../lib/connectors/tool-error-text';
import type { ToolProblem } from '../../lib/connectors/tool-errors';
import { sendMessage } from '../../lib/messaging';
import { t } from '../../lib/i18n';
import { LookupForm } from './LookupForm';
import type { TicketSnapshot } from '../../adapters/types';
import './tools.css';

const MAX_SHOWN = 20;
const short = (v: unknown, max = 200): string => {
  const s = typeof v === 'string' ? v : JSON.stringify(v) ?? '';
  return s.length > max ? `${s.slice(0, max)}…` : s;
};

export function useToolCalls(ticketKey: string | undefined): StoredToolCall[] {
  return (
    useLiveQuery(async () => (ticketKey ? await getDb().toolCalls.where('ticketKey').equals(ticketKey).sortBy('createdAt') : []), [ticketKey]) ?? []
  );
}

/** Whether any connector is in force (no secrets read: headers stay in the background). */
function useHasConnectors(): boolean {
  const [has, setHas] = useState(false);
  useEffect(() => {
    let live = true;
    const check = () =>
      void Promise.all([loadEffective(), agentConnectorsItem.getValue()])
        .then(([effective, agent]) => live && setHas(mergeConnectors(effective.policy, agent).connectors.length > 0))
        .catch(() => {});
    check();
    const unwatch = agentConnectorsItem.watch(check);
    return () => {
      live = false;
      unwatch();
    };
  }, []);
  return has;
}

/** Rows of this ticket stopped at a checkpoint (their answer waits for the agent's go-ahead). */
function useCheckpoints(ticketKey: string): string[] {
  return (
    useLiveQuery(async () => {
      const db = getDb();
      const rows = [...(await db.drafts.where('ticketKey').equals(ticketKey).toArray()), ...(await db.chats.where('ticketKey').equals(ticketKey).toArray())];
      return rows.map((r) => (r as { checkpoint?: string }).checkpoint).filter((c): c is string => !!c);
    }, [ticketKey]) ?? []
  );
}

function CheckpointCard({ id }: { id: string }) {
  const [note, setNote] = useState('');
  const decide = async (goOn: boolean) => {
    const waiting = await sendMessage('toolsDecide', { callId: id, approve: goOn }).catch(() => false);
    if (!waiting) setNote(t('toolDecisionGone'));
  };
  return (
    <section className="tool-approval" role="group" aria-label={t('toolCheckpoint')} data-testid="tool-checkpoint">
      <p>{t('toolCheckpoint')}</p>
      <div className="row">
        <button type="button" className="primary" onClick={() => void decide(true)} data-testid="tool-continue">
          {t('toolContinue')}
        </button>
        <button type="button" onClick={() => void decide(false)} data-testid="tool-stop">
          {t('toolStop')}
        </button>
      </div>
      {note && (
        <p className="status" role="status" data-testid="tool-status">
          {note}
        </p>
      )}
    </section>
  );
}

function statusText(call: StoredToolCall): string {
  switch (call.status) {
    case 'pending':
      return t('toolStatusPending');
    case 'running':
      return t('toolStatusRunning');
    case 'done':
      return t('toolStatusDone', new Date(call.finishedAt ?? call.createdAt).toLocaleTimeString(), call.connectorName);
    case 'denied':
    case 'error':
    case 'interrupted':
      return toolErrorText(call);
  }
}

function Args({ args }: { args: Record<string, unknown> }) {
  const entries = Object.entries(args).slice(0, 12);
  if (!entries.length) return null;
  return (
    <dl className="tool-args">
      {entries.map(([k, v]) => (
        <div key={k}>
          <dt>{short(k, 40)}</dt>
          <dd>{short(v)}</dd>
        </div>
      ))}
    </dl>
  );
}

function ApprovalCard({ call }: { call: StoredToolCall }) {
  const id = useId();
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const decide = async (approve: boolean) => {
    setBusy(true);
    const waiting = await sendMessage('toolsDecide', { callId: call.id, approve }).catch(() => false);
    if (!waiting) setNote(t('toolDecisionGone'));
    setBusy(false);
  };
  return (
    <section className={`tool-approval${call.readOnly ? '' : ' changes'}`} role="group" aria-labelledby={`${id}-h`} data-testid="tool-approval" data-call-id={call.id}>
      <h3 id={`${id}-h`}>{t('toolApprovalTitle', `${call.connectorName}/${call.tool}`)}</h3>
      <p>{call.readOnly ? t('toolApprovalReadOnly', call.connectorName) : t('toolApprovalWrite', call.connectorName)}</p>
      <p className="hint">{t('toolArgsLabel')}</p>
      <Args args={call.args} />
      <div className="row">
        <button type="button" className="primary" disabled={busy} onClick={() => void decide(true)} data-testid="tool-approve">
          {t('toolApprove')}
        </button>
        <button type="button" disabled={busy} onClick={() => void decide(false)} data-testid="tool-deny">
          {t('toolDeny')}
        </button>
      </div>
      <p className="status" role="status" data-testid="tool-status">
        {note || statusText(call)}
      </p>
    </section>
  );
}

function FactCard({ call }: { call: StoredToolCall }) {
  const who = call.source === 'lookup' ? t('toolSourceLookup') : call.approvedBy === 'agent' ? `${t('toolSourceAi')}, ${t('toolApprovedByYou')}` : `${t('toolSourceAi')}, ${t('toolApprovedAuto')}`;
  return (
    <article className="fact-card" data-testid="fact-card" data-status={call.status} data-call-id={call.id}>
      <h3>
        {call.status === 'done' && call.n ? `[${call.n}] ` : ''}
        {call.connectorName}/{call.tool}
      </h3>
      {call.status === 'done' && call.facts?.length ? (
        <dl className="fact-values">
          {call.facts.map((f, i) => (
            <div key={i}>
              <dt>{short(f.key, 60)}</dt>
              <dd>{short(f.value, 120)}</dd>
            </div>
          ))}
        </dl>
      ) : null}
      <p className={`status${call.status === 'done' ? '' : ' problem'}`} data-testid="tool-status">
        {statusText(call)}
      </p>
      <p className="hint">
        {who}
        {call.durationMs !== undefined ? ` · ${call.durationMs} ms` : ''}
      </p>
      {call.capped && <p className="hint">{t('toolStatusCapped')}</p>}
      {call.status === 'done' && call.resultText && (
        <details>
          <summary>{t('toolResultShow')}</summary>
          <pre className="fact-result" tabIndex={0}>
            {call.resultText}
          </pre>
        </details>
      )}
    </article>
  );
}

/** The approval cards and fact cards of a ticket, newest first, and the look-up form. */
export function ToolCalls({ ticketKey, snapshot, toolNote, toolNoteParts }: {
  ticketKey: string;
  snapshot: TicketSnapshot;
  toolNote?: string;
  /** The note with codes, in the agent's language (a row from before the codes has only the English `toolNote`). */
  toolNoteParts?: ToolProblem[];
}) {
  const calls = useToolCalls(ticketKey);
  const hasConnectors = useHasConnectors();
  const checkpoints = useCheckpoints(ticketKey);
  const id = useId();
  if (!calls.length && !hasConnectors && !toolNote) return null;
  const pending = calls.filter((c) => c.status === 'pending');
  const others = calls.filter((c) => c.status !== 'pending').reverse().slice(0, MAX_SHOWN);
  return (
    <section className="tool-calls" aria-labelledby={`${id}-h`} data-testid="tool-calls">
      <h3 id={`${id}-h`} className="tool-calls-heading">
        {t('toolsHeading')}
      </h3>
      {toolNote && (
        <p className="note" role="note" data-testid="tool-note">
          {t('toolNote', toolNoteParts?.length ? toolNoteParts.map(toolProblemText).join(' ') : toolNote)}
        </p>
      )}
      {pending.map((c) => (
        <ApprovalCard key={c.id} call={c} />
      ))}
      {others.map((c) => (
        <FactCard key={c.id} call={c} />
      ))}
      {checkpoints.map((c) => (
        <CheckpointCard key={c} id={c} />
      ))}
      {hasConnectors && <LookupForm ticketKey={ticketKey} snapshot={snapshot} />}
    </section>
  );
}
