import { abortRepair, runRepair } from '../lib/content/repair';
import { onMessage } from '../lib/messaging';

// "Fix how Tandem reads this page" (issue 13): the in-page picker and its selector derivation (@medv/finder), injected
// by the background (chrome.scripting.executeScript, files: ['/repair-picker.js']) only when the agent starts a
// repair, so the content script that runs on every helpdesk page stays small. It runs in the same isolated world as
// the content script, never in the page's own; injected twice, it answers once.
export default defineUnlistedScript(() => {
  const g = globalThis as { __tandemRepairPicker?: boolean };
  if (g.__tandemRepairPicker) return;
  g.__tandemRepairPicker = true;
  onMessage('repairPick', () => runRepair(document, window));
  onMessage('repairAbort', () => abortRepair());
});
