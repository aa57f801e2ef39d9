/**
 * The view's exports. Each opens with the export context (link, app version, date, the sources and
 * as-of dates of the Bedrock prices used); every column or field names its unit.
 */
import { DEFAULTS } from '../../domain/breakeven/defaults.ts';
import { chartCaption, csvPreamble, type ExportContext } from '../../domain/export/export-context.ts';
import type { BreakEvenModel } from './break-even-model.ts';
import type { BreakEvenValues } from './break-even-params.ts';

function finite(n: number | null | undefined): number | null {
  return n !== null && n !== undefined && Number.isFinite(n) ? n : null;
}

/** Notes every export carries: what the figures rest on. */
export function exportNotes(m: BreakEvenModel): string[] {
  const notes = [
    'An always-on server bills every hour; utilization divides the tokens served, never the bill.',
    m.pairing.likeForLike
      ? `Like-for-like: ${m.pairing.bedrockName} on Bedrock against the same open weights self-hosted.`
      : `Not like-for-like: ${m.pairing.bedrockName} on Bedrock against ${m.pairing.selfName} self-hosted (different models).`,
  ];
  if (m.selfHost.throughput.override !== null) notes.push('Throughput per server is the user’s value, not the GPU model’s.');
  if (m.bedrock.price.override !== null) notes.push('The Bedrock blended price is the user’s value, not the catalog’s.');
  return notes;
}

/** Everything the page shows, as plain data, after the export context. */
export function breakEvenJson(v: BreakEvenValues, m: BreakEvenModel, context: ExportContext) {
  const r = m.results;
  const be = r?.breakEven;
  return {
    context,
    inputs: v,
    workload: {
      requestsPerDay: m.workload.requestsPerDay,
      tokensPerRequest: m.workload.tokensPerRequest,
      tokensPerMonth: m.workload.tokensPerMonth,
      hoursPerMonth: v.hours,
    },
    bedrock: {
      modelId: m.bedrock.model.id,
      model: m.bedrock.model.name,
      pricePoint: m.bedrock.quote.price.label,
      catalogBlendUsdPer1M: m.bedrock.price.derived,
      blendUsdPer1M: m.bedrock.price.value,
      blendIsOverride: m.bedrock.price.override !== null,
      priceSource: m.bedrock.quote.price.source,
      priceAsOf: m.bedrock.quote.price.asOf,
    },
    pairing: {
      likeForLike: m.pairing.likeForLike,
      closedWeights: m.pairing.closedWeights,
      counterpart: m.pairing.counterpart ? { model: m.pairing.counterpart.name, blendUsdPer1M: m.pairing.counterpart.pricePer1M, verdict: m.pairing.counterpart.verdict.sentence } : null,
    },
    selfHosting: {
      model: m.selfHost.modelName,
      accelerator: m.selfHost.accelerator.name,
      tensorParallel: m.selfHost.tensorParallel.value,
      maxSequencesPerBatch: v.seqs,
      ttftObjectiveSeconds: m.selfHost.ttftSeconds.value,
      tpotObjectiveMilliseconds: m.selfHost.tpotMs.value,
      throughputTokensPerSecond: m.selfHost.throughput.value,
      throughputIsOverride: m.selfHost.throughput.override !== null,
      throughputSource: m.selfHost.throughput.source,
      serverUsdPerMonth: r?.node ?? null,
      staffUsdPerMonth: r?.staffMonthly ?? null,
      tokensPerServerMonth: r?.capacityPerServer ?? null,
    },
    verdict: { sentence: m.verdict.sentence, whyTwoFigures: m.verdict.whyTwoFigures },
    results: r
      ? {
          serversNeeded: r.servers,
          selfHostUsdPerMonth: r.selfMonthly,
          bedrockUsdPerMonth: r.bedrockMonthly,
          selfHostUsdPer1MServed: finite(r.per1MServed),
          selfHostUsdPer1MFullUse: finite(r.per1MFullUse),
          utilizationShare0to1: finite(r.utilisation),
          breakEven:
            be?.kind === 'volume'
              ? {
                  never: false,
                  tokensPerMonth: be.tokensPerMonth,
                  requestsPerDay: m.verdict.firstBreakEvenRequestsPerDay,
                  sustainedFromTokensPerMonth: be.sustainedFromTokensPerMonth,
                  sustainedFromRequestsPerDay: m.verdict.sustainedRequestsPerDay,
                  servers: be.servers,
                }
              : { never: true, usdPer1MAtSafeLoad: r.per1MAtSafeLoad },
          breakEvenUtilizationShare0to1: finite(r.breakEvenUtilisation),
          ownVsRentGpuHoursPerMonth: { hardwareOnly: m.ownVsRent.hoursHardwareOnly, withStaff: m.ownVsRent.hoursWithStaff },
        }
      : null,
    provisioned: {
      model: m.provisioned.modelName,
      term: m.provisioned.term,
      modelUnits: m.provisioned.units,
      usdPerUnitHour: m.provisioned.rate,
      usdPerMonth: m.provisioned.result?.monthlyCost ?? null,
      breakEvenTokensPerMinute: m.provisioned.result?.breakEvenTokensPerMinute ?? null,
      breakEvenShareOfCapacity0to1: m.provisioned.result?.breakEvenShareOfCapacity ?? null,
      commitmentUsd: m.provisioned.commitmentTotal,
    },
    serveCost: m.serveCost
      ? {
          model: m.serveCost.modelName,
          servers: m.serveCost.servers.value,
          utilizationPercent: m.serveCost.utilizationPercent.value,
          ownedUsdPer1M: m.serveCost.owned,
          ownedUsdPer1MRange: { cheapest: m.serveCost.ownedCheapest.total, dearest: m.serveCost.ownedDearest.total },
          rentedAtEc2UsdPer1M: m.serveCost.rentedAtEc2?.total ?? null,
          speed: m.serveCost.speedLabel,
          bedrockUsdPer1M: m.serveCost.bedrockPricePer1M,
          grossMarginShare0to1: m.serveCost.margin,
        }
      : null,
    chart: m.chart ? { crossovers: m.chart.crossovers, selfHostSteps: m.chart.steps.slice(0, 200) } : null,
    sensitivity: m.tornado?.rows.map((row) => ({ ...row, atLow: finite(row.atLow), atHigh: finite(row.atHigh) })) ?? null,
    defaultsSources: Object.fromEntries(Object.entries(DEFAULTS).map(([k, d]) => [k, { value: d.value, source: d.source, asOf: d.asOf }])),
  };
}

