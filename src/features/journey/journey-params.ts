import { boolParam, enumParam, numberParam, stringParam } from '../../domain/url/query-params.ts';
import { SOURCE_REGIONS } from '../../domain/journey/regions.ts';
import { APIS, DEFAULT_SCENARIO, FAILURES, LOADS, MODES, NETWORK_PATHS, PROFILES, type Scenario } from '../../domain/journey/scenario.ts';
import type { ParamValues } from '../../domain/url/query-params.ts';

/** The journey's scenario in the URL: short keys so shared links stay readable. */
export const JOURNEY_PARAMS = {
  prompt: stringParam(DEFAULT_SCENARIO.prompt, { maxLength: 2000 }),
  model: stringParam(DEFAULT_SCENARIO.modelId, { maxLength: 200, pattern: /^[a-z0-9][a-z0-9.:-]*$/ }),
  region: enumParam(DEFAULT_SCENARIO.region, SOURCE_REGIONS),
  api: enumParam(DEFAULT_SCENARIO.api, APIS),
  net: enumParam(DEFAULT_SCENARIO.network, NETWORK_PATHS),
  mode: enumParam(DEFAULT_SCENARIO.mode, MODES),
  cris: enumParam(DEFAULT_SCENARIO.profile, PROFILES),
  log: boolParam(DEFAULT_SCENARIO.logging),
  guard: boolParam(DEFAULT_SCENARIO.guardrails),
  temp: numberParam(DEFAULT_SCENARIO.temperature, { min: 0, max: 1 }),
  max: numberParam(DEFAULT_SCENARIO.maxTokens, { min: 1, max: 128000, integer: true }),
  fail: enumParam(DEFAULT_SCENARIO.failure, FAILURES),
  load: enumParam(DEFAULT_SCENARIO.load, LOADS),
  km: numberParam(DEFAULT_SCENARIO.clientKm, { min: 0, max: 20000 }),
  /** The stage on screen (1-based), so a link opens where the presenter was. */
  step: numberParam(1, { min: 1, max: 20, integer: true }),
};

export type JourneyParams = ParamValues<typeof JOURNEY_PARAMS>;

export function scenarioFromParams(v: JourneyParams, modelId: string): Scenario {
  return {
    prompt: v.prompt,
    modelId,
    region: v.region,
    api: v.api,
    network: v.net,
    mode: v.mode,
    profile: v.cris,
    logging: v.log,
    guardrails: v.guard,
    temperature: v.temp,
    maxTokens: v.max,
    failure: v.fail,
    load: v.load,
    clientKm: v.km,
  };
}
