import { boolParam, enumParam, numberParam, optionalNumberParam, stringParam } from '../../domain/url/query-params.ts';
import { ptTermParam } from '../../domain/pricing/provisioned-throughput.ts';
import { CHART_TIERS } from '../../domain/pricing/catalog-chart.ts';
import { RESERVED_MIN_INPUT_TPM, RESERVED_MIN_OUTPUT_TPM } from '../../domain/pricing/reserved-tier.ts';

export const MAX_TOKENS = 1e12;
export const SERVICE_TIERS = ['standard', 'priority', 'flex'] as const;
export type ServiceTier = (typeof SERVICE_TIERS)[number];

/** The calculator's scenario; everything here is in the link. Shares are percentages 0–100. */
export const PRICING_PARAMS = {
  /** Catalog ID, or any Bedrock ID of the model (v1 links); empty = the starting model (shared-model-store). */
  model: stringParam('', { maxLength: 200, pattern: /^[\w.:-]*$/ }),
  /** The on-demand price point (scope) by its catalog id; empty = the model's default point. */
  scope: stringParam('', { maxLength: 120, pattern: /^[a-z0-9-]*$/ }),
  tier: enumParam<ServiceTier>('standard', SERVICE_TIERS),
  ttl: enumParam('5m', ['5m', '1h', '30m'] as const),
  in: numberParam(1000, { min: 0, max: MAX_TOKENS }),
  out: numberParam(500, { min: 0, max: MAX_TOKENS }),
  rpd: numberParam(10_000, { min: 0, max: MAX_TOKENS }),
  cacheRead: numberParam(0, { min: 0, max: 100 }),
  cacheWrite: numberParam(0, { min: 0, max: 100 }),
  batch: numberParam(0, { min: 0, max: 100 }),
  pin: optionalNumberParam({ min: 0, max: 1e6 }),
  pout: optionalNumberParam({ min: 0, max: 1e6 }),
  /** The cross-model chart: provider filter, tier filter, retired models shown. */
  provider: stringParam('all', { maxLength: 60 }),
  chartTier: enumParam('standard', CHART_TIERS),
  retired: boolParam(false),
  /** Provisioned throughput; older links' `oneMonth` / `sixMonth` / `noCommit` still parse. */
  term: ptTermParam('1-month'),
  muTpm: numberParam(0, { min: 0, max: MAX_TOKENS }),
  muRate: optionalNumberParam({ min: 0, max: 1e6 }),
  peak: numberParam(1, { min: 1, max: 100 }),
  /** Reserved tier: reserved TPM, the user's (unpublished) rates per 1,000 TPM per month, term in months. */
  rIn: numberParam(RESERVED_MIN_INPUT_TPM, { min: RESERVED_MIN_INPUT_TPM, max: MAX_TOKENS }),
  rOut: numberParam(RESERVED_MIN_OUTPUT_TPM, { min: RESERVED_MIN_OUTPUT_TPM, max: MAX_TOKENS }),
  rRateIn: optionalNumberParam({ min: 0, max: 1e6 }),
  rRateOut: optionalNumberParam({ min: 0, max: 1e6 }),
  rTerm: enumParam('1', ['1', '3'] as const),
  /** Side-by-side columns: model:point:tier~… (src/domain/pricing/compare-columns.ts). */
  cmp: stringParam('', { maxLength: 600, pattern: /^[a-z0-9:~-]*$/ }),
};
