// The requester's e-mail where no hook names it: helpdesks show people by name, and the address, when the page has it
// at all, sits beside the name (a "Name <address>" line in a ticket header, a user card's heading with a mailto link
// under it). Used only when the adapter's own e-mail hooks found nothing.
import { emailIn, nameWithoutEmail } from './dom';
import { sameName } from './read';

/**
 * The first address written in `root` (outside `skip`, the thread: quoted mail headers there name anybody) beside
 * the requester's name: within three ancestors of it an element shows exactly that name. An address that carries
 * another person's name on its own line ("Chiara Bassi <chiara@…>" in a CCs field) is that person's, not the
 * requester's, however close the requester's field is.
 */
export function emailBesideName(root: ParentNode | null, name: string | undefined, skip: Element | null): string | undefined {
  if (!root || !name || skip?.contains(root as Node)) return undefined;
  const doc = (root as Node).ownerDocument ?? (root as Document);
  // Elements and text (1 | 4), the thread's subtree rejected whole (2) rather than walked: on a long ticket it holds
  // nearly all the page's text, and this runs on every read of a page that shows no address.
  const walker = doc.createTreeWalker(root as Node, 5, { acceptNode: (node) => (node === skip ? 2 : node.nodeType === 3 ? 1 : 3) });
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const text = (n as Text).data;
    const found = emailIn(text);
    if (!found) continue;
    // (less the marks that part a name from its address on one line: "Name <address>", "Name · address", "Name | address";
    // other items on the line, "address · city · language", are no name: public-tuning-52)
    const rest = nameWithoutEmail(text.split(/[·•|]/).find((item) => item.includes(found)) ?? text).replace(/[<>()[\]:,–—]/g, '').trim();
    if (rest && !sameName(rest, name)) continue;
    for (let p = n.parentElement, i = 0; p && i < 4; i++, p = p.parentElement) {
      for (const el of Array.from(p.querySelectorAll('*')).slice(0, 200)) if (sameName(el.textContent ?? '', name)) return found;
    }
  }
  return undefined;
}

