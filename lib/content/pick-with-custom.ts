// The picker every content script uses: custom configs first (the background validated them in full;
// lib/custom-helpdesks/received.ts's cheap check here), then the given built-ins.
import { pickAdapterFrom } from '../../adapters/pick';
import type { HelpdeskAdapter } from '../../adapters/types';
import { receivedConfig } from '../custom-helpdesks/received';
import type { AdapterPicker } from './watch-core';

export const pickWithCustom =
  (builtIns: HelpdeskAdapter[]): AdapterPicker =>
  (url, doc, custom) =>
    pickAdapterFrom(builtIns, url, doc, custom, (raw) => receivedConfig(raw, doc));
