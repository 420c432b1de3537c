// A tiny element builder for the demo pages: the real helpdesks build their DOM from data in script
// (Ember / React), so do the demos. Text goes in as text; only the demo's own trusted markup uses `html`.

type Attrs = Record<string, string | number | boolean | null | undefined>;
type Child = Node | string | null | undefined | false;

export function h(tag: string, attrs: Attrs = {}, ...children: Child[]): HTMLElement {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === null || v === undefined || v === false) continue;
    if (k === 'html') el.innerHTML = String(v);
    else el.setAttribute(k, v === true ? '' : String(v));
  }
  for (const c of children) if (c !== null && c !== undefined && c !== false) el.append(c);
  return el;
}

/** Plain text typed into a demo message: paragraphs and line breaks, no markup interpreted. */
export function textToParagraphs(text: string): DocumentFragment {
  const frag = document.createDocumentFragment();
  for (const para of text.split(/\n{2,}/)) {
    const p = document.createElement('p');
    para.split('\n').forEach((line, i) => {
      if (i) p.append(document.createElement('br'));
      p.append(line);
    });
    frag.append(p);
  }
  return frag;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** "Mar 3, 09:12" in UTC, so screenshots and tests do not depend on the machine's zone. */
export function shortTime(iso: string): string {
  const d = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}, ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
}

export const initials = (name: string) =>
  name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((p) => p[0]!.toUpperCase())
    .join('');

/** Input accepted by every demo page's addMessage. */
export interface NewDemoMessage {
  author?: string;
  role?: 'customer' | 'agent' | 'bot' | 'note' | 'system';
  /** Plain text (line breaks kept). */
  text?: string;
  /** Demo markup, for tests that need HTML in a message (quotes, lists). */
  html?: string;
  at?: string;
}

let counter = 0;
export const newMessageId = (prefix: string) => `${prefix}${Date.now().toString(36)}${(counter++).toString(36)}`;

/** Marks the page ready for tests (`html[data-demo-ready]`) once its editor is mounted. */
export function markReady(): void {
  document.documentElement.setAttribute('data-demo-ready', 'true');
}
