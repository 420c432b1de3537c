// Panel keyboard shortcuts: one list, used both by the key handler and by the help the panel shows. A shortcut
// presses the panel's own button (by its test id), so it does exactly what a click does, disabled state included.
// They act only when the focus is not in a text field (typing "d" in the search box types a "d").
import { useEffect } from 'react';
import { flushSync } from 'react-dom';
import { t } from '../../lib/i18n';
import { useUiStore } from '../../lib/stores/ui';

type Action = { click: string } | { focus: string } | { snippet: number } | { help: true };

export interface Shortcut {
  keys: string[];
  label: () => string;
  action: Action;
}

export const SHORTCUTS: Shortcut[] = [
  { keys: ['d'], label: () => t('scDraft'), action: { click: 'draft-reply' } },
  { keys: ['i'], label: () => t('scInsert'), action: { click: 'draft-insert' } },
  { keys: ['f'], label: () => t('scFriendlier'), action: { click: 'refine-friendlier' } },
  { keys: ['a'], label: () => t('scAsk'), action: { click: 'ask-ai' } },
  { keys: ['s'], label: () => t('scSummary'), action: { click: 'handoff-summary' } },
  { keys: ['/'], label: () => t('scSearch'), action: { focus: 'snippet-search' } },
  { keys: ['1', '2', '3', '4', '5'], label: () => t('scSnippet'), action: { snippet: 0 } },
  { keys: ['?'], label: () => t('scHelp'), action: { help: true } },
];

/** The shortcut a key press means, or null (modifier keys, or typing into a field). */
export function shortcutFor(event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey'>, typing: boolean): Action | null {
  if (typing || event.ctrlKey || event.metaKey || event.altKey) return null;
  const key = event.key.length === 1 ? event.key.toLowerCase() : event.key;
  const found = SHORTCUTS.find((s) => s.keys.includes(key));
  if (!found) return null;
  return 'snippet' in found.action ? { snippet: Number(key) - 1 } : found.action;
}

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  return target instanceof HTMLInputElement && !['radio', 'checkbox', 'button', 'submit'].includes(target.type);
}

const byTestId = (id: string) => document.querySelector<HTMLElement>(`[data-testid="${id}"]`);

export function usePanelShortcuts() {
  const setSectionOpen = useUiStore((s) => s.setSectionOpen);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented) return;
      const action = shortcutFor(event, isTyping(event.target));
      if (!action) return;
      let el: HTMLElement | null;
      if ('click' in action) {
        el = byTestId(action.click);
        if (el instanceof HTMLButtonElement && el.disabled) return;
        el?.click();
      } else if ('focus' in action) {
        flushSync(() => setSectionOpen('knowledge', true));
        el = byTestId(action.focus);
        el?.focus();
      } else if ('snippet' in action) {
        el = document.querySelectorAll<HTMLElement>('[data-testid="snippet-insert"]')[action.snippet] ?? null;
        el?.click();
      } else {
        flushSync(() => setSectionOpen('shortcuts', true));
        el = byTestId('shortcuts-help');
        el?.querySelector<HTMLElement>('button')?.focus();
      }
      if (el) {
        event.preventDefault();
        el.scrollIntoView?.({ block: 'nearest' });
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [setSectionOpen]);
}

/** The shortcuts, as the panel's help lists them. */
export function ShortcutsHelp() {
  return (
    <>
      <p className="hint">{t('shortcutsHint')}</p>
      <dl className="shortcuts">
        {SHORTCUTS.map((s) => (
          <div key={s.keys[0]}>
            <dt>{s.keys.length > 2 ? <kbd>{`${s.keys[0]}–${s.keys[s.keys.length - 1]}`}</kbd> : s.keys.map((k) => <kbd key={k}>{k}</kbd>)}</dt>
            <dd>{s.label()}</dd>
          </div>
        ))}
        <div>
          <dt>
            <kbd>Alt+Shift+I</kbd>
          </dt>
          <dd>{t('scGlobal')}</dd>
        </div>
      </dl>
    </>
  );
}
