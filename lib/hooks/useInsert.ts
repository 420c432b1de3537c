// Insert text into the followed tab's reply editor through the background, with the agent's confirmation when it
// would touch their own text, and the clipboard as the honest last resort.
import { useCallback } from 'react';
import type { InsertFailureCode, InsertMode, InsertResult, TicketSnapshot } from '../../adapters/types';
import { ticketHostOf } from '../ticket-identity';
import { t } from '../i18n';
import { insertFailure } from '../../adapters/shared/insert-failure';
import { sendMessage } from '../messaging';
import { useUiStore, type PendingInsert } from '../stores/ui';

/** The translated text of each failure code (its English twin: adapters/shared/insert-failure.ts). */
const FAILURE_TEXT: Record<InsertFailureCode, Parameters<typeof t>[0]> = {
  'wrong-ticket': 'insertFail_wrong_ticket',
  'no-ticket-id': 'insertFail_no_ticket_id',
  'id-mismatch': 'insertFail_id_mismatch',
  'reading-low': 'insertFail_reading_low',
  'needs-confirmation': 'insertFail_needs_confirmation',
  'not-a-helpdesk': 'insertFail_not_a_helpdesk',
  'no-editor': 'insertFail_no_editor',
  'editor-hidden': 'insertFail_editor_hidden',
  'editor-unreachable': 'insertFail_editor_unreachable',
  'read-only': 'insertFail_read_only',
  'no-text': 'insertFail_no_text',
  'not-accepted': 'insertFail_not_accepted',
  'shown-differently': 'insertFail_shown_differently',
  error: 'insertFail_error',
  unreachable: 'insertFail_unreachable',
  'tab-no-answer': 'insertFail_tab_no_answer',
};

/** Why an insertion failed, in the agent's language: the code's translation, else the reason as given. */
export function insertFailureText(result: InsertResult): string {
  const key = result.code && FAILURE_TEXT[result.code];
  if (key) return t(key, ...(result.params ?? []));
  return result.reason ?? t('insertFail_not_accepted');
}

export function useInsert(tabId: number | null | undefined) {
  const { setLastInsert, setAwaitingConfirmation } = useUiStore();

  const run = useCallback(
    async (pending: PendingInsert, confirmed: boolean) => {
      if (!tabId) return;
      setAwaitingConfirmation(null);
      setLastInsert({ status: 'working' });
      const { ask: _ask, ...request } = pending;
      const result = await sendMessage('insertIntoTab', { tabId, ...request, confirmed }).catch(
        (e: Error): InsertResult => insertFailure('unreachable', e.message),
      );
      if (result.ok) {
        setLastInsert({ status: 'done', result, message: t('inserted') });
      } else if (result.code === 'reading-low') {
        // The page's reading is unsure: the agent looks at the warning and confirms first.
        setLastInsert(null);
        setAwaitingConfirmation({ ...pending, ask: 'reading' });
      } else if (result.code === 'needs-confirmation' || result.reason === 'needs-confirmation') {
        setLastInsert(null);
        setAwaitingConfirmation({ ...pending, ask: undefined });
      } else if (result.code === 'wrong-ticket' || result.code === 'no-ticket-id' || result.code === 'id-mismatch') {
        // Refused because the text is for another ticket (or no ticket can be told): a clipboard copy would only
        // help paste it there anyway. Say why, offer nothing else.
        setLastInsert({ status: 'failed', result, message: insertFailureText(result) });
      } else {
        const copied = await navigator.clipboard.writeText(pending.text).then(
          () => true,
          () => false,
        );
        setLastInsert({
          status: 'failed',
          result,
          message: copied ? t('copiedToClipboard', insertFailureText(result)) : insertFailureText(result),
        });
      }
    },
    [tabId, setLastInsert, setAwaitingConfirmation],
  );

  const insert = useCallback(
    (text: string, ticket: Pick<TicketSnapshot, 'ticketId' | 'host' | 'url'>, source: PendingInsert['source'] = 'draft', mode?: InsertMode) =>
      run({ text, ticketId: ticket.ticketId, host: ticketHostOf(ticket), source, mode: mode ?? useUiStore.getState().insertMode }, false),
    [run],
  );
  const confirm = useCallback(() => {
    const pending = useUiStore.getState().awaitingConfirmation;
    // A confirmed reading is carried on: the editor may still ask about the agent's own text afterwards.
    if (pending?.ask === 'reading') void run({ ...pending, ask: undefined, readingConfirmed: true }, false);
    else if (pending) void run(pending, true);
  }, [run]);

  return { insert, confirm };
}
