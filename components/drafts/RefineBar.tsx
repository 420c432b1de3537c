import { useId, useState } from 'react';
import { LANGUAGE_NAMES } from '../../lib/ai/language';
import { REFINE_PRESETS, type Refinement, type RefinePreset } from '../../lib/ai/prompts';
import { t } from '../../lib/i18n';

/** The button labels of the presets in the agent's language (lib/ai owns the instructions sent to the model). */
const PRESET_LABELS: Record<RefinePreset, () => string> = {
  friendlier: () => t('refineFriendlier'),
  more_formal: () => t('refineMoreFormal'),
  shorter: () => t('refineShorter'),
  more_detail: () => t('refineMoreDetail'),
  more_empathetic: () => t('refineMoreEmpathetic'),
  fix_grammar: () => t('refineFixGrammar'),
};

/**
 * One-click refinements, translation and a free instruction for the current draft. `only` shows just those presets
 * (the common ones beside Insert); `except` shows the others with translation and the free instruction.
 */
export function RefineBar({ disabled, onRefine, only, except }: { disabled: boolean; onRefine(r: Refinement): void; only?: readonly RefinePreset[]; except?: readonly RefinePreset[] }) {
  const [instruction, setInstruction] = useState('');
  const [language, setLanguage] = useState('Spanish');
  const id = useId();
  const presets = (Object.keys(REFINE_PRESETS) as RefinePreset[]).filter((kind) => (only ? only.includes(kind) : !except?.includes(kind)));
  const buttons = presets.map((kind) => (
    <button key={kind} type="button" disabled={disabled} onClick={() => onRefine({ kind })} data-testid={`refine-${kind}`}>
      {PRESET_LABELS[kind]?.() ?? REFINE_PRESETS[kind].label}
    </button>
  ));
  if (only) {
    return (
      <span className="refine-common" role="group" aria-label={t('refineLabel')}>
        {buttons}
      </span>
    );
  }
  return (
    <div className="refine" role="group" aria-label={t('refineLabel')}>
      <div className="row wrap">{buttons}</div>
      <div className="row">
        <label htmlFor={`${id}-lang`} className="visually-hidden">
          {t('translateTo')}
        </label>
        <select id={`${id}-lang`} value={language} onChange={(e) => setLanguage(e.target.value)} disabled={disabled}>
          {Object.values(LANGUAGE_NAMES).map((name) => (
            <option key={name}>{name}</option>
          ))}
        </select>
        <button type="button" disabled={disabled} onClick={() => onRefine({ kind: 'translate', language })} data-testid="refine-translate">
          {t('translate')}
        </button>
      </div>
      <form
        className="row"
        onSubmit={(e) => {
          e.preventDefault();
          if (!instruction.trim()) return;
          onRefine({ kind: 'custom', instruction: instruction.trim() });
          setInstruction('');
        }}
      >
        <label htmlFor={`${id}-instr`} className="visually-hidden">
          {t('refineInstructionLabel')}
        </label>
        <input
          id={`${id}-instr`}
          type="text"
          placeholder={t('refinePlaceholder')}
          value={instruction}
          onChange={(e) => setInstruction(e.target.value)}
          disabled={disabled}
          data-testid="refine-instruction"
        />
        <button type="submit" disabled={disabled || !instruction.trim()} data-testid="refine-apply">
          {t('apply')}
        </button>
      </form>
    </div>
  );
}
