import { boolParam, enumParam, numberParam, stringParam } from '../../domain/url/query-params.ts';
import { SOURCE_REGIONS } from '../../domain/journey/regions.ts';
import {
  APIS,
  AUTHS,
  CACHE_MODES,
  CACHE_TTLS,
  DEFAULT_SCENARIO,
  ENDPOINT_KINDS,
  FAILURES,
  LOADS,
  MODES,
  NETWORK_PATHS,
  PROFILES,
  TIERS,
} from '../../domain/journey/scenario.ts';
import type { ParamValues } from '../../domain/url/query-params.ts';
import { INVOCATION_TYPES, TIMEOUT_HOURS } from '../../domain/journey/batch-facts.ts';
import { BATCH_FAILURES, DEFAULT_BATCH, MAX_BATCH_RECORDS, WALKS } from '../../domain/journey/batch-scenario.ts';

/** The journey's scenario in the URL: short keys so shared links stay readable. */
export const JOURNEY_PARAMS = {
  prompt: stringParam(DEFAULT_SCENARIO.prompt, { maxLength: 2000 }),
  /** Catalog ID, alias or Bedrock ID; empty = the model last picked in any view, else the default. */
  model: stringParam('', { maxLength: 200, pattern: /^[\w.:-]*$/ }),
  region: enumParam(DEFAULT_SCENARIO.region, SOURCE_REGIONS),
  ep: enumParam(DEFAULT_SCENARIO.endpoint, ENDPOINT_KINDS),
  api: enumParam(DEFAULT_SCENARIO.api, APIS),
  stream: boolParam(DEFAULT_SCENARIO.stream),
  auth: enumParam(DEFAULT_SCENARIO.auth, AUTHS),
  net: enumParam(DEFAULT_SCENARIO.network, NETWORK_PATHS),
  mode: enumParam(DEFAULT_SCENARIO.mode, MODES),
  cris: enumParam(DEFAULT_SCENARIO.profile, PROFILES),
  tier: enumParam(DEFAULT_SCENARIO.tier, TIERS),
  log: boolParam(DEFAULT_SCENARIO.logging),
  guard: boolParam(DEFAULT_SCENARIO.guardrails),
  router: boolParam(DEFAULT_SCENARIO.router),
  cache: enumParam(DEFAULT_SCENARIO.cache, CACHE_MODES),
  ttl: enumParam(DEFAULT_SCENARIO.cacheTtl, CACHE_TTLS),
  sys: numberParam(DEFAULT_SCENARIO.systemTokens, { min: 0, max: 200_000, integer: true }),
  temp: numberParam(DEFAULT_SCENARIO.temperature, { min: 0, max: 1 }),
  max: numberParam(DEFAULT_SCENARIO.maxTokens, { min: 1, max: 128000, integer: true }),
  unset: boolParam(DEFAULT_SCENARIO.maxUnset),
  fail: enumParam(DEFAULT_SCENARIO.failure, FAILURES),
  load: enumParam(DEFAULT_SCENARIO.load, LOADS),
  km: numberParam(DEFAULT_SCENARIO.clientKm, { min: 0, max: 20000 }),
  /** Which walk: one synchronous request, or a batch job (JSONL in S3, CreateModelInvocationJob, results in S3). */
  walk: enumParam<(typeof WALKS)[number]>('request', WALKS),
  /** Batch walk: records in the input file, the job's timeout (hours), KMS key on the output, record format. */
  recs: numberParam(DEFAULT_BATCH.records, { min: 1, max: MAX_BATCH_RECORDS, integer: true }),
  hours: numberParam(DEFAULT_BATCH.timeoutHours, { min: TIMEOUT_HOURS.min, max: TIMEOUT_HOURS.max, integer: true }),
  kms: boolParam(DEFAULT_BATCH.kms),
  btype: enumParam(DEFAULT_BATCH.invocationType, INVOCATION_TYPES),
  /** Batch walk: an injected failure, and (PartiallyCompleted) the share done when time ran out, in %. */
  bfail: enumParam(DEFAULT_BATCH.failure, BATCH_FAILURES),
  bdone: numberParam(DEFAULT_BATCH.donePercent, { min: 0, max: 99, integer: true }),
  /** The stage on screen (1-based), so a link opens where the presenter was. */
  step: numberParam(1, { min: 1, max: 30, integer: true }),
};

export type JourneyParams = ParamValues<typeof JOURNEY_PARAMS>;
