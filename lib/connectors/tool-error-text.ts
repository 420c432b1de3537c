// The panel's side of ./tool-errors.ts: a failed call's reason in the agent's language, from its code; a call
// without a (known) code (stored before the codes) shows its English `error`.
import { t } from '../i18n';
import { TOOL_ERROR_CODES, toolErrorMessageName, type ToolProblem } from './tool-errors';
import type { StoredToolCall } from './types';

export function toolErrorText(call: Pick<StoredToolCall, 'error' | 'errorCode' | 'errorParams' | 'status'>): string {
  if (call.errorCode && (TOOL_ERROR_CODES as readonly string[]).includes(call.errorCode)) {
    return t(toolErrorMessageName(call.errorCode) as Parameters<typeof t>[0], ...(call.errorParams ?? []));
  }
  return call.error ?? call.status;
}

/** A connector that could not be offered (a row's toolNoteParts), in the agent's language where it has a code. */
export function toolProblemText(p: ToolProblem): string {
  return toolErrorText({ error: p.reason, errorCode: p.code, errorParams: p.params, status: 'error' });
}
