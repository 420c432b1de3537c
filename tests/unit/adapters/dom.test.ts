// DOM helpers the adapters share: looking for ticket fields around a thread instead of through it.
import { describe, expect, it } from 'vitest';
import { fieldsOutside, messagesOnlyContainer, queryFirst } from '../../../adapters/shared/dom';
import { parseHtml } from './helpers';

const queryFirstOutside = (root: ParentNode, skip: Element | null, selectors: string[]) => fieldsOutside(root, skip)(selectors);

const page = parseHtml(`<main id="root">
  <h1 class="subject" id="before">Subject</h1>
  <section id="wrap" class="box">
    <span class="status" id="status-before">Open</span>
    <ol id="log">
      <li class="msg"><span class="status" id="in-1">quoted status</span><b class="who">A</b></li>
      <li class="msg"><b class="who">B</b><i class="requester" id="in-2">B</i></li>
    </ol>
    <aside id="panel"><b class="requester" id="after">Jane</b></aside>
  </section>
  <footer><span class="tag" id="far-after">vip</span></footer>
</main>`);
const root = page.getElementById('root')!;
const log = page.getElementById('log')!;
const id = (el: Element | null) => el?.id ?? null;

describe('fieldsOutside', () => {
  it('finds fields before, around and after the thread in document order, never inside it', () => {
    expect(id(queryFirstOutside(root, log, ['.subject']))).toBe('before');
    expect(id(queryFirstOutside(root, log, ['.status']))).toBe('status-before');
    // queryFirst would answer with the message's own element, which comes first in document order
    expect(id(queryFirst(root, ['.requester']))).toBe('in-2');
    expect(id(queryFirstOutside(root, log, ['.requester']))).toBe('after');
    expect(id(queryFirstOutside(root, log, ['.tag']))).toBe('far-after');
    expect(id(queryFirstOutside(root, log, ['.box']))).toBe('wrap'); // an ancestor of the thread
    expect(queryFirstOutside(root, log, ['.who'])).toBeNull();
  });

  it('answers as queryFirst: fallbacks in order, invalid selectors skipped, descendant selectors across levels', () => {
    expect(id(queryFirstOutside(root, log, ['.missing', '!!', '.requester', '.subject']))).toBe('after');
    expect(id(queryFirstOutside(root, log, ['footer .tag']))).toBe('far-after');
    expect(id(queryFirstOutside(root, log, ['#panel .requester']))).toBe('after');
    expect(id(queryFirstOutside(page, log, ['.subject']))).toBe('before'); // from the document itself
  });

  it('falls back to a plain search when there is nothing to skip or it lies elsewhere', () => {
    expect(id(queryFirstOutside(root, null, ['.requester']))).toBe('in-2');
    const elsewhere = parseHtml('<div id="x"></div>').getElementById('x');
    expect(id(queryFirstOutside(root, elsewhere, ['.requester']))).toBe('in-2');
  });
});

describe('messagesOnlyContainer', () => {
  it('is the parent only when it holds the messages and nothing else', () => {
    const msgs = Array.from(log.children);
    expect(messagesOnlyContainer(msgs)).toBe(log);
    expect(messagesOnlyContainer(msgs.slice(0, 1))).toBeNull(); // the log holds another element too
    expect(messagesOnlyContainer([])).toBeNull();
  });
});
