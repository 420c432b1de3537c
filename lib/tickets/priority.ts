// How a ticket's priority reads in the panel. Intercom's priority is a flag, not a level: its API and pages say
// "priority" or "not_priority" ("not priority"), so showing the raw value gives "Priority: priority".
export type PriorityView = { kind: 'flag' } | { kind: 'level'; text: string } | undefined;

export function priorityView(value: string | undefined): PriorityView {
  const text = value?.trim();
  if (!text) return undefined;
  const word = text.toLowerCase().replace(/[\s_-]+/g, ' ');
  if (word === 'priority') return { kind: 'flag' };
  if (word === 'not priority' || word === 'none' || word === '-' || word === '--') return undefined;
  return { kind: 'level', text };
}
