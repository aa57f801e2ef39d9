import { numberParam, optionalNumberParam, stringParam } from '../../domain/url/query-params.ts';
import { ptTermParam } from '../../domain/pricing/provisioned-throughput.ts';

export const MAX_TOKENS = 1e12;

/** The calculator's scenario; everything here is in the link. Shares are percentages 0–100. */
export const PRICING_PARAMS = {
  /** Catalog ID, or any Bedrock ID of the model (v1 links); empty = the starting model (shared-model-store). */
  model: stringParam('', { maxLength: 200, pattern: /^[\w.:-]*$/ }),
  scope: stringParam('', { maxLength: 80, pattern: /^[a-z0-9-]*$/ }),
  in: numberParam(1000, { min: 0, max: MAX_TOKENS }),
  out: numberParam(500, { min: 0, max: MAX_TOKENS }),
  rpd: numberParam(10_000, { min: 0, max: MAX_TOKENS }),
  cacheRead: numberParam(0, { min: 0, max: 100 }),
  cacheWrite: numberParam(0, { min: 0, max: 100 }),
  batch: numberParam(0, { min: 0, max: 100 }),
  pin: optionalNumberParam({ min: 0, max: 1e6 }),
  pout: optionalNumberParam({ min: 0, max: 1e6 }),
  provider: stringParam('all', { maxLength: 60 }),
  /** Provisioned-throughput term; older links' `oneMonth` / `sixMonth` / `noCommit` still parse. */
  term: ptTermParam('1-month'),
  muTpm: numberParam(0, { min: 0, max: MAX_TOKENS }),
  muRate: optionalNumberParam({ min: 0, max: 1e6 }),
  peak: numberParam(1, { min: 1, max: 100 }),
};
