import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const FIXTURE_DIR = join(dirname(fileURLToPath(import.meta.url)), '../../fixtures/adapters');

export function fixtureHtml(name: string): string {
  return readFileSync(join(FIXTURE_DIR, name), 'utf8');
}

/** A fixture page as a Document, parsed the way a test gets one: DOMParser, no layout, no scripts. */
export function loadFixture(name: string): Document {
  return new DOMParser().parseFromString(fixtureHtml(name), 'text/html');
}

export function parseHtml(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

const escapeAttribute = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

/** The page's frames inlined: `<iframe src="x.html">` (a file next to the fixtures) becomes `srcdoc`, recursively;
 *  scripts are dropped (a fixture page is markup, not behaviour). */
function inlineFrames(html: string): string {
  return html
    .replace(/<script\b[\s\S]*?<\/script>/gi, '')
    .replace(/(<iframe\b[^>]*?)\ssrc="([\w./-]+\.html)"/gi, (_, start: string, src: string) => `${start} srcdoc="${escapeAttribute(inlineFrames(fixtureHtml(join('custom', src))))}"`);
}

/** Attaches declarative shadow roots (`<template shadowrootmode>`), as a browser's parser does, here and in every
 *  shadow root and same-origin frame below. */
export function attachDeclarativeShadowRoots(root: Document | ShadowRoot): void {
  for (const template of Array.from(root.querySelectorAll<HTMLTemplateElement>('template[shadowrootmode]'))) {
    const host = template.parentElement;
    if (!host || host.shadowRoot) continue;
    const shadow = host.attachShadow({ mode: template.getAttribute('shadowrootmode') === 'closed' ? 'closed' : 'open' });
    shadow.append(template.content);
    template.remove();
    attachDeclarativeShadowRoots(shadow);
  }
  for (const frame of Array.from(root.querySelectorAll('iframe'))) {
    const doc = frame.contentDocument;
    if (doc) attachDeclarativeShadowRoots(doc);
  }
}

/**
 * A page as a browser builds it, for fixtures made of web components and frames (DOMParser does neither): a live
 * document of its own (an iframe in the test's document) with declarative shadow roots attached and same-origin
 * frames loaded. Frames given as `src="x.html"` are read from tests/fixtures/adapters/custom/.
 */
export function liveDocument(html: string): Document {
  const frame = document.createElement('iframe');
  frame.srcdoc = inlineFrames(html);
  document.body.append(frame);
  const doc = frame.contentDocument!;
  attachDeclarativeShadowRoots(doc);
  return doc;
}

export function loadLiveFixture(name: string): Document {
  return liveDocument(fixtureHtml(name));
}

/** The real window, but at `url` (the watcher reads win.location.href). */
export function windowAt(url: string): Window {
  return new Proxy(window, {
    get(target, key) {
      if (key === 'location') return { href: url };
      const value = Reflect.get(target, key, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}