function csvCell(x: unknown): string {
  const text = x === null || x === undefined ? '' : String(x);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A flat CSV after the context lines: section, name, value, unit, source. */
export function breakEvenCsv(v: BreakEvenValues, m: BreakEvenModel, context: ExportContext): string {
  const rows: unknown[][] = [['section', 'name', 'value', 'unit', 'source']];
  for (const [k, val] of Object.entries(v)) rows.push(['input', k, val, '', 'link parameter']);
  const t = m.selfHost.throughput;
  rows.push(['input', 'throughputTokensPerSecond', t.value, 'tokens/s', t.override !== null ? 'user' : t.source]);
  rows.push(['bedrock', 'blendUsdPer1M', m.bedrock.price.value, 'USD per 1M tokens', m.bedrock.price.override !== null ? 'user' : `${m.bedrock.quote.price.source} (${m.bedrock.quote.price.asOf})`]);
  rows.push(['result', 'tokensPerMonth', m.workload.tokensPerMonth, 'tokens', '']);
  const r = m.results;
  if (r) {
    rows.push(['result', 'serversNeeded', r.servers, 'servers', '']);
    rows.push(['result', 'selfHostUsdPerMonth', r.selfMonthly, 'USD', '']);
    rows.push(['result', 'bedrockUsdPerMonth', r.bedrockMonthly, 'USD', '']);
    rows.push(['result', 'selfHostUsdPer1MServed', finite(r.per1MServed), 'USD per 1M tokens', 'fleet cost ÷ tokens served (idle counted)']);
    rows.push(['result', 'selfHostUsdPer1MFullUse', finite(r.per1MFullUse), 'USD per 1M tokens', 'fleet cost ÷ tokens at full use']);
    rows.push(['result', 'utilizationPercent', finite(r.utilisation * 100), 'percent', '']);
    const be = r.breakEven;
    rows.push(['result', 'breakEvenTokensPerMonth', be.kind === 'volume' ? be.tokensPerMonth : 'never', 'tokens', '']);
    rows.push(['result', 'breakEvenRequestsPerDay', m.verdict.firstBreakEvenRequestsPerDay ?? 'never', 'requests', '']);
    rows.push(['result', 'sustainedBreakEvenRequestsPerDay', m.verdict.sustainedRequestsPerDay ?? 'never', 'requests', '']);
    rows.push(['result', 'breakEvenUtilizationPercent', finite(r.breakEvenUtilisation * 100), 'percent', '']);
    rows.push(['result', 'ownVsRentGpuHoursHardwareOnly', m.ownVsRent.hoursHardwareOnly, 'GPU-hours/month', '']);
    rows.push(['result', 'ownVsRentGpuHoursWithStaff', m.ownVsRent.hoursWithStaff, 'GPU-hours/month', '']);
  }
  rows.push(['verdict', 'sentence', m.verdict.sentence, '', '']);
  const pt = m.provisioned.result;
  if (pt) {
    rows.push(['provisioned', 'usdPerMonth', pt.monthlyCost, 'USD', '']);
    rows.push(['provisioned', 'breakEvenTokensPerMinute', pt.breakEvenTokensPerMinute, 'tokens/min', '']);
    rows.push(['provisioned', 'breakEvenShareOfCapacityPercent', pt.breakEvenShareOfCapacity === null ? null : pt.breakEvenShareOfCapacity * 100, 'percent', 'capacity from your AWS account team']);
  }
  const s = m.serveCost;
  if (s) {
    rows.push(['serveCost', 'ownedUsdPer1M', s.owned.total, 'USD per 1M tokens', `${s.servers.value} servers at ${s.utilizationPercent.value} % utilization`]);
    rows.push(['serveCost', 'ownedUsdPer1MCheapest', s.ownedCheapest.total, 'USD per 1M tokens', 'sourced ranges, cheap ends']);
    rows.push(['serveCost', 'ownedUsdPer1MDearest', s.ownedDearest.total, 'USD per 1M tokens', 'sourced ranges, dear ends']);
    if (s.rentedAtEc2) rows.push(['serveCost', 'rentedAtEc2UsdPer1M', s.rentedAtEc2.total, 'USD per 1M tokens', s.ec2Label]);
    if (s.margin) rows.push(['serveCost', 'grossMarginPercent', s.margin.central * 100, 'percent', `range ${(s.margin.low * 100).toFixed(1)} to ${(s.margin.high * 100).toFixed(1)}`]);
  }
  for (const row of m.tornado?.rows ?? []) {
    rows.push(['sensitivity', `${row.label} at ${row.lowValue} ${row.unit}`.trim(), Number.isFinite(row.atLow) ? row.atLow : 'never', 'break-even tokens/month', row.rangeSource]);
    rows.push(['sensitivity', `${row.label} at ${row.highValue} ${row.unit}`.trim(), Number.isFinite(row.atHigh) ? row.atHigh : 'never', 'break-even tokens/month', row.rangeSource]);
  }
  for (const row of m.chart?.table ?? []) {
    rows.push(['curve', row.label, row.selfPerMonth, 'USD/month self-hosting', `${row.tokensPerMonth} tokens/month on ${row.servers} servers; Bedrock ${row.bedrockPerMonth} USD/month`]);
  }
  return csvPreamble(context) + rows.map((row) => row.map(csvCell).join(',')).join('\n') + '\n';
}

/** Caption lines for a chart image: the scenario, then where it came from. */
export function breakEvenChartCaption(m: BreakEvenModel, context: ExportContext): string[] {
  return chartCaption(context, `${m.summary}. ${m.verdict.sentence}`);
}
