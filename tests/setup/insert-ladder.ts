// In the browser the background injects the insertion ladder into the tab before asking for an insertion
// (lib/background/insert-ladder.ts). Unit tests call adapters directly, with no background: this stands in for it.
import { insertIntoEditor } from '../../adapters/editor/insert';
import { installLadder } from '../../adapters/editor/ladder';

installLadder(insertIntoEditor);
