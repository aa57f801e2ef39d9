/**
 * Prompt caching on the journey: which part of the prompt is cacheable (a system prompt in front of
 * the user's text, above the model's minimum), and whether this call writes it or reads it.
 * Facts: bedrock-2026-facts.md §5.1 (copied; the app never reads the notes at run time).
 */
import type { CacheMode, CacheTtl, JourneyModel } from './scenario.ts';

export const CACHE_SOURCES = {
  minimum:
    'AWS docs prompt-caching (ko_kr/ja copies): “Cache checkpoints have a minimum and maximum number of tokens, dependent on the specific model … Claude 3.7 Sonnet requires at least 1,024 tokens per cache checkpoint … If you add a cache checkpoint before meeting the minimum … inference still succeeds but the prefix is not cached.”',
  haiku: 'Claude Haiku: 4,096 tokens (Strands docs, generation not stated) or 2,048 for Haiku 3/3.5 (TrueFoundry, on Anthropic’s API) — second-hand and conflicting.',
  ttl: 'AWS docs prompt-caching: TTL 5 minutes for most models, reset by each hit; an extended 1-hour TTL for Claude Opus 4.5, Claude Haiku 4.5 and others (the list in the reference is truncated). API values "5m" (default) and "1h".',
  effect: 'Cache reads skip prefill (“reducing latency by up to 85% and costs by up to 90%”, AWS agent-toolkit); usage reports cacheReadInputTokens and cacheWriteInputTokens (botocore Converse usage).',
} as const;

export type CacheMinimum = { tokens: number; basis: 'documented' | 'second-hand' | 'assumption'; note: string };

/** The smallest prefix the model caches. */
export function cacheMinimum(model: Pick<JourneyModel, 'modelId' | 'name'>): CacheMinimum {
  const id = model.modelId.toLowerCase();
  if (/claude-3-7-sonnet/.test(id)) return { tokens: 1024, basis: 'documented', note: 'Claude 3.7 Sonnet: 1,024 tokens per checkpoint (AWS docs).' };
  if (/sonnet/.test(id)) return { tokens: 1024, basis: 'second-hand', note: 'Claude Sonnet: 1,024 tokens (AWS docs for 3.7 Sonnet; Strands docs for Sonnet) — assumed for this generation.' };
  if (/haiku/.test(id)) return { tokens: 4096, basis: 'second-hand', note: `${CACHE_SOURCES.haiku} The larger is used here.` };
  return { tokens: 1024, basis: 'assumption', note: `The reference gives no minimum for ${model.name}; 1,024 tokens (the documented Claude figure) is assumed.` };
}

/** Models the reference names for the 1-hour TTL. */
export function hasHourTtl(modelId: string): boolean | null {
  if (/claude-(opus-4-5|haiku-4-5)/.test(modelId)) return true;
  return null;
}

export type CachePlan = {
  mode: CacheMode;
  ttl: CacheTtl;
  /** Prompt tokens neither read from nor written to the cache. */
  fresh: number;
  read: number;
  write: number;
  minimum: CacheMinimum;
  /** False when caching was asked for but the prefix is below the minimum (or there is none). */
  effective: boolean;
  notes: string[];
};

export function cachePlan(mode: CacheMode, ttl: CacheTtl, systemTokens: number, promptTokens: number, model: Pick<JourneyModel, 'modelId' | 'name'>): CachePlan {
  const minimum = cacheMinimum(model);
  const total = systemTokens + promptTokens;
  const notes: string[] = [];
  if (mode === 'off') return { mode, ttl, fresh: total, read: 0, write: 0, minimum, effective: false, notes };
  if (systemTokens < minimum.tokens) {
    notes.push(
      systemTokens === 0
        ? 'Caching needs a prefix to cache: set a system prompt of at least the model’s minimum.'
        : `The ${systemTokens.toLocaleString('en-US')}-token prefix is below the model’s minimum of ${minimum.tokens.toLocaleString('en-US')}: inference succeeds, nothing is cached.`,
    );
    return { mode, ttl, fresh: total, read: 0, write: 0, minimum, effective: false, notes };
  }
  if (ttl === '1h' && hasHourTtl(model.modelId) === null)
    notes.push(`The reference lists the 1-hour TTL for Claude Opus 4.5, Haiku 4.5 and others (list truncated); it is not confirmed for ${model.name}.`);
  return mode === 'read'
    ? { mode, ttl, fresh: promptTokens, read: systemTokens, write: 0, minimum, effective: true, notes }
    : { mode, ttl, fresh: promptTokens, read: 0, write: systemTokens, minimum, effective: true, notes };
}
