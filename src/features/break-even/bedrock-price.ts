/**
 * Everything the break-even view reads from the Bedrock catalog, in one place: which model a link
 * names, its price at the workload's mix with source and date, and its provisioned-throughput rates.
 * The rest of the view sees only these named shapes, never the catalog's own.
 */
import type { Catalog, CatalogModel, PricePoint } from '../../domain/catalog/catalog-schema.ts';
import { blendedPricePer1M, costPerRequest, type TokenWorkload, type UnitPrices } from '../../domain/pricing/token-cost.ts';
import type { ParamSpec } from '../../domain/url/query-params.ts';
import type { PtTerm } from '../../domain/breakeven/provisioned.ts';

export type BedrockModelRef = {
  id: string;
  name: string;
  provider: string;
  /** True where the reference says the weights are not released (Claude, Nova): never self-hostable. */
  closedWeights: boolean;
};

export type BedrockPriceRef = {
  /** Scope and tier, e.g. "In-Region · us-east-1, standard". */
  label: string;
  inputPer1M: number;
  outputPer1M: number;
  source: string;
  asOf: string;
  uncertain: boolean;
  note?: string;
};

export type BedrockQuote = {
  model: BedrockModelRef;
  price: BedrockPriceRef;
  /** Cost of one request ÷ its input + output tokens, per 1M, at the workload's mix. */
  blendPer1M: number;
  warnings: string[];
};

export type ModelOption = { value: string; label: string; group: string };

/** "Claude and Nova weights are not released" (TCO reference §2); other providers vary by model. */
const CLOSED_PROVIDERS = new Set(['Anthropic', 'Amazon']);

function ref(m: CatalogModel): BedrockModelRef {
  return { id: m.modelId, name: m.name, provider: m.provider, closedWeights: CLOSED_PROVIDERS.has(m.provider) };
}

function findModel(catalog: Catalog, id: string): CatalogModel | undefined {
  return catalog.models.find((m) => m.modelId === id);
}

export function isKnownModel(catalog: Catalog, id: string): boolean {
  return findModel(catalog, id) !== undefined;
}

export function modelOptions(catalog: Catalog): ModelOption[] {
  return catalog.models.map((m) => ({ value: m.modelId, label: m.name, group: m.provider }));
}

/** The model an id names, else the first fallback the catalog knows, else its first model. */
export function resolveModel(catalog: Catalog, id: string, fallbacks: readonly string[]): { model: BedrockModelRef; known: boolean } {
  const m = findModel(catalog, id);
  if (m) return { model: ref(m), known: true };
  for (const f of fallbacks) {
    const fb = findModel(catalog, f);
    if (fb) return { model: ref(fb), known: false };
  }
  return { model: ref(catalog.models[0]!), known: false };
}

function unitPrices(p: PricePoint): UnitPrices {
  return {
    inputPer1M: p.inputPer1M,
    outputPer1M: p.outputPer1M,
    cacheWritePer1M: p.cacheWritePer1M,
    cacheReadPer1M: p.cacheReadPer1M,
    batchInputPer1M: p.batchInputPer1M,
    batchOutputPer1M: p.batchOutputPer1M,
    above200kInput: p.above200kInput,
  };
}

/** The model's default price point at the workload's mix; null when the catalog lacks the model. */
export function quote(catalog: Catalog, modelId: string, workload: TokenWorkload): BedrockQuote | null {
  const m = findModel(catalog, modelId);
  if (!m) return null;
  const p = m.prices[0]!;
  const prices = unitPrices(p);
  return {
    model: ref(m),
    price: { label: p.label, inputPer1M: p.inputPer1M, outputPer1M: p.outputPer1M, source: p.source, asOf: p.asOf, uncertain: p.uncertain, note: p.note },
    blendPer1M: blendedPricePer1M(prices, workload),
    warnings: costPerRequest(prices, workload).warnings,
  };
}

export type PtRates = {
  region: string;
  perHour: Partial<Record<PtTerm, number>>;
  source: string;
  asOf: string;
  uncertain: boolean;
  derivation?: string;
};

/** Published provisioned-throughput rates of the model, by term, in the first Region the catalog lists. */
export function ptRates(catalog: Catalog, modelId: string): PtRates | null {
  const pt = findModel(catalog, modelId)?.provisioned;
  const t = pt?.terms[0];
  if (!pt || !t) return null;
  const perHour: Partial<Record<PtTerm, number>> = {};
  if (t.noCommitPerHour !== undefined) perHour['no-commit'] = t.noCommitPerHour;
  if (t.oneMonthPerHour !== undefined) perHour['1-month'] = t.oneMonthPerHour;
  if (t.sixMonthPerHour !== undefined) perHour['6-month'] = t.sixMonthPerHour;
  return { region: t.region, perHour, source: pt.source, asOf: pt.asOf, uncertain: pt.uncertain, derivation: pt.derivation };
}

/** Models for the provisioned-throughput picker: those with published rates first. */
export function ptModelOptions(catalog: Catalog): ModelOption[] {
  return [
    ...catalog.models.filter((m) => m.provisioned).map((m) => ({ value: m.modelId, label: `${m.name} — hourly rates known`, group: 'Rates in the catalog' })),
    ...catalog.models.filter((m) => !m.provisioned).map((m) => ({ value: m.modelId, label: m.name, group: 'Enter the rate from the console' })),
  ];
}

export const PT_TERMS = ['no-commit', '1-month', '6-month'] as const satisfies readonly PtTerm[];
// /pricing's older links spelled the terms in camel case.
const LEGACY_TERMS = new Map<string, PtTerm>([
  ['noCommit', 'no-commit'],
  ['oneMonth', '1-month'],
  ['sixMonth', '6-month'],
]);

/** The term link parameter: one spelling written, older spellings still read. */
export function ptTermParam(defaultValue: PtTerm): ParamSpec<PtTerm> {
  return {
    default: defaultValue,
    parse: (raw) => {
      const term = (PT_TERMS as readonly string[]).includes(raw) ? (raw as PtTerm) : LEGACY_TERMS.get(raw);
      return term ? { ok: true, value: term } : { ok: false, reason: `not one of ${PT_TERMS.join(', ')}` };
    },
    serialize: (value) => value,
  };
}
