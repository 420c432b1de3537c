// The panel's side of lib/action-failure.ts: a failed action's words in the agent's language, from its code.
import { ACTION_FAILURE_CODES, actionFailureMessageName, type ActionFailureCode } from './action-failure';
import { codedText } from './coded-text';

const ACTION_FAILURES = { codes: ACTION_FAILURE_CODES, messageName: actionFailureMessageName };

/** The code's translation with its params; a result without a (known) code shows its message, else `fallback`. */
export function actionFailureText(result: { code?: ActionFailureCode; params?: string[]; message?: string }, fallback: string): string {
  return codedText(ACTION_FAILURES, result.code, result.params, result.message || fallback);
}
