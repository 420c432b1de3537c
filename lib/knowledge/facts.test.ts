// One list of each fact (issue 18): the file picker offers exactly the types the importer reads, and every part of
// an Intercom sync (the address checked, the source named, the requests sent) uses one default address.
import { describe, expect, it } from 'vitest';
import { parseFiles } from './import';
import { IMPORT_ACCEPT, INTERCOM_API, requestBaseOf } from './sources';
import { sourceOf } from './sync';
import { fetchIntercom } from './sync/intercom';

describe('knowledge facts', () => {
  it('each type the file picker accepts is one the importer reads', () => {
    const exts = IMPORT_ACCEPT.split(',');
    expect(exts).toContain('.zip');
    for (const e of exts.filter((x) => x !== '.zip')) {
      const { skipped } = parseFiles([{ name: `a${e}`, text: '# Title\n\nbody' }]);
      expect(skipped.filter((s) => s.code === 'unsupported-type'), e).toEqual([]);
    }
    expect(parseFiles([{ name: 'a.pdf', text: 'x' }]).skipped[0]?.code).toBe('unsupported-type');
  });

  it("an Intercom sync without an address uses the US region's API throughout", async () => {
    const cfg = { kind: 'intercom' as const, accessToken: 't' };
    expect(requestBaseOf(cfg)).toBe(INTERCOM_API.us);
    expect(sourceOf(cfg)).toBe(`intercom:${new URL(INTERCOM_API.us).host}`);
    const asked: string[] = [];
    await fetchIntercom(async (input) => {
      asked.push(String(input));
      return new Response(JSON.stringify({ data: [], pages: {} }), { headers: { 'content-type': 'application/json' } });
    }, cfg, 'intercom:x');
    expect(asked[0]?.startsWith(`${INTERCOM_API.us}/`)).toBe(true);
  });
});
