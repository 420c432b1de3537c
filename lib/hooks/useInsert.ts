// Insert text into the followed tab's reply editor through the background, with the agent's confirmation when it
// would touch their own text, and the clipboard as the honest last resort.
import { useCallback } from 'react';
import type { InsertFailureCode, InsertMode, InsertResult, TicketSnapshot } from '../../adapters/types';
import { ticketHostOf } from '../ticket-identity';
import { t } from '../i18n';
import { insertFailure, insertFailureMessageName } from '../../adapters/shared/insert-failure';
import { codedText } from '../coded-text';
import { sendMessage } from '../messaging';
import { useUiStore, type PendingInsert } from '../stores/ui';

/** Every failure code the panel translates (its English twin and message names: adapters/shared/insert-failure.ts);
 *  a Record so that a new code must be added here. */
const INSERT_FAILURE_CODES: Record<InsertFailureCode, true> = {
  'wrong-ticket': true,
  'no-ticket-id': true,
  'id-mismatch': true,
  'reading-low': true,
  'needs-confirmation': true,
  'not-a-helpdesk': true,
  'no-editor': true,
  'editor-hidden': true,
  'editor-unreachable': true,
  'read-only': true,
  'no-text': true,
  'not-accepted': true,
  'shown-differently': true,
  error: true,
  unreachable: true,
  'tab-no-answer': true,
};
const INSERT_FAILURES = { codes: Object.keys(INSERT_FAILURE_CODES) as InsertFailureCode[], messageName: insertFailureMessageName };

/** Why an insertion failed, in the agent's language: the code's translation, else the reason as given. */
export function insertFailureText(result: InsertResult): string {
  return codedText(INSERT_FAILURES, result.code, result.params, result.reason ?? t('insertFail_not_accepted'));
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
