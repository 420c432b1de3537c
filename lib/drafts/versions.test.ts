import { describe, expect, it } from 'vitest';
import { bringBackPreviousVersion, restorePatch, versionOf, versionsKeepingCurrent } from './versions';
import type { DraftRow } from './types';
import { freshDb } from '../../tests/unit/drafts/helpers';

function row(extra: Partial<DraftRow> = {}): DraftRow {
  return { id: 'd1', ticketKey: 't', kind: 'reply', text: 'Hello', versions: [], status: 'done', basedOnCustomerMessages: 1, createdAt: 1, updatedAt: 5, ...extra };
}

describe('draft versions', () => {
  it('a version keeps only the fields the row has', () => {
    expect(versionOf(row())).toEqual({ text: 'Hello', at: 5 });
    expect(versionOf(row({ redactedText: 'Hi [NAME_1]', instruction: 'Friendlier', citations: [{ n: 1, articleId: 'a', title: 'A' }] }))).toEqual({
      text: 'Hello',
      redactedText: 'Hi [NAME_1]',
      at: 5,
      instruction: 'Friendlier',
      citations: [{ n: 1, articleId: 'a', title: 'A' }],
    });
  });

  it('the current text joins the versions only when there is text', () => {
    const old = { text: 'old', at: 1 };
    expect(versionsKeepingCurrent(row({ versions: [old] }))).toEqual([old, { text: 'Hello', at: 5 }]);
    const empty = row({ text: '  ', versions: [old] });
    expect(versionsKeepingCurrent(empty)).toBe(empty.versions);
  });

  it('restoring a version keeps the current text as a version and names what was restored', () => {
    const r = row({ versions: [{ text: 'first', at: 1, instruction: 'Draft' }, { text: 'second', at: 2 }], status: 'error', error: 'x', errorKind: 'cut' });
    expect(restorePatch(r, 5, 9)).toBeNull();
    const p = restorePatch(r, 1, 9)!;
    expect(p).toMatchObject({ text: 'second', instruction: 'Restored: version 2', status: 'done', error: undefined, errorKind: undefined, updatedAt: 9 });
    expect(p.versions!.map((v) => v.text)).toEqual(['first', 'second', 'Hello']);
    expect(restorePatch(r, 0, 9)!.instruction).toBe('Restored: Draft');
  });

  it('an action that left the row empty brings the previous version back; a row with text is left alone', async () => {
    const db = freshDb();
    await db.drafts.add(row({ id: 'empty', text: '', versions: [{ text: 'v1', at: 1 }, { text: 'v2', at: 2, instruction: 'Shorter' }] }));
    await db.drafts.add(row({ id: 'full', text: 'kept', versions: [{ text: 'v1', at: 1 }] }));
    await bringBackPreviousVersion(db, 'empty');
    await bringBackPreviousVersion(db, 'full');
    await bringBackPreviousVersion(db, 'missing');
    const empty = (await db.drafts.get('empty'))!;
    expect(empty.text).toBe('v2');
    expect(empty.instruction).toBe('Shorter');
    expect(empty.versions).toEqual([{ text: 'v1', at: 1 }]);
    expect((await db.drafts.get('full'))?.text).toBe('kept');
  });
});
