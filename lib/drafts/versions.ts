// Version bookkeeping of a draft row: the text being replaced becomes a version, a restore brings one back (and
// keeps the current text as a version too), and an action that produced nothing brings the previous one back.
// Pure row arithmetic plus one transaction; the service decides when each applies.
import type { TandemDB } from '../db';
import type { DraftRow, DraftVersion } from './types';

/** The row's current text as a version (only the fields it has). */
export function versionOf(row: DraftRow): DraftVersion {
  return {
    text: row.text,
    ...(row.redactedText !== undefined ? { redactedText: row.redactedText } : {}),
    at: row.updatedAt,
    ...(row.instruction ? { instruction: row.instruction } : {}),
    ...(row.instructionCode ? { instructionCode: row.instructionCode } : {}),
    ...(row.citations ? { citations: row.citations } : {}),
  };
}

/** The row's versions with its current text added, if it has any text (an empty draft is no version). */
export function versionsKeepingCurrent(row: DraftRow): DraftVersion[] {
  return row.text.trim() ? [...row.versions, versionOf(row)] : row.versions;
}

/** The patch that restores version `index` (restoring never loses anything), or null when it is gone. */
export function restorePatch(row: DraftRow, index: number, at: number): Partial<DraftRow> | null {
  const version = row.versions[index];
  if (!version) return null;
  return {
    versions: versionsKeepingCurrent(row),
    text: version.text,
    redactedText: version.redactedText,
    citations: version.citations,
    instruction: `Restored: ${version.instruction ?? `version ${index + 1}`}`,
    // A code only when it says the same as the English words (a version from before the codes has words only).
    instructionCode: version.instructionCode || !version.instruction ? { code: 'restored', ...(version.instructionCode ? { of: version.instructionCode } : {}), version: index + 1 } : undefined,
    status: 'done',
    error: undefined,
    errorKind: undefined,
    retryAt: undefined,
    updatedAt: at,
  };
}

/** A refine/regenerate that produced nothing must not leave the agent with an empty draft. */
export async function bringBackPreviousVersion(db: TandemDB, id: string): Promise<void> {
  await db.transaction('rw', db.drafts, async () => {
    const row = await db.drafts.get(id);
    if (!row || row.text || !row.versions.length) return;
    const versions = [...row.versions];
    const previous = versions.pop()!;
    await db.drafts.update(id, { text: previous.text, redactedText: previous.redactedText, instruction: previous.instruction, instructionCode: previous.instructionCode, citations: previous.citations, versions });
  });
}
