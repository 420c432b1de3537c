// Tool use for the mock Messages API (issue 16), kept apart from the HTTP code so it can be tested alone: which tool
// the "model" calls and with what input, how a tool input is cut into input_json_delta chunks, and the sentences the
// reply writes about tool results. The rules are in /work/notes/prompts/i16-contract.md; in short:
// - a directive `[[mock-tool:<name> <json object>]]` anywhere in the request calls that tool with that input
//   (several directives: several tool_use blocks in one turn, as the real API's parallel tool use);
// - otherwise the first offered read-only tool whose required properties can all be filled from the request text;
// - after tool_result blocks, the reply quotes each result, citing the number on its `Fact [n] ...` first line.

export interface MockToolCall {
  name: string;
  input: Record<string, unknown>;
}

interface OfferedTool {
  name: string;
  description?: string;
  input_schema?: { properties?: Record<string, unknown>; required?: string[] };
}

/** The tool the alert classifier forces (lib/ai/alerts.ts): answered by its own path, never by these rules. */
export const ALERT_TOOL = 'report_alerts';

const DIRECTIVE_OPEN = '[[mock-tool:';
/** Caps so a hostile or huge request cannot make the mock slow: directives looked at, and text scanned. */
const MAX_DIRECTIVES = 8;
const MAX_SCAN = 200_000;

/** Text of one content value: a string, or blocks (text blocks, and tool_result blocks with their own content). */
export function contentText(content: unknown): string {
  if (typeof content === 'string') return content;
  if (!Array.isArray(content)) return '';
  return content
    .map((b: any) => {
      if (!b || typeof b !== 'object') return '';
      if (typeof b.text === 'string') return b.text;
      if (b.type === 'tool_result') return contentText(b.content);
      return '';
    })
    .join('\n');
}

/** Tools offered in the request other than the alert classifier's. */
export function offeredTools(body: any): OfferedTool[] {
  const tools: unknown[] = Array.isArray(body?.tools) ? body.tools : [];
  return tools.filter((t): t is OfferedTool => !!t && typeof (t as OfferedTool).name === 'string' && (t as OfferedTool).name !== ALERT_TOOL);
}

function lastUserMessage(body: any): any {
  const msgs: any[] = Array.isArray(body?.messages) ? body.messages : [];
  for (let i = msgs.length - 1; i >= 0; i--) if (msgs[i]?.role === 'user') return msgs[i];
  return undefined;
}

/** tool_result blocks of the last user message (the turn that answers the model's tool_use). */
export function toolResults(body: any): any[] {
  const content = lastUserMessage(body)?.content;
  return Array.isArray(content) ? content.filter((b: any) => b && b.type === 'tool_result') : [];
}

/** A change to the company's data: called only by directive, never chosen by the mock on its own. */
export function isWriteTool(tool: OfferedTool): boolean {
  if (/^(?:create_|update_|delete_|add_|issue_|refund)/i.test(tool.name)) return true;
  return /\b(?:changes?|modif(?:y|ies)|writes?)\b[^.]{1,40}\bdata\b/i.test(tool.description ?? '');
}

/** A JSON object, as written or XML-escaped (Tandem's prompts escape ticket text: " arrives as &quot;). */
function parseObject(raw: string): Record<string, unknown> | null {
  for (const candidate of [raw, unescapeXml(raw)]) {
    try {
      const value = JSON.parse(candidate);
      if (value && typeof value === 'object' && !Array.isArray(value)) return value;
    } catch {
      // not JSON: try the next reading
    }
  }
  return null;
}

