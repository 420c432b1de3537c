// Every message Tandem sends between its contexts, in one typed protocol map. Keys name the request;
// the function type is (data) => reply. Sender and receiver import the same map, so a change breaks the build
// rather than silently dropping a message.
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { InsertFailureCode, InsertMode, InsertResult, TicketSnapshot } from '../adapters/types';
import type { CustomAdapterConfig } from '../adapters/custom';
import type { CustomPreviewReply } from './custom-helpdesks/preview';
import type { RepairReply } from './repair/build';
import type { DraftActionRequest, DraftActionResult, SendPreview } from './drafts/types';
import type { LookupTool, LookupReply } from './connectors/lookup';
import type { ToolProblem } from './connectors/tool-errors';

export interface SnapshotReport {
  /** null: a helpdesk page, but no ticket open (an inbox list, a settings page). */
  snapshot: TicketSnapshot | null;
  helpdesk?: string;
  url: string;
}

export interface InsertRequest {
  tabId: number;
  /** The ticket the text was written for; the content script refuses if another ticket is on screen. */
  ticketId: string;
  /** Its helpdesk account's host: the same ticket id in another account is another ticket. */
  host: string;
  text: string;
  mode: InsertMode;
  /** The agent agreed to write over / around their own text in the editor. */
  confirmed?: boolean;
  /** The agent looked at an unsure reading of the page (adapters/shared/health.ts) and inserts all the same
   *  (checked by the background on the stored ticket; not passed on to the content script). */
  readingConfirmed?: boolean;
  /** What is being inserted, for the audit log and local analytics. */
  source?: 'draft' | 'summary' | 'snippet' | 'greeting' | 'chat';
}

export interface EditorReadResult {
  ok: boolean;
  text?: string;
  /** Why the editor could not be read, in the browser's language (see `code`). */
  reason?: string;
  /** The same as an insert-failure code the panel translates ('no-editor', 'tab-no-answer', ...). */
  code?: InsertFailureCode;
  params?: string[];
}

export interface ProtocolMap {
  // content script -> background
  reportSnapshot(report: SnapshotReport): void;
  // side panel -> background
  insertIntoTab(request: InsertRequest): InsertResult;
  // content script -> background: the helpdesks described with selectors (selectors only, no settings)
  getCustomAdapters(): CustomAdapterConfig[];
  /** Ask the tab's content script to read the page again (panel opened, tab re-activated, alert dismissed). */
  refreshTab(data: { tabId: number }): void;
  /** The agent's own reply as it stands in the helpdesk editor (for the tone check). */
  readEditorFromTab(data: { tabId: number }): EditorReadResult;
  // background -> content script
  insertIntoEditor(request: Omit<InsertRequest, 'tabId'>): InsertResult;
  readTicketNow(): void;
  readEditor(): EditorReadResult;

  // ---- drafts and co-work chat (issue 5; lib/background/drafts.ts) — side panel -> background ----
  /** Draft, refine, continue, regenerate, summarise, chat or restore; resolves once the row exists. */
  draftsRun(request: DraftActionRequest): DraftActionResult;
  /** Exactly what that action would send to the API (nothing is sent). */
  draftsPreview(request: DraftActionRequest): SendPreview;
  /** Stop a streaming draft / chat answer (the partial text is kept, marked incomplete). */
  draftsStop(data: { id: string }): boolean;
  /** The panel saw the network come back: run what was queued offline. */
  draftsOnline(): number;
  // ---- end drafts ----

  // ---- connectors (issue 16; lib/background/connectors.ts) — side panel -> background ----
  /** The agent's Approve / Deny on a tool call waiting for them. false: no such call is waiting (any more). */
  toolsDecide(data: { callId: string; approve: boolean }): boolean;
  /** The read-only tools the look-up form offers (with their input schemas), and connectors that failed. */
  /** `problems` in English; `problemCodes` the same with codes the panel translates (lib/connectors/tool-errors.ts). */
  toolsList(): { tools: LookupTool[]; problems: string[]; problemCodes?: ToolProblem[] };
  /** Run one read-only tool from the look-up form (no AI); the result becomes a fact card. */
  toolsLookup(data: { ticketKey: string; apiName: string; args: Record<string, unknown> }): LookupReply;
  // ---- end connectors ----

  // ---- custom helpdesks (issue 3; lib/custom-helpdesks/background.ts) — options page -> background ----
  /** Run the selectors the agent is editing in one of their tabs (live preview); nothing is saved. */
  previewCustomAdapterInTab(data: { tabId: number; config: CustomAdapterConfig }): CustomPreviewReply;
  // ---- end custom helpdesks ----

  // ---- repair in the page (issue 13; lib/background/repair.ts, lib/content/repair-picker.ts) ----
  /** side panel -> background -> the tab's content script: the agent picks subject, message, author and editor
   *  in the page; answers with the derived config and its preview (nothing is saved). */
  repairStart(data: { tabId: number }): RepairReply;
  /** side panel -> background -> content script: stop picking (Esc in the panel, Cancel). */
  repairCancel(data: { tabId: number }): void;
  /** side panel -> background: save the previewed config as this host's override. */
  repairSave(data: { tabId: number; config: CustomAdapterConfig }): { ok: boolean; host?: string; errors?: string[] };
  /** side panel -> background: forget the repair of the tab's host (the built-in reading comes back). */
  repairRemove(data: { tabId: number }): { ok: boolean; host?: string };
  /** background -> content script */
  repairPick(): RepairReply;
  repairAbort(): void;
  /** background -> content script: the custom configs / overrides changed, fetch them again and re-read. */
  reloadCustomAdapters(): void;
  /** the generic content script on a custom host -> background: the page is this built-in helpdesk's (on the
   *  company's own domain); inject that helpdesk's own content script into the sender's frame (the sender stopped
   *  itself first). */
  loadHelpdeskScript(helpdesk: BuiltInHelpdesk): void;
  // ---- end repair ----
}

/** The built-in helpdesks, each with a content script of its own (entrypoints/<helpdesk>.content). */
export type BuiltInHelpdesk = 'zendesk' | 'intercom' | 'freshdesk';

export const { sendMessage, onMessage, removeAllListeners } = defineExtensionMessaging<ProtocolMap>();
