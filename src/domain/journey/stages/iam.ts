import { AUTH_SOURCES } from '../auth.ts';
import { ENDPOINT_SOURCES } from '../endpoints.ts';
import { retryBehaviour } from '../failures.ts';
import { DEMO_ACCOUNT } from '../model-profile.ts';
import type { StageBuilder, StageDraft } from '../pipeline.ts';
import { SRC } from '../sources.ts';
import { failingAt } from './failing-at.ts';

/** 4. IAM authenticates the credential, then authorises the actions on the resource. */
export const iamStage: StageBuilder = (ctx, clock) => {
  const { s, routing, arn, model, actions, credential } = ctx;
  const failed = failingAt(ctx, 'iam');
  const viaProfile = s.endpoint === 'runtime' && (routing.kind === 'geo' || routing.kind === 'global');
  const arns = viaProfile ? [arn, `arn:aws:bedrock:<each destination Region>::foundation-model/${model.modelId}`] : [arn];
  const principal =
    s.auth === 'api-key-long' ? `arn:aws:iam::${DEMO_ACCOUNT}:user/BedrockAPIKey-example` : `arn:aws:sts::${DEMO_ACCOUNT}:assumed-role/app-role/session`;
  const authn =
    s.auth === 'sigv4'
      ? 'verifies the SigV4 signature'
      : s.auth === 'api-key-short'
        ? `checks the short-term key — a pre-signed SigV4 URL, valid only in ${s.region} and for at most 12 hours — and acts as the principal that generated it`
        : 'checks the long-term key and acts as the IAM user it belongs to';
  const what =
    s.endpoint === 'mantle'
      ? 'the Mantle project (the default one here)'
      : routing.kind === 'in-region'
        ? arn.includes('prompt-router')
          ? 'the prompt-router ARN'
          : 'the foundation-model ARN'
        : routing.kind === 'provisioned'
          ? 'the provisioned-model ARN'
          : 'the inference-profile ARN and the foundation model in every destination Region';
  const stage: StageDraft = {
    id: 'iam',
    title: 'IAM: authenticate, then authorise',
    actor: 'AWS IAM',
    account: 'service',
    accountLabel: 'Bedrock service (operated by AWS)',
    region: s.region,
    transport: 'aws-network',
    checks: `${authn.charAt(0).toUpperCase()}${authn.slice(1)}, then evaluates policies: may this principal call ${actions.join(' and ')}?`,
    visibility: { level: 'not-read', badge: 'Prompt not needed: IAM sees who, what action, which resource' },
    stores: [],
    startMs: clock.atMs,
    endMs: clock.atMs + ctx.latency.iamMs,
    status: failed ? 'failed' : 'ok',
    error: failed ? ctx.error! : undefined,
    payloadTitle: 'Policy evaluation',
    payload: `Header sent: ${credential.header.name}: ${credential.header.value}\nPrincipal: ${principal}\nAction:    ${actions.join('\n           ')}\nResource:  ${arns.join('\n           ')}\nDecision:  ${failed ? 'implicit DENY (no policy allows it)' : 'ALLOW'}`,
    narration: {
      text: failed
        ? `IAM knows who is calling — but no policy allows ${actions[0]} on this resource. The request stops here with AccessDeniedException (HTTP 403). ${retryBehaviour('AccessDeniedException')}`
        : `IAM ${authn}, then evaluates your policies: the principal needs ${actions.join(' and ')} on ${what}.${s.endpoint === 'runtime' ? ' Converse, Chat Completions and InvokeModel share the same two actions.' : ''}${s.auth !== 'sigv4' ? ' API keys are not written to CloudTrail; the calls are.' : ''}`,
      sources: [ENDPOINT_SOURCES.iam, ...(s.auth !== 'sigv4' ? [ENDPOINT_SOURCES.bearer, AUTH_SOURCES.apiKeys, AUTH_SOURCES.tokenGenerator] : []), ...(viaProfile ? [SRC.cris] : [])],
    },
  };
  return failed ? { kind: 'halt', stage, error: ctx.error!, attempts: 1 } : { kind: 'next', stage };
};
