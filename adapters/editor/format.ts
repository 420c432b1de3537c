// Plain text (what drafts and snippets are) into what an editor expects: paragraphs and simple lists rather than
// one long line. Everything is escaped: draft text may quote the customer, who may have typed markup.

const escapeHtml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const BULLET = /^\s*[-*•]\s+/;
const NUMBERED = /^\s*\d+[.)]\s+/;

export interface Block {
  type: 'p' | 'ul' | 'ol';
  lines: string[];
}

/** Splits text into paragraphs (blank-line separated) and lists (runs of "- " or "1. " lines). */
export function textToBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  const paragraphs = text.replace(/\r\n?/g, '\n').split(/\n\s*\n/);
  for (const para of paragraphs) {
    const lines = para.split('\n').filter((l) => l.trim() !== '');
    let current: Block | null = null;
    for (const line of lines) {
      const type: Block['type'] = BULLET.test(line) ? 'ul' : NUMBERED.test(line) ? 'ol' : 'p';
      const content = type === 'ul' ? line.replace(BULLET, '') : type === 'ol' ? line.replace(NUMBERED, '') : line;
      if (!current || current.type !== type) {
        current = { type, lines: [] };
        blocks.push(current);
      }
      current.lines.push(content.trimEnd());
    }
  }
  return blocks;
}

/** HTML for rich editors: <p> per paragraph (single newlines become <br>), <ul>/<ol> for lists. */
export function textToHtml(text: string): string {
  return textToBlocks(text)
    .map((b) =>
      b.type === 'p'
        ? `<p>${b.lines.map(escapeHtml).join('<br>')}</p>`
        : `<${b.type}>${b.lines.map((l) => `<li>${escapeHtml(l)}</li>`).join('')}</${b.type}>`,
    )
    .join('');
}

/** Whitespace-insensitive form used to check that text really landed in an editor. */
export const normalizeForCompare = (s: string) =>
  s
    .replace(/\u00a0/g, ' ')
    .replace(/^[ \t]*(?:[-*•]|\d+[.)])\s+/gm, '')
    .replace(/\s+/g, ' ')
    .trim();
