import { invokeModelId } from '../../domain/catalog/catalog-lookup.ts';
import { DEFAULTS } from '../../domain/breakeven/defaults.ts';
import { apiMonthly, selfHostMonthly, selfHostSteps, serversNeeded } from '../../domain/breakeven/self-hosting.ts';
import type { Scenario, Values } from './resolve-scenario.ts';
import { chartRange } from './chart-range.ts';

function finite(n: number): number | null {
  return Number.isFinite(n) ? n : null;
}

/** Everything the page shows, as plain data: inputs, results, chart series and sources. */
export function scenarioJson(v: Values, s: Scenario, url: string) {
  const be = s.breakEven;
  const xMax = s.usable ? chartRange(s, v.zoom) : 0;
  return {
    tool: 'Bedrock Explorer — break-even',
    link: url,
    inputs: { ...v, throughputTokensPerSecond: s.throughput, throughputSource: v.tps === null ? 'roofline model' : 'user' },
    bedrock: {
      modelId: invokeModelId(s.bedrockModel),
      pricePoint: s.pricePoint.label,
      catalogBlendPer1M: s.catalogBlend,
      blendedPricePer1M: s.apiPrice,
      priceSource: s.pricePoint.source,
      priceAsOf: s.pricePoint.asOf,
    },
    selfHosting: {
      model: s.selfModel.name,
      likeForLike: s.likeForLike,
      serverMonthly: s.node,
      staffMonthly: s.staff,
      tokensPerServerMonth: s.capacityPerServer,
    },
    results: {
      tokensPerMonth: s.volume,
      serversNeeded: s.servers,
      selfHostMonthly: finite(s.selfMonthly),
      bedrockMonthly: s.apiMonthly,
      selfPer1M: finite(s.selfPer1M),
      utilisation: finite(s.utilisation),
      breakEven:
        be === null
          ? null
          : be.kind === 'never'
            ? { never: true, costPer1MAtMaxLoad: be.costPer1MAtMaxLoad }
            : {
                never: false,
                tokensPerMonth: be.tokensPerMonth,
                requestsPerDay: s.requestsPerDayAt(be.tokensPerMonth),
                sustainedFromTokensPerMonth: be.sustainedFromTokensPerMonth,
                servers: be.servers,
              },
      breakEvenUtilisation: finite(s.breakEvenUtilisation),
      ownVsRentGpuHours: { hardwareOnly: s.ownVsRent.hoursNoStaff, withStaff: s.ownVsRent.hoursWithStaff },
      provisioned: s.provisioned.result,
    },
    chart: s.usable
      ? {
          crossovers: s.crossoversUpTo(xMax),
          selfHostSteps: selfHostSteps(s.inputs, xMax).slice(0, 200),
        }
      : null,
    sensitivity: s.sensitivity?.rows.map((r) => ({ ...r, atLow: finite(r.atLow), atHigh: finite(r.atHigh) })) ?? null,
    defaultsSources: Object.fromEntries(Object.entries(DEFAULTS).map(([k, d]) => [k, { value: d.value, source: d.source, asOf: d.asOf }])),
  };
}

function csvCell(x: unknown): string {
  const text = x === null || x === undefined ? '' : String(x);
  return /[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A flat CSV: one section per block, then the cost curve sampled at each server step. */
export function scenarioCsv(v: Values, s: Scenario, url: string): string {
  const rows: unknown[][] = [['section', 'name', 'value', 'unit', 'source']];
  rows.push(['link', 'url', url, '', '']);
  for (const [k, val] of Object.entries(v)) rows.push(['input', k, val, '', '']);
  rows.push(['input', 'throughputTokensPerSecond', s.throughput, 'tokens/s', v.tps === null ? 'roofline model' : 'user']);
  rows.push(['bedrock', 'blendedPricePer1M', s.apiPrice, 'USD per 1M tokens', `${s.pricePoint.source} (${s.pricePoint.asOf})`]);
  rows.push(['result', 'tokensPerMonth', s.volume, 'tokens', '']);
  rows.push(['result', 'serversNeeded', s.servers, 'servers', '']);
  rows.push(['result', 'selfHostMonthly', finite(s.selfMonthly), 'USD', '']);
  rows.push(['result', 'bedrockMonthly', s.apiMonthly, 'USD', '']);
  rows.push(['result', 'selfHostPer1M', finite(s.selfPer1M), 'USD per 1M tokens', '']);
  const be = s.breakEven;
  rows.push(['result', 'breakEvenTokensPerMonth', be?.kind === 'volume' ? be.tokensPerMonth : 'never', 'tokens', '']);
  rows.push(['result', 'breakEvenRequestsPerDay', be?.kind === 'volume' ? s.requestsPerDayAt(be.tokensPerMonth) : 'never', 'requests', '']);
  rows.push(['result', 'breakEvenUtilisation', finite(s.breakEvenUtilisation), 'share', '']);
  rows.push(['result', 'ownVsRentGpuHoursHardwareOnly', s.ownVsRent.hoursNoStaff, 'GPU-hours/month', '']);
  rows.push(['result', 'ownVsRentGpuHoursWithStaff', s.ownVsRent.hoursWithStaff, 'GPU-hours/month', '']);
  const pt = s.provisioned.result;
  if (pt) {
    rows.push(['provisioned', 'monthlyCost', pt.monthlyCost, 'USD', '']);
    rows.push(['provisioned', 'breakEvenTokensPerMinute', pt.breakEvenTokensPerMinute, 'tokens/min', '']);
    rows.push(['provisioned', 'breakEvenShareOfCapacity', pt.breakEvenShareOfCapacity, 'share', 'capacity from your AWS account team']);
  }
  for (const r of s.sensitivity?.rows ?? []) {
    rows.push(['sensitivity', `${r.label} low ${r.lowValue}`, Number.isFinite(r.atLow) ? r.atLow : 'never', 'tokens/month', r.rangeSource]);
    rows.push(['sensitivity', `${r.label} high ${r.highValue}`, Number.isFinite(r.atHigh) ? r.atHigh : 'never', 'tokens/month', r.rangeSource]);
  }
  if (s.usable) {
    const xMax = chartRange(s, v.zoom);
    for (const st of selfHostSteps(s.inputs, xMax).slice(0, 200)) {
      const t = Math.max(st.tokensPerMonth, 1);
      rows.push(['curve', `${t} tokens/month`, `self ${selfHostMonthly(s.inputs, t)}; bedrock ${apiMonthly(s.apiPrice, t)}; servers ${serversNeeded(s.inputs, t)}`, 'USD/month', '']);
    }
  }
  return rows.map((r) => r.map(csvCell).join(',')).join('\n') + '\n';
}
