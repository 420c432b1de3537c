// Reading a page by its structure when the named selectors come up short, shared by the built-in and custom
// adapters (and the reading-health code, which counts "message-like blocks on the page" with
// findThreadByStructure):
//  - which of several mounted panes is the one on screen (helpdesks keep every open ticket in the DOM), decided
//    from several signals, never from "first in the DOM";
//  - where the conversation is when no thread selector matches: repeated sibling blocks with substantial text,
//    author and time cues, the reply editor nearby.
// Everything here is linear in the size of the part of the page it looks at, and runs only when needed.

/** Hidden by markup: `hidden`, `inert`, `aria-hidden="true"`, or an inline display:none / visibility:hidden. */
function hiddenByAttributes(el: Element): boolean {
  if (el.hasAttribute('hidden') || el.hasAttribute('inert') || el.getAttribute('aria-hidden') === 'true') return true;
  const style = el.getAttribute('style');
  if (!style) return false;
  const s = style.replace(/\s+/g, '').toLowerCase();
  return s.includes('display:none') || s.includes('visibility:hidden');
}

/**
 * Whether el is out of sight: it or an ancestor (up to, not including, `stop`) is hidden by markup or by computed
 * style (display:none, visibility:hidden: Zendesk hides mounted tickets either way, support-toolkit
 * workflow-helper.js). Computed styles are asked only for the few elements this is called on and their ancestors.
 */
export function isOutOfSight(el: Element, stop?: Node | null): boolean {
  const win = el.ownerDocument?.defaultView;
  for (let node: Element | null = el; node && node !== stop; node = node.parentElement) {
    if (hiddenByAttributes(node)) return true;
    if (win && typeof win.getComputedStyle === 'function') {
      const cs = win.getComputedStyle(node);
      if (cs.display === 'none') return true;
      if (node === el && cs.visibility === 'hidden') return true; // (inherited: the element's own answer covers its ancestors')
    }
  }
  return false;
}

export interface PaneSignals {
  /** The ticket id the URL names. */
  urlId?: string;
  /** Ids of the tabs the page marks as selected (selectedTabIds). */
  selectedIds?: ReadonlySet<string>;
  /** The ticket id a pane carries. */
  idOf(pane: Element): string | null | undefined;
  /** Marks an active pane (or an element inside it, its own grid). */
  activeMarker?: string;
  /** Marks an inactive pane (or an element inside it). */
  inactiveMarker?: string;
}

/** Ticket ids of the tabs marked selected: `[data-entity-is-selected="true"]`, `aria-current="page"`,
 *  `aria-selected="true"` with a `data-entity-id` (Zendesk header tabs: ALT Copilot userscript, stored id
 *  60453746468; older `div[data-selected=true]`, toggl 2021). */
export function selectedTabIds(doc: ParentNode): Set<string> {
  const ids = new Set<string>();
  let found: ArrayLike<Element> = [];
  try {
    found = doc.querySelectorAll(
      '[data-entity-id][data-entity-is-selected="true"], [data-entity-id][aria-current="page"], [data-entity-id][aria-selected="true"], [data-entity-id][data-selected="true"]',
    );
  } catch {
    /* ignore */
  }
  for (let i = 0; i < found.length; i++) {
    const id = found[i].getAttribute('data-entity-id');
    if (id) ids.add(id);
  }
  return ids;
}

const matchesOrHas = (el: Element, selector: string | undefined): boolean => {
  if (!selector) return false;
  try {
    return el.matches(selector) || el.querySelector(selector) !== null;
  } catch {
    return false;
  }
};

/**
 * The pane on screen among several mounted ones, by weighing signals: the URL's ticket id decides when a pane
 * carries it; out of sight (hidden, inert, aria-hidden, not displayed) rules a pane out; a selected tab's id and an active marker
 * (`data-is-active="true"`, `.active`) count for it, an inactive marker against it. Null when no pane stands out
 * (two equally likely panes are not guessed between by DOM order).
 */
export function pickActivePane<T extends Element>(panes: T[], signals: PaneSignals): T | null {
  if (panes.length === 0) return null;
  let best: T | null = null;
  let bestScore = -Infinity;
  let tied = false;
  for (const pane of panes) {
    let score = 0;
    if (isOutOfSight(pane)) score -= 100;
    const id = signals.idOf(pane) ?? undefined;
    // The URL is the app's routing state, updated on every tab switch before the panes are re-shown: a pane that
    // carries its id is the ticket on screen (or about to be). The other signals decide when no pane does (a view,
    // a URL from before the switch).
    if (id && signals.urlId && id === signals.urlId) score += 200;
    if (id && signals.selectedIds?.has(id)) score += 4;
    if (matchesOrHas(pane, signals.activeMarker)) score += 3;
    if (matchesOrHas(pane, signals.inactiveMarker)) score -= 3;
    if (score > bestScore) {
      best = pane;
      bestScore = score;
      tied = false;
    } else if (score === bestScore) tied = true;
  }
  if (panes.length === 1) return bestScore > -100 || (signals.urlId && signals.idOf(panes[0]) === signals.urlId) ? best : null;
  return tied || bestScore <= -100 ? null : best;
}
