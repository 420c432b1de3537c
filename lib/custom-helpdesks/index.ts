// Custom helpdesks: any helpdesk an admin or agent describes with CSS selectors. The whole feature lives in this
// folder (ARCHITECTURE.md); other code imports it from here, or from one file when it must stay small:
//   config.ts     the facts: the config's shape, the selector lists, the built-in ids            (any layer)
//   validate.ts   the one validator (form, import, storage, repairs, managed policy)             (any layer)
//   received.ts   the content script's cheap check of the configs the worker validated and sent  (content script)
//   adapter.ts    the HelpdeskAdapter made from a config (adapters/custom.ts re-exports it)       (content script)
//   preview.ts    what each selector finds in a tab, the ticket read with them                    (content script)
//   access.ts     host access a config needs, which tabs can be scripted                          (any layer)
//   store.ts      the agent's configs in extension storage; the list content scripts get          (extension pages, worker)
//   background.ts the worker's side: messages, run-time content script registration, the preview  (service worker)
//   form.ts       the options form's pure helpers, import and export                              (options page)
//   ui/           the options page's section, in small components                                 (options page)
// This index brings storage (store.ts) with it: code bundled into the content script imports adapter.ts,
// preview.ts, received.ts, validate.ts or config.ts directly, never this file (tests/unit/hardening/secrets.test.ts).
export * from './config';
export { selectorError, validateCustomAdapterConfig, validateCustomHelpdesk, problemText, type ConfigProblem, type CustomHelpdeskCheck } from './validate';
export { createCustomAdapter, ticketIdFromUrl } from './adapter';
export * from './access';
export * from './form';
export { customAdaptersItem, loadCustomAdapters } from './store';
export {
  previewCustomAdapter,
  runCustomPreview,
  summariseSnapshot,
  type CustomPreviewReply,
  type CustomPreviewResult,
  type CustomPreviewSnapshot,
  type SelectorPreview,
} from './preview';
