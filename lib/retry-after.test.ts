import { describe, expect, it } from 'vitest';
import { getResponse } from './knowledge/sync/http';
import { parseRetryAfter } from './retry-after';

describe('parseRetryAfter: the one reader of Retry-After', () => {
  it('seconds, milliseconds (which win), an HTTP date, and nothing usable', () => {
    expect(parseRetryAfter(new Headers({ 'retry-after': '3' }))).toBe(3000);
    expect(parseRetryAfter(new Headers({ 'retry-after': ' 1.5 ' }))).toBe(1500);
    expect(parseRetryAfter(new Headers({ 'retry-after-ms': '250', 'retry-after': '3' }))).toBe(250);
    expect(parseRetryAfter(new Headers({ 'retry-after': new Date(10_000).toUTCString() }), 4000)).toBe(6000);
    expect(parseRetryAfter(new Headers({ 'retry-after': new Date(1_000).toUTCString() }), 4000)).toBe(0);
    expect(parseRetryAfter(new Headers({ 'retry-after': 'soon' }))).toBeUndefined();
    expect(parseRetryAfter(new Headers({}))).toBeUndefined();
    expect(parseRetryAfter(undefined)).toBeUndefined();
  });

  it('the knowledge syncs wait what it says, and a second when it says nothing usable', async () => {
    const waits: number[] = [];
    const answers = [
      new Response('', { status: 429, headers: { 'retry-after-ms': '40' } }),
      new Response('', { status: 503, headers: { 'retry-after': 'later' } }),
      new Response('{}', { status: 200 }),
    ];
    const res = await getResponse(async () => answers.shift()!, 'https://kb.test/a.json', {}, 'KB', { sleep: async (ms) => void waits.push(ms) });
    expect(res.status).toBe(200);
    expect(waits).toEqual([40, 1000]);
  });
});
