import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import type { PriceScope } from '../catalog-schema.ts';
import { GEO_PREFIXES, isBareModelId } from './bedrock-model-id.ts';
import { findHostileKey } from './hostile-keys.ts';
import {
  newSkipped,
  refusal,
  skip,
  type ImportOutcome,
  type ModelFacts,
  type ModelReference,
  type PriceObservation,
  type PriceValues,
  type SourceInfo,
} from './price-observation.ts';

/**
 * pydantic/genai-prices `prices/providers/<provider>.yml` (the AWS file is aws.yml). Prices are USD
 * per 1M tokens ("_mtok"), so they are kept as published. A model's `prices` is either one price
 * set or a list of conditional sets ({constraint: {start_date}, prices}); the set in effect on the
 * refresh day is read. A tiered price ({base, tiers: [{start, price}]}) gives the long-context rates
 * above `start` input tokens.
 *
 * Scope: `global.<id>` is the global profile; `regional.<id>` prices the geographic profiles its
 * `match` names (us., eu., …) and, when it matches the bare ID, the in-Region price; a bare `<id>` is
 * the us-east-1 in-Region price (BARE_REGION).
 */

/** genai-prices imports its non-Anthropic AWS rows from the us-east-1 Price List (reference source GP-0821). */
export const BARE_REGION = 'us-east-1';

const MAX_YAML_BYTES = 8_000_000;
const price = z.number().finite().nonnegative().max(1e6);
const tiered = z.object({
  base: price,
  tiers: z.array(z.object({ start: z.number().int().positive().max(1e8), price })).min(1).max(10),
});
const priceOrTiered = z.union([price, tiered]);
const priceSet = z.object({
  input_mtok: priceOrTiered.optional(),
  output_mtok: priceOrTiered.optional(),
  cache_read_mtok: priceOrTiered.optional(),
  cache_write_mtok: priceOrTiered.optional(),
  input_audio_mtok: priceOrTiered.optional(),
  output_audio_mtok: priceOrTiered.optional(),
  cache_audio_read_mtok: priceOrTiered.optional(),
});
type PriceSet = z.infer<typeof priceSet>;
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'not a YYYY-MM-DD date');
const conditional = z.object({
  constraint: z
    .object({ start_date: isoDate.optional(), start_time: z.string().max(40).optional(), end_time: z.string().max(40).optional() })
    .optional(),
  prices: priceSet,
});
type MatchClause = { equals?: string; starts_with?: string; contains?: string; or?: MatchClause[]; and?: MatchClause[] };
const matchClause: z.ZodType<MatchClause> = z.lazy(() =>
  z.object({
    equals: z.string().max(300).optional(),
    starts_with: z.string().max(300).optional(),
    ends_with: z.string().max(300).optional(),
    contains: z.string().max(300).optional(),
    regex: z.string().max(300).optional(),
    or: z.array(matchClause).max(50).optional(),
    and: z.array(matchClause).max(50).optional(),
  }),
);
const modelSchema = z.object({
  id: z.string().min(1).max(200),
  name: z.string().min(1).max(200).optional(),
  prices_checked: isoDate.optional(),
  context_window: z.number().int().positive().max(1e8).optional(),
  match: matchClause.optional(),
  prices: z.unknown(),
});
const conditionalList = z.array(conditional).min(1).max(20);
type GpModel = Omit<z.infer<typeof modelSchema>, 'prices'> & { prices: PriceSet | z.infer<typeof conditionalList> };

