// Connectors in the background (issue 16): the tools provider the drafting service uses, the agent's approvals
// from the panel, and the look-up form's read-only calls. Headers (tokens) are read here only, never sent to a page.
import { getDb } from '../db';
import { onMessage } from '../messaging';
import { loadSettings } from '../settings';
import { loadConnectors } from '../connectors/settings';
import { createToolsProvider, type ToolsProvider } from '../connectors/provider';
import { runLookup } from '../connectors/calls';
import { openToolbox } from '../connectors/registry';
import { toLookupTool } from '../connectors/lookup';
import { fromExtensionPage } from './senders';
import { actionFailure } from '../action-failure';

let provider: ToolsProvider | undefined;

export function getToolsProvider(): ToolsProvider {
  provider ??= createToolsProvider({ load: loadConnectors });
  return provider;
}

export function registerConnectors(): void {
  onMessage('toolsDecide', fromExtensionPage(async ({ data }) => getToolsProvider().approvals.decide(String(data.callId), data.approve === true)));

  onMessage('toolsList', fromExtensionPage(async () => {
    const { connectors } = await loadConnectors();
    if (!connectors.length) return { tools: [], problems: [] };
    const toolbox = await openToolbox(connectors);
    try {
      // Only read-only tools can run without the AI and without a second look.
      return {
        tools: toolbox.tools.filter((t) => t.readOnly).map(toLookupTool),
        problems: toolbox.problems.map((p) => p.reason),
        problemCodes: toolbox.problems.map(({ reason, code, params }) => ({ reason, ...(code ? { code, params } : {}) })),
      };
    } finally {
      await toolbox.close();
    }
  }));

  onMessage('toolsLookup', fromExtensionPage(async ({ data }) => {
    const db = getDb();
    const ticket = await db.tickets.get(data.ticketKey);
    if (!ticket) return actionFailure('ticket-not-read');
    const toolbox = await openToolbox((await loadConnectors()).connectors);
    try {
      const earlier = await db.toolCalls.where('ticketKey').equals(data.ticketKey).count();
      const call = await runLookup(
        {
          db,
          toolbox,
          signal: new AbortController().signal,
          includeContent: (await loadSettings()).auditIncludeContent,
          ticketKey: data.ticketKey,
          nextN: () => earlier + 1,
        },
        String(data.apiName),
        data.args && typeof data.args === 'object' ? data.args : {},
      );
      if (call.status === 'done') return { ok: true, callId: call.id };
      const toolError = { status: call.status, error: call.error, errorCode: call.errorCode, errorParams: call.errorParams };
      return { ok: false, callId: call.id, message: call.error, toolError };
    } finally {
      await toolbox.close();
    }
  }));
}
