import type { PriceTier } from '../catalog-schema.ts';

/**
 * The usage-type grammar of the AWS Price List offer files for Bedrock (pricing rules 2026 §9):
 *   AmazonBedrock:                  USE1-NovaPro-input-tokens, USE1-NovaLite-input-tokens-batch,
 *                                   USE1-NovaPro-cache-read-input-token-count, USE1-NovaPro-input-tokens-flex,
 *                                   USE1-NovaPro-output-tokens-latency-optimized,
 *                                   USE1-openai.gpt-oss-120b-mantle-input-tokens-standard,
 *                                   USE1-openai.gpt-5.6-luna-mantle-cache-write-tokens-5m-long-ctx-flex
 *   AmazonBedrockService:           USE1-Claude4Sonnet-output-tokens-long-context-cross-region-global
 *   AmazonBedrockFoundationModels:  USE1-MP:USE1_InputTokenCount_Global-Units (camel, older Claude),
 *                                   USE1-MP:USE1_input_tokens_global_standard-Units (snake),
 *                                   USE1-MP:USE1_MillionBatchInputTokens-Units
 * Reserved-capacity SKUs (…Reserved_1Month_InputTPM_Geo-Units, priced per TPM-hour) and provisioned
 * throughput are not token prices and are excluded.
 */

export type Direction = 'input' | 'output' | 'cache-read' | 'cache-write';

export interface TokenUsage {
  direction: Direction;
  /** Cache-write lifetime when the usage type names one. */
  ttl?: '5m' | '1h' | '30m';
  global: boolean;
  longContext: boolean;
  tier: PriceTier | null;
  /** AmazonBedrock mantle rows embed the model's Mantle ID ("openai.gpt-oss-120b"). */
  mantleId?: string;
  /** AmazonBedrock rows embed a model word ("NovaPro", "Nova2.0Lite"). */
  modelWord?: string;
}

export type UsageTypeReading = { kind: 'token'; usage: TokenUsage } | { kind: 'excluded'; reason: string } | { kind: 'unknown' };

const EXCLUDED: [RegExp, string][] = [
  [/Reserved|TPM/, 'Reserved-capacity SKU (priced per TPM-hour, not per token)'],
  [/ProvisionedThroughput|ModelUnits|Provisioned/i, 'provisioned-throughput SKU with an unknown term'],
  [/custom-model|CustomModel/i, 'custom-model inference (not a base-model price)'],
];

interface Flags {
  ttl?: TokenUsage['ttl'];
  global: boolean;
  longContext: boolean;
  tier: PriceTier | null;
}

/** Reads flag words ("global", "batch", "long", "ctx", "5m" …); null when a word is not part of the grammar. */
function readFlags(words: string[]): Flags | null {
  const flags: Flags = { global: false, longContext: false, tier: null };
  const setTier = (tier: PriceTier): boolean => {
    if (flags.tier !== null && flags.tier !== tier) return false;
    flags.tier = tier;
    return true;
  };
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!.toLowerCase();
    if (w === '5m' || w === '1h' || w === '30m') flags.ttl = w;
    else if (w === 'global') flags.global = true;
    else if (w === 'cross' && words[i + 1]?.toLowerCase() === 'region') i++;
    else if (w === 'long' && /^(ctx|context)$/i.test(words[i + 1] ?? '')) {
      flags.longContext = true;
      i++;
    } else if (w === 'lctx' || w === 'longcontext') flags.longContext = true;
    else if (w === 'latency' && words[i + 1]?.toLowerCase() === 'optimized') {
      if (!setTier('latency-optimized')) return null;
      i++;
    } else if (w === 'standard' || w === 'batch' || w === 'flex' || w === 'priority') {
      if (!setTier(w)) return null;
    } else return null;
  }
  return flags;
}

