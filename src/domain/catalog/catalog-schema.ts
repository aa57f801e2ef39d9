import { z } from 'zod';
import { CATALOG_FILE, CATALOG_SCHEMA_VERSION } from './catalog-file.ts';

/**
 * Catalog v2: every Bedrock text model with its IDs, limits, lifecycle and price points. One price
 * point is one scope × one tier, with every token class priced from the same source. A record from
 * any source (the reference JSON, genai-prices, LiteLLM, the AWS Price List) maps onto this shape.
 * Field meanings and the refresh workflow: docs/catalog.md.
 */
export { CATALOG_FILE, CATALOG_SCHEMA_VERSION };

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'not a YYYY-MM-DD date');
/** When a price was read: a day, or a month where the source gives no day (e.g. "2026-09"). */
const asOfDate = z.string().regex(/^\d{4}-\d{2}(-\d{2})?$/, 'not a YYYY-MM-DD or YYYY-MM date');
/** USD per 1M tokens. `null` = the dimension exists but no source gives a number; never zero by omission. */
const price = z.number().finite().nonnegative().max(1e6);
const nullablePrice = price.nullable();
const shortText = z.string().min(1).max(4000);
const slug = z.string().regex(/^[a-z0-9][a-z0-9-]{0,119}$/, 'not a lower-case slug');

export const confidenceSchema = z.enum(['confirmed', 'single-source', 'conflicting']);
export type Confidence = z.infer<typeof confidenceSchema>;

export const tierSchema = z.enum(['standard', 'batch', 'flex', 'priority', 'latency-optimized']);
export type PriceTier = z.infer<typeof tierSchema>;

/** Cache-write lifetimes Bedrock prices: 5 minutes (Claude default, Nova), 1 hour (Claude), 30 minutes (GPT-5.x). */
export const CACHE_TTLS = ['5m', '1h', '30m'] as const;
export type CacheTtl = (typeof CACHE_TTLS)[number];

export const scopeSchema = z.discriminatedUnion('type', [
  /** The bare model ID invoked in one Region. */
  z.object({ type: z.literal('in-region'), region: z.string().min(1).max(40) }),
  /** A geographic cross-region profile (us., eu., apac., jp., au., ca., us-gov.), billed at the source-Region price. */
  z.object({
    type: z.literal('geo'),
    geography: z.string().min(1).max(20),
    equivalentGeographies: z.array(z.string().min(1).max(20)).max(20).optional(),
  }),
  z.object({ type: z.literal('global') }),
  /** The bedrock-mantle (OpenAI-compatible) endpoint. */
  z.object({ type: z.literal('mantle'), region: z.string().min(1).max(40) }),
  /** The source gave no Region. */
  z.object({ type: z.literal('unknown-region') }),
  /** A regional (non-global) price whose Region the source did not state. */
  z.object({ type: z.literal('unknown-regional') }),
]);
export type PriceScope = z.infer<typeof scopeSchema>;
export type ScopeType = PriceScope['type'];

export const conflictSchema = z.object({
  field: z.string().min(1).max(200),
  values: z
    .array(z.object({ value: z.union([z.string().max(400), z.number()]), source: shortText }))
    .min(1)
    .max(20),
});
export type PriceConflict = z.infer<typeof conflictSchema>;

/** Rates above the per-model long-context threshold; they apply to every token of a request whose total input exceeds it. */
export const longContextSchema = z.object({
  thresholdTokens: z.number().int().positive().max(1e8),
  inputPer1M: nullablePrice,
  outputPer1M: nullablePrice,
  cacheReadPer1M: nullablePrice.optional(),
  cacheWrite5mPer1M: nullablePrice.optional(),
  cacheWrite1hPer1M: nullablePrice.optional(),
  cacheWrite30mPer1M: nullablePrice.optional(),
  source: shortText,
  confidence: confidenceSchema,
});
export type LongContextRates = z.infer<typeof longContextSchema>;

/**
 * When a price holds. A promotion has `validFrom` and `validThroughAtLeast` (its end is not known);
 * a list price set aside by a promotion has `supersededBy`.
 */
export const validitySchema = z.object({
  kind: z.enum(['promotion', 'list']),
  validFrom: isoDate.optional(),
  validThroughAtLeast: isoDate.optional(),
  status: z.string().max(400).optional(),
  supersededBy: z.string().max(400).optional(),
  source: z.string().max(2000).optional(),
});
export type PriceValidity = z.infer<typeof validitySchema>;

