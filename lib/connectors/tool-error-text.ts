// The panel's side of ./tool-errors.ts: a failed call's reason in the agent's language, from its code; a call
// without a (known) code (stored before the codes) shows its English `error`.
import { codedText } from '../coded-text';
import { TOOL_ERROR_CODES, toolErrorMessageName, type ToolProblem } from './tool-errors';
import type { StoredToolCall } from './types';

const TOOL_ERRORS = { codes: TOOL_ERROR_CODES, messageName: toolErrorMessageName };

export function toolErrorText(call: Pick<StoredToolCall, 'error' | 'errorCode' | 'errorParams' | 'status'>): string {
  return codedText(TOOL_ERRORS, call.errorCode, call.errorParams, call.error ?? call.status);
}

/** A connector that could not be offered (a row's toolNoteParts), in the agent's language where it has a code. */
export function toolProblemText(p: ToolProblem): string {
  return toolErrorText({ error: p.reason, errorCode: p.code, errorParams: p.params, status: 'error' });
}
