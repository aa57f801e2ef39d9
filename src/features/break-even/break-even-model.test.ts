import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { catalogFromJsonText, SHIPPED_CATALOG_PATH } from '../../domain/catalog/catalog-schema.ts';
import { buildExportContext } from '../../domain/export/export-context.ts';
import { defaultsOf, parseQuery } from '../../domain/url/query-params.ts';
import { BREAK_EVEN_PARAMS, type BreakEvenValues } from './break-even-params.ts';
import { buildBreakEvenModel, patchForModelPick } from './break-even-model.ts';
import { breakEvenChartCaption, breakEvenCsv, breakEvenJson, exportNotes } from './break-even-export.ts';

const catalog = catalogFromJsonText(readFileSync(SHIPPED_CATALOG_PATH, 'utf8'));

const LLAMA_70B = 'llama-3-3-70b-instruct';

function values(query = ''): BreakEvenValues {
  const { values: v, ignored } = parseQuery(query, BREAK_EVEN_PARAMS);
  expect(ignored).toEqual([]);
  return v;
}

function model(query = '', shared: string | null = null) {
  return buildBreakEvenModel(values(query), catalog, shared);
}

describe('the starting model and its pairing', () => {
  it('starts from the app’s default model (Claude Sonnet 4.6) and says honestly that it cannot be self-hosted', () => {
    const m = model();
    expect(m.bedrock.model.name).toMatch(/Sonnet 4\.6/);
    expect(m.unknownModels).toEqual([]);
    expect(m.pairing.likeForLike).toBe(false);
    expect(m.pairing.closedWeights).toBe(true);
    // The like-for-like comparison is offered beside it: the self-hosted model's own Bedrock price.
    expect(m.pairing.counterpart?.name).toMatch(/Llama 3\.3 70B/);
    expect(m.pairing.counterpart?.pricePer1M).toBeCloseTo(0.72, 9);
    expect(m.pairing.counterpart?.verdict.sentence).toMatch(/^At 100,000 requests a day Llama 3\.3 70B Instruct on Bedrock is/);
  });

  it('lets the link win, then the model picked last in any view, then the default', () => {
    expect(model(`model=${LLAMA_70B}`, 'claude-haiku-4-5').bedrock.model.id).toBe(LLAMA_70B);
    expect(model('', 'claude-haiku-4-5').bedrock.model.id).toBe('claude-haiku-4-5');
    // A link from before catalog v2 names the bare Bedrock model ID: it still resolves.
    expect(model('model=meta.llama3-3-70b-instruct-v1:0').bedrock.model.id).toBe(LLAMA_70B);
    expect(model('', 'no-such-model').bedrock.model.name).toMatch(/Sonnet 4\.6/);
  });

  it('names a link model the catalog lacks and shows the starting model instead', () => {
    const m = model('model=gpt-9');
    expect(m.unknownModels).toEqual(['gpt-9']);
    expect(m.bedrock.model.name).toMatch(/Sonnet 4\.6/);
  });

  it('pairs an open-weight Bedrock model with the same weights unless the link picks another', () => {
    const m = model(`model=${LLAMA_70B}`);
    expect(m.pairing.likeForLike).toBe(true);
    expect(m.pairing.counterpart).toBeNull();
    expect(m.selfHost.modelId).toBe(LLAMA_70B);
    expect(model('model=llama-3-1-8b-instruct').selfHost.modelId).toBe('llama-3-1-8b-instruct');
    expect(model('model=llama-3-1-8b-instruct&self=llama-3-1-70b-instruct').pairing.likeForLike).toBe(false);
    // A self-hosted id from a link older than catalog v2 still reads.
    expect(model('self=llama-3.1-70b').selfHost.modelId).toBe('llama-3-1-70b-instruct');
    expect(patchForModelPick(catalog, 'llama-3-1-8b-instruct')).toEqual({ model: 'llama-3-1-8b-instruct', price: null, self: null });
    expect(patchForModelPick(catalog, 'claude-sonnet-4-6')).toEqual({ model: 'claude-sonnet-4-6', price: null });
  });
});

