/**
 * Output speeds and first-token times of models as observed by third parties, mostly on Bedrock
 * (gpu-models-benchmarks-2026.md §4, queueing-and-gpu.md §4). Ranges, not point targets: runs differ
 * by prompt, Region and day. `typical` is the source's own central figure (median, P50) where it gives
 * one, else the midpoint of the range (computed here, `typicalIs` says which).
 * Used to calibrate the closed models' size classes (serving-profile.ts) and plotted on /pricing.
 */

export type SpeedRange = { min: number; max: number; typical: number; typicalIs: 'source median/P50' | 'single value' | 'midpoint of range (computed)' };

export type ObservedSpeed = {
  id: string;
  /** Catalog v2 ids this observation is of (the exact model, not a relative). */
  catalogIds: readonly string[];
  model: string;
  /** How the requests reached the model. */
  route: string;
  onBedrock: boolean;
  /** Bedrock service tier the observation used. */
  tier: 'standard' | 'latency-optimized';
  /** Output tokens per second seen by one streaming request; null when the source gives none. */
  outputTokensPerSecond: SpeedRange | null;
  /** Time to first token, seconds, as the client saw it (network and gateway included). */
  ttftSeconds: SpeedRange | null;
  date: string;
  source: string;
  /** Caveats the screen shows with the figure. */
  quality: string;
};

function range(min: number, max: number, typical?: number, typicalIs?: SpeedRange['typicalIs']): SpeedRange {
  if (typical !== undefined) return { min, max, typical, typicalIs: typicalIs ?? 'source median/P50' };
  if (min === max) return { min, max, typical: min, typicalIs: 'single value' };
  return { min, max, typical: (min + max) / 2, typicalIs: 'midpoint of range (computed)' };
}

const AIPERF = 'aiperf.ghast.people.aws.dev "Bedrock + Mantle Benchmark Report"';
const AIPERF_QUALITY = "An individual's report on an AWS-hosted page, not an official benchmark; ranges span tasks and Regions.";
const AIPERF_DATE = '2026 (runs "30 Jun → 1 Jul"; year not printed, site built 2026)';
const VERCEL = 'Vercel AI Gateway model page "Nova Micro" (table of Bedrock-served Nova models, P50 of live gateway traffic)';
const AA = 'artificialanalysis.ai provider pages (Artificial Analysis), via queueing-and-gpu.md §4';
const AA_DATE = '2024–25';
const KRAB = 'krabarena.com benchmark claim (LLM-written benchmark artifact), Bedrock via OpenRouter, 337 ms proxy overhead subtracted';

