import type { StageBuilder } from '../pipeline.ts';
import { SRC } from '../sources.ts';

/** 2. Across the public internet or through a VPC interface endpoint. */
export const networkStage: StageBuilder = (ctx, clock) => {
  const { s, request } = ctx;
  const vpce = s.network === 'vpc-endpoint';
  const service = `com.amazonaws.${s.region}.${s.endpoint === 'runtime' ? 'bedrock-runtime' : 'bedrock-mantle'}`;
  return {
    kind: 'next',
    stage: {
      id: 'network',
      title: vpce ? 'Through a VPC interface endpoint' : 'Across the public internet',
      actor: vpce ? 'AWS PrivateLink' : 'Internet',
      account: vpce ? 'customer' : 'internet',
      accountLabel: vpce ? `Your VPC in ${s.region}` : 'Public internet',
      region: s.region,
      transport: ctx.transportOut,
      checks: 'Carries the TLS-encrypted request; TLS 1.2 or later is required either way.',
      visibility: { level: 'encrypted', badge: 'Readable by: no one on the path (TLS)' },
      stores: [],
      startMs: clock.atMs,
      endMs: clock.atMs + ctx.netMs,
      payloadTitle: 'On the wire',
      payload: `TLS 1.2+ record → ${request.host}:443\n(${vpce ? `private IP of the endpoint ENI, service ${service}` : 'public IP of the regional endpoint'})`,
      narration: {
        text: vpce
          ? `The request leaves your VPC through an interface endpoint (PrivateLink) for ${service}, so it never touches the public internet. It is still encrypted with TLS 1.2 or later; AWS recommends TLS 1.3.`
          : `The request crosses the public internet to ${request.host}, encrypted with TLS 1.2 or later (AWS recommends 1.3). Routers on the way see addresses and sizes, never the prompt. A VPC interface endpoint would keep this hop off the internet.`,
        simplification: `Transit time is a propagation estimate: ${vpce ? 'an in-Region hop' : `${s.clientKm.toLocaleString('en-US')} km at fibre speed plus access time`}, with an already-open connection.`,
        sources: [SRC.dataProtection, ...(vpce ? [SRC.privatelink] : [])],
      },
    },
  };
};