describe('derived defaults and overrides', () => {
  it('uses the catalog’s blended price until the user types one, and keeps the catalog’s beside it', () => {
    const base = model(`model=${LLAMA_70B}`);
    expect(base.bedrock.price).toEqual({ derived: 0.72, override: null, value: 0.72 });
    const own = model(`model=${LLAMA_70B}&price=0.5`);
    expect(own.bedrock.price).toEqual({ derived: 0.72, override: 0.5, value: 0.5 });
    expect(own.results!.bedrockMonthly).toBeCloseTo((0.5 * own.workload.tokensPerMonth) / 1e6, 6);
  });

  it('prices the chosen service tier where the model has it, and says so where it does not', () => {
    const standard = model('model=gpt-oss-120b');
    expect(standard.bedrock.tierOptions.map((t) => [t.value, t.available])).toEqual([
      ['standard', true],
      ['flex', false],
      ['priority', false],
    ]);
    // gpt-oss-120b's Flex and Priority rows publish an input price only: never priced as if output were free.
    const flex = model('model=gpt-oss-120b&tier=flex');
    expect(flex.bedrock.quote.price.tier).toBe('standard');
    expect(flex.bedrock.price.value).toBeCloseTo(standard.bedrock.price.value, 12);
    expect(flex.bedrock.quote.warnings[0]).toContain('Flex price is not fully published');
    expect(model('model=claude-sonnet-4-6&tier=priority').bedrock.quote.warnings[0]).toContain('No Priority price is published for Claude Sonnet 4.6');
  });

  it('prices batch at the batch card (Llama 3.3 70B $0.36/$0.36) and refuses cache shares a model cannot price', () => {
    expect(model(`model=${LLAMA_70B}&batch=100`).bedrock.price.derived).toBeCloseTo(0.36, 12);
    expect(model(`model=${LLAMA_70B}&batch=50`).bedrock.price.derived).toBeCloseTo(0.54, 12);
    const cached = model(`model=${LLAMA_70B}&cacheRead=50`);
    expect(cached.bedrock.price.derived).toBeCloseTo(0.72, 12);
    expect(cached.bedrock.quote.warnings.join(' ')).toContain('does not offer prompt caching');
  });

  it('takes throughput from the GPU model until overridden; the default follows the server', () => {
    const eight = model(`model=${LLAMA_70B}`);
    const four = model(`model=${LLAMA_70B}&gpus=4`);
    expect(eight.selfHost.throughput.override).toBeNull();
    expect(eight.selfHost.throughput.derived).toBeGreaterThan(0);
    expect(four.selfHost.throughput.derived).not.toBeCloseTo(eight.selfHost.throughput.derived!, 0);
    const typed = model(`model=${LLAMA_70B}&tps=5000`);
    expect(typed.selfHost.throughput.value).toBe(5000);
    expect(typed.selfHost.throughput.derived).toBeCloseTo(eight.selfHost.throughput.derived!, 6);
  });

  it('refuses, with the numbers, a model that does not fit, and shows no fleet results', () => {
    const m = model('model=llama-3-1-405b-instruct&gpus=2');
    expect(m.selfHost.throughput.derived).toBeNull();
    expect(m.selfHost.throughput.gap).toMatch(/does not fit on 2 × NVIDIA H100/);
    expect(m.results).toBeNull();
    expect(m.chart).toBeNull();
    expect(m.verdict.cheaper).toBe('unknown');
  });
});

