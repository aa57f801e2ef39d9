import type { StageBuilder } from '../pipeline.ts';
import { SRC } from '../sources.ts';

/** 8. The provider's model deployment account, run by Bedrock: load balancer and replica queue. */
export const deploymentStage: StageBuilder = (ctx, clock) => {
  const { s, model, latency } = ctx;
  return {
    kind: 'next',
    stage: {
      id: 'deployment',
      title: `${model.provider}’s model deployment account`,
      actor: 'Load balancer and replica queue',
      account: 'deployment',
      accountLabel: ctx.deploymentLabel,
      region: ctx.routing.destination,
      transport: 'aws-network',
      checks: 'A load balancer picks a model replica; the request waits in its queue for a free batch slot.',
      visibility: { level: 'in-memory', badge: `Readable by: the service’s model runtime — not ${model.provider}` },
      stores: [],
      startMs: clock.atMs,
      endMs: clock.atMs + latency.loadBalancerMs + latency.queueMs,
      payloadTitle: 'Queue',
      payload: `Replica load: ${s.load}\nWait for a batch slot: ${latency.queueMs.toFixed(1)} ms`,
      narration: {
        text: `${model.provider}’s model runs in a model deployment account that the Bedrock service team owns and operates — one per provider per Region. ${model.provider} has no access to it, so it cannot see prompts, completions or logs. A load balancer picks a replica and the request waits in its queue for a slot in the next batch.`,
        simplification: 'Load balancer and queue are a teaching picture; the wait is a simple queueing formula over one batch iteration.',
        sources: [SRC.dataProtection],
      },
    },
  };
};
