// The options page's side of lib/reasons.ts: a refused value's reason in the agent's language, from its code; a
// refusal without a (known) code shows its English reason.
import { REASON_CODES, reasonMessageName, type ReasonCode } from './reasons';
import { t } from './i18n';

export function reasonText(r: { reason: string; code?: ReasonCode; params?: string[] }): string {
  if (!r.code || !(REASON_CODES as readonly string[]).includes(r.code)) return r.reason;
  return t(reasonMessageName(r.code) as Parameters<typeof t>[0], ...(r.params ?? []));
}
