import { TIER_NAMES, type TierName } from '../request-store.ts';
import type { FleetSummary } from '../simulation-types.ts';
import type { ProfileBooks } from './profile-books.ts';

/** What the summary needs of each Region's fleet: its ready replica-seconds and tokens processed. */
export type RegionFleetState = { readyArea: number; processedTokens: number };

/**
 * The run's summary over several Regions at time `T`: the Regions' own summaries (`parts`) added up where
 * they add (counts, tokens, cost, servers), utilization and batch occupancy weighted by ready
 * replica-seconds, and the client's view (latency with round trips, objective attainment, Little's law,
 * requests in flight between Regions) from the profile's books.
 */
export function profileSummary(parts: readonly FleetSummary[], states: readonly RegionFleetState[], books: ProfileBooks, T: number): FleetSummary {
  const total = (f: (s: FleetSummary) => number): number => parts.reduce((x, s) => x + f(s), 0);
  const records = <K extends string>(f: (s: FleetSummary) => Record<K, number>): Record<K, number> => {
    const out = { ...f(parts[0]!) };
    for (const s of parts.slice(1)) for (const key of Object.keys(out) as K[]) out[key] += f(s)[key];
    return out;
  };
  const completed = total((s) => s.completed);
  const throttled = total((s) => s.throttled);
  const failed = total((s) => s.failed);
  const cost = total((s) => s.cost);
  const inputTokens = total((s) => s.inputTokens);
  const outputTokens = total((s) => s.outputTokens);
  const tokensServed = total((s) => s.tokensServed);
  const successes = total((s) => (s.serverCostPerSuccessfulRequest > 0 && Number.isFinite(s.serverCostPerSuccessfulRequest) ? s.cost / s.serverCostPerSuccessfulRequest : 0));
  const readyArea = states.reduce((x, s) => x + s.readyArea, 0);
  const processed = states.reduce((x, s) => x + s.processedTokens, 0);
  const capacity = parts[0]!.tokenCapacityPerReplica;
  const meanSojourn = books.finishedCount > 0 ? books.sojournSum / books.finishedCount : NaN;
  const area = books.area + books.inSystem * Math.max(0, T - books.lastT);
  const waitByTier = {} as Record<TierName, FleetSummary['ttft']>;
  TIER_NAMES.forEach((name, k) => (waitByTier[name] = books.waitByTier[k]!.summary()));
  const arrivals = books.arrivals;
  return {
    arrivals,
    completed,
    throttled,
    failed,
    // In a Region's system, or on the way to one (so arrivals = completed + throttled + failed + inSystem).
    inSystem: total((s) => s.inSystem) + books.inTransit,
    failures: records((s) => s.failures),
    errors: records((s) => s.errors),
    attempts: total((s) => s.attempts),
    throttledAttempts: total((s) => s.throttledAttempts),
    retries: total((s) => s.retries),
    retryQuotaExhausted: total((s) => s.retryQuotaExhausted),
    clientTimeouts: total((s) => s.clientTimeouts),
    abandonedServerRequests: total((s) => s.abandonedServerRequests),
    clientDelaySeconds: total((s) => s.clientDelaySeconds),
    redispatched: total((s) => s.redispatched),
    preemptions: total((s) => s.preemptions),
    backgroundCompleted: total((s) => s.backgroundCompleted),
    throttleRate: arrivals > 0 ? throttled / arrivals : 0,
    failureRate: arrivals > 0 ? failed / arrivals : 0,
    ttft: books.ttft.summary(),
    tpot: books.tpot.summary(),
    e2e: books.e2e.summary(),
    waitByTier,
    sloAttainment: completed > 0 ? books.sloMet / completed : NaN,
    goodputPerSecond: T > 0 ? books.sloMet / T : 0,
    inputTokens,
    outputTokens,
    quota: {
      reservedTokens: total((s) => s.quota.reservedTokens),
      settledTokens: total((s) => s.quota.settledTokens),
      refusals: records((s) => s.quota.refusals),
      reservedTierOverflow: total((s) => s.quota.reservedTierOverflow),
    },
    cost,
    costPerMillionTokens: inputTokens + outputTokens > 0 ? cost / ((inputTokens + outputTokens) / 1e6) : NaN,
    serverCostPerMillionTokensServed: tokensServed > 0 ? cost / (tokensServed / 1e6) : NaN,
    serverCostPerSuccessfulRequest: successes > 0 ? cost / successes : NaN,
    tokensServed,
    meanReplicas: total((s) => s.meanReplicas),
    // The sum of each Region's own peak (the Regions need not peak together).
    peakReplicas: total((s) => s.peakReplicas),
    meanUtilization: readyArea > 0 ? processed / (readyArea * capacity) : 0,
    meanBatchOccupancy: readyArea > 0 ? parts.reduce((x, s, k) => x + s.meanBatchOccupancy * states[k]!.readyArea, 0) / readyArea : 0,
    tokenCapacityPerReplica: capacity,
    outputTokensPerSecond: total((s) => s.outputTokensPerSecond),
    meanInSystem: T > 0 ? area / T : 0,
    littleLambdaW: T > 0 ? (arrivals / T) * meanSojourn : 0,
    meanDecoding: total((s) => s.meanDecoding),
    scaleOuts: total((s) => s.scaleOuts),
    scaleIns: total((s) => s.scaleIns),
    servingLabel: parts[0]!.servingLabel,
    eventsDropped: total((s) => s.eventsDropped),
  };
}
