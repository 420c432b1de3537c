// emailBesideName (adapters/shared/requester.ts): the requester's address is the one shown beside their name outside
// the thread; an address inside the thread (a quoted mail header names anybody) is never taken.
import { describe, expect, it } from 'vitest';
import { emailBesideName } from '../../../adapters/shared/requester';

const page = (card: string) =>
  new DOMParser().parseFromString(
    `<main><aside>${card}</aside><div class="log"><article><b>Maria Gonzalez</b><span>&lt;maria.old@example.org&gt;</span><p>hello</p></article></div></main>`,
    'text/html',
  );

describe('emailBesideName', () => {
  it('takes the address beside the name outside the thread', () => {
    const doc = page('<h3>Maria Gonzalez</h3><a href="mailto:maria@example.com">maria@example.com</a>');
    expect(emailBesideName(doc.querySelector('main'), 'Maria Gonzalez', doc.querySelector('.log'))).toBe('maria@example.com');
  });

  it('never takes an address from inside the thread, even beside the same name', () => {
    const doc = page('<h3>Maria Gonzalez</h3>');
    expect(emailBesideName(doc.querySelector('main'), 'Maria Gonzalez', doc.querySelector('.log'))).toBeUndefined();
    // the thread itself as the place to look: nothing outside it
    const log = doc.querySelector('.log');
    expect(emailBesideName(log, 'Maria Gonzalez', log)).toBeUndefined();
  });

  it("never takes another person's address, however close", () => {
    const doc = page('<h3>Maria Gonzalez</h3><div>CCs: Ama Owusu &lt;ama@example.com&gt;</div>');
    expect(emailBesideName(doc.querySelector('main'), 'Maria Gonzalez', doc.querySelector('.log'))).toBeUndefined();
  });
});
