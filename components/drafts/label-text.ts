// A draft's label in the agent's language: the code the service stored, translated here; rows written before the
// codes have only the English words, shown as they are.
import type { RefinePreset } from '../../lib/ai/prompts';
import type { LabelCode } from '../../lib/drafts/labels';
import { t } from '../../lib/i18n';

const PRESET_KEYS: Record<RefinePreset, Parameters<typeof t>[0]> = {
  friendlier: 'refineFriendlier',
  more_formal: 'refineMoreFormal',
  shorter: 'refineShorter',
  more_detail: 'refineMoreDetail',
  more_empathetic: 'refineMoreEmpathetic',
  fix_grammar: 'refineFixGrammar',
};

export function labelText(code: LabelCode | undefined, english: string | undefined): string | undefined {
  if (!code) return english;
  switch (code.code) {
    case 'draft':
      return t('draftReply');
    case 'summary':
      return code.purpose === 'handoff' ? t('handoffSummary') : t('draftLabelResolutionSummary');
    case 'refine':
      return PRESET_KEYS[code.preset] ? t(PRESET_KEYS[code.preset]) : english;
    case 'translate':
      return t('draftLabelTranslateTo', code.language);
    case 'custom':
      return code.text;
    case 'continue':
      return t('actionContinue');
    case 'regenerate':
      return t('actionRegenerate');
    case 'offline':
      return t('draftKindOffline');
    case 'restored':
      return code.of ? t('draftLabelRestored', labelText(code.of, undefined) ?? '') : t('draftLabelRestoredVersion', String(code.version));
    default:
      // A code from a newer version of Tandem: its English words.
      return english;
  }
}
