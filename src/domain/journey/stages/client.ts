import { AUTH_SOURCES } from '../auth.ts';
import { ENDPOINT_SOURCES } from '../endpoints.ts';
import type { StageBuilder } from '../pipeline.ts';
import { API_LABEL, isNative } from '../scenario.ts';
import { SRC } from '../sources.ts';
import { json } from '../trace-context.ts';

/** 1. Your application builds the request and attaches its credential. */
export const clientStage: StageBuilder = (ctx, clock) => {
  const { s, request } = ctx;
  const sdk = isNative(s.api) ? 'the AWS SDK' : s.api === 'Messages' ? 'the Anthropic SDK pointed at Bedrock' : 'the OpenAI SDK pointed at Bedrock';
  const how =
    s.auth === 'sigv4'
      ? `signs it with Signature Version 4 using your IAM credentials (signing name “${s.endpoint === 'runtime' ? 'bedrock' : 'bedrock-mantle'}”), so the service can prove who sent it and that nothing changed on the way`
      : `attaches your Bedrock API key as a bearer token — ${ctx.credential.summary.charAt(0).toLowerCase()}${ctx.credential.summary.slice(1)}`;
  return {
    kind: 'next',
    stage: {
      id: 'client',
      title: `Your application calls ${API_LABEL[s.api]} on ${s.endpoint === 'runtime' ? 'bedrock-runtime' : 'bedrock-mantle'}`,
      actor: `Your code + ${sdk.replace('the ', '')}`,
      account: 'customer',
      accountLabel: ctx.customerLabel,
      region: s.region,
      transport: 'in-process',
      checks: `Builds the ${API_LABEL[s.api]} body and ${s.auth === 'sigv4' ? 'signs it with SigV4' : 'adds the API key'}.`,
      visibility: { level: 'plaintext', badge: 'Readable by: your application' },
      stores: [],
      startMs: clock.atMs,
      endMs: clock.atMs,
      payloadTitle: `${request.method} https://${request.host}${request.path}`,
      payload: `${ctx.credential.header.name}: ${ctx.credential.header.value}\n\n${request.body === null ? '(no native body documented — see the notes)' : json(request.body)}`,
      narration: {
        text: `Your code calls ${API_LABEL[s.api]} through ${sdk}. It serialises the body and ${how}.`,
        simplification: s.endpoint === 'mantle' && s.auth === 'sigv4' ? AUTH_SOURCES.mantleSigning : undefined,
        sources: [s.endpoint === 'runtime' ? SRC.boto : ENDPOINT_SOURCES.mantle, s.auth === 'sigv4' ? AUTH_SOURCES.sigv4 : AUTH_SOURCES.apiKeys],
      },
    },
  };
};
