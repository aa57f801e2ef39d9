import { z } from 'zod';
import type { PriceScope } from '../catalog-schema.ts';
import { perSecondToPerHour, toPer1M } from './decimal-text.ts';
import { isRegionCode, parseModelId, scopeOf } from './bedrock-model-id.ts';
import { findHostileKey } from './hostile-keys.ts';
import {
  newSkipped,
  refusal,
  skip,
  type ImportOutcome,
  type ModelFacts,
  type PriceObservation,
  type PriceValues,
  type ProvisionedObservation,
  type SourceInfo,
} from './price-observation.ts';

/**
 * BerriAI/litellm `model_prices_and_context_window.json` (its Bedrock entries). Values are USD per
 * token; each is converted to per 1M exactly (decimal-text.ts). Keys name the route and scope:
 *   amazon.nova-pro-v1:0                 bare ID: the us-east-1 price (see BARE_REGION)
 *   eu.amazon.nova-pro-v1:0              geographic profile eu
 *   global.anthropic.claude-opus-5       global profile
 *   bedrock/us-gov-west-1/<id>           in-Region price of that Region
 *   bedrock_mantle/<id>                  the Mantle endpoint
 *   bedrock/<region>/1-month-commitment/<id>, bedrock/invoke/<id> …  provisioned throughput / routes
 */

/**
 * LiteLLM keys without a Region carry the us-east-1 price: in the 2026-08-01 snapshot every model
 * with both a bare key and a `bedrock/us-east-1/` key (14 of them) has the same prices in both.
 */
export const BARE_REGION = 'us-east-1';

const TEXT_MODES = new Set(['chat', 'responses', 'completion']);
/** USD per token; $1 per token is $1M per 1M, the catalog's ceiling. */
const perToken = z.number().finite().nonnegative().max(1);
const tokens = z.number().int().positive().max(1e8);

const entrySchema = z.object({
  mode: z.string().max(40),
  litellm_provider: z.string().max(60).optional(),
  input_cost_per_token: perToken.optional(),
  output_cost_per_token: perToken.optional(),
  cache_read_input_token_cost: perToken.optional(),
  cache_creation_input_token_cost: perToken.optional(),
  cache_creation_input_token_cost_above_1hr: perToken.optional(),
  input_cost_per_token_batches: perToken.optional(),
  output_cost_per_token_batches: perToken.optional(),
  input_cost_per_token_above_200k_tokens: perToken.optional(),
  output_cost_per_token_above_200k_tokens: perToken.optional(),
  cache_read_input_token_cost_above_200k_tokens: perToken.optional(),
  cache_creation_input_token_cost_above_200k_tokens: perToken.optional(),
  cache_creation_input_token_cost_above_1hr_above_200k_tokens: perToken.optional(),
  input_cost_per_second: z.number().finite().nonnegative().max(100).optional(),
  max_input_tokens: tokens.optional(),
  max_output_tokens: tokens.optional(),
});
type Entry = z.infer<typeof entrySchema>;

/** LiteLLM's long-context fields are all "above 200k tokens". */
const LONG_CONTEXT_THRESHOLD = 200_000;
const KEY = /^[\w.:/@*+-]{1,300}$/;

interface ParsedKey {
  modelText: string;
  scope: PriceScope;
  /** The commitment term of a `bedrock/<region>/<N>-month-commitment/` key. */
  provisioned: '1-month' | '6-month' | null;
  /** The key's Region segment ("*" for every Region), if any. */
  region: string | null;
}

