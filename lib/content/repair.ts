// The content script's part of "Fix how Tandem reads this page": run the picker, derive the config from the picks
// and preview it on this page with the custom adapter. Nothing is saved here (the panel saves, through the
// background, after the agent saw the preview).
import { browser } from 'wxt/browser';
import { runCustomPreview } from '../custom-helpdesks/preview';
import { buildRepairConfig, hostPatternOf, type RepairReply } from '../repair/build';
import { startPicker, type Picker, type PickStep } from './repair-picker';

const STEP_KEYS = { subject: 'repairStepSubject', message: 'repairStepMessage', author: 'repairStepAuthor', editor: 'repairStepEditor' } as const;

let active: Picker | null = null;

// The browser's i18n directly: lib/i18n's English fallback would bring every panel string into the content script.
const t = (key: Parameters<typeof browser.i18n.getMessage>[0], ...subs: string[]) => browser.i18n.getMessage(key, subs) || key;

export async function runRepair(doc: Document, win: Window): Promise<RepairReply> {
  if (active) return { ok: false, reason: 'busy' };
  const picker = startPicker(doc, win, {
    step: (step: PickStep, index: number, total: number) => t('repairStepOf', String(index), String(total), t(STEP_KEYS[step])),
    outsideMessage: t('repairOutsideMessage'),
  });
  active = picker;
  try {
    const picks = await picker.done;
    if (!picks) return { ok: false, reason: 'cancelled' };
    const url = win.location.href;
    const built = buildRepairConfig(picks, doc, url);
    if (!built.ok) return { ok: false, reason: 'not-built', problems: built.problems, detail: built.detail };
    return { ok: true, host: hostPatternOf(url)!.host, config: built.config, preview: runCustomPreview(built.config, doc, url), positional: built.positional };
  } catch (err) {
    return { ok: false, reason: 'failed', detail: [err instanceof Error ? err.message : String(err)] };
  } finally {
    if (active === picker) active = null;
  }
}

export function abortRepair(): void {
  active?.cancel();
}
