import { z } from 'zod';

/** A price in USD per 1M tokens. Omitted means "not found in any source", never zero. */
const price = z.number().finite().nonnegative();

export const priceScopeSchema = z.enum(['in-region', 'geo', 'global', 'latency-optimized', 'gov']);
export type PriceScope = z.infer<typeof priceScopeSchema>;

export const longContextTierSchema = z.object({
  inputPer1M: price,
  outputPer1M: price,
  cacheWritePer1M: price.optional(),
  cacheReadPer1M: price.optional(),
});

export const pricePointSchema = z.object({
  /** Stable slug within the model, used in URLs. */
  id: z.string().regex(/^[a-z0-9-]+$/),
  scope: priceScopeSchema,
  /** Human label, e.g. "In-Region · us-east-1" or "Global profile (global.)". */
  label: z.string().min(1),
  /** The region or profile as the source states it. */
  region: z.string().min(1),
  inputPer1M: price,
  outputPer1M: price,
  cacheWritePer1M: price.optional(),
  cacheWrite1hPer1M: price.optional(),
  cacheReadPer1M: price.optional(),
  batchInputPer1M: price.optional(),
  batchOutputPer1M: price.optional(),
  above200kInput: longContextTierSchema.optional(),
  source: z.string().min(1),
  asOf: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  uncertain: z.boolean().default(false),
  /** True when the price has lapsed (e.g. a promotion that ended before the catalog was built). */
  expired: z.boolean().default(false),
  note: z.string().optional(),
});
export type PricePoint = z.infer<typeof pricePointSchema>;

export const provisionedTermSchema = z.object({
  region: z.string().min(1),
  noCommitPerHour: price.optional(),
  oneMonthPerHour: price.optional(),
  sixMonthPerHour: price.optional(),
});
export type ProvisionedTerm = z.infer<typeof provisionedTermSchema>;

export const provisionedSchema = z.object({
  unit: z.string(),
  terms: z.array(provisionedTermSchema).min(1),
  derivation: z.string().optional(),
  source: z.string().min(1),
  asOf: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  uncertain: z.boolean().default(false),
});
export type Provisioned = z.infer<typeof provisionedSchema>;

export const tokenizerFamilySchema = z.enum(['llama3', 'other']);

export const catalogModelSchema = z.object({
  /** The Bedrock model ID, unique in the catalog. */
  modelId: z.string().min(1),
  provider: z.string().min(1),
  name: z.string().min(1),
  inferenceProfileIds: z.array(z.string()).default([]),
  contextWindow: z.number().int().positive().optional(),
  maxOutputTokens: z.number().int().positive().optional(),
  contextSource: z.string().optional(),
  /** Which tokenizer counts this model's tokens exactly in the app ("other" = estimate only). */
  tokenizer: tokenizerFamilySchema,
  /** Price points; the first is the default (in-Region, standard tier, not expired). */
  prices: z.array(pricePointSchema).min(1),
  provisioned: provisionedSchema.optional(),
  uncertain: z.boolean().default(false),
  notes: z.string().optional(),
  source: z.string().min(1),
  asOf: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
});
export type CatalogModel = z.infer<typeof catalogModelSchema>;

export const catalogSchema = z
  .object({
    schemaVersion: z.literal(1),
    catalogVersion: z.string().min(1),
    generated: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
    builtFrom: z.string(),
    priceUnit: z.literal('USD per 1,000,000 tokens'),
    sourcesKey: z.record(z.string(), z.string()),
    caveats: z.array(z.string()),
    models: z.array(catalogModelSchema).min(1),
  })
  .superRefine((catalog, ctx) => {
    const seen = new Set<string>();
    catalog.models.forEach((m, i) => {
      if (seen.has(m.modelId)) {
        ctx.addIssue({ code: 'custom', path: ['models', i, 'modelId'], message: `duplicate model ID ${m.modelId}` });
      }
      seen.add(m.modelId);
      const ids = new Set<string>();
      m.prices.forEach((p, j) => {
        if (ids.has(p.id)) {
          ctx.addIssue({ code: 'custom', path: ['models', i, 'prices', j, 'id'], message: `duplicate price id ${p.id}` });
        }
        ids.add(p.id);
      });
    });
  });
export type Catalog = z.infer<typeof catalogSchema>;

/** Parses unknown JSON into a catalog, or explains in one readable paragraph what is wrong. */
export function parseCatalog(json: unknown): { ok: true; catalog: Catalog } | { ok: false; error: string } {
  const result = catalogSchema.safeParse(json);
  if (result.success) return { ok: true, catalog: result.data };
  const lines = result.error.issues.slice(0, 5).map((issue) => {
    const where = issue.path.length ? issue.path.join('.') : '(root)';
    return `${where}: ${issue.message}`;
  });
  const more = result.error.issues.length > 5 ? ` (and ${result.error.issues.length - 5} more)` : '';
  return { ok: false, error: `The model catalog is malformed — ${lines.join('; ')}${more}.` };
}