describe('honest defaults: throughput at a latency objective on the chosen accelerator', () => {
  it('holds the server to MLPerf’s server limits for the model class, and says the mapping is an assumption', () => {
    const s = model(`model=${LLAMA_70B}`).selfHost;
    expect(s.ttftSeconds).toEqual({ derived: 2, override: null, value: 2 });
    expect(s.tpotMs).toEqual({ derived: 200, override: null, value: 200 });
    expect(s.throughput.server.objective.mapping).toContain('assumption');
    expect(s.throughput.derived!).toBeLessThanOrEqual(s.throughput.server.unconstrainedTotalTokensPerSecond! * (1 + 1e-12));
  });

  it('a tighter objective and a smaller batch cap never raise the throughput', () => {
    const base = model(`model=${LLAMA_70B}`).selfHost.throughput.derived!;
    expect(model(`model=${LLAMA_70B}&ttft=0.45&tpot=40`).selfHost.throughput.derived!).toBeLessThan(base);
    expect(model(`model=${LLAMA_70B}&seqs=32`).selfHost.throughput.derived!).toBeLessThan(base);
  });

  it('choosing B200 changes the throughput, the server price and the break-even', () => {
    const h100 = model(`model=${LLAMA_70B}&peak=1`);
    const b200 = model(`model=${LLAMA_70B}&peak=1&acc=b200`);
    expect(b200.selfHost.accelerator.id).toBe('b200');
    expect(b200.selfHost.throughput.derived!).toBeGreaterThan(h100.selfHost.throughput.derived!);
    expect(b200.selfHost.prices.gpuPerHour.derived).toBeCloseTo(113.9328 / 8, 9);
    expect(b200.selfHost.node.total).toBeCloseTo((113.9328 / 8) * 8 * 730, 6);
    expect(b200.results!.breakEven).not.toEqual(h100.results!.breakEven);
    expect(b200.verdict.sentence).not.toBe(h100.verdict.sentence);
  });

  it('has no sourced purchase price for a B200 server: buying needs the user’s quote', () => {
    const m = model(`model=${LLAMA_70B}&acc=b200&mode=buy`);
    expect(m.selfHost.prices.serverPrice.derived).toBeNull();
    expect(m.selfHost.prices.serverPrice.gap).toContain('No sourced purchase price');
    expect(m.results).toBeNull();
    expect(model(`model=${LLAMA_70B}&acc=b200&mode=buy&srv=500000`).results).not.toBeNull();
  });

  it('takes the tensor-parallel degree from the user, and refuses a replica wider than the server', () => {
    const m = model(`model=${LLAMA_70B}&tp=8`);
    expect(m.selfHost.tensorParallel).toMatchObject({ override: 8, value: 8 });
    expect(m.selfHost.throughput.server.replicas).toBe(1);
    expect(model(`model=${LLAMA_70B}&tp=8&gpus=4`).selfHost.throughput.gap).toContain('more than the 4 in a server');
  });
});

describe('what a token costs to serve', () => {
  it('defaults to your fleet at the safe average load, and follows a typed fleet and utilization', () => {
    const m = model(`model=${LLAMA_70B}`);
    const s = m.serveCost!;
    expect(s.utilizationPercent).toEqual({ derived: 50, override: null, value: 50 });
    expect(s.servers.derived).toBe(m.results!.servers);
    const big = model(`model=${LLAMA_70B}&fleet=1000&util=80`).serveCost!;
    expect(big.owned.staff).toBeLessThan(s.owned.staff / 100);
    expect(big.owned.hardware).toBeCloseTo((s.owned.hardware * 50) / 80, 9);
    expect(big.margin!.central).toBeGreaterThan(s.margin!.central);
    expect(s.margin!.low).toBeLessThanOrEqual(s.margin!.central);
    expect(s.margin!.high).toBeGreaterThanOrEqual(s.margin!.central);
  });

  it('costs a closed model on its calibrated stand-in, says so, and compares with its own Bedrock price', () => {
    const s = model('model=claude-sonnet-4-6').serveCost!;
    expect(s.modelName).toBe('Claude Sonnet 4.6');
    expect(s.closedWeights).toBe(true);
    expect(s.speedLabel).toMatch(/calibrated|assumption/);
    expect(s.bedrockPricePer1M).toBeCloseTo(model('model=claude-sonnet-4-6').bedrock.price.value, 12);
  });
});