export const pricePointSchema = z.object({
  /** Stable slug within the model, used in links. */
  id: slug,
  scope: scopeSchema,
  tier: tierSchema,
  inputPer1M: nullablePrice,
  outputPer1M: nullablePrice,
  cacheReadPer1M: nullablePrice.optional(),
  cacheWrite5mPer1M: nullablePrice.optional(),
  cacheWrite1hPer1M: nullablePrice.optional(),
  cacheWrite30mPer1M: nullablePrice.optional(),
  longContext: longContextSchema.optional(),
  validity: validitySchema.optional(),
  /** Where each figure was read (source ids from `sources` plus the quoted line). */
  source: z.array(shortText).min(1).max(20),
  asOf: asOfDate,
  confidence: confidenceSchema,
  /** The other values sources gave, for a point whose confidence is "conflicting" (and a few others). */
  conflicts: z.array(conflictSchema).max(20).optional(),
  /** A figure the catalog builder set from a sourced rule rather than a price row, and which rule. */
  derived: z.string().max(1000).optional(),
  note: z.string().max(2000).optional(),
  /** The point a calculator preselects (in-Region us-east-1 standard where it exists); one per model. */
  default: z.boolean(),
});
export type PricePoint = z.infer<typeof pricePointSchema>;

export const lifecycleSchema = z.object({
  status: z.enum(['active', 'legacy', 'end-of-life', 'preview', 'availability-unconfirmed']),
  legacyDate: isoDate.optional(),
  endOfLifeDate: isoDate.optional(),
  basis: z.string().max(2000),
  source: z.array(z.string().max(2000)).max(20),
});
export type Lifecycle = z.infer<typeof lifecycleSchema>;
export type LifecycleStatus = Lifecycle['status'];

export const provisionedTermSchema = z.enum(['no-commit', '1-month', '6-month']);

export const provisionedThroughputSchema = z.object({
  unit: z.literal('USD per model unit per hour'),
  rates: z
    .array(z.object({ region: z.string().min(1).max(80), term: provisionedTermSchema, usdPerHour: price }))
    .min(1)
    .max(200),
  derivation: z.string().max(1000).optional(),
  source: z.array(shortText).min(1).max(20),
  asOf: isoDate,
  confidence: confidenceSchema,
  note: z.string().max(2000).optional(),
});
export type ProvisionedThroughputRates = z.infer<typeof provisionedThroughputSchema>;

export const tokenizerFamilySchema = z.enum(['llama3', 'other']);

const modelIdText = z.string().min(1).max(200).regex(/^[\w.:/-]+$/, 'not a model ID');

export const catalogModelSchema = z.object({
  /** The catalog's own ID, unique, used in links (e.g. "claude-sonnet-4-6"). */
  id: slug,
  provider: z.string().min(1).max(80),
  name: z.string().min(1).max(120),
  /** Former catalog IDs that still resolve to this model (renamed or de-duplicated IDs). */
  aliases: z.array(slug).max(20),
  modelIds: z.object({
    bedrockRuntime: z.array(modelIdText).max(20),
    /** Inference-profile IDs by geography ("us", "eu", "global", …). */
    inferenceProfiles: z.record(z.string().min(1).max(20), z.array(modelIdText).max(20)),
    mantle: modelIdText.nullable(),
  }),
  contextWindow: z.number().int().positive().max(1e8).nullable(),
  /** A larger window some requests can use (e.g. a 1M beta), at the long-context rates. */
  contextWindowExtended: z.number().int().positive().max(1e8).optional(),
  contextWindowNote: z.string().max(1000).optional(),
  maxOutputTokens: z.number().int().positive().max(1e8).nullable(),
  limitsSource: z.string().max(2000),
  lifecycle: lifecycleSchema,
  /** Which tokenizer counts this model's tokens exactly in the app ("other" = estimate only). */
  tokenizer: tokenizerFamilySchema,
  pricePoints: z.array(pricePointSchema).min(1).max(100),
  provisionedThroughput: provisionedThroughputSchema.optional(),
  confidence: confidenceSchema,
  notes: z.string().max(4000).optional(),
});
export type CatalogModel = z.infer<typeof catalogModelSchema>;

export const catalogSourceSchema = z.object({
  id: z.string().min(1).max(40),
  what: shortText,
  date: z.string().max(120),
  kind: z.string().max(80),
});
export type CatalogSource = z.infer<typeof catalogSourceSchema>;

