// Who decides whether a tool call runs. The rules, whatever the level:
// - a call that may change data (not read-only) never runs without the agent's click;
// - a level above what policy allows cannot be chosen (clampAutonomy).
// supervised: every call waits for the agent. checkpoint: read-only calls run, and the answer pauses after them
// so the agent sees the facts before the draft goes on. autonomous: read-only calls run without that pause.
// (The issue's "write calls run" at autonomous conflicts with "never runs a changing call without the agent's
// click"; the second is the safety rule, so it wins.)
import { TOOL_AUTONOMY_LEVELS, type ToolAutonomy } from './types';

export type CallDecision = 'run' | 'ask';

export function decideCall(level: ToolAutonomy, tool: { readOnly: boolean }): CallDecision {
  if (!tool.readOnly) return 'ask';
  return level === 'supervised' ? 'ask' : 'run';
}

/** At checkpoint, an answer that used tools stops after them until the agent says go on. */
export function pausesAfterTools(level: ToolAutonomy): boolean {
  return level === 'checkpoint';
}

const rank = (l: ToolAutonomy) => TOOL_AUTONOMY_LEVELS.indexOf(l);

/** The level in force: the agent's choice, never above policy's ceiling (default ceiling: checkpoint). */
export function clampAutonomy(chosen: ToolAutonomy | undefined, ceiling: ToolAutonomy): ToolAutonomy {
  const c = chosen ?? 'checkpoint';
  return rank(c) > rank(ceiling) ? ceiling : c;
}

/** The levels the agent may pick under a ceiling. */
export function allowedLevels(ceiling: ToolAutonomy): ToolAutonomy[] {
  return TOOL_AUTONOMY_LEVELS.filter((l) => rank(l) <= rank(ceiling));
}