describe('the TCO reference’s worked examples through the whole view model', () => {
  it('example 1: renting p5 against $0.72/M at MLPerf throughput breaks even at 86.57 % utilization', () => {
    const m = model(`model=${LLAMA_70B}&basis=instance&tps=24528.3&load=100&peak=1&spare=0&fte=0`);
    expect(m.selfHost.inputs.instancePricePerHour).toBe(55.04);
    expect(m.results!.breakEvenUtilisation).toBeCloseTo(0.8657, 4);
    expect(m.results!.per1MAtSafeLoad).toBeCloseTo(0.6233, 4);
  });

  it('example 1 with vLLM 0.5.4 throughput never breaks even, and the verdict says so', () => {
    const m = model(`model=${LLAMA_70B}&basis=instance&tps=2572.8&load=100&peak=1&spare=0&fte=0`);
    expect(m.results!.breakEven.kind).toBe('never');
    expect(m.verdict.sentence).toContain('never break even');
    expect(m.verdict.sentence).toContain('$5.94 per 1M');
  });

  it('example 2: two owned servers break even at 32.28B tokens a month; the cost to serve at 50 % is $1.1055/M', () => {
    const m = model(`model=${LLAMA_70B}&mode=buy&srv=300000&tps=8000&load=100&peak=1&spare=0&fte=0.5&fleet=2&util=50`);
    expect(m.selfHost.node.total).toBeCloseTo(7454.01, 2);
    const be = m.results!.breakEven;
    expect(be.kind).toBe('volume');
    if (be.kind === 'volume') expect(be.tokensPerMonth / 1e9).toBeCloseTo(32.28, 2);
    expect(m.serveCost!.owned.total).toBeCloseTo(1.1055, 4);
    expect(m.serveCost!.margin!.central).toBeCloseTo((0.72 - 1.1055) / 0.72, 3);
    // 2b: own vs rent at the default p5 price.
    expect(m.ownVsRent.hoursHardwareOnly).toBeCloseTo(135.4, 1);
  });

  it('example 3: Claude Instant provisioned throughput, 1-month $28,908 and 550,000 TPM; 6-month 305,556 TPM', () => {
    const one = model('in=3000&out=1000');
    expect(one.provisioned.modelName).toMatch(/Claude Instant/);
    expect(one.provisioned.catalogRate).toBe(39.6);
    expect(one.provisioned.result!.monthlyCost).toBeCloseTo(28_908, 6);
    expect(one.provisioned.result!.breakEvenTokensPerMinute).toBeCloseTo(550_000, 0);
    const six = model('in=3000&out=1000&term=6-month');
    expect(six.provisioned.result!.breakEvenTokensPerMinute).toBeCloseTo(305_556, 0);
    expect(six.provisioned.commitmentTotal).toBeCloseTo(96_360, 6);
  });

  it('reads the term as /pricing’s old links spelled it', () => {
    expect(values('term=sixMonth').term).toBe('6-month');
    expect(values('term=oneMonth').term).toBe('1-month');
    expect(values('term=1-month').term).toBe('1-month');
  });
});

describe('what the page shows at the defaults', () => {
  const m = model(`model=${LLAMA_70B}`);
  const r = m.results!;

  it('states the verdict at the user’s volume with both figures, consistent with the fleet results', () => {
    expect(m.verdict.cheaper).toBe(r.bedrockMonthly < r.selfMonthly ? 'bedrock' : 'self-hosting');
    expect(m.verdict.sentence.startsWith('At 100,000 requests a day ')).toBe(true);
    if (r.breakEven.kind === 'volume') {
      expect(m.verdict.firstBreakEvenRequestsPerDay).toBeCloseTo((r.breakEven.tokensPerMonth / 1300) * (24 / 730), 6);
    }
  });

  it('gives cost per 1M both ways: served (idle counted) is full-use ÷ utilization', () => {
    expect(r.per1MServed).toBeCloseTo(r.per1MFullUse / r.utilisation, 9);
    expect(r.per1MServed).toBeGreaterThan(r.per1MFullUse);
  });

  it('puts peak-to-average, redundancy and on-call staff in the tornado', () => {
    const keys = m.tornado!.rows.map((row) => row.key);
    expect(keys).toEqual(expect.arrayContaining(['peak', 'redundant', 'staff', 'throughput', 'gpuPrice', 'apiPrice']));
  });

  it('draws the user’s volume in the chart table and a staircase that never steps down', () => {
    const c = m.chart!;
    expect(c.table.some((row) => row.label === 'Your volume' && row.tokensPerMonth === m.workload.tokensPerMonth)).toBe(true);
    for (let k = 1; k < c.steps.length; k++) expect(c.steps[k]!.costPerMonth).toBeGreaterThanOrEqual(c.steps[k - 1]!.costPerMonth);
    for (const x of c.crossovers) expect(x.costPerMonth).toBeCloseTo((0.72 * x.tokensPerMonth) / 1e6, 6);
  });

  it('shows the formulas with the scenario’s numbers', () => {
    expect(m.formulas.find((l) => l.name === 'Servers needed')?.value).toBe(String(r.servers));
  });
});