/** The Reserved tier's published terms; AWS publishes no per-model Reserved price. */
export const reservedTierSchema = z.object({
  pricing: z.string().max(1000),
  termsMonths: z.array(z.number().int().positive().max(60)).min(1).max(10),
  minimums: z.object({ inputTPM: z.number().int().positive(), outputTPM: z.number().int().positive() }),
  countsTowardReservation: z.string().max(1000),
  uptimeTarget: z.string().max(40),
  source: z.array(shortText).min(1).max(20),
  conflicts: z.array(conflictSchema).max(20).optional(),
  asOf: isoDate,
  confidence: confidenceSchema,
});
export type ReservedTierFacts = z.infer<typeof reservedTierSchema>;

export const catalogSchema = z
  .object({
    schemaVersion: z.literal(CATALOG_SCHEMA_VERSION),
    catalogVersion: z.string().min(1).max(40),
    generated: isoDate,
    builtFrom: z.string().max(2000),
    priceUnit: z.literal('USD per 1,000,000 tokens'),
    sources: z.array(catalogSourceSchema).max(500),
    reservedTier: reservedTierSchema,
    models: z.array(catalogModelSchema).min(1).max(2000),
  })
  .superRefine((catalog, ctx) => {
    // Every ID a link may name (catalog IDs, aliases) must pick exactly one model.
    const owner = new Map<string, number>();
    catalog.models.forEach((m, i) => {
      for (const [key, path] of [[m.id, ['models', i, 'id']] as const, ...m.aliases.map((a, k) => [a, ['models', i, 'aliases', k]] as const)]) {
        const other = owner.get(key);
        if (other !== undefined && other !== i) {
          ctx.addIssue({ code: 'custom', path: [...path], message: `ID ${key} is used by more than one model` });
        }
        owner.set(key, i);
      }
      const pointIds = new Set<string>();
      let defaults = 0;
      m.pricePoints.forEach((p, j) => {
        if (pointIds.has(p.id)) ctx.addIssue({ code: 'custom', path: ['models', i, 'pricePoints', j, 'id'], message: `duplicate price point ${p.id}` });
        pointIds.add(p.id);
        if (p.default) defaults++;
        if (p.confidence === 'conflicting' && !p.conflicts?.length) {
          ctx.addIssue({ code: 'custom', path: ['models', i, 'pricePoints', j, 'conflicts'], message: 'a conflicting price must list the other values' });
        }
      });
      if (defaults !== 1) ctx.addIssue({ code: 'custom', path: ['models', i, 'pricePoints'], message: `${defaults} default price points (exactly one expected)` });
    });
  });
export type Catalog = z.infer<typeof catalogSchema>;

export type ParseCatalogResult = { ok: true; catalog: Catalog } | { ok: false; error: string };

/**
 * Parses unknown JSON into a catalog, or explains in one readable paragraph what is wrong. A file of
 * another schema version is refused by name, before any field is looked at.
 */
export function parseCatalog(json: unknown): ParseCatalogResult {
  if (json === null || typeof json !== 'object' || Array.isArray(json)) {
    return { ok: false, error: 'The model catalog is malformed — (root): not a JSON object.' };
  }
  const version = Object.hasOwn(json, 'schemaVersion') ? (json as { schemaVersion: unknown }).schemaVersion : undefined;
  if (version !== CATALOG_SCHEMA_VERSION) {
    const shown = typeof version === 'number' || typeof version === 'string' ? String(version).slice(0, 20) : 'missing';
    return {
      ok: false,
      error: `The model catalog has schema version ${shown}; this app reads version ${CATALOG_SCHEMA_VERSION} only (${CATALOG_FILE}).`,
    };
  }
  const result = catalogSchema.safeParse(json);
  if (result.success) return { ok: true, catalog: result.data };
  const lines = result.error.issues.slice(0, 5).map((issue) => {
    const where = issue.path.length ? issue.path.join('.') : '(root)';
    return `${where}: ${issue.message}`;
  });
  const more = result.error.issues.length > 5 ? ` (and ${result.error.issues.length - 5} more)` : '';
  return { ok: false, error: `The model catalog is malformed — ${lines.join('; ')}${more}.` };
}

/** Catalog JSON text → a catalog, or the readable message (the app's loader, on or off the page's thread). */
export function parseCatalogText(text: string): ParseCatalogResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, error: 'The model catalog is not valid JSON.' };
  }
  return parseCatalog(json);
}

/** Where the shipped catalog lives in the repository (tests and Node scripts read it from there). */
export const SHIPPED_CATALOG_PATH = `public/data/${CATALOG_FILE}`;

/** Parses catalog JSON text or throws the readable message: for tests and scripts that must stop. */
export function catalogFromJsonText(text: string): Catalog {
  const parsed = parseCatalog(JSON.parse(text));
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.catalog;
}
