import { skip, type StageBuilder } from '../pipeline.ts';
import { ROUTER_SOURCE } from '../prompt-router.ts';

/** Optional: an intelligent prompt router picks a model of the family for this prompt. */
export const promptRouterStage: StageBuilder = (ctx, clock) => {
  const r = ctx.router;
  if (!r || 'unavailable' in r) return skip;
  return {
    kind: 'next',
    stage: {
      id: 'prompt-router',
      title: `Prompt router picks ${r.picked}`,
      actor: 'Intelligent prompt routing',
      account: 'service',
      accountLabel: 'Bedrock service (operated by AWS)',
      region: ctx.s.region,
      transport: 'aws-network',
      checks: `Predicts the response quality of ${r.picked} and ${r.other} for this prompt and routes to one.`,
      visibility: { level: 'in-memory', badge: 'Readable by: the Bedrock service, in memory' },
      stores: [],
      startMs: clock.atMs,
      endMs: clock.atMs + ctx.latency.routingMs,
      payloadTitle: 'Router decision',
      payload: `Router: ${r.arn}\nFamily: ${r.family}\nCandidates: ${r.picked}, ${r.other}\nPicked: ${r.picked}`,
      narration: {
        text: `The request names a prompt router, not a model. ${r.why} The response says which model answered, so each request stays traceable.`,
        simplification: 'How the router scores a prompt is not published: here a short prompt goes to the smaller model, a long one to the fallback. Latency is still that of the model picked in the form.',
        sources: [ROUTER_SOURCE],
      },
    },
  };
};
