// STUB, to be replaced by the real structural thread finder (written in parallel on another branch). The reading
// health (adapters/shared/health.ts) takes its block count as an optional signal; this stub finds nothing, so the
// 'few-messages-vs-page' check stays off until the real finder lands.
export function findThreadByStructure(_doc: Document | ParentNode, _opts?: unknown): { container: Element; blocks: Element[] } | null {
  return null;
}
