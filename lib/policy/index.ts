export * from './types';
export { validatePolicy, POLICY_KEYS, LIMITS, checkHost, checkHttpUrl, checkCustomAdapter, checkKnowledgeSource } from './validate';
export {
  mergeSettings,
  loadEffective,
  watchEffective,
  readManagedPolicy,
  isHelpdeskHostAllowed,
  type EffectiveSettings,
  type LockKey,
  type ManagedArea,
} from './effective';