/** Reads the route, Region and model reference out of a key; null when the key names no Bedrock model. */
function parseKey(key: string): ParsedKey | null {
  let rest = key;
  let region: string | null = null;
  let mantle = false;
  let provisioned: ParsedKey['provisioned'] = null;
  if (rest.startsWith('bedrock_mantle/')) {
    mantle = true;
    rest = rest.slice('bedrock_mantle/'.length);
  } else if (rest.startsWith('bedrock/')) {
    rest = rest.slice('bedrock/'.length);
    const parts = rest.split('/');
    if (parts.length > 1 && (isRegionCode(parts[0]!) || parts[0] === '*')) region = parts.shift()!;
    if (parts.length > 1 && /^\d{1,2}-month-commitment$/.test(parts[0]!)) {
      const months = parts.shift()!.split('-')[0];
      if (months !== '1' && months !== '6') return null;
      provisioned = months === '1' ? '1-month' : '6-month';
    }
    if (parts.length > 1 && (parts[0] === 'invoke' || parts[0] === 'converse')) parts.shift();
    rest = parts.join('/');
  }
  const parsed = parseModelId(rest);
  if (!parsed) return null;
  if (mantle) return { modelText: rest, scope: { type: 'mantle', region: region ?? BARE_REGION }, provisioned, region };
  const bareRegion = region === null || region === '*' ? BARE_REGION : region;
  return { modelText: rest, scope: scopeOf(parsed, bareRegion), provisioned, region };
}

function values(e: Entry, cacheWriteField: 'cacheWrite5mPer1M' | 'cacheWrite30mPer1M', which: 'base' | 'long'): PriceValues {
  const pick =
    which === 'base'
      ? {
          inputPer1M: e.input_cost_per_token,
          outputPer1M: e.output_cost_per_token,
          cacheReadPer1M: e.cache_read_input_token_cost,
          [cacheWriteField]: e.cache_creation_input_token_cost,
          cacheWrite1hPer1M: e.cache_creation_input_token_cost_above_1hr,
        }
      : {
          inputPer1M: e.input_cost_per_token_above_200k_tokens,
          outputPer1M: e.output_cost_per_token_above_200k_tokens,
          cacheReadPer1M: e.cache_read_input_token_cost_above_200k_tokens,
          [cacheWriteField]: e.cache_creation_input_token_cost_above_200k_tokens,
          cacheWrite1hPer1M: e.cache_creation_input_token_cost_above_1hr_above_200k_tokens,
        };
  const out: PriceValues = {};
  for (const [field, perTokenValue] of Object.entries(pick)) {
    if (perTokenValue === undefined) continue;
    const per1M = toPer1M(perTokenValue, 1);
    if (per1M !== null) out[field as keyof PriceValues] = per1M;
  }
  return out;
}

function quoteOf(source: SourceInfo, key: string, raw: Record<string, unknown>, fields: string[]): string {
  const shown = fields.filter((f) => Object.hasOwn(raw, f)).map((f) => `${f} ${String(raw[f])}`);
  return `${source.id} ${key}: ${shown.join(', ')} (USD per token)`;
}

const BASE_FIELDS = ['input_cost_per_token', 'output_cost_per_token', 'cache_read_input_token_cost', 'cache_creation_input_token_cost', 'cache_creation_input_token_cost_above_1hr'];
const LONG_FIELDS = [
  'input_cost_per_token_above_200k_tokens',
  'output_cost_per_token_above_200k_tokens',
  'cache_read_input_token_cost_above_200k_tokens',
  'cache_creation_input_token_cost_above_200k_tokens',
  'cache_creation_input_token_cost_above_1hr_above_200k_tokens',
];
const BATCH_FIELDS = ['input_cost_per_token_batches', 'output_cost_per_token_batches'];