export function unescapeXml(s: string): string {
  return s.replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

/** Every `[[mock-tool:<name> <json>]]` in the text, in order (found with indexOf: no regex over untrusted text). */
export function parseDirectives(text: string): MockToolCall[] {
  const calls: MockToolCall[] = [];
  let from = 0;
  while (calls.length < MAX_DIRECTIVES) {
    const open = text.indexOf(DIRECTIVE_OPEN, from);
    if (open < 0) break;
    const nameStart = open + DIRECTIVE_OPEN.length;
    const space = text.indexOf(' ', nameStart);
    const brace = text.indexOf('{', nameStart);
    from = nameStart;
    if (space < 0 || brace < 0 || space > brace) continue;
    const name = text.slice(nameStart, space);
    if (!/^[\w.-]{1,64}$/.test(name)) continue;
    // The JSON may itself hold "]]": try each "}]]" after the brace until one parses.
    for (let end = text.indexOf('}]]', brace); end >= 0 && end - brace < 20_000; end = text.indexOf('}]]', end + 1)) {
      const input = parseObject(text.slice(brace, end + 1));
      if (input) {
        calls.push({ name, input });
        from = end + 3;
        break;
      }
    }
  }
  return calls;
}

const PLACEHOLDER_RE = /\[[A-Z]+_\d+_[a-z0-9]{2,12}\]/g;
const EMAIL_PLACEHOLDER_RE = /\[EMAIL_\d+_[a-z0-9]{2,12}\]/;
const ORDER_PLACEHOLDER_RE = /\[ORDER_\d+_[a-z0-9]{2,12}\]/;
// Order-like tokens (the contract's `#?[A-Z]{0,4}-?\d{4,}`), made stricter so years, dates, phone fragments and ticket
// ids are not taken for orders: a token with a letter prefix or '#' ("#TD-55120", "TD-55188", "INV-2026-0312"),
// whole, or bare digits right after the word "order" ("order 8812").
const PREFIXED_ORDER_RE = /(?<![\w+#-])#?[A-Z]{1,4}-?\d{4,}(?:-\d{2,})*(?![\w-])|(?<![\w+#-])#\d{4,}(?![\w-])/;
const BARE_ORDER_RE = /\border(?:\s+(?:no\.?|number))?[\s:]*#?(\d{4,})(?![\w-])/i;

/** Values the mock can fill tool inputs with, found in the request text (customer's turns first, then system). */
export interface FoundValues {
  email?: string;
  order?: string;
}

const LOCAL_CHAR = /[\w.+-]/;
const DOMAIN_CHAR = /[a-z\d.-]/i;

/** The first plain e-mail address: found from each '@' outwards (an e-mail regex scanned from every position of a
 *  long word would be quadratic). */
function firstPlainEmail(text: string): string | undefined {
  for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
    let start = at;
    while (start > 0 && LOCAL_CHAR.test(text[start - 1])) start--;
    let end = at + 1;
    while (end < text.length && DOMAIN_CHAR.test(text[end])) end++;
    while (end > at + 1 && text[end - 1] === '.') end--; // the sentence's full stop
    while (start < at && text[start] === '.') start++;
    const local = text.slice(start, at);
    const domain = text.slice(at + 1, end);
    if (local && /^[a-z\d-]+(?:\.[a-z\d-]+)+$/i.test(domain)) return `${local}@${domain}`;
  }
  return undefined;
}

export function findValues(text: string): FoundValues {
  const scan = text.slice(0, MAX_SCAN);
  const email = EMAIL_PLACEHOLDER_RE.exec(scan)?.[0] ?? firstPlainEmail(scan.replace(PLACEHOLDER_RE, ' '));
  let order = ORDER_PLACEHOLDER_RE.exec(scan)?.[0];
  if (!order) {
    // Placeholders are blanked first: their random code can be all digits.
    const plain = scan.replace(PLACEHOLDER_RE, ' ');
    const prefixed = PREFIXED_ORDER_RE.exec(plain);
    const bare = BARE_ORDER_RE.exec(plain);
    if (prefixed && (!bare || prefixed.index <= bare.index)) order = prefixed[0];
    else if (bare) order = bare[1];
  }
  return { email, order };
}

/** A value for one input property by its name, or undefined when the request holds none. */
function valueFor(property: string, found: FoundValues): string | undefined {
  const p = property.toLowerCase();
  if (p.includes('email')) return found.email;
  if (p.includes('order')) return found.order;
  if (p.includes('account') || p.includes('customer') || p.includes('id')) return found.email ?? found.order;
  return undefined;
}

/** Input for a tool from the request's values: every required property filled, or null when one cannot be. */
export function fillInput(tool: OfferedTool, found: FoundValues): Record<string, unknown> | null {
  const required = Array.isArray(tool.input_schema?.required) ? tool.input_schema.required : [];
  const input: Record<string, unknown> = {};
  for (const prop of required) {
    const value = valueFor(String(prop), found);
    if (value === undefined) return null;
    input[prop] = value;
  }
  return input;
}

/** The text the mock reads values from: the conversation's turns first (the ticket is there), then the system. */
function searchText(body: any): string {
  const msgs: any[] = Array.isArray(body?.messages) ? body.messages : [];
  return [...msgs.filter((m) => m?.role === 'user').map((m) => contentText(m.content)), contentText(body?.system)].join('\n');
}

function allText(body: any): string {
  const msgs: any[] = Array.isArray(body?.messages) ? body.messages : [];
  return [contentText(body?.system), ...msgs.map((m) => contentText(m?.content))].join('\n');
}

/**
 * The tool calls for this turn ([] = answer in text). Honours `tool_choice` as the API does: 'none' calls nothing,
 * {type:'tool', name} calls that tool (inputs filled as far as the request allows).
 */
export function chooseToolCalls(body: any): MockToolCall[] {
  const tools = offeredTools(body);
  if (!tools.length) return [];
  const choice = body?.tool_choice;
  if (choice?.type === 'none') return [];
  // Directives may name a tool that was not offered: that is how tests check the client refuses such a call.
  const directed = parseDirectives(allText(body));
  if (directed.length) return directed;
  const found = findValues(searchText(body));
  if (choice?.type === 'tool' && typeof choice.name === 'string') {
    const tool = tools.find((t) => t.name === choice.name);
    return tool ? [{ name: tool.name, input: fillInput(tool, found) ?? {} }] : [];
  }
  for (const tool of tools) {
    if (isWriteTool(tool)) continue;
    const input = fillInput(tool, found);
    if (input) return [{ name: tool.name, input }];
  }
  return [];
}

/**
 * A tool input as input_json_delta chunks, as the API streams it: an empty first chunk, then pieces of uneven
 * length that cut keys, strings and values in the middle (never valid JSON on their own unless tiny).
 */
export function splitJson(json: string): string[] {
  const sizes = [5, 3, 8, 2, 13];
  const chunks = [''];
  for (let i = 0, k = 0; i < json.length; k++) {
    const n = sizes[k % sizes.length];
    chunks.push(json.slice(i, i + n));
    i += n;
  }
  return chunks;
}

const FACT_LINE_RE = /^Fact \[(\d+)\] (\S[^\n]*)$/;
const SNIPPET_CHARS = 160;

/** The first `max` characters, extended to the end of a placeholder cut in two (so it can still be restored). */
function snippet(text: string, max: number): string {
  const collapsed = text.replace(/\s+/g, ' ').trim();
  if (collapsed.length <= max) return collapsed;
  let cut = max;
  const open = collapsed.lastIndexOf('[', cut);
  const close = collapsed.lastIndexOf(']', cut - 1);
  if (open > close && open >= 0) {
    const end = collapsed.indexOf(']', open);
    if (end >= 0 && end - open <= 32 && /^\[[A-Z]+_\d+_[a-z0-9]+\]$/.test(collapsed.slice(open, end + 1))) cut = end + 1;
  }
  return collapsed.slice(0, cut);
}

/** Names of the tool_use blocks the model sent, by id (from the assistant turns). */
function toolNamesById(body: any): Map<string, string> {
  const names = new Map<string, string>();
  const msgs: any[] = Array.isArray(body?.messages) ? body.messages : [];
  for (const m of msgs) {
    if (m?.role !== 'assistant' || !Array.isArray(m.content)) continue;
    for (const b of m.content) if (b?.type === 'tool_use' && typeof b.id === 'string') names.set(b.id, String(b.name));
  }
  return names;
}

/** One sentence per tool_result of the last user turn (the contract's wording, which tests match). */
export function toolResultSentences(body: any): string[] {
  const names = toolNamesById(body);
  return toolResults(body).map((r) => {
    const text = contentText(r.content);
    const newline = text.indexOf('\n');
    const first = newline < 0 ? text : text.slice(0, newline);
    const fact = FACT_LINE_RE.exec(first.trim());
    const tool = names.get(r.tool_use_id) ?? fact?.[2].split('/').pop() ?? 'tool';
    if (r.is_error === true) return `The lookup ${tool} failed, so I have not used it.`;
    if (!fact) return `From ${tool}: ${snippet(text, SNIPPET_CHARS)}.`;
    const rest = newline < 0 ? '' : text.slice(newline + 1);
    return `From ${fact[2].trim()}: ${snippet(rest, SNIPPET_CHARS)} [${fact[1]}].`;
  });
}