const CAMEL = /^(MillionBatch)?(Input|Output|Response|CacheReadInput|CacheWriteInput|CacheWrite1hInput)Tokens?(?:Count)?((?:_[A-Za-z0-9]+)*)$/;
const CAMEL_DIRECTION: Record<string, Pick<TokenUsage, 'direction' | 'ttl'>> = {
  Input: { direction: 'input' },
  Output: { direction: 'output' },
  Response: { direction: 'output' },
  CacheReadInput: { direction: 'cache-read' },
  CacheWriteInput: { direction: 'cache-write' },
  CacheWrite1hInput: { direction: 'cache-write', ttl: '1h' },
};
const SNAKE = /^(input|output|cache_read|cached_input|cache_write|cache_writes)_tokens((?:_[a-z0-9]+)*)$/;
const SNAKE_DIRECTION: Record<string, Direction> = {
  input: 'input',
  output: 'output',
  cache_read: 'cache-read',
  cached_input: 'cache-read',
  cache_write: 'cache-write',
  cache_writes: 'cache-write',
};

/** One AmazonBedrockFoundationModels dimension: "InputTokenCount_Global" or "input_tokens_global_standard". */
function readMarketplaceDimension(dimension: string): UsageTypeReading {
  const camel = CAMEL.exec(dimension);
  if (camel) {
    const flags = readFlags(camel[3]!.split('_').filter(Boolean));
    if (!flags) return { kind: 'unknown' };
    const base = CAMEL_DIRECTION[camel[2]!]!;
    const tier = camel[1] ? 'batch' : flags.tier;
    if (camel[1] && flags.tier !== null && flags.tier !== 'batch') return { kind: 'unknown' };
    return { kind: 'token', usage: { ...base, ...(flags.ttl ? { ttl: flags.ttl } : {}), global: flags.global, longContext: flags.longContext, tier } };
  }
  const snake = SNAKE.exec(dimension);
  if (snake) {
    const flags = readFlags(snake[2]!.split('_').filter(Boolean));
    if (!flags) return { kind: 'unknown' };
    return {
      kind: 'token',
      usage: { direction: SNAKE_DIRECTION[snake[1]!]!, ...(flags.ttl ? { ttl: flags.ttl } : {}), global: flags.global, longContext: flags.longContext, tier: flags.tier },
    };
  }
  return { kind: 'unknown' };
}

const KEBAB_DIRECTION = /-(input-tokens|output-tokens|cache-read-input-token-count|cache-write-input-token-count|cache-read-input-tokens|cache-write-input-tokens|cache-read-tokens|cache-write-tokens)(?=-|$)/;
const KEBAB_DIRECTION_OF: Record<string, Direction> = {
  'input-tokens': 'input',
  'output-tokens': 'output',
  'cache-read-input-token-count': 'cache-read',
  'cache-write-input-token-count': 'cache-write',
  'cache-read-input-tokens': 'cache-read',
  'cache-write-input-tokens': 'cache-write',
  'cache-read-tokens': 'cache-read',
  'cache-write-tokens': 'cache-write',
};

/** An AmazonBedrock / AmazonBedrockService usage type after its Region prefix: "NovaPro-input-tokens-flex". */
function readKebab(rest: string): UsageTypeReading {
  const m = KEBAB_DIRECTION.exec(rest);
  if (!m) return { kind: 'unknown' };
  const before = rest.slice(0, m.index);
  const after = rest.slice(m.index + m[0].length);
  const flags = readFlags(after.split('-').filter(Boolean));
  if (!flags || !before) return { kind: 'unknown' };
  const usage: TokenUsage = {
    direction: KEBAB_DIRECTION_OF[m[1]!]!,
    ...(flags.ttl ? { ttl: flags.ttl } : {}),
    global: flags.global,
    longContext: flags.longContext,
    tier: flags.tier,
  };
  if (before.endsWith('-mantle')) usage.mantleId = before.slice(0, -'-mantle'.length);
  else usage.modelWord = before;
  return { kind: 'token', usage };
}

const REGION_PREFIX = /^[A-Z]{2,4}\d{0,2}-/;

export function readUsageType(usagetype: string): UsageTypeReading {
  for (const [pattern, reason] of EXCLUDED) if (pattern.test(usagetype)) return { kind: 'excluded', reason };
  const prefix = REGION_PREFIX.exec(usagetype);
  if (!prefix) return { kind: 'unknown' };
  const rest = usagetype.slice(prefix[0].length);
  const marketplace = /^MP:[A-Z]{2,4}\d{0,2}_(.+)-Units$/.exec(rest);
  if (marketplace) return readMarketplaceDimension(marketplace[1]!);
  return readKebab(rest);
}
