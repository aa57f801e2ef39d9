import type { StageBuilder } from '../pipeline.ts';
import { SRC } from '../sources.ts';
import { json } from '../trace-context.ts';

/** 1. Your application builds and signs the request. */
export const clientStage: StageBuilder = (ctx, clock) => {
  const { s, request } = ctx;
  return {
    kind: 'next',
    stage: {
      id: 'client',
      title: 'Your application builds and signs the request',
      actor: 'Your code + AWS SDK',
      account: 'customer',
      accountLabel: ctx.customerLabel,
      region: s.region,
      transport: 'in-process',
      checks: `Builds a ${s.api} request and signs it with SigV4 (service name “bedrock”).`,
      visibility: { level: 'plaintext', badge: 'Readable by: your application' },
      stores: [],
      startMs: clock.atMs,
      endMs: clock.atMs,
      payloadTitle: `${request.method} ${request.path}`,
      payload: request.body === null ? '(no native body documented — see the notes)' : json(request.body),
      narration: {
        text: `Your code calls ${s.api} through the AWS SDK. The SDK serialises the body, then signs the request with Signature Version 4 using your credentials and the signing name “bedrock” — not “bedrock-runtime” — so the service can prove who sent it and that nothing changed on the way.`,
        sources: [SRC.boto],
      },
    },
  };
};
