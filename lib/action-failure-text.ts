// The panel's side of lib/action-failure.ts: a failed action's words in the agent's language, from its code.
import { ACTION_FAILURE_CODES, actionFailureMessageName, type ActionFailureCode } from './action-failure';
import { t } from './i18n';

/** The code's translation with its params; a result without a (known) code shows its message, else `fallback`. */
export function actionFailureText(result: { code?: ActionFailureCode; params?: string[]; message?: string }, fallback: string): string {
  const code = result.code && (ACTION_FAILURE_CODES as readonly string[]).includes(result.code) ? result.code : undefined;
  if (code) return t(actionFailureMessageName(code) as Parameters<typeof t>[0], ...(result.params ?? []));
  return result.message || fallback;
}
