// Labels of drafts (what produced the text, what waits in the queue) as codes the UI translates (issue 18). A row
// keeps the English words too (instruction, queuedAction): rows written before the codes have only those, and
// the panel shows them as they are.
import { REFINE_PRESETS, type RefinePreset, type Refinement } from '../ai/prompts';
import type { SummaryPurpose } from './types';

export type LabelCode =
  | { code: 'draft' }
  | { code: 'summary'; purpose: SummaryPurpose }
  | { code: 'refine'; preset: RefinePreset }
  | { code: 'translate'; language: string }
  /** The agent's own instruction: shown as typed. */
  | { code: 'custom'; text: string }
  | { code: 'continue' }
  | { code: 'regenerate' }
  | { code: 'offline' }
  /** A restored version: what produced it (when it had a code) or its number. */
  | { code: 'restored'; of?: LabelCode; version: number };

/** The English words of a label (stored beside the code, and what rows before the codes hold). */
export function englishLabel(label: LabelCode): string {
  switch (label.code) {
    case 'draft':
      return 'Draft reply';
    case 'summary':
      return label.purpose === 'handoff' ? 'Handoff summary' : 'Resolution summary';
    case 'refine':
      return REFINE_PRESETS[label.preset].label;
    case 'translate':
      return `Translate to ${label.language}`;
    case 'custom':
      return label.text;
    case 'continue':
      return 'Continue';
    case 'regenerate':
      return 'Regenerate';
    case 'offline':
      return 'Offline draft';
    case 'restored':
      return `Restored: ${label.of ? englishLabel(label.of) : `version ${label.version}`}`;
  }
}

export function refinementCode(r: Refinement): LabelCode {
  if (r.kind === 'translate') return { code: 'translate', language: r.language };
  if (r.kind === 'custom') return { code: 'custom', text: r.instruction.trim() };
  return { code: 'refine', preset: r.kind };
}

/** The row fields naming what produced its text: the English words and the code. */
export function instructionFields(label: LabelCode): { instruction: string; instructionCode: LabelCode } {
  return { instruction: englishLabel(label), instructionCode: label };
}

/** The row fields naming what waits in the queue for it. */
export function queuedFields(label: LabelCode): { queuedAction: string; queuedActionCode: LabelCode } {
  return { queuedAction: englishLabel(label), queuedActionCode: label };
}