describe('exports', () => {
  const v = values(`model=${LLAMA_70B}&tps=5000`);
  const m = buildBreakEvenModel(v, catalog, null);
  const ctx = buildExportContext({
    appVersion: '1.2.3',
    exportedAt: new Date('2026-12-02T10:00:00Z'),
    view: '/break-even',
    link: 'http://x/break-even?tps=5000',
    priceSources: m.priceSources,
    notes: exportNotes(m),
  });

  it('open the CSV with the context and the price sources, then a header whose columns have units', () => {
    const csv = breakEvenCsv(v, m, ctx);
    const lines = csv.split('\n');
    expect(lines[0]).toBe('# Bedrock Explorer 1.2.3, /break-even, exported 2026-12-02T10:00:00.000Z');
    expect(lines[1]).toBe('# link: http://x/break-even?tps=5000');
    expect(csv).toMatch(/# price: Llama 3\.3 70B Instruct \(.+\) from .+, as of \d{4}-\d{2}-\d{2}/);
    expect(csv).toContain('# note: Throughput per server is the user’s value');
    expect(lines.find((l) => !l.startsWith('#'))).toBe('section,name,value,unit,source');
    expect(csv).toContain('result,selfHostUsdPer1MServed,');
    expect(csv).toContain('input,throughputTokensPerSecond,5000,tokens/s,user');
  });

  it('put the context first in the JSON, with units in the field names', () => {
    const json = breakEvenJson(v, m, ctx);
    expect(Object.keys(json)[0]).toBe('context');
    expect(json.context.priceSources[0]).toMatchObject({ model: 'Llama 3.3 70B Instruct' });
    expect(json.results?.utilizationShare0to1).toBeCloseTo(m.results!.utilisation, 12);
    expect(json.selfHosting.throughputIsOverride).toBe(true);
  });

  it('caption a chart image with the scenario and where it came from', () => {
    const [scenario, origin] = breakEvenChartCaption(m, ctx);
    expect(scenario).toContain('Llama 3.3 70B Instruct on Bedrock');
    expect(scenario).toContain(m.verdict.sentence);
    expect(origin).toBe('Bedrock Explorer 1.2.3 · exported 2026-12-02 · http://x/break-even?tps=5000');
  });
});

describe('hostile links', () => {
  it('fall back to the defaults for every key they name', () => {
    const { values: v, ignored } = parseQuery('model=__proto__&self=constructor&term=toString&fleet=1.5&util=0', BREAK_EVEN_PARAMS);
    expect(ignored.map((i) => i.key).sort()).toEqual(['fleet', 'self', 'term', 'util']);
    expect(v).toEqual({ ...defaultsOf(BREAK_EVEN_PARAMS), model: '__proto__' });
    // A model id shaped like a built-in property is just a model the catalog lacks.
    const m = buildBreakEvenModel(v, catalog, '__proto__');
    expect(m.unknownModels).toEqual(['__proto__']);
    expect(m.bedrock.model.name).toMatch(/Sonnet 4\.6/);
  });
});
