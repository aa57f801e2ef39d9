import type { StageBuilder, StageDraft } from '../pipeline.ts';
import { distanceKm, GEO_LABEL } from '../regions.ts';
import { backoffSchedule, SDK_MAX_ATTEMPTS, TRANSIENT_BASE_MS } from '../retry.ts';
import { SRC } from '../sources.ts';
import type { TraceContext } from '../trace-context.ts';
import { failingAt } from './failing-at.ts';

function dataTravel(ctx: TraceContext): string {
  const { routing, s } = ctx;
  if (routing.kind === 'geo') return `may be processed in ${GEO_LABEL[routing.geo!]} Regions (${routing.destinations.join(', ')}); stored only in ${s.region}`;
  if (routing.kind === 'global') return `may be processed in any commercial Region; stored only in ${s.region}`;
  return `processed and stored in ${s.region}`;
}

/** 7. The router sends the request to the on-demand pool, provisioned units or another Region. */
export const routingStage: StageBuilder = (ctx, clock) => {
  const { s, routing, model, latency, crossRegion } = ctx;
  const failed = failingAt(ctx, 'routing');
  const sameGeoLabel = routing.geo ? GEO_LABEL[routing.geo] : routing.kind === 'global' ? 'any commercial Region' : s.region;
  const stage: StageDraft = {
    id: 'routing',
    title:
      routing.kind === 'provisioned'
        ? 'Routing to your provisioned model units'
        : routing.kind === 'in-region'
          ? 'Routing to the on-demand pool'
          : `Cross-Region routing → ${routing.destination}`,
    actor: 'Bedrock router',
    account: 'service',
    accountLabel: 'Bedrock service (operated by AWS)',
    region: s.region,
    transport: 'aws-network',
    checks:
      routing.kind === 'provisioned'
        ? 'Sends the request to the dedicated model units of your provisioned model.'
        : routing.kind === 'in-region'
          ? `Sends the request to the shared on-demand pool for ${model.name} in ${s.region}.`
          : `The ${routing.kind === 'global' ? 'global' : GEO_LABEL[routing.geo!]} profile picks a destination Region: ${routing.destination}.`,
    visibility: {
      level: crossRegion ? 'encrypted' : 'in-memory',
      badge: crossRegion ? 'Readable by: no one in transit (encrypted AWS network)' : 'Readable by: the Bedrock service, in memory',
    },
    stores: [],
    startMs: clock.atMs,
    endMs: clock.atMs + latency.routingMs + latency.crossRegionOneWayMs,
    status: failed ? 'failed' : 'ok',
    error: failed ? ctx.error! : undefined,
    payloadTitle: 'Where the data may go',
    payload: `Invoked: ${routing.invokedId}\nSource Region: ${s.region}\nDestination: ${routing.destination}${crossRegion ? ` (${Math.round(distanceKm(s.region, routing.destination)).toLocaleString('en-US')} km away)` : ''}\nData: ${dataTravel(ctx)}${
      failed
        ? `\n\nSDK attempts: ${backoffSchedule(TRANSIENT_BASE_MS, ctx.seed)
            .map((b) => `503 → wait ${b.delayMs} ms`)
            .join(', ')}, 503 → give up`
        : ''
    }`,
    narration: {
      text: failed
        ? `No capacity can take the request right now, so the service answers 503 ServiceUnavailableException. The SDK treats 5xx errors as transient and retries with jittered backoff (100 ms base), ${SDK_MAX_ATTEMPTS} attempts in all; here every attempt fails and the exception reaches your code.`
        : routing.kind === 'provisioned'
          ? 'Provisioned throughput means dedicated model units, billed by the hour, that serve only your requests. Nothing is shared with other customers’ traffic on the GPUs you rent, and no cross-Region profile applies.'
          : routing.kind === 'in-region'
            ? `Without a profile the request is served in ${s.region} from the shared on-demand pool: other customers’ requests share the same servers, each isolated in its own sequence. Your data is processed and stored in ${s.region}.`
            : `The ${routing.kind === 'global' ? 'global' : sameGeoLabel} profile lets the service pick a destination Region with spare capacity; this trace shows ${routing.destination}. Prompts may transit encrypted to ${routing.kind === 'global' ? 'any commercial Region' : `other ${sameGeoLabel} Regions`}, while data stays stored only in the source Region, ${s.region}.`,
      simplification: failed
        ? 'Where exactly a 503 arises inside the service is not published; it is drawn at routing.'
        : routing.kind !== 'in-region' && routing.kind !== 'provisioned'
          ? 'The destination is picked from a hash of the scenario; the real choice follows live capacity, and each model’s Region set may be smaller.'
          : undefined,
      sources: [SRC.cris, ...(failed ? [SRC.boto, SRC.retry] : [])],
    },
  };
  return failed ? { kind: 'halt', stage, error: ctx.error!, attempts: SDK_MAX_ATTEMPTS } : { kind: 'next', stage };
};
