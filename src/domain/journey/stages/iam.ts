import { DEMO_ACCOUNT } from '../model-profile.ts';
import type { StageBuilder } from '../pipeline.ts';
import { iamAction } from '../scenario.ts';
import { SRC } from '../sources.ts';
import { failingAt } from './failing-at.ts';

/** 4. IAM authenticates the signature, then authorises the action on the resource. */
export const iamStage: StageBuilder = (ctx, clock) => {
  const { s, routing, arn, model } = ctx;
  const failed = failingAt(ctx, 'iam');
  const action = iamAction(s.api);
  const viaProfile = routing.kind === 'geo' || routing.kind === 'global';
  const arns = viaProfile ? [arn, `arn:aws:bedrock:<each destination Region>::foundation-model/${model.modelId}`] : [arn];
  const stage = {
    id: 'iam' as const,
    title: 'IAM: authenticate, then authorise',
    actor: 'AWS IAM',
    account: 'service' as const,
    accountLabel: 'Bedrock service (operated by AWS)',
    region: s.region,
    transport: 'aws-network' as const,
    checks: `Verifies the SigV4 signature, then evaluates policies: may this principal call ${action} on ${arn}?`,
    visibility: { level: 'not-read' as const, badge: 'Prompt not needed: IAM sees who, what action, which ARN' },
    stores: [],
    startMs: clock.atMs,
    endMs: clock.atMs + ctx.latency.iamMs,
    status: failed ? ('failed' as const) : ('ok' as const),
    error: failed ? ctx.error! : undefined,
    payloadTitle: 'Policy evaluation',
    payload: `Principal: arn:aws:sts::${DEMO_ACCOUNT}:assumed-role/app-role/session\nAction:    ${action}\nResource:  ${arns.join('\n           ')}\nDecision:  ${failed ? 'implicit DENY (no policy allows it)' : 'ALLOW'}`,
    narration: {
      text: failed
        ? `The signature is valid, so IAM knows who is calling — but no policy allows ${action} on this resource. The request stops here with AccessDeniedException (HTTP 403). Converse and ConverseStream are authorised by the same two InvokeModel actions.`
        : `IAM first authenticates the signature, then evaluates your policies: this principal needs ${action} on ${routing.kind === 'in-region' ? 'the foundation-model ARN' : routing.kind === 'provisioned' ? 'the provisioned-model ARN' : 'the inference-profile ARN and on the foundation model in every destination Region'}. Converse is authorised by the same action as InvokeModel.`,
      sources: [SRC.boto, ...(viaProfile ? [SRC.cris] : [])],
    },
  };
  return failed ? { kind: 'halt', stage, error: ctx.error!, attempts: 1 } : { kind: 'next', stage };
};
