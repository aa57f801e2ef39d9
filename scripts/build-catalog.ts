/**
 * Builds public/data/catalog.v1.json from the reference model list.
 * Run by hand when prices are refreshed (see docs/catalog.md); the app never reads the source file.
 *   npm run catalog -- [path/to/bedrock-models.json]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { catalogSchema, type PriceScope } from '../src/domain/catalog/catalog-schema.ts';

type RawPrice = {
  region: string;
  inputPer1M: number;
  outputPer1M: number;
  cacheWritePer1M?: number;
  cacheWrite1hPer1M?: number;
  cacheReadPer1M?: number;
  batchInputPer1M?: number;
  batchOutputPer1M?: number;
  above200kInput?: Record<string, number>;
  source?: string;
  asOf: string;
  uncertain?: boolean;
  note?: string;
};
type RawModel = {
  provider: string;
  name: string;
  modelId: string;
  inferenceProfileIds?: string[];
  contextWindow?: number;
  maxOutputTokens?: number;
  contextSource?: string;
  pricing: RawPrice;
  additionalPricing?: RawPrice[];
  provisioned?: {
    unit: string;
    terms: { region: string; oneMonthPerHour?: number; sixMonthPerHour?: number; noCommitPerHour?: number }[];
    derivation?: string;
    source: string;
    asOf: string;
    uncertain?: boolean;
  };
  uncertain?: boolean;
  notes?: string | string[];
  source: string;
  asOf: string;
};
type Raw = { _meta: { generated: string; sourcesKey: Record<string, string>; caveats: string[] }; models: RawModel[] };

const input = resolve(process.argv[2] ?? '../shared/reference/bedrock-models.json');
const output = resolve('public/data/catalog.v1.json');
const raw = JSON.parse(readFileSync(input, 'utf8')) as Raw;

function classify(region: string): { scope: PriceScope; label: string } {
  const r = region.toLowerCase();
  if (r.includes('latency-optimized')) return { scope: 'latency-optimized', label: `Latency-optimized · ${region}` };
  if (r.startsWith('global')) return { scope: 'global', label: 'Global profile (global.)' };
  if (r.startsWith('us-gov')) return { scope: 'gov', label: `GovCloud · ${region}` };
  const geo = /^(us|eu|apac|jp|au) \(cross-region profile\)/.exec(r);
  if (geo) return { scope: 'geo', label: `Geographic profile (${geo[1]}.)` };
  const plain = /^[a-z]{2}-[a-z]+-\d/.exec(r);
  return { scope: 'in-region', label: `In-Region · ${plain ? plain[0] : region}` };
}

function slug(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

// A promotion whose end date is before the catalog's date is kept for the record but never the default.
function isExpired(p: RawPrice, generated: string): boolean {
  const text = `${p.note ?? ''} ${p.source ?? ''}`;
  const m = /promo[a-z ]*through (\d{4}-\d{2}-\d{2})/i.exec(text);
  return m !== null && m[1]! < generated;
}

const generated = raw._meta.generated;
const models = raw.models.map((m) => {
  const points = [m.pricing, ...(m.additionalPricing ?? [])].map((p, index) => {
    const { scope, label } = classify(p.region);
    return {
      index,
      scope,
      label: p.note && /standard price|promo/i.test(p.note) ? `${label} — ${p.note}` : label,
      region: p.region,
      inputPer1M: p.inputPer1M,
      outputPer1M: p.outputPer1M,
      cacheWritePer1M: p.cacheWritePer1M,
      cacheWrite1hPer1M: p.cacheWrite1hPer1M,
      cacheReadPer1M: p.cacheReadPer1M,
      batchInputPer1M: p.batchInputPer1M,
      batchOutputPer1M: p.batchOutputPer1M,
      above200kInput: p.above200kInput,
      source: p.source ?? m.source,
      asOf: p.asOf,
      uncertain: Boolean(p.uncertain ?? (index === 0 ? m.uncertain : false)),
      expired: isExpired(p, generated),
      note: p.note,
    };
  });
  // Geographic profiles bill at the source Region's price (AWS pricing page; caveat in the reference
  // file), so a model with a us. profile and a us-east-1 price has a US geo price we can state.
  const primary = points[0]!;
  const hasUsProfile = (m.inferenceProfileIds ?? []).some((id) => id.startsWith('us.'));
  const hasUsGeo = points.some((p) => p.scope === 'geo' && p.label.includes('(us.)'));
  if (hasUsProfile && !hasUsGeo && primary.region.startsWith('us-east-1')) {
    const standard = points.find((p) => p.scope === 'in-region' && !p.expired) ?? primary;
    points.push({
      ...standard,
      index: points.length,
      scope: 'geo',
      label: 'Geographic profile (us.) — billed at the source Region price',
      region: 'us (cross-region profile), source us-east-1',
      note: 'Derived: geographic cross-region profiles are billed at the source Region price (AWS pricing page).',
    });
  }
  const order: Record<PriceScope, number> = { 'in-region': 0, geo: 1, global: 2, 'latency-optimized': 3, gov: 4 };
  points.sort((a, b) => Number(a.expired) - Number(b.expired) || order[a.scope] - order[b.scope] || a.index - b.index);
  const used = new Set<string>();
  const prices = points.map(({ index: _index, ...p }) => {
    let id = slug(`${p.scope}-${p.region.split(' ')[0]}${p.expired ? '-promo' : ''}`);
    while (used.has(id)) id = `${id}-2`;
    used.add(id);
    return { ...p, id };
  });
  return {
    modelId: m.modelId,
    provider: m.provider,
    name: m.name,
    inferenceProfileIds: m.inferenceProfileIds ?? [],
    contextWindow: m.contextWindow,
    maxOutputTokens: m.maxOutputTokens,
    contextSource: m.contextSource,
    // llama3-tokenizer-js reproduces the Llama 3 tokenizer (used by Llama 3, 3.1, 3.2 and 3.3).
    tokenizer: /^meta\.llama3/.test(m.modelId) ? ('llama3' as const) : ('other' as const),
    prices,
    provisioned: m.provisioned
      ? { ...m.provisioned, uncertain: Boolean(m.provisioned.uncertain) }
      : undefined,
    uncertain: Boolean(m.uncertain),
    notes: Array.isArray(m.notes) ? m.notes.join(' ') : m.notes,
    source: m.source,
    asOf: m.asOf,
  };
});

const catalog = catalogSchema.parse({
  schemaVersion: 1,
  catalogVersion: generated,
  generated,
  builtFrom: 'shared/reference/bedrock-models.json (Bedrock Explorer reference data, compiled ' + generated + ')',
  priceUnit: 'USD per 1,000,000 tokens',
  sourcesKey: raw._meta.sourcesKey,
  caveats: raw._meta.caveats,
  models,
});
writeFileSync(output, JSON.stringify(catalog, null, 1) + '\n');
console.log(`wrote ${output}: ${catalog.models.length} models, ${catalog.models.reduce((n, m) => n + m.prices.length, 0)} price points`);
