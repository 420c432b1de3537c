// The requester's e-mail where no hook names it: helpdesks show people by name, and the address, when the page has it
// at all, sits beside the name (a "Name <address>" line in a ticket header, a user card's heading with a mailto link
// under it, a hovercard over the name). Used only when the adapter's own e-mail hooks found nothing.
import { emailIn, findEmail, nameWithoutEmail } from './dom';
import { sameName } from './read';

/** How far up from the address the requester's name may be: the address's own line, its row, its card. */
const LEVELS = 3;

/**
 * The first address in `root` (outside `skip`, the thread: quoted mail headers there name anybody) shown beside the
 * requester's name: within LEVELS ancestors of it an element shows exactly that name. An address that carries
 * another person's name on its own line ("Chiara Bassi <chiara@…>" in a CCs field) is that person's, not the
 * requester's, however close the requester's field is. Also an address in the tooltip (hovercard) that describes
 * an element naming the requester (`aria-describedby`).
 */
export function emailBesideName(root: ParentNode | null, name: string | undefined, skip: Element | null): string | undefined {
  if (!root || !name) return undefined;
  const doc = (root as Node).ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root as Node, 5 /* SHOW_ELEMENT | SHOW_TEXT */, {
    acceptNode: (n) => (n === skip ? 2 /* FILTER_REJECT */ : 1 /* FILTER_ACCEPT */),
  });
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    let found: string | undefined;
    let own: string;
    if (n.nodeType === 3) {
      const data = (n as Text).data;
      found = emailIn(data);
      own = found ? data : '';
    } else {
      const el = n as Element;
      if (el.localName === 'a') found = emailIn(decodeSafe((el.getAttribute('href') ?? '').replace(/^mailto:/i, '')));
      if (found && !/^mailto:/i.test(el.getAttribute('href') ?? '')) found = undefined;
      own = found ? (el.textContent ?? '') : '';
      const described = el.getAttribute('aria-describedby');
      if (!found && described && sameName(el.textContent ?? '', name)) {
        const tip = doc.getElementById(described);
        found = findEmail(tip);
        if (found) return found;
      }
    }
    if (!found) continue;
    const rest = nameWithoutEmail(own).replace(/[<>()[\]:,;"]/g, ' ').trim();
    if (rest && !sameName(rest, name)) continue;
    if (nameNear(n.parentElement, name)) return found;
  }
  return undefined;
}

function nameNear(from: Element | null, name: string): boolean {
  let p = from;
  for (let i = 0; p && i <= LEVELS; i++, p = p.parentElement) {
    const all = p.querySelectorAll('*');
    for (let k = 0; k < all.length && k < 200; k++) {
      const el = all[k];
      if (sameName(el.textContent ?? '', name)) return true;
    }
  }
  return false;
}

function decodeSafe(s: string): string {
  try {
    return decodeURIComponent(s.split('?')[0]);
  } catch {
    return s;
  }
}
