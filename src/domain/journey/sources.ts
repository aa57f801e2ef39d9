/** Source lines the narration cites, one place for all stages. */
import { RETRY_SOURCE } from './retry.ts';

export const SRC = {
  boto: 'botocore bedrock-runtime service-2.json (AWS API model)',
  endpoints: 'botocore endpoints.json and endpoint-rule-set-1.json',
  dataProtection: 'AWS docs: Bedrock data protection (model deployment accounts; TLS 1.2 required, 1.3 recommended)',
  privatelink: 'AWS docs: vpc-interface-endpoints.html (com.amazonaws.{region}.bedrock-runtime)',
  quotas: 'AWS docs: quotas-runtime.html (tokens per minute per model and Region)',
  logging: 'AWS docs: model-invocation-logging.html (off by default; your S3 / CloudWatch, same account and Region)',
  cris: 'AWS docs: inference-profiles-support.html and geographic-cross-region-inference.html',
  converse: 'botocore Converse docs: “Amazon Bedrock doesn’t store any text, images, or documents that you provide as content”',
  guardrails: 'botocore: X-Amzn-Bedrock-GuardrailIdentifier / guardrailConfig; stopReason guardrail_intervened',
  roofline: 'Shared GPU roofline model (src/domain/gpu), docs/gpu-roofline.md',
  retry: RETRY_SOURCE,
} as const;
