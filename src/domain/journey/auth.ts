/**
 * The credential a request carries, as the header actually sent (redacted). SigV4 signs the request
 * with IAM credentials; an API key is a bearer token. A short-term key is itself a pre-signed SigV4
 * URL for `bedrock.amazonaws.com/?Action=CallWithBearerToken`, bound to one Region and valid at most
 * 12 hours; a long-term key belongs to an IAM user the console creates for it.
 */
import type { Header } from './payload-types.ts';
import type { Api, Auth, EndpointKind } from './scenario.ts';

/** A fixed signing time so the same scenario always shows the same request. */
export const DEMO_AMZ_DATE = '20261121T101500Z';

export const AUTH_SOURCES = {
  apiKeys:
    'AWS docs api-keys: short-term keys last up to 12 hours (or the session, whichever is shorter), inherit the permissions of the IAM principal that generated them, work only in the Region where generated; long-term keys last until a configured expiry and create an IAM user with attached policies, “recommended only for exploration”. API keys are sent as Authorization: Bearer and are not logged in CloudTrail.',
  tokenGenerator:
    'aws/aws-bedrock-token-generator-python token_generator.py: prefix “bedrock-api-key-”, base64 of a SigV4 pre-signed URL for https://bedrock.amazonaws.com/?Action=CallWithBearerToken (service “bedrock”), TOKEN_DURATION 43200 s, “&Version=1”',
  sigv4: 'botocore bedrock-runtime service-2.json metadata: SigV4, signing name “bedrock” (not “bedrock-runtime”)',
  mantleSigning: 'The SigV4 signing name for bedrock-mantle is not in the reference; “bedrock-mantle” (its IAM service prefix) is shown, labelled as an assumption.',
  notUsable: 'API keys cannot be used for InvokeModelWithBidirectionalStream, Agents for Amazon Bedrock or Data Automation (AWS docs api-keys).',
} as const;

export type Credential = {
  /** The header carrying the credential, as sent, with secrets redacted. */
  header: Header;
  /** Extra headers the credential adds (SigV4's date). */
  extra: Header[];
  /** What the credential is, in one line. */
  summary: string;
  notes: string[];
};

export function signingName(endpoint: EndpointKind): string {
  return endpoint === 'runtime' ? 'bedrock' : 'bedrock-mantle';
}

export function credentialFor(auth: Auth, endpoint: EndpointKind, api: Api, region: string): Credential {
  if (auth === 'sigv4') {
    const scope = `${DEMO_AMZ_DATE.slice(0, 8)}/${region}/${signingName(endpoint)}/aws4_request`;
    return {
      header: { name: 'Authorization', value: `AWS4-HMAC-SHA256 Credential=AKIA…EXAMPLE/${scope}, SignedHeaders=content-type;host;x-amz-date, Signature=‹redacted›` },
      extra: [{ name: 'X-Amz-Date', value: DEMO_AMZ_DATE }],
      summary: `Signed with SigV4: your IAM credentials, signing name “${signingName(endpoint)}”, Region ${region}.`,
      notes: endpoint === 'mantle' ? [AUTH_SOURCES.mantleSigning] : [],
    };
  }
  const short = auth === 'api-key-short';
  // The Anthropic SDK sends its key as x-api-key, as AWS's curl example for Mantle Messages does.
  const header: Header =
    api === 'Messages' && endpoint === 'mantle'
      ? { name: 'x-api-key', value: short ? 'bedrock-api-key-‹redacted›' : '‹long-term Bedrock API key, redacted›' }
      : { name: 'Authorization', value: `Bearer ${short ? 'bedrock-api-key-‹redacted›' : '‹long-term Bedrock API key, redacted›'}` };
  return {
    header,
    extra: [],
    summary: short
      ? `A short-term API key: a pre-signed SigV4 URL, bound to ${region}, valid at most 12 hours, with the permissions of the IAM principal that made it.`
      : 'A long-term API key: tied to an IAM user created for it, valid until the expiry you set — for exploration, not production.',
    notes: short
      ? [
          `Decoded, the key is a pre-signed URL: bedrock.amazonaws.com/?Action=CallWithBearerToken&X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=…/${region}/bedrock/aws4_request&X-Amz-Expires=43200&…&Version=1 (its signature part is redacted here).`,
          AUTH_SOURCES.notUsable,
        ]
      : [AUTH_SOURCES.notUsable],
  };
}
