// "Fix how Tandem reads this page": start the picker in the helpdesk tab, show what Tandem would read with the
// agent's picks, and save it for that host only after that preview. The policy entry can be copied for an admin.
// Page text in the preview is rendered as text (React), never as HTML.
import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { browser } from 'wxt/browser';
import type { CustomAdapterConfig } from '../../adapters/custom';
import { t } from '../../lib/i18n';
import { sendMessage } from '../../lib/messaging';
import { policyEntryOf, type RepairReply } from '../../lib/repair/build';
import { adapterOverridesItem } from '../../lib/repair/overrides';

type State =
  | { kind: 'idle'; note?: string }
  | { kind: 'picking' }
  | { kind: 'preview'; reply: Extract<RepairReply, { ok: true }>; note?: string; copied?: 'yes' | 'no' }
  | { kind: 'saved'; host: string }
  | { kind: 'removed'; host: string };

const cap = (s: string | undefined, n = 200) => (!s ? '' : s.length > n ? `${s.slice(0, n - 1)}…` : s);

function problemNote(reply: Extract<RepairReply, { ok: false }>): string | undefined {
  switch (reply.reason) {
    case 'cancelled':
      return t('repairCancelled');
    case 'busy':
      return t('repairBusy');
    case 'no-tab':
      return t('repairNoTab');
    case 'not-built':
      return t('repairNotBuilt', (reply.problems ?? []).join(', '));
    default:
      return t('repairFailed', cap((reply.detail ?? []).join('; ')));
  }
}

// The repair's state per tab, outside React: the panel swaps its whole layout when the tab's reading changes (a
// saved repair turns "no ticket" into a ticket), which remounts this section; the repair must not be lost then.
const IDLE: State = { kind: 'idle' };
const states = new Map<number, State>();
const listeners = new Set<() => void>();
const subscribe = (l: () => void) => {
  listeners.add(l);
  return () => listeners.delete(l);
};

function useRepairState(tabId: number): [State, (next: State | ((s: State) => State)) => void] {
  const state = useSyncExternalStore(subscribe, () => states.get(tabId) ?? IDLE);
  const setState = (next: State | ((s: State) => State)) => {
    states.set(tabId, typeof next === 'function' ? next(states.get(tabId) ?? IDLE) : next);
    for (const l of listeners) l();
  };
  return [state, setState];
}

/** The tab's host when Tandem reads it with a saved repair (storage is read live: a save or a removal shows). */
function useRepairedHost(tabId: number): string | undefined {
  const [host, setHost] = useState<string>();
  const [repaired, setRepaired] = useState<Record<string, unknown>>({});
  useEffect(() => {
    let live = true;
    void browser.tabs.get(tabId).then(
      (tab) => {
        try {
          if (live) setHost(new URL(tab.url ?? '').host);
        } catch {
          /* not a web page */
        }
      },
      () => {},
    );
    void adapterOverridesItem.getValue().then((v) => live && setRepaired(v ?? {}));
    const unwatch = adapterOverridesItem.watch((v) => setRepaired(v ?? {}));
    return () => {
      live = false;
      unwatch();
    };
  }, [tabId]);
  return host && repaired[host] ? host : undefined;
}

