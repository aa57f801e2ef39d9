import { DEFAULT_MODEL_ID } from '../../domain/catalog/default-model.ts';
import { boolParam, enumParam, numberParam, stringParam } from '../../domain/url/query-params.ts';

/**
 * The quota planner's link parameters ("What quota do I need?"), beside the simulator's own: the
 * planner works without a run, and a copied link reproduces it. Prefixed `q` so they never collide.
 */
export const PLANNER_TIERS = ['standard', 'priority', 'flex', 'reserved'] as const;

export const PLANNER_PARAMS = {
  qOpen: boolParam(false),
  qRpm: numberParam(1000, { min: 0, max: 10_000_000 }),
  qIn: numberParam(500, { min: 0, max: 10_000_000, integer: true }),
  qOut: numberParam(300, { min: 0, max: 1_000_000, integer: true }),
  /** max_tokens; 0 = unset (the SDK then reserves the model's maximum output). */
  qMaxTok: numberParam(1000, { min: 0, max: 1_000_000, integer: true }),
  qRead: numberParam(0, { min: 0, max: 100 }),
  qWrite: numberParam(0, { min: 0, max: 100 }),
  qModel: stringParam(DEFAULT_MODEL_ID, { maxLength: 120, pattern: /^[a-z0-9][a-z0-9.:_-]*$/ }),
  qTier: enumParam('standard', PLANNER_TIERS),
  /** The account's current quota, TPM; 0 = measure against the TPM the plan requests. */
  qQuota: numberParam(2_000_000, { min: 0, max: 1e12 }),
};
