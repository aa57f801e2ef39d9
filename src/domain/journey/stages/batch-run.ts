import { BATCH_SOURCES } from '../batch-facts.ts';
import type { BatchContext } from '../batch-context.ts';
import { pollCode } from '../batch-snippets.ts';
import type { StageBuilder } from '../pipeline.ts';
import { SRC } from '../sources.ts';
import { json } from '../trace-context.ts';

/** 5. InProgress: Bedrock reads the records with your role and runs each through the model. */
export const batchRunStage: StageBuilder<BatchContext> = (ctx, clock) => {
  const { s, o, model, names } = ctx;
  const partial = o.failure === 'partial';
  const done = ctx.outcome.processed.toLocaleString('en-US');
  return {
    kind: 'next',
    stage: {
      id: 'batch-run',
      title: partial ? 'InProgress, until the window closes' : 'InProgress: the model runs every record',
      actor: `${model.name}, run by Bedrock`,
      account: 'deployment',
      accountLabel: ctx.deploymentLabel,
      region: s.region,
      transport: 'aws-network',
      checks: `Reads each line with the service role and runs its modelInput through ${model.name}: ${ctx.inputTokensPerRecord.toLocaleString('en-US')} input and up to ${ctx.outputTokensPerRecord.toLocaleString('en-US')} output tokens per record, no prompt cache.`,
      visibility: { level: 'in-memory', badge: `Readable by: the model, in GPU memory — not ${model.provider}` },
      stores: [],
      startMs: clock.atMs,
      endMs: clock.atMs,
      when: partial
        ? `The ${o.timeoutHours}-hour window closes after ${done} of ${o.records.toLocaleString('en-US')} records`
        : `Inside the ${o.timeoutHours}-hour window; how long it takes is not published`,
      payloadTitle: 'The first record as the model receives it (modelInput)',
      payload: json(ctx.record.modelInput),
      code: pollCode(s.region, names.jobArn),
      narration: {
        text: `InProgress: Bedrock reads your records through the service role and runs each modelInput through ${model.name}, as ${o.invocationType} would. No prompt caching in batch: every prompt, system prompt included, is billed as plain input. ${model.provider} has no access to the records.${
          partial ? ` The ${o.timeoutHours}-hour timeout is reached after ${done} records; the rest are not processed.` : ''
        }`,
        simplification: `Batch is often said to run on spare capacity; where it runs is not in the explorer’s reference, and no batch speed is modelled.${
          partial ? ` The share done (${o.donePercent} %) is your assumption.` : ''
        }`,
        sources: [BATCH_SOURCES.states, BATCH_SOURCES.noCache, SRC.dataProtection],
      },
    },
  };
};
