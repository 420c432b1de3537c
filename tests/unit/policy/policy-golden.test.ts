// The managed policy's validation keeps its behaviour across rewrites: for each input of policy-cases.ts, what is
// applied, what is rejected and why must equal policy-golden.json, recorded from the hand-written validator that
// the zod schema (lib/policy/schema.ts) replaced. Reasons reach admins (options page, audit log): they stay as
// they were, word for word. (The `adapters` case was recorded again when custom helpdesks got one validator,
// lib/custom-helpdesks/validate.ts, shared with the options form: its reasons are the form's wording.)
import { describe, expect, it } from 'vitest';
import { validatePolicy } from '../../../lib/policy/validate';
import { POLICY_CASES } from './policy-cases';
import golden from './policy-golden.json';

describe('validatePolicy against the recorded results', () => {
  for (const [name, input] of Object.entries(POLICY_CASES)) {
    it(name, () => {
      expect(JSON.parse(JSON.stringify(validatePolicy(input)))).toEqual((golden as Record<string, unknown>)[name]);
    });
  }
});