/** Validates a model record; the price part by its own shape, so a bad price is named by its path. */
function parseModel(raw: unknown): { ok: true; model: GpModel } | { ok: false; path: string; message: string } {
  const fail = (issue: z.core.$ZodIssue, prefix: string[] = []) => ({
    ok: false as const,
    path: [...prefix, ...issue.path.map(String)].join('.') || '(record)',
    message:
      issue.code === 'invalid_type' && issue.input === undefined
        ? 'missing'
        : issue.code === 'invalid_union'
          ? 'not a price (a number from 0 to 1,000,000, or {base, tiers})'
          : issue.message,
  });
  const head = modelSchema.safeParse(raw);
  if (!head.success) return fail(head.error.issues[0]!);
  const prices = Array.isArray(head.data.prices) ? conditionalList.safeParse(head.data.prices) : priceSet.safeParse(head.data.prices);
  if (!prices.success) return fail(prices.error.issues[0]!, ['prices']);
  return { ok: true, model: { ...head.data, prices: prices.data } };
}
const fileSchema = z.object({ models: z.array(z.unknown()).max(5000) });

const FIELD_OF = {
  input_mtok: 'inputPer1M',
  output_mtok: 'outputPer1M',
  cache_read_mtok: 'cacheReadPer1M',
} as const;

/** The price set in effect on `day`: the last one whose start date has come (time-of-day sets are left out). */
function effectiveSet(m: GpModel, day: string): { set: PriceSet; since?: string } | null {
  if (!Array.isArray(m.prices)) return { set: m.prices };
  let chosen: { set: PriceSet; since?: string } | null = null;
  for (const c of m.prices) {
    if (c.constraint?.start_time !== undefined || c.constraint?.end_time !== undefined) continue;
    const since = c.constraint?.start_date;
    if (since === undefined || since <= day) chosen = { set: c.prices, ...(since ? { since } : {}) };
  }
  return chosen;
}

function patternsOf(clause: MatchClause | undefined, out: NonNullable<ModelReference['patterns']> = []): NonNullable<ModelReference['patterns']> {
  if (!clause) return out;
  if (clause.equals) out.push({ kind: 'equals', text: clause.equals });
  if (clause.starts_with) out.push({ kind: 'starts_with', text: clause.starts_with });
  if (clause.contains) out.push({ kind: 'contains', text: clause.contains });
  for (const c of clause.or ?? []) patternsOf(c, out);
  return out;
}

/** The scopes an entry prices, from its ID prefix and the profiles its `match` names. */
function scopesOf(id: string, bareId: string, patterns: NonNullable<ModelReference['patterns']>): PriceScope[] {
  if (id.startsWith('global.')) return [{ type: 'global' }];
  // genai-prices has no Region dimension: its `us-gov.` patterns catch GovCloud calls but are not a GovCloud price (pricing rules 2026 §2: about 1.2 × us-east-1).
  const geos = GEO_PREFIXES.filter((g) => g !== 'us-gov').filter((g) => patterns.some((p) => p.text.startsWith(`${g}.${bareId.slice(0, bareId.indexOf('.'))}.`)));
  const scopes: PriceScope[] = geos.map((geography) => ({ type: 'geo', geography }));
  const bareMatched = !id.startsWith('regional.') || patterns.some((p) => p.kind === 'starts_with' && bareId.startsWith(p.text));
  if (bareMatched) scopes.unshift({ type: 'in-region', region: BARE_REGION });
  return scopes;
}

function describe(value: number | z.infer<typeof tiered>): string {
  return typeof value === 'number' ? String(value) : `${value.base} (from ${value.tiers.map((t) => `${t.start} tokens: ${t.price}`).join(', ')})`;
}

export interface GenaiPricesOptions {
  /** The day whose prices are read (YYYY-MM-DD); a set with a later start_date is not yet in effect. */
  effectiveOn: string;
}

