// A tool's result on its way back: readable text (JSON pretty-printed), capped to TOOL_LIMITS.resultCapBytes,
// redacted with the request's own placeholders before it goes to the model, and a few key values for the fact card.
import { TOOL_LIMITS } from './limits';

const encoder = new TextEncoder();
export const byteLength = (s: string): number => encoder.encode(s).byteLength;

/** Cut `text` to at most `maxBytes` UTF-8 bytes (never inside a character), saying so at the end. */
export function capBytes(text: string, maxBytes: number = TOOL_LIMITS.resultCapBytes): { text: string; capped: boolean } {
  if (byteLength(text) <= maxBytes) return { text, capped: false };
  const note = `\n[… result cut at ${Math.round(maxBytes / 1024)} KB]`;
  let budget = maxBytes - byteLength(note);
  // Characters are 1-4 bytes: walk by code points.
  let out = '';
  for (const ch of text) {
    const b = byteLength(ch);
    if (b > budget) break;
    budget -= b;
    out += ch;
  }
  return { text: out + note, capped: true };
}

// Control characters other than tab and newline: never shown, never sent.
// eslint-disable-next-line no-control-regex
const CONTROL_RE = /[\u0000-\u0008\v\f\u000e-\u001f\u007f]/g;

export class MalformedResultError extends Error {}

/**
 * Raw result text -> readable text. JSON is pretty-printed; text that starts like JSON but does not parse is
 * malformed (the tool promised JSON and sent something else); other text is kept as text.
 */
export function readableResult(raw: string, expectJson = false): { text: string; json?: unknown } {
  const clean = raw.replace(CONTROL_RE, '');
  const trimmed = clean.trim();
  const looksJson = trimmed.startsWith('{') || trimmed.startsWith('[');
  if (looksJson || expectJson) {
    try {
      const json = JSON.parse(trimmed) as unknown;
      return { text: JSON.stringify(json, null, 2), json };
    } catch {
      throw new MalformedResultError('its result is not valid JSON');
    }
  }
  return { text: trimmed };
}

/** Up to `max` short key values of a result for the fact card: scalar leaves, shallowest first. */
export function keyValues(json: unknown, text: string, max = 6): { key: string; value: string }[] {
  const out: { key: string; value: string }[] = [];
  const short = (v: string) => (v.length > 80 ? `${v.slice(0, 80)}…` : v);
  if (json !== undefined && typeof json === 'object' && json !== null) {
    // Breadth-first over at most a few hundred nodes: a huge result must not cost much here.
    const queue: [string, unknown][] = Object.entries(json as Record<string, unknown>);
    let seen = 0;
    while (queue.length && out.length < max && seen < 500) {
      const [key, value] = queue.shift()!;
      seen++;
      if (value === null || ['string', 'number', 'boolean'].includes(typeof value)) out.push({ key, value: short(String(value)) });
      else if (typeof value === 'object') {
        for (const [k, v] of Object.entries(value as Record<string, unknown>).slice(0, 20)) queue.push([Array.isArray(value) ? `${key}[${k}]` : `${key}.${k}`, v]);
      }
    }
    return out;
  }
  if (json !== undefined) return [{ key: 'value', value: short(String(json)) }];
  const firstLine = text.split('\n').find((l) => l.trim()) ?? '';
  return firstLine ? [{ key: 'result', value: short(firstLine.trim()) }] : [];
}

/** The tool_result text for the model (contract): "Fact [n] <connector>/<tool>" then the redacted, capped result. */
export function toolResultText(n: number, connectorName: string, tool: string, redactedResult: string): string {
  const header = `Fact [${n}] ${connectorName}/${tool}`;
  const body = capBytes(redactedResult, TOOL_LIMITS.resultCapBytes - byteLength(header) - 1).text;
  return `${header}\n${body}`;
}
