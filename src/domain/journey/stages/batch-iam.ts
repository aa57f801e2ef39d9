import { AUTH_SOURCES } from '../auth.ts';
import { BATCH_SOURCES } from '../batch-facts.ts';
import type { BatchContext } from '../batch-context.ts';
import { createJobCode } from '../batch-snippets.ts';
import { DEMO_ACCOUNT } from '../model-profile.ts';
import type { StageBuilder } from '../pipeline.ts';
import { json } from '../trace-context.ts';

/** The actions IAM evaluates for CreateModelInvocationJob with this credential. */
export function batchActions(ctx: BatchContext): string[] {
  return ['bedrock:CreateModelInvocationJob', 'iam:PassRole', ...(ctx.s.auth === 'sigv4' ? [] : ['bedrock:CallWithBearerToken'])];
}

/** 3. IAM: may the caller create the job and hand Bedrock the service role? Then the job exists. */
export const batchIamStage: StageBuilder<BatchContext> = (ctx, clock) => {
  const { s, names } = ctx;
  const actions = batchActions(ctx);
  const principal = s.auth === 'api-key-long' ? `arn:aws:iam::${DEMO_ACCOUNT}:user/BedrockAPIKey-example` : `arn:aws:sts::${DEMO_ACCOUNT}:assumed-role/app-role/session`;
  const header = ctx.request.headers.find((h) => h.name === 'Authorization' || h.name === 'x-api-key');
  return {
    kind: 'next',
    stage: {
      id: 'batch-iam',
      title: 'IAM: create the job, pass the role',
      actor: 'AWS IAM',
      account: 'service',
      accountLabel: 'Bedrock service (operated by AWS)',
      region: s.region,
      transport: 'aws-network',
      checks: `${s.auth === 'sigv4' ? 'Verifies the SigV4 signature' : 'Checks the API key'}, then: may this principal call ${actions.join(', ')}? The job is created in state Submitted.`,
      visibility: { level: 'not-read', badge: 'Prompt not needed: IAM sees who, what action, which role' },
      stores: [{ where: 'Bedrock (your account’s job list)', what: 'The job: name, model, S3 locations, role, status — not the prompts', owner: 'service', containsPromptText: false }],
      startMs: clock.atMs,
      endMs: clock.atMs,
      when: 'Once, when the job is created',
      payloadTitle: 'Policy evaluation, then the response',
      code: { ...createJobCode(s.region, ctx.createBody), notes: ['No call of its own: IAM authorises the CreateModelInvocationJob call of the previous stage, shown again here.'] },
      payload: `Header sent: ${header ? `${header.name}: ${header.value}` : '—'}\nPrincipal: ${principal}\nAction:    ${actions.join('\n           ')}\nResource:  arn:aws:bedrock:${s.region}:${DEMO_ACCOUNT}:model-invocation-job/*\n           ${names.roleArn}\nDecision:  ALLOW\n\nHTTP/1.1 200 OK\n${json({ jobArn: names.jobArn })}`,
      narration: {
        text: `IAM authenticates the caller, then checks two permissions: creating the job, and passing the service role ${names.roleArn.split('/').pop()} to Bedrock (iam:PassRole) — Bedrock will act with that role, not with yours, when it reads the input and writes the results. Allowed, the job exists with status Submitted and the call returns its jobArn at once.`,
        simplification: 'The service role’s own policy (S3 read and write, your KMS key) is yours to write; AWS’s page on it is not in the explorer’s reference.',
        sources: [BATCH_SOURCES.role, BATCH_SOURCES.api, ...(s.auth === 'sigv4' ? [AUTH_SOURCES.sigv4] : [AUTH_SOURCES.apiKeys, AUTH_SOURCES.notUsable])],
      },
    },
  };
};
