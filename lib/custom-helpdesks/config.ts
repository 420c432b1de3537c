// The facts about a custom helpdesk config, once: its shape, which selectors it has (required, optional, read
// inside a message, matched against a message), and the ids the built-in adapters keep. The validator, the
// reader, the live preview, the options form and the policy validator all read these lists; none keeps a copy.
// No imports: every layer (content script, service worker, options page) may take this file.

export interface CustomAdapterConfig {
  id: string;
  name: string;
  /** Match patterns, as in a manifest: "https://support.example.com/tickets/*". */
  urlPatterns: string[];
  selectors: {
    ticketId?: string;
    subject: string;
    requester?: string;
    status?: string;
    priority?: string;
    tags?: string;
    message: string;
    messageAuthor?: string;
    messageBody: string;
    messageTime?: string;
    /** selector matched against a message: it is internal */
    internalMessage?: string;
    /** selector matched against a message: it is by an agent */
    agentMessage?: string;
    editor: string;
  };
  /** Words a page shows on its internal notes, outside the message body (Request Tracker: "Comments added"), for
   *  helpdesks whose internal notes carry no class or attribute a selector could name. Matched case-insensitively. */
  internalPhrases?: string[];
  /** 'override': the agent's repair of one host ("Fix how Tandem reads this page"): layered over the built-in
   *  adapter that detects the page, which still gives what the override leaves out (adapters/index.ts). */
  layer?: 'override';
}

export type CustomSelectorKey = keyof CustomAdapterConfig['selectors'];

export const CUSTOM_SELECTOR_REQUIRED = ['subject', 'message', 'messageBody', 'editor'] as const satisfies readonly CustomSelectorKey[];
export const CUSTOM_SELECTOR_OPTIONAL = [
  'ticketId', 'requester', 'status', 'priority', 'tags', 'messageAuthor', 'messageTime', 'internalMessage', 'agentMessage',
] as const satisfies readonly CustomSelectorKey[];
/** Every selector, required first: the order of the options form's fields and of the preview. */
export const CUSTOM_SELECTOR_KEYS: CustomSelectorKey[] = [...CUSTOM_SELECTOR_REQUIRED, ...CUSTOM_SELECTOR_OPTIONAL];

export const isRequiredSelector = (key: CustomSelectorKey): boolean => (CUSTOM_SELECTOR_REQUIRED as readonly string[]).includes(key);
/** Selectors looked up inside each message element rather than in the document. */
export const PER_MESSAGE_SELECTORS: ReadonlySet<CustomSelectorKey> = new Set(['messageAuthor', 'messageBody', 'messageTime']);
/** Selectors matched against a message element to mark it (internal, by an agent). */
export const MARKER_SELECTORS: ReadonlySet<CustomSelectorKey> = new Set(['internalMessage', 'agentMessage']);

/** Ids of the built-in adapters (adapters/index.ts; a test keeps the two equal): a custom config cannot take them. */
export const BUILT_IN_HELPDESK_IDS: readonly string[] = ['zendesk', 'intercom', 'freshdesk'];

/** Longest selector taken: the structural check and the browser's parser are linear, but the text is a person's. */
export const MAX_SELECTOR_CHARS = 1000;
