import { describe, expect, it } from 'vitest';
import { priorityView } from '../../../lib/tickets/priority';

describe('priorityView', () => {
  it("reads Intercom's priority flag as a flag, not as the level 'priority'", () => {
    expect(priorityView('priority')).toEqual({ kind: 'flag' });
    expect(priorityView('not priority')).toBeUndefined();
    expect(priorityView('not_priority')).toBeUndefined();
  });
  it('keeps helpdesk levels as they are written', () => {
    expect(priorityView('High')).toEqual({ kind: 'level', text: 'High' });
    expect(priorityView('  Urgent ')).toEqual({ kind: 'level', text: 'Urgent' });
    expect(priorityView('')).toBeUndefined();
    expect(priorityView(undefined)).toBeUndefined();
  });
});
