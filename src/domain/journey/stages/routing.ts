import { retryBehaviour } from '../failures.ts';
import type { StageBuilder, StageDraft } from '../pipeline.ts';
import { distanceKm, GEO_LABEL } from '../regions.ts';
import { SRC } from '../sources.ts';
import type { TraceContext } from '../trace-context.ts';
import { failingAt } from './failing-at.ts';
import { attemptLines, retriedTimeline } from './retry-at-stage.ts';

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
  const t = clock.atMs;
  const stageMs = latency.routingMs + latency.crossRegionOneWayMs;
  const timeline = failed ? retriedTimeline(ctx, t, stageMs) : null;
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
    startMs: t,
    endMs: timeline ? timeline.endMs : t + stageMs,
    status: failed ? 'failed' : 'ok',
    error: failed ? ctx.error! : undefined,
    attempts: timeline?.attempts,
    payloadTitle: 'Where the data may go',
    payload: `Invoked: ${routing.invokedId}\nSource Region: ${s.region}\nDestination: ${routing.destination}${crossRegion ? ` (${Math.round(distanceKm(s.region, routing.destination)).toLocaleString('en-US')} km away)` : ''}\nData: ${dataTravel(ctx)}${
      timeline ? `\n\n${attemptLines(timeline.attempts, 503, 'ServiceUnavailableException')}` : ''
    }`,
    narration: {
      text: failed
        ? `No capacity can take the request right now, so the service answers 503 ServiceUnavailableException. ${retryBehaviour('ServiceUnavailableException')} Here every attempt fails and the exception reaches your code.`
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
  return failed ? { kind: 'halt', stage, error: ctx.error!, attempts: timeline?.attempts.length ?? 1, marks: { retryMs: 0 } } : { kind: 'next', stage };
};
