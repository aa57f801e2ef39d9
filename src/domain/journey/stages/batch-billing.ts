import { formatPercent } from '../../format/percent.ts';
import { formatPrice, formatUsd } from '../../format/money.ts';
import { BATCH_SOURCES } from '../batch-facts.ts';
import type { BatchContext } from '../batch-context.ts';
import type { BatchPricing, PricedJob } from '../batch-price.ts';
import { costCode } from '../batch-snippets.ts';
import type { StageBuilder } from '../pipeline.ts';

const PART = { input: 'input', output: 'output', cacheRead: 'cache read', cacheWrite: 'cache write' } as const;

function lines(job: PricedJob, records: number): string[] {
  if (!job.ok) return [`  ${job.reason}`];
  return [
    ...job.lines.map(
      (l) =>
        `  ${PART[l.part].padEnd(7)} ${l.tokensPerRecord.toLocaleString('en-US').padStart(7)} tokens × ${records.toLocaleString('en-US')} records × ${formatPrice(l.pricePer1M)} / 1M${l.derived ? `  (${l.derived})` : ''}`,
    ),
    `  total   ${formatUsd(job.totalUsd)}  (${formatUsd(job.perRecordUsd)} per record)`,
  ];
}

/** The price block of the billing stage: batch card, on-demand card and what batch saves. */
export function billingText(p: BatchPricing): string {
  const out = [
    `Batch (${p.batch.ok ? p.batch.label : 'no price'}):`,
    ...lines(p.batch, p.records),
    '',
    `On-demand for comparison (${p.onDemand.ok ? p.onDemand.label : 'no price'}):`,
    ...lines(p.onDemand, p.records),
    '',
    'Cache read / cache write tokens: 0 — batch has no prompt caching.',
  ];
  if (p.batchShareOfOnDemand !== null) out.push(`Batch costs ${formatPercent(p.batchShareOfOnDemand, 0)} of on-demand for these records.`);
  return out.join('\n');
}

/** One sentence on the price, for the narration and the job panel. */
export function priceSentence(p: BatchPricing, modelName: string): string {
  if (!p.batch.ok) return `${p.batch.reason} On-demand, these records would cost ${p.onDemand.ok ? formatUsd(p.onDemand.totalUsd) : 'an amount the catalog cannot price either'}.`;
  const share = p.batchShareOfOnDemand;
  return `At ${modelName}’s batch price the ${p.records.toLocaleString('en-US')} records billed cost ${formatUsd(p.batch.totalUsd)}${
    p.onDemand.ok && share !== null ? ` — ${formatPercent(share, 0)} of the ${formatUsd(p.onDemand.totalUsd)} they would cost on-demand` : ''
  }${p.batch.derivedFrom ? ` (batch price derived: ${p.batch.derivedFrom})` : ''}.`;
}

/** 7. Billing: token counts at the batch price where one is published, never the text. */
export const batchBillingStage: StageBuilder<BatchContext> = (ctx, clock) => {
  const { s, model } = ctx;
  const p = ctx.pricing;
  const billedNote =
    ctx.o.failure === 'partial'
      ? ` Only the ${ctx.outcome.processed.toLocaleString('en-US')} records done are priced: the stop rule, applied to a job out of time.`
      : ctx.o.failure === 'record-error'
        ? ' The failed record is priced at zero: whether it is billed is not in the explorer’s reference.'
        : '';
  return {
    kind: 'next',
    stage: {
      id: 'batch-billing',
      title: p && !p.batch.ok ? 'Billing: no batch price published' : 'Billing: the batch price',
      actor: 'AWS billing',
      account: 'service',
      accountLabel: 'Bedrock service (operated by AWS)',
      region: s.region,
      transport: 'aws-network',
      checks: 'Meters the job’s input and output tokens (no cache tokens) at the model’s batch price.',
      visibility: { level: 'not-read', badge: 'Billing sees token counts, never the text' },
      stores: [{ where: 'Billing (AWS)', what: 'Model, Region, batch input and output token counts', owner: 'service', containsPromptText: false }],
      startMs: clock.atMs,
      endMs: clock.atMs,
      when: 'For the tokens processed (a stopped job: only those already processed)',
      payloadTitle: 'The job’s price, from the catalog',
      payload: p ? billingText(p) : 'No catalog price was given to this trace.',
      code: costCode(s.region, ctx.manifestKey, p?.batch ?? { ok: false, reason: '' }, model.name),
      narration: {
        text: `${p ? priceSentence(p, model.name) : ''} Batch bills input and output tokens like on-demand, with no cache tokens (no prompt caching in batch); AWS states batch at 50 % of on-demand. A stopped job is charged only for tokens already processed.`,
        simplification: [p && !p.batch.ok ? 'A price that is not published is not guessed, though batch at 50 % is likely for more models.' : '', billedNote.trim()].filter(Boolean).join(' ') || undefined,
        sources: [BATCH_SOURCES.price, BATCH_SOURCES.noCache, BATCH_SOURCES.stop, ...(p?.batch.ok ? [`Catalog price point: ${p.batch.sources.join('; ')} (as of ${p.batch.asOf})`] : [])],
      },
    },
  };
};
