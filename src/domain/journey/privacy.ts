/**
 * The privacy rule, shown at every stage beside "who can read the prompt here": not used for
 * training, encrypted in transit and at rest, invocation logging off unless enabled, the model's data
 * retention mode where the reference documents it, and the compliance programs — each with its source.
 */
import type { Scenario } from './scenario.ts';

export type PrivacyFact = { id: string; text: string; source: string; status: 'documented' | 'depends' | 'unknown' };

export const PRIVACY_SOURCES = {
  training:
    'AWS docs data-protection (quoted in several third-party repositories; the full page was not retrieved): prompts and completions are not used to train models or shared with third parties; providers have no access to the model deployment accounts.',
  transit: 'AWS docs data-protection: TLS 1.2 required, TLS 1.3 recommended; cross-Region traffic “transmitted encrypted across Amazon’s secure network” (geographic-cross-region-inference).',
  kms: 'botocore bedrock control plane: KmsKeyId / KmsKeyArn for custom models, batch jobs and guardrails (customer-managed keys).',
  logging: 'AWS docs model-invocation-logging: off by default; CloudWatch Logs and/or S3 in the same account and Region; kept until you delete it.',
  retention:
    'AWS docs data-retention (2026): a data_retention_mode per account/project and Region (none = zero data retention, default, inherit …); some newer models (e.g. “Claude Fable 5”, some OpenAI models) require retention for abuse detection, and zero retention then blocks those calls; no change for Claude models released before Fable 5.',
  compliance: 'Compliance programs: not in the project’s reference notes — see AWS Artifact and “AWS services in scope by compliance program” for Amazon Bedrock.',
} as const;

/** The retention rule for the chosen model, as far as the reference goes. */
export function retentionFact(modelId: string, provider: string): PrivacyFact {
  if (/fable/i.test(modelId))
    return { id: 'retention', status: 'documented', text: 'This model requires data retention for abuse detection: with zero data retention set, calls to it are blocked.', source: PRIVACY_SOURCES.retention };
  if (provider === 'Anthropic')
    return { id: 'retention', status: 'documented', text: 'No retention requirement: the retention modes change nothing for Claude models released before Fable 5.', source: PRIVACY_SOURCES.retention };
  if (provider === 'OpenAI')
    return {
      id: 'retention',
      status: 'unknown',
      text: 'Some OpenAI models on Bedrock require retention for abuse detection; the reference does not say which — check this model’s page before choosing zero data retention.',
      source: PRIVACY_SOURCES.retention,
    };
  return { id: 'retention', status: 'unknown', text: 'The reference documents no retention requirement for this model; the account’s data_retention_mode applies.', source: PRIVACY_SOURCES.retention };
}

export function privacyFacts(s: Scenario, modelId: string, provider: string): PrivacyFact[] {
  return [
    { id: 'training', status: 'documented', text: 'Your prompts and answers are not used to train any model and are not shared with the model provider.', source: PRIVACY_SOURCES.training },
    {
      id: 'encryption',
      status: 'depends',
      text: 'Encrypted in transit (TLS 1.2+, AWS network between Regions). A synchronous call stores no prompt to encrypt at rest; your own log bucket, batch files, custom models and guardrails can use your KMS key.',
      source: `${PRIVACY_SOURCES.transit} ${PRIVACY_SOURCES.kms}`,
    },
    {
      id: 'logging',
      status: 'documented',
      text: s.logging
        ? 'Invocation logging is ON here: prompt and answer go to your own S3 bucket / CloudWatch log group, in your account and Region.'
        : 'Invocation logging is off (the default): the prompt text is stored nowhere.',
      source: PRIVACY_SOURCES.logging,
    },
    retentionFact(modelId, provider),
    { id: 'compliance', status: 'unknown', text: 'Compliance programs (e.g. SOC, ISO, HIPAA eligibility): not in this explorer’s reference — check AWS Artifact for Amazon Bedrock.', source: PRIVACY_SOURCES.compliance },
  ];
}
