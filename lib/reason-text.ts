// The options page's side of lib/reasons.ts: a refused value's reason in the agent's language, from its code; a
// refusal without a (known) code shows its English reason.
import { REASON_CODES, reasonMessageName, type ReasonCode } from './reasons';
import { codedText } from './coded-text';

const REASONS = { codes: REASON_CODES, messageName: reasonMessageName };

export function reasonText(r: { reason: string; code?: ReasonCode; params?: string[] }): string {
  return codedText(REASONS, r.code, r.params, r.reason);
}
