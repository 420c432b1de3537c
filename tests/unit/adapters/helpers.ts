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
