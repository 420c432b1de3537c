import { insertIntoEditor } from '../adapters/editor/insert';
import { installLadder } from '../adapters/editor/ladder';

// The insertion ladder, injected by the background into a helpdesk tab right before an insertion
// (lib/background/insert-ladder.ts), so that the content script every helpdesk page loads stays small
// (adapters/editor/ladder.ts says how the two meet).
export default defineUnlistedScript(() => installLadder(insertIntoEditor));
