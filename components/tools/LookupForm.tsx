// "Look up" without the AI (issue 16): pick a read-only tool, a form from its input schema pre-filled with what the
// ticket mentions (order numbers, e-mails, ids), run it; the result becomes a fact card (and feeds the offline draft).
import { useId, useMemo, useState } from 'react';
import type { TicketSnapshot } from '../../adapters/types';
import { formToArgs, prefill, ticketIdentifiers, type LookupTool } from '../../lib/connectors/lookup';
import { sendMessage } from '../../lib/messaging';
import { t } from '../../lib/i18n';
import { actionFailureText } from '../../lib/action-failure-text';
import { toolErrorText, toolProblemText } from '../../lib/connectors/tool-error-text';
import type { ToolProblem } from '../../lib/connectors/tool-errors';

export function LookupForm({ ticketKey, snapshot }: { ticketKey: string; snapshot: TicketSnapshot }) {
  const id = useId();
  const [open, setOpen] = useState(false);
  const [tools, setTools] = useState<LookupTool[] | null>(null);
  const [problems, setProblems] = useState<ToolProblem[]>([]);
  const [picked, setPicked] = useState('');
  const [form, setForm] = useState<Record<string, string>>({});
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  const ids = useMemo(() => ticketIdentifiers(snapshot), [snapshot]);
  const tool = tools?.find((x) => x.apiName === picked);

  const pick = (apiName: string, list: LookupTool[] | null = tools) => {
    setPicked(apiName);
    const next = list?.find((x) => x.apiName === apiName);
    setForm(next ? prefill(next.inputSchema, ids) : {});
    setStatus('');
  };

  const toggle = async () => {
    const next = !open;
    setOpen(next);
    if (!next || tools) return;
    const reply = await sendMessage('toolsList', undefined).catch((e: Error) => ({ tools: [] as LookupTool[], problems: [e.message], problemCodes: undefined }));
    setTools(reply.tools);
    // With codes where the worker gave them (in the agent's language), else its English words.
    setProblems(reply.problemCodes ?? reply.problems.map((reason) => ({ reason })));
    if (reply.tools[0]) pick(reply.tools[0].apiName, reply.tools);
  };

  const run = async () => {
    if (!tool) return;
    const { args, missing } = formToArgs(tool.inputSchema, form);
    if (missing.length) return setStatus(t('lookupMissing', missing.join(', ')));
    setBusy(true);
    setStatus(t('toolStatusRunning'));
    const reply = await sendMessage('toolsLookup', { ticketKey, apiName: tool.apiName, args }).catch((e: Error) => ({ ok: false, message: e.message }));
    setBusy(false);
    // (a call that ran and failed has a tool-error code; one that never ran, an action-failure code)
    const why = 'toolError' in reply && reply.toolError ? toolErrorText(reply.toolError) : actionFailureText(reply, '');
    setStatus(reply.ok ? t('lookupDone') : t('lookupFailed', why));
  };

  return (
    <div className="lookup">
      <button type="button" aria-expanded={open} aria-controls={`${id}-body`} onClick={() => void toggle()} data-testid="lookup-toggle">
        {t('lookupOpen')}
      </button>
      {open && (
        <div id={`${id}-body`} data-testid="lookup-form">
          {!tools && <p className="hint">{t('lookupLoading')}</p>}
          {tools && !tools.length && <p className="hint">{t('lookupNone')}</p>}
          {problems.map((p, i) => (
            <p key={i} className="note">
              {toolProblemText(p)}
            </p>
          ))}
          {tools && tools.length > 0 && (
            <form
              onSubmit={(e) => {
                e.preventDefault();
                void run();
              }}
            >
              <label htmlFor={`${id}-tool`}>{t('lookupTool')}</label>
              <select id={`${id}-tool`} value={picked} onChange={(e) => pick(e.target.value)} data-testid="lookup-tool">
                {tools.map((x) => (
                  <option key={x.apiName} value={x.apiName}>
                    {x.connectorName}/{x.tool}
                  </option>
                ))}
              </select>
              {tool?.description && <p className="hint">{tool.description.slice(0, 300)}</p>}
              {Object.entries(tool?.inputSchema.properties ?? {})
                .slice(0, 12)
                .map(([name, prop]) => (
                  <div key={name} className="field">
                    <label htmlFor={`${id}-f-${name}`}>
                      {name}
                      {tool?.inputSchema.required?.includes(name) ? ' *' : ''}
                    </label>
                    <input
                      id={`${id}-f-${name}`}
                      value={form[name] ?? ''}
                      maxLength={500}
                      title={typeof prop.description === 'string' ? prop.description : undefined}
                      onChange={(e) => setForm((f) => ({ ...f, [name]: e.target.value }))}
                      data-testid={`lookup-field-${name}`}
                    />
                  </div>
                ))}
              <button type="submit" className="primary" disabled={busy} data-testid="lookup-run">
                {t('lookupRun')}
              </button>
            </form>
          )}
          <p className="status" role="status" aria-live="polite" data-testid="lookup-status">
            {status}
          </p>
        </div>
      )}
    </div>
  );
}
