// The one way a failure code becomes words in the agent's language, shared by every family of codes (action
// failures, options-page reasons, tool errors, AI errors, insert failures). A family keeps its own code list and
// message names (its prefix); this turns a code and its params into the locale text, and anything it does not know
// (no code, a code from a newer Tandem, stored before the codes) into the family's own fallback.
import { t } from './i18n';

type Key = Parameters<typeof t>[0];

export interface CodeFamily<C extends string> {
  /** Every code the family translates. */
  codes: readonly C[];
  /** The code's locale message name, e.g. 'no-api-key' -> 'actionFail_no_api_key'. */
  messageName: (code: C) => string;
}

/** The known code's text with `params` for $1, $2, ... in order; `fallback` when `code` is missing or unknown. */
export function codedText<C extends string, F extends string | undefined>(
  family: CodeFamily<C>,
  code: string | undefined,
  params: readonly string[] | undefined,
  fallback: F,
): string | F {
  // `includes`, not a lookup in an object: a code like 'constructor' must not find something.
  if (code === undefined || !family.codes.includes(code as C)) return fallback;
  return t(family.messageName(code as C) as Key, ...(params ?? []));
}
