import { useId, useState } from 'react';
import { LANGUAGE_NAMES } from '../../lib/ai/language';
import { REFINE_PRESETS, type Refinement, type RefinePreset } from '../../lib/ai/prompts';

/** One-click refinements, translation and a free instruction for the current draft. */
export function RefineBar({ disabled, onRefine }: { disabled: boolean; onRefine(r: Refinement): void }) {
  const [instruction, setInstruction] = useState('');
  const [language, setLanguage] = useState('Spanish');
  const id = useId();
  return (
    <div className="refine" role="group" aria-label="Refine the draft">
      <div className="row wrap">
        {(Object.keys(REFINE_PRESETS) as RefinePreset[]).map((kind) => (
          <button key={kind} type="button" disabled={disabled} onClick={() => onRefine({ kind })} data-testid={`refine-${kind}`}>
            {REFINE_PRESETS[kind].label}
          </button>
        ))}
      </div>
      <div className="row">
        <label htmlFor={`${id}-lang`} className="visually-hidden">
          Translate to
        </label>
        <select id={`${id}-lang`} value={language} onChange={(e) => setLanguage(e.target.value)} disabled={disabled}>
          {Object.values(LANGUAGE_NAMES).map((name) => (
            <option key={name}>{name}</option>
          ))}
        </select>
        <button type="button" disabled={disabled} onClick={() => onRefine({ kind: 'translate', language })} data-testid="refine-translate">
          Translate
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
          Your instruction for the draft
        </label>
        <input
          id={`${id}-instr`}
          type="text"
          placeholder="Or tell the AI what to change…"
          value={instruction}
          onChange={(e) => setInstruction(e.target.value)}
          disabled={disabled}
          data-testid="refine-instruction"
        />
        <button type="submit" disabled={disabled || !instruction.trim()} data-testid="refine-apply">
          Apply
        </button>
      </form>
    </div>
  );
}
