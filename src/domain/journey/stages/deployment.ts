import { QUOTA_SOURCES } from '../../quota/sources.ts';
import { retryBehaviour } from '../failures.ts';
import { LOAD_LEVELS, TIER_LOAD_SHARE } from '../latency-model.ts';
import type { StageBuilder, StageDraft } from '../pipeline.ts';
import type { Tier } from '../scenario.ts';
import { SRC } from '../sources.ts';
import { TIER_SOURCES } from '../tiers.ts';
import { failingAt } from './failing-at.ts';
import { attemptLines, retriedTimeline } from './retry-at-stage.ts';

const LANE_TEXT: Record<Tier, string> = {
  reserved: 'the Reserved lane: capacity reserved for you, served first; traffic above the reservation overflows to Standard',
  priority: 'the Priority lane: served before Standard and Flex, at a price premium',
  standard: 'the Standard lane, the default',
  flex: 'the Flex lane: served last, at a discount, for work that can wait',
};

/** 8. The provider's model deployment account, run by Bedrock: load balancer and the tier's queue lane. */
export const deploymentStage: StageBuilder = (ctx, clock) => {
  const { s, model, latency } = ctx;
  const failed = failingAt(ctx, 'deployment');
  const t = clock.atMs;
  const stageMs = latency.loadBalancerMs + latency.queueMs;
  const timeline = failed ? retriedTimeline(ctx, t, stageMs) : null;
  const lane = s.mode === 'on-demand' ? s.tier : null;
  const stage: StageDraft = {
    id: 'deployment',
    title: lane ? `Queue: the ${lane} lane` : `${model.provider}’s model deployment account`,
    actor: 'Load balancer and replica queue',
    account: 'deployment',
    accountLabel: ctx.deploymentLabel,
    region: ctx.routing.destination,
    transport: 'aws-network',
    checks: `A load balancer picks a model replica; the request waits in ${lane ? `the ${lane} lane` : 'its queue'} for a free batch slot.`,
    visibility: { level: 'in-memory', badge: `Readable by: the service’s model runtime — not ${model.provider}` },
    stores: [],
    startMs: t,
    endMs: timeline ? timeline.endMs : t + stageMs,
    status: failed ? 'failed' : 'ok',
    error: failed ? ctx.error! : undefined,
    attempts: timeline?.attempts,
    payloadTitle: 'Queue',
    payload: timeline
      ? attemptLines(timeline.attempts, 429, 'ModelNotReadyException')
      : `Replica load: ${LOAD_LEVELS[s.load].label}\n${lane ? `Lane: ${lane} (assumed ${Math.round(TIER_LOAD_SHARE[lane] * 100)} % of the load)\n` : ''}Wait for a batch slot: ${latency.queueMs.toFixed(1)} ms`,
    narration: {
      text: failed
        ? `No replica of ${model.name} is ready to serve, so the service answers 429 ModelNotReadyException. ${retryBehaviour('ModelNotReadyException')} The API’s own description says the SDK retries “up to 5 times” — that is botocore’s legacy mode; the standard mode of both SDKs makes 3 attempts. Here all of them fail.`
        : `${model.provider}’s model runs in a model deployment account that the Bedrock service team owns and operates — one per provider per Region. ${model.provider} has no access to it, so it cannot see prompts, completions or logs.${lane ? ` The request waits in ${LANE_TEXT[lane]} (${latency.queueMs.toFixed(0)} ms here).` : ' A load balancer picks a replica and the request waits in its queue for a slot in the next batch.'}`,
      simplification: lane
        ? 'Lanes are drawn as a priority queue (Cobham’s formula over one batch iteration); how Bedrock schedules tiers inside is not published, and the share of load per lane is an assumption.'
        : 'Load balancer and queue are a teaching picture; the wait is a simple queueing formula over one batch iteration.',
      sources: [SRC.dataProtection, ...(lane ? [TIER_SOURCES.tiers, QUOTA_SOURCES.tierSharing] : []), ...(failed ? [SRC.boto, SRC.retry] : [])],
    },
  };
  return failed ? { kind: 'halt', stage, error: ctx.error!, attempts: timeline?.attempts.length ?? 1 } : { kind: 'next', stage };
};