export const OBSERVED_SPEEDS: readonly ObservedSpeed[] = [
  {
    id: 'aiperf-nova-micro',
    catalogIds: ['nova-micro'],
    model: 'Nova Micro',
    route: 'Bedrock, direct, several Regions',
    onBedrock: true,
    tier: 'standard',
    // 485 coding, 298–299 long-form, 570–575 reasoning prompts.
    outputTokensPerSecond: range(298, 575),
    ttftSeconds: range(0.21, 0.33),
    date: AIPERF_DATE,
    source: AIPERF,
    quality: AIPERF_QUALITY,
  },
  {
    id: 'aiperf-nova-2-lite',
    catalogIds: ['nova-2-lite'],
    model: 'Nova 2 Lite',
    route: 'Bedrock, geo inference profile',
    onBedrock: true,
    tier: 'standard',
    outputTokensPerSecond: range(203, 303),
    ttftSeconds: null,
    date: AIPERF_DATE,
    source: AIPERF,
    quality: AIPERF_QUALITY,
  },
  {
    id: 'aiperf-llama-4-scout',
    catalogIds: ['llama-4-scout-17b-instruct'],
    model: 'Llama 4 Scout',
    route: 'Bedrock, geo inference profile',
    onBedrock: true,
    tier: 'standard',
    outputTokensPerSecond: range(175, 248),
    ttftSeconds: range(0.24, 0.27),
    date: AIPERF_DATE,
    source: AIPERF,
    quality: `${AIPERF_QUALITY} First-token times are for US Regions.`,
  },
  {
    id: 'aiperf-llama-4-maverick',
    catalogIds: ['llama-4-maverick-17b-instruct'],
    model: 'Llama 4 Maverick',
    route: 'Bedrock, geo inference profile',
    onBedrock: true,
    tier: 'standard',
    outputTokensPerSecond: range(190, 237),
    ttftSeconds: range(0.26, 0.38),
    date: AIPERF_DATE,
    source: AIPERF,
    quality: AIPERF_QUALITY,
  },
  {
    id: 'aiperf-deepseek-r1',
    catalogIds: ['deepseek-r1'],
    model: 'DeepSeek-R1',
    route: 'Bedrock, geo inference profile',
    onBedrock: true,
    tier: 'standard',
    outputTokensPerSecond: null,
    ttftSeconds: range(0.09, 0.13),
    date: AIPERF_DATE,
    source: AIPERF,
    quality: `${AIPERF_QUALITY} Reasoning tokens may be streamed first, so the first token comes early.`,
  },
  {
    id: 'aiperf-nemotron-nano-12b',
    catalogIds: ['nemotron-nano-12b-v2-vl'],
    model: 'NVIDIA Nemotron Nano 12B',
    route: 'Bedrock',
    onBedrock: true,
    tier: 'standard',
    outputTokensPerSecond: range(194, 198),
    ttftSeconds: null,
    date: AIPERF_DATE,
    source: AIPERF,
    quality: AIPERF_QUALITY,
  },
  {
    id: 'aiperf-nemotron-3-nano-30b',
    catalogIds: ['nemotron-3-nano-30b'],
    model: 'NVIDIA Nemotron Nano 3 30B',
    route: 'Bedrock',
    onBedrock: true,
    tier: 'standard',
    outputTokensPerSecond: range(215, 215),
    ttftSeconds: null,
    date: AIPERF_DATE,
    source: AIPERF,
    quality: AIPERF_QUALITY,
  },
  {
    id: 'vercel-nova-pro',
    catalogIds: ['nova-pro'],
    model: 'Nova Pro',
    route: 'Bedrock via Vercel AI Gateway',
    onBedrock: true,
    tier: 'standard',
    outputTokensPerSecond: range(141, 141),
    ttftSeconds: range(0.3, 0.3, 0.3, 'source median/P50'),
    date: 'undated (page read 2026)',
    source: VERCEL,
    quality: 'P50 on live gateway traffic [secondary].',
  },
  {
    id: 'vercel-nova-2-lite',
    catalogIds: ['nova-2-lite'],
    model: 'Nova 2 Lite',
    route: 'Bedrock via Vercel AI Gateway',
    onBedrock: true,
    tier: 'standard',
    outputTokensPerSecond: range(233, 233),
    ttftSeconds: range(0.3, 0.3, 0.3, 'source median/P50'),
    date: 'undated (page read 2026)',
    source: VERCEL,
    quality: 'P50 on live gateway traffic [secondary].',
  },
  {
    id: 'vercel-nova-micro',
    catalogIds: ['nova-micro'],
    model: 'Nova Micro',
    route: 'Bedrock via Vercel AI Gateway',
    onBedrock: true,
    tier: 'standard',
    outputTokensPerSecond: null,
    ttftSeconds: range(0.3, 0.3, 0.3, 'source median/P50'),
    date: 'undated (page read 2026)',
    source: VERCEL,
    quality: 'P50 on live gateway traffic [secondary]; output speed not shown.',
  },
  {
    id: 'vercel-nova-lite',
    catalogIds: ['nova-lite'],
    model: 'Nova Lite',
    route: 'Bedrock via Vercel AI Gateway',
    onBedrock: true,
    tier: 'standard',
    outputTokensPerSecond: null,
    ttftSeconds: range(0.4, 0.4, 0.4, 'source median/P50'),
    date: 'undated (page read 2026)',
    source: VERCEL,
    quality: 'P50 on live gateway traffic [secondary]; output speed not shown.',
  },
  {
    id: 'krab-claude-haiku-4-5',
    catalogIds: ['claude-haiku-4-5'],
    model: 'Claude Haiku 4.5',
    route: 'Bedrock via OpenRouter',
    onBedrock: true,
    tier: 'standard',
    outputTokensPerSecond: null,
    ttftSeconds: range(1.239, 1.239, 1.239, 'source median/P50'),
    date: '2026',
    source: KRAB,
    quality: 'Single source; 700-token system prefix, short rewrites.',
  },
  {
    id: 'krab-claude-sonnet-4-6',
    catalogIds: ['claude-sonnet-4-6'],
    model: 'Claude Sonnet 4.6',
    route: 'Bedrock via OpenRouter',
    onBedrock: true,
    tier: 'standard',
    outputTokensPerSecond: null,
    ttftSeconds: range(1.641, 1.641, 1.641, 'source median/P50'),
    date: '2026',
    source: KRAB,
    quality: 'Single source; 700-token system prefix, short rewrites.',
  },
  {
    id: 'bridgebench-claude-sonnet-4-6',
    catalogIds: ['claude-sonnet-4-6'],
    model: 'Claude Sonnet 4.6',
    route: 'provider not stated (likely the Anthropic API) — not Bedrock',
    onBedrock: false,
    tier: 'standard',
    outputTokensPerSecond: range(48.8, 101.4, 95.3, 'source median/P50'),
    ttftSeconds: range(1.207, 1.207, 1.207, 'source median/P50'),
    date: '2026',
    source: 'bridgebench.ai speedbench',
    quality: 'Not Bedrock [secondary]; range is by prompt.',
  },
  {
    id: 'transend-claude-sonnet-4-5',
    catalogIds: ['claude-sonnet-4-5'],
    model: 'Claude Sonnet 4.5',
    route: 'a gateway, provider not stated — not Bedrock',
    onBedrock: false,
    tier: 'standard',
    outputTokensPerSecond: range(118, 118),
    ttftSeconds: null,
    date: '2025',
    source: 'transendai.net blog',
    quality: 'Weak secondary source; not Bedrock.',
  },
  {
    id: 'aa-claude-3-5-haiku-optimized',
    catalogIds: ['claude-3-5-haiku'],
    model: 'Claude 3.5 Haiku (latency-optimized, Trainium2)',
    route: 'Bedrock latency-optimized inference',
    onBedrock: true,
    tier: 'latency-optimized',
    outputTokensPerSecond: range(101, 101),
    ttftSeconds: range(0.59, 0.62),
    date: AA_DATE,
    source: `${AA} (two snapshots)`,
    quality: 'Third-party measurement.',
  },
  {
    id: 'aa-claude-3-5-haiku',
    catalogIds: ['claude-3-5-haiku'],
    model: 'Claude 3.5 Haiku',
    route: 'Bedrock, standard',
    onBedrock: true,
    tier: 'standard',
    // "Slower than Vertex (65–68 t/s)": the value itself is not in the stored excerpt.
    outputTokensPerSecond: null,
    ttftSeconds: range(0.7, 0.81),
    date: AA_DATE,
    source: AA,
    quality: 'Output speed not in the stored excerpt (only "slower than Vertex at 65–68 t/s").',
  },
  {
    id: 'aa-claude-3-5-sonnet',
    catalogIds: ['claude-3-5-sonnet-v1-2024-06-20', 'claude-3-5-sonnet-v2-2024-10-22'],
    model: 'Claude 3.5 Sonnet',
    route: 'Bedrock, standard',
    onBedrock: true,
    tier: 'standard',
    outputTokensPerSecond: range(53, 54),
    ttftSeconds: range(0.93, 0.96),
    date: AA_DATE,
    source: AA,
    quality: 'Third-party measurement (Anthropic API at the same time: 64–95 t/s).',
  },
  {
    id: 'aa-claude-3-sonnet',
    catalogIds: ['claude-3-sonnet-legacy'],
    model: 'Claude 3 Sonnet',
    route: 'Bedrock, standard',
    onBedrock: true,
    tier: 'standard',
    outputTokensPerSecond: range(60, 60),
    ttftSeconds: range(0.76, 0.76),
    date: AA_DATE,
    source: AA,
    quality: 'Third-party measurement.',
  },
  {
    id: 'aa-claude-2-1',
    catalogIds: ['claude-v2-1-legacy'],
    model: 'Claude 2.1',
    route: 'Bedrock, standard',
    onBedrock: true,
    tier: 'standard',
    outputTokensPerSecond: range(28, 28),
    ttftSeconds: range(1.82, 1.82),
    date: AA_DATE,
    source: AA,
    quality: 'Third-party measurement.',
  },
  {
    id: 'llmperf-claude-instant',
    catalogIds: ['claude-instant-legacy'],
    model: 'Claude Instant v1',
    route: 'Bedrock (LLMPerf, 100 requests)',
    onBedrock: true,
    tier: 'standard',
    outputTokensPerSecond: range(65.6, 106, 65.6, 'source median/P50'),
    ttftSeconds: range(1.21, 2.17, 1.21, 'source median/P50'),
    date: '2024',
    source: 'Hugging Face dataset ssong1/llmperf-bedrock README',
    quality: 'Third-party; range is median to p99.',
  },
  {
    id: 'aa-llama-3-1-405b-optimized',
    catalogIds: ['llama-3-1-405b-instruct'],
    model: 'Llama 3.1 405B (latency-optimized)',
    route: 'Bedrock latency-optimized inference',
    onBedrock: true,
    tier: 'latency-optimized',
    outputTokensPerSecond: range(73.7, 73.7),
    ttftSeconds: range(2.46, 2.46),
    date: AA_DATE,
    source: `${AA} (default workload 10 k input tokens)`,
    quality: 'Third-party measurement; the standard-tier row (340 t/s with 76.5 s TTFT) is inconsistent and left out.',
  },
];

/** Every observation of this catalog model (any route), Bedrock first. */
export function observedSpeedsFor(catalogId: string): ObservedSpeed[] {
  return OBSERVED_SPEEDS.filter((o) => o.catalogIds.includes(catalogId)).sort((a, b) => Number(b.onBedrock) - Number(a.onBedrock));
}