export function RepairSection({ tabId }: { tabId: number }) {
  const [state, setState] = useRepairState(tabId);
  const repairedHost = useRepairedHost(tabId);
  const detailsRef = useRef<HTMLDetailsElement>(null);
  const preRef = useRef<HTMLPreElement>(null);

  const cancel = () => {
    void sendMessage('repairCancel', { tabId }).catch(() => {});
    setState({ kind: 'idle', note: t('repairCancelled') });
  };

  // Esc in the panel cancels too (the picker in the page has its own).
  useEffect(() => {
    if (state.kind !== 'picking' && state.kind !== 'preview') return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') cancel();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  const start = async () => {
    setState({ kind: 'picking' });
    let reply: RepairReply;
    try {
      reply = await sendMessage('repairStart', { tabId });
    } catch {
      reply = { ok: false, reason: 'no-tab' };
    }
    // A cancel from the panel already moved on; an answer arriving after it changes nothing.
    setState((s) => (s.kind !== 'picking' ? s : reply.ok ? { kind: 'preview', reply } : { kind: 'idle', note: problemNote(reply) }));
  };

  const save = async (config: CustomAdapterConfig) => {
    const saved = await sendMessage('repairSave', { tabId, config }).catch(() => ({ ok: false, errors: ['the background did not answer'] }) as { ok: boolean; host?: string; errors?: string[] });
    if (saved.ok && saved.host) setState({ kind: 'saved', host: saved.host });
    else setState((s) => (s.kind === 'preview' ? { ...s, note: t('repairSaveFailed', cap((saved.errors ?? []).join('; '))) } : s));
  };

  // The clipboard may be refused (no user activation, a policy): then the JSON is shown selected, to copy by hand.
  const copy = async (json: string) => {
    const ok = await (navigator.clipboard?.writeText(json).then(() => true, () => false) ?? Promise.resolve(false));
    if (!ok && detailsRef.current && preRef.current) {
      detailsRef.current.open = true;
      window.getSelection()?.selectAllChildren(preRef.current);
      preRef.current.focus();
    }
    setState((s) => (s.kind === 'preview' ? { ...s, copied: ok ? 'yes' : 'no' } : s));
  };

  const remove = async () => {
    const removed = await sendMessage('repairRemove', { tabId }).catch(() => ({ ok: false }) as { ok: boolean; host?: string });
    if (removed.ok && removed.host) setState({ kind: 'removed', host: removed.host });
  };

  if (state.kind === 'idle' || state.kind === 'saved' || state.kind === 'removed') {
    const note = state.kind === 'saved' ? t('repairSaved', state.host) : state.kind === 'removed' ? t('repairRemoved', state.host) : state.note;
    return (
      <section className="card repair" aria-label={t('repairStart')}>
        <button type="button" data-testid="repair-start" onClick={() => void start()}>
          {t('repairStart')}
        </button>
        {repairedHost && (
          <button type="button" data-testid="repair-remove" onClick={() => void remove()}>
            {t('repairRemove', repairedHost)}
          </button>
        )}
        {note && (
          <p className="note" role="status" data-testid="repair-status">
            {note}
          </p>
        )}
      </section>
    );
  }

  if (state.kind === 'picking') {
    return (
      <section className="card repair" aria-label={t('repairStart')}>
        <p role="status" data-testid="repair-step">
          {t('repairPicking')}
        </p>
        <button type="button" data-testid="repair-cancel" onClick={cancel}>
          {t('repairCancel')}
        </button>
      </section>
    );
  }

  const { reply } = state;
  const snap = reply.preview.snapshot;
  const roles = snap ? Object.entries(snap.roles).map(([role, n]) => `${role}: ${n}`).join(', ') : '';
  const json = policyEntryOf(reply.config);
  return (
    <section className="card repair" aria-labelledby="repair-preview-title" data-testid="repair-preview">
      <h3 id="repair-preview-title">{t('repairPreviewTitle')}</h3>
      <dl className="facts">
        <dt>{t('repairSubject')}</dt>
        <dd data-testid="repair-preview-subject">{cap(snap?.subject) || '—'}</dd>
        <dt>{t('repairRequester')}</dt>
        <dd data-testid="repair-preview-requester">{cap([snap?.requesterName, snap?.requesterEmail && `<${snap.requesterEmail}>`].filter(Boolean).join(' ')) || '—'}</dd>
        <dt>{t('repairMessages')}</dt>
        <dd data-testid="repair-preview-messages">{snap?.messageCount ?? 0}</dd>
        <dt>{t('repairRoles')}</dt>
        <dd data-testid="repair-preview-roles">{roles || '—'}</dd>
        <dt>{t('repairEditor')}</dt>
        <dd data-testid="repair-preview-editor">{cap(reply.preview.editor ?? undefined) || t('repairEditorNone')}</dd>
      </dl>
      {reply.positional.length > 0 && (
        <p className="note" role="note" data-testid="repair-positional">
          {t('repairPositional', reply.positional.join(', '))}
        </p>
      )}
      <div className="row">
        <button type="button" className="primary" data-testid="repair-save" onClick={() => void save(reply.config)}>
          {t('repairSave', reply.host)}
        </button>
        <button type="button" data-testid="repair-copy-json" onClick={() => void copy(json)}>
          {t('repairCopyJson')}
        </button>
        <button type="button" data-testid="repair-cancel" onClick={cancel}>
          {t('repairCancel')}
        </button>
      </div>
      {state.copied && (
        <p className="note" role="status" data-testid="repair-copied">
          {t(state.copied === 'yes' ? 'repairCopied' : 'repairCopyFailed')}
        </p>
      )}
      {state.note && (
        <p className="note" role="alert" data-testid="repair-status">
          {state.note}
        </p>
      )}
      <details ref={detailsRef}>
        <summary>{t('repairJsonLabel')}</summary>
        <pre data-testid="repair-json" ref={preRef} tabIndex={0}>{json}</pre>
      </details>
    </section>
  );
}
