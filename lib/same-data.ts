/** Deep equality of JSON-like data (what a snapshot is). Used instead of comparing JSON.stringify output: on a
 *  2,000-message ticket serialising the snapshot on every read cost more than the read itself, and a comparison
 *  stops at the first difference. Never says equal when the JSON would differ. */
export function sameData(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameData(a[i], b[i])) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  const ak = Object.keys(a);
  if (ak.length !== Object.keys(b).length) return false;
  for (const k of ak) {
    const av = (a as Record<string, unknown>)[k];
    const bv = (b as Record<string, unknown>)[k];
    // (stricter than JSON, which drops undefined members: at worst an unchanged ticket is reported again)
    if (!Object.prototype.hasOwnProperty.call(b, k) || !sameData(av, bv)) return false;
  }
  return true;
}
