import type { PriceScope, PriceTier } from '../catalog-schema.ts';

/**
 * What every partial importer (genai-prices, LiteLLM, AWS Price List) produces: one observation per
 * price a source publishes for one model, scope and tier, in USD per 1M tokens, with the line it was
 * read from. The merge (catalog-merge.ts) turns observations into catalog price points.
 */

export const PRICE_FIELDS = ['inputPer1M', 'outputPer1M', 'cacheReadPer1M', 'cacheWrite5mPer1M', 'cacheWrite1hPer1M', 'cacheWrite30mPer1M'] as const;
export type PriceField = (typeof PRICE_FIELDS)[number];
export type PriceValues = Partial<Record<PriceField, number>>;

export type SourceFormat = 'reference-json' | 'genai-prices' | 'litellm' | 'aws-price-list';

/**
 * How much a source is trusted when two sources of the same date disagree: lower is more
 * authoritative (docs/catalog.md, "Refreshing from other sources"). The catalog's own points rank
 * with the reference compilation: each was weighed against several sources.
 */
export const AUTHORITY: Record<SourceFormat, number> = {
  'aws-price-list': 1,
  'reference-json': 2,
  'genai-prices': 3,
  litellm: 4,
};
export const CATALOG_AUTHORITY = AUTHORITY['reference-json'];

export interface SourceInfo {
  format: SourceFormat;
  /** Short ID the catalog's `sources` list and every quoted line use, e.g. "GP-2026-08-21". */
  id: string;
  /** What the file is, for the catalog's `sources` list. */
  what: string;
  /** When the file was published or snapshotted (YYYY-MM-DD). */
  date: string;
  fileName: string;
}

/** How a source names the model: a Bedrock model ID, or (the Price List) only a display name. */
export interface ModelReference {
  /** Bare Bedrock model ID (no geo/global prefix), when the source gives one. */
  bedrockId?: string;
  /** The geo profile ID, global profile ID or Mantle ID the source named, kept to fill modelIds of a new model. */
  namedId?: string;
  /** genai-prices `match` patterns, tried against the catalog's Bedrock IDs when the ID itself is unknown. */
  patterns?: { kind: 'equals' | 'starts_with' | 'contains'; text: string }[];
  /** The source's display name ("Nova 2.0 Lite", "Claude Sonnet 4.6"). */
  name?: string;
}

export interface LongContextObservation {
  thresholdTokens: number;
  prices: PriceValues;
}

export interface PriceObservation {
  model: ModelReference;
  scope: PriceScope;
  tier: PriceTier;
  prices: PriceValues;
  longContext?: LongContextObservation;
  /** Long-context rates without a threshold (the Price List publishes none): they can only confirm or update an existing threshold's rates. */
  longContextRatesOnly?: PriceValues;
  /** The date this price was asserted (the row's own check date, else the file's date). */
  asOf: string;
  /** The source line, quoted: "<source id> <record>: <field> <value as published>, …". */
  quote: string;
}

/** Facts a source gives about a model, used only when the refresh adds a model the catalog lacks. */
export interface ModelFacts {
  model: ModelReference;
  name?: string;
  contextWindow?: number;
  maxOutputTokens?: number;
}

/** A provisioned-throughput rate: USD per model unit per hour for one Region and commitment term. */
export interface ProvisionedObservation {
  model: ModelReference;
  /** A Region code, or "all (LiteLLM key …)" for a LiteLLM key whose Region segment is a star. */
  region: string;
  term: 'no-commit' | '1-month' | '6-month';
  usdPerHour: number;
  asOf: string;
  quote: string;
}

export interface SkippedRecords {
  /** reason → count */
  counts: Map<string, number>;
  /** reason → up to five record names */
  examples: Map<string, string[]>;
}

export function newSkipped(): SkippedRecords {
  return { counts: new Map(), examples: new Map() };
}

export function skip(skipped: SkippedRecords, reason: string, record: string): void {
  skipped.counts.set(reason, (skipped.counts.get(reason) ?? 0) + 1);
  const list = skipped.examples.get(reason) ?? [];
  if (list.length < 5) list.push(record.slice(0, 120));
  skipped.examples.set(reason, list);
}

export interface SourceImport {
  source: SourceInfo;
  observations: PriceObservation[];
  provisioned: ProvisionedObservation[];
  models: ModelFacts[];
  skipped: SkippedRecords;
}

export type ImportOutcome = { ok: true; value: SourceImport } | { ok: false; error: string };

/** "<file>: <record>, field <field>: <problem>" — the one shape every refused file's message has. */
export function refusal(fileName: string, record: string, field: string, problem: string): { ok: false; error: string } {
  return { ok: false, error: `${fileName}: ${record}, field ${field}: ${problem}` };
}