export function importGenaiPrices(text: string, source: SourceInfo, options: GenaiPricesOptions): ImportOutcome {
  const file = source.fileName;
  if (text.length > MAX_YAML_BYTES) return refusal(file, 'file', '(root)', `larger than ${MAX_YAML_BYTES} characters`);
  let doc: unknown;
  try {
    doc = parseYaml(text, { maxAliasCount: 100, uniqueKeys: true, prettyErrors: true });
  } catch (error) {
    return refusal(file, 'file', '(YAML)', (error as Error).message.split('\n')[0]!.slice(0, 300));
  }
  const hostile = findHostileKey(doc);
  if (hostile) return refusal(file, `key ${hostile}`, hostile.split('.').pop()!, 'a forbidden key name');
  const root = fileSchema.safeParse(doc);
  if (!root.success) return refusal(file, 'file', root.error.issues[0]!.path.join('.') || 'models', root.error.issues[0]!.message);
  const observations: PriceObservation[] = [];
  const models: ModelFacts[] = [];
  const skipped = newSkipped();
  for (const [i, raw] of root.data.models.entries()) {
    const parsed = parseModel(raw);
    if (!parsed.ok) {
      const id = raw && typeof raw === 'object' && Object.hasOwn(raw, 'id') ? ` (${String((raw as { id: unknown }).id).slice(0, 80)})` : '';
      return refusal(file, `model ${i}${id}`, parsed.path, parsed.message);
    }
    const m = parsed.model;
    const bareId = m.id.replace(/^(global|regional)\./, '');
    if (!isBareModelId(bareId)) {
      skip(skipped, 'not a Bedrock model ID', m.id);
      continue;
    }
    const chosen = effectiveSet(m, options.effectiveOn);
    if (!chosen) {
      skip(skipped, 'no price set in effect on the refresh day', m.id);
      continue;
    }
    const set = chosen.set;
    if (set.input_audio_mtok !== undefined || set.output_audio_mtok !== undefined) {
      skip(skipped, 'speech model (audio prices; not a text model)', m.id);
      continue;
    }
    if (set.input_mtok === undefined || set.output_mtok === undefined) {
      skip(skipped, 'no input and output price (not a text model)', m.id);
      continue;
    }
    const writeField = bareId.startsWith('openai.gpt-5') || bareId.startsWith('openai.gpt-6') ? 'cacheWrite30mPer1M' : 'cacheWrite5mPer1M';
    const prices: PriceValues = {};
    const long: PriceValues = {};
    const starts = new Set<number>();
    let multiTier = false;
    for (const [key, field] of [...Object.entries(FIELD_OF), ['cache_write_mtok', writeField]] as [keyof PriceSet, keyof PriceValues][]) {
      const value = set[key];
      if (value === undefined) continue;
      if (typeof value === 'number') {
        prices[field] = value;
        continue;
      }
      prices[field] = value.base;
      if (value.tiers.length > 1) multiTier = true;
      starts.add(value.tiers[0]!.start);
      long[field] = value.tiers[0]!.price;
    }
    if (multiTier || starts.size > 1) {
      skip(skipped, 'more than one long-context threshold (not imported)', m.id);
      continue;
    }
    const patterns = patternsOf(m.match);
    const model: ModelReference = { bedrockId: bareId, patterns, ...(m.name ? { name: m.name } : {}) };
    const shown = (['input_mtok', 'cache_write_mtok', 'cache_read_mtok', 'output_mtok'] as const)
      .filter((k) => set[k] !== undefined)
      .map((k) => `${k} ${describe(set[k]!)}`)
      .join(', ');
    const quote = `${source.id} ${m.id}${chosen.since ? ` (constraint start_date ${chosen.since})` : ''}: ${shown}`;
    const asOf = m.prices_checked ?? source.date;
    for (const scope of scopesOf(m.id, bareId, patterns)) {
      const namedId = scope.type === 'global' ? `global.${bareId}` : scope.type === 'geo' ? `${scope.geography}.${bareId}` : undefined;
      observations.push({
        model: { ...model, ...(namedId ? { namedId } : {}) },
        scope,
        tier: 'standard',
        prices,
        ...(starts.size === 1 ? { longContext: { thresholdTokens: [...starts][0]!, prices: long } } : {}),
        asOf,
        quote,
      });
    }
    models.push({ model, ...(m.name ? { name: m.name } : {}), ...(m.context_window ? { contextWindow: m.context_window } : {}) });
  }
  return { ok: true, value: { source, observations, provisioned: [], models, skipped } };
}
