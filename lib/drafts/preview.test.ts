// The send preview alone: its own database and loaders, no drafting service and no network.
import { describe, expect, it } from 'vitest';
import type { AiSettings } from '../ai/types';
import type { ToolsProvider, ToolSession } from '../connectors/provider';
import { previewAction, type PreviewDeps } from './preview';
import { freshDb, seedTicket } from '../../tests/unit/drafts/helpers';
import { settings as baseSettings, snippets } from '../../tests/unit/ai/helpers';

async function setup(over: Partial<AiSettings> = {}, tools?: ToolsProvider) {
  const db = freshDb();
  const stored = await seedTicket(db);
  const settings: AiSettings = { ...baseSettings, ...over };
  const deps: PreviewDeps = {
    db,
    loadSettings: async () => settings,
    loadTicket: async (key) => (await db.tickets.get(key))!,
    loadDraft: async (id) => (await db.drafts.get(id))!,
    getSnippets: async () => snippets,
    tools,
  };
  return { db, deps, key: stored.key };
}

describe('send preview', () => {
  it('shows the draft prompt with the customer data redacted, and what the placeholders hide', async () => {
    const { deps, key } = await setup();
    const p = await previewAction(deps, { action: { kind: 'draft', ticketKey: key } });
    expect(p.text).toContain('Refunds are issued within 5 business days');
    expect(p.text).not.toContain('maria.lopez@example.com');
    expect(p.redactions.map((r) => r.value)).toContain('maria.lopez@example.com');
    expect(p.note).toBeUndefined();
  });

  it('says when nothing is sent: a restore, an offline draft, no API key', async () => {
    const { db, deps, key } = await setup({ apiKey: undefined });
    // Codes the panel translates; the note is the browser's sentence (the code here: no extension i18n in tests).
    expect(await previewAction(deps, { action: { kind: 'restore', draftId: 'x', versionIndex: 0 } })).toMatchObject({ note: 'restore', noteCode: 'restore' });
    await db.drafts.add({ id: 'off', ticketKey: key, kind: 'offline', text: 'Hi', versions: [], status: 'done', basedOnCustomerMessages: 1, createdAt: 1, updatedAt: 1 });
    expect((await previewAction(deps, { action: { kind: 'regenerate', draftId: 'off' } })).noteCode).toBe('offline-draft');
    expect((await previewAction(deps, { action: { kind: 'draft', ticketKey: key } })).noteCode).toBe('no-api-key');
  });

  it('a continue shows the answer so far (redacted) after the prompt; the tools offered are listed', async () => {
    let closed = 0;
    const session = {
      toolbox: { tools: [{ apiName: 'shop__get_order', connectorName: 'Shop', readOnly: true, description: 'Look up an order' }], close: async () => void closed++ },
      autonomy: 'ask',
      apiTools: [{ name: 'shop__get_order' }],
      problems: ['CRM did not answer.'],
    } as unknown as ToolSession;
    const { db, deps, key } = await setup({}, { open: async () => session, approvals: {} } as unknown as ToolsProvider);
    await db.drafts.add({ id: 'd', ticketKey: key, kind: 'reply', text: 'Hi Maria, write to maria.lopez@example.com', versions: [], status: 'incomplete', basedOnCustomerMessages: 1, createdAt: 1, updatedAt: 1, origin: { kind: 'draft' } });
    const cont = await previewAction(deps, { action: { kind: 'continue', draftId: 'd' } });
    const tail = cont.text.split('── Assistant (the answer so far, to be continued) ──\n')[1];
    expect(tail).toMatch(/^Hi \[NAME_\d+_\w+\], write to \[EMAIL_1_/);
    expect(tail).not.toContain('maria.lopez@example.com');
    expect(cont.text).not.toContain('Tools offered');
    const draft = await previewAction(deps, { action: { kind: 'draft', ticketKey: key } });
    expect(draft.text).toContain('── Tools offered (1; autonomy: ask) ──\n- shop__get_order (Shop; read-only): Look up an order\n(not offered: CRM did not answer.)');
    expect(closed).toBe(1);
  });
});
