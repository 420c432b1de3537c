// The managed policy's validation keeps its behaviour across rewrites: for each input of policy-cases.ts, what is
// applied, what is rejected and why must equal policy-golden.json, recorded from the hand-written validator that
// the zod schema (lib/policy/schema.ts) replaced. Reasons reach admins (options page, audit log): they stay as
// they were, word for word. (The `adapters` case was recorded again when custom helpdesks got one validator,
// lib/custom-helpdesks/validate.ts, shared with the options form: its reasons are the form's wording.)
import { describe, expect, it } from 'vitest';
import { validatePolicy } from '../../../lib/policy/validate';
import { POLICY_CASES } from './policy-cases';
import golden from './policy-golden.json';

/** The outcome as it was recorded: a rejection's key and English reason (the codes, params and field added for the
 *  options page to translate, lib/reasons.ts, are not part of the outcome; lib/reasons.test.ts checks them). */
function outcome(result: ReturnType<typeof validatePolicy>) {
  const { report } = result;
  return JSON.parse(JSON.stringify({ ...result, report: { ...report, rejected: report.rejected.map(({ key, reason }) => ({ key, reason })) } })) as unknown;
}

describe('validatePolicy against the recorded results', () => {
  for (const [name, input] of Object.entries(POLICY_CASES)) {
    it(name, () => {
      expect(outcome(validatePolicy(input))).toEqual((golden as Record<string, unknown>)[name]);
    });
  }
});
