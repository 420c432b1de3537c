// How the rules and the learned model decide together, one kind at a time (issue 15). The rules were written against
// the tuning sets and are precise where they fire; the model generalises to wording no list anticipated. So a rule
// hit stands unless the model strongly disagrees (probability under `veto`: at most 0.15, or for a kind that no
// thresholds bring to precision 0.9 out of fold, the veto with the best F1 up to 0.5; scripts/train-alerts.ts), and the
// model raises an alert of its own only when it is confident (at or above `confident`). 'rules' and 'model' alone are
// kept for measuring.
import type { KindThresholds } from './model';

/** 'combined' (default): rules and model together; 'rules': the matcher alone (as before the model); 'model': the
 *  model alone (for measuring). */
export type Detector = 'rules' | 'model' | 'combined';

/** Who raised an alert: the rules (with the model's consent), the model alone, or both. */
export type AlertSource = 'rules' | 'model' | 'both';

/** Whether a kind alerts, and on whose word; null: no alert. `filtered`: the rules' filters dropped a hit of this kind
 *  (negated "No voy a cancelar", quoted, "I am a lawyer", someone else's, a hypothetical); combined, the model then
 *  raises no alert of its own for it: its words are those of the threat, and it learned too little of what the
 *  filters know from the tuning data (validation splits: mean F1 within 0.002 of without). */
export function decideKind(detector: Detector, ruleFired: boolean, p: number, t: KindThresholds, filtered = false): AlertSource | null {
  if (detector === 'rules') return ruleFired ? 'rules' : null;
  if (detector === 'model') return p >= t.alone ? 'model' : null;
  if (ruleFired) return p < t.veto ? null : p >= t.confident ? 'both' : 'rules';
  return p >= t.confident && !filtered ? 'model' : null;
}
