/**
 * The privacy rule on the batch walk. Unlike a synchronous call, batch keeps your prompts and the
 * answers at rest — in your own S3 buckets, in your account — so the panel says where, under whose key,
 * who can read them and for how long, each with its source or "not in the reference".
 */
import { BATCH_SOURCES } from './batch-facts.ts';
import { PRIVACY_SOURCES, retentionFact, type PrivacyFact } from './privacy.ts';

export function batchPrivacyFacts(opts: { kms: boolean; modelId: string; provider: string; region: string }): PrivacyFact[] {
  return [
    { id: 'training', status: 'documented', text: 'Your records and results are not used to train any model and are not shared with the model provider.', source: PRIVACY_SOURCES.training },
    {
      id: 'at-rest',
      status: 'documented',
      text: `At rest in YOUR S3 bucket, in your account and ${opts.region}: the input JSONL (prompts) before the job, the output JSONL (prompts again, with the answers) and manifest.json.out after it. They stay until you delete them.`,
      source: `${BATCH_SOURCES.input} ${BATCH_SOURCES.results}`,
    },
    {
      id: 'kms',
      status: 'depends',
      text: opts.kms
        ? 'The output is encrypted with your KMS key (s3EncryptionKeyId in the job’s output config): reading it needs kms:Decrypt on that key as well as S3 access. The input file is encrypted as your bucket is configured.'
        : 'No s3EncryptionKeyId is set: the output is encrypted as your bucket is configured. Set your KMS key to control who can decrypt it.',
      source: `${BATCH_SOURCES.kms} ${PRIVACY_SOURCES.kms}`,
    },
    {
      id: 'readers',
      status: 'depends',
      text: 'Who can read the files: whoever your bucket policy, IAM and key policy allow. The Bedrock service reads the input and writes the output through the service role you pass (roleArn); the model provider has no access.',
      source: `${BATCH_SOURCES.role} ${PRIVACY_SOURCES.training}`,
    },
    {
      id: 'network',
      status: 'depends',
      text: 'The job can reach your data through your VPC (vpcConfig: subnets and security groups) instead of the public S3 endpoints; encrypted in transit either way.',
      source: `${BATCH_SOURCES.vpc} ${PRIVACY_SOURCES.transit}`,
    },
    {
      id: 'service-copy',
      status: 'unknown',
      text: 'What the service keeps while a job runs, and whether invocation logging records batch records, is not in the reference (logging is documented for the runtime APIs); the output file is itself a full record of prompts and answers.',
      source: `${PRIVACY_SOURCES.logging} Batch: not in the reference.`,
    },
    retentionFact(opts.modelId, opts.provider),
    { id: 'compliance', status: 'unknown', text: 'Compliance programs (e.g. SOC, ISO, HIPAA eligibility): not in this explorer’s reference — check AWS Artifact for Amazon Bedrock.', source: PRIVACY_SOURCES.compliance },
  ];
}