export function importLitellm(json: unknown, source: SourceInfo): ImportOutcome {
  const file = source.fileName;
  if (json === null || typeof json !== 'object' || Array.isArray(json)) return refusal(file, 'file', '(root)', 'not a JSON object of model entries');
  const hostile = findHostileKey(json);
  if (hostile) return refusal(file, `key ${hostile}`, hostile.split('.').pop()!, 'a forbidden key name');
  const observations: PriceObservation[] = [];
  const provisioned: ProvisionedObservation[] = [];
  const models: ModelFacts[] = [];
  const skipped = newSkipped();
  for (const [key, raw] of Object.entries(json)) {
    // `sample_spec` documents the format; `_provenance` is the note a copied excerpt carries.
    if (key === 'sample_spec' || key.startsWith('_')) continue;
    if (!KEY.test(key)) return refusal(file, `record ${JSON.stringify(key.slice(0, 80))}`, '(key)', 'not a model key (letters, digits and . : / @ * + - _ only, at most 300)');
    if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return refusal(file, `record ${key}`, '(record)', 'not an object');
    const parsed = entrySchema.safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      const message = issue.code === 'invalid_type' && issue.input === undefined ? 'missing' : issue.message;
      return refusal(file, `record ${key}`, issue.path.join('.') || '(record)', message);
    }
    const e = parsed.data;
    if (!TEXT_MODES.has(e.mode)) {
      skip(skipped, `not a text model (mode ${e.mode.slice(0, 30)})`, key);
      continue;
    }
    const where = parseKey(key);
    if (!where) {
      skip(skipped, 'not a Bedrock model ID', key);
      continue;
    }
    if (where.provisioned) {
      const perHour = e.input_cost_per_second === undefined ? null : perSecondToPerHour(e.input_cost_per_second);
      if (perHour === null || where.region === null) {
        skip(skipped, 'provisioned-throughput key without a per-second price or a Region', key);
        continue;
      }
      provisioned.push({
        model: { bedrockId: parseModelId(where.modelText)!.bareId },
        region: where.region === '*' ? 'all (LiteLLM key bedrock/*/...)' : where.region,
        term: where.provisioned,
        usdPerHour: perHour,
        asOf: source.date,
        quote: `${source.id} ${key}: input_cost_per_second ${String(e.input_cost_per_second)} (× 3600, to the cent)`,
      });
      continue;
    }
    if (e.input_cost_per_token === undefined || e.output_cost_per_token === undefined) {
      skip(skipped, 'no per-token input and output price (not a text model)', key);
      continue;
    }
    const parsedId = parseModelId(where.modelText)!;
    const model = { bedrockId: parsedId.bareId, ...(where.modelText !== parsedId.bareId || where.scope.type === 'mantle' ? { namedId: where.modelText } : {}) };
    // GPT-5.x on Bedrock writes its cache for 30 minutes (pricing rules 2026 §4); other models for 5.
    const writeField = parsedId.bareId.startsWith('openai.gpt-5') || parsedId.bareId.startsWith('openai.gpt-6') ? 'cacheWrite30mPer1M' : 'cacheWrite5mPer1M';
    const rawRecord = raw as Record<string, unknown>;
    const long = values(e, writeField, 'long');
    observations.push({
      model,
      scope: where.scope,
      tier: 'standard',
      prices: values(e, writeField, 'base'),
      ...(Object.keys(long).length ? { longContext: { thresholdTokens: LONG_CONTEXT_THRESHOLD, prices: long } } : {}),
      asOf: source.date,
      quote: quoteOf(source, key, rawRecord, Object.keys(long).length ? [...BASE_FIELDS, ...LONG_FIELDS] : BASE_FIELDS),
    });
    const batch: PriceValues = {};
    if (e.input_cost_per_token_batches !== undefined) batch.inputPer1M = toPer1M(e.input_cost_per_token_batches, 1)!;
    if (e.output_cost_per_token_batches !== undefined) batch.outputPer1M = toPer1M(e.output_cost_per_token_batches, 1)!;
    if (Object.keys(batch).length) {
      observations.push({ model, scope: where.scope, tier: 'batch', prices: batch, asOf: source.date, quote: quoteOf(source, key, rawRecord, BATCH_FIELDS) });
    }
    models.push({
      model,
      ...(e.max_input_tokens !== undefined ? { contextWindow: e.max_input_tokens } : {}),
      ...(e.max_output_tokens !== undefined ? { maxOutputTokens: e.max_output_tokens } : {}),
    });
  }
  return { ok: true, value: { source, observations, provisioned, models, skipped } };
}
