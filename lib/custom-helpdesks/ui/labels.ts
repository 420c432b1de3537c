// The words the custom-helpdesk section shows for codes: selector names, roles, why a tab cannot be previewed,
// where a match lives, the preview's answer. Pure (no React), so each component takes only what it needs.
import { t } from '../../i18n';
import type { WhereStep } from '../../../adapters/shared/deep-query';
import type { UnscriptableReason } from '../access';
import type { CustomSelectorKey } from '../config';
import type { CustomPreviewReply } from '../preview';

export type TextKey = Parameters<typeof t>[0];

export const SELECTOR_LABEL: Record<CustomSelectorKey, TextKey> = {
  subject: 'chSelSubject',
  message: 'chSelMessage',
  messageBody: 'chSelMessageBody',
  editor: 'chSelEditor',
  ticketId: 'chSelTicketId',
  requester: 'chSelRequester',
  status: 'chSelStatus',
  priority: 'chSelPriority',
  tags: 'chSelTags',
  messageAuthor: 'chSelMessageAuthor',
  messageTime: 'chSelMessageTime',
  internalMessage: 'chSelInternalMessage',
  agentMessage: 'chSelAgentMessage',
};

export const UNSCRIPTABLE_TEXT: Record<UnscriptableReason, TextKey> = {
  'browser-page': 'chCannotBrowserPage',
  'extension-page': 'chCannotExtensionPage',
  'web-store': 'chCannotWebStore',
  file: 'chCannotFile',
  'no-url': 'chCannotNoUrl',
};

/** Roles in a fixed order, whatever order the snapshot's counts arrive in. */
export const ROLE_ORDER = ['customer', 'agent', 'bot', 'system'] as const;

export function roleText(role: string): string {
  const key = ({ customer: 'chRoleCustomer', agent: 'chRoleAgent', bot: 'chRoleBot', system: 'chRoleSystem' } as Record<string, TextKey>)[role];
  return key ? t(key) : role;
}

/** "in the shadow root of hh-app › in the frame iframe#agent": where a match lives, outermost first. */
export function whereText(where: WhereStep[]): string {
  return where.map((step) => t(step.kind === 'shadow' ? 'chWhereShadow' : 'chWhereFrame', step.host)).join(' › ');
}

export function hostOf(origin: string): string {
  return origin.replace(/^[a-z*]+:\/\//, '').replace(/\/\*$/, '');
}

export function replyText(reply: CustomPreviewReply): string {
  if (reply.ok) return t('chPreviewDone', reply.result.title || reply.result.url);
  switch (reply.reason) {
    case 'no-tab':
      return t('chPreviewNoTab');
    case 'no-access':
      return t('chPreviewNeedsAccess', hostOf(reply.origin ?? ''));
    case 'failed':
      return t('chPreviewFailed', reply.detail ?? '');
    default:
      return t(UNSCRIPTABLE_TEXT[reply.reason]);
  }
}
