// Per-request guardrails of tool use. One place, so the panel, the tests and the audit agree on the numbers.
export const TOOL_LIMITS = {
  /** Tool calls one draft / chat answer / summary may make (the model asking again and again stops here). */
  maxCallsPerRequest: 5,
  /** One call, from sending to its whole result. */
  callTimeoutMs: 15_000,
  /** What goes back to the model (and is kept) of one result, in UTF-8 bytes. */
  resultCapBytes: 8 * 1024,
  /** Read at most this much of a response at all. */
  maxResponseBytes: 1_000_000,
  /** Listing a server's tools before a request. */
  listTimeoutMs: 5_000,
} as const;
