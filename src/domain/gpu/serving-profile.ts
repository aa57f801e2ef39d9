/**
 * The one entry point a view calls for "how fast does this Bedrock model run": a serving profile for
 * a catalog v2 id. Open-weight models get their published architecture on a default server and a
 * speed modelled by the roofline. Models whose architecture is unpublished get a size class (a
 * stand-in shape, an assumption) whose speed is calibrated to an observed Bedrock speed where one
 * exists. Every profile carries the label the screen shows. Method: docs/gpu-roofline.md.
 */
import { acceleratorById, type AcceleratorId, type Precision } from './accelerators.ts';
import { checkFit, defaultDeployment, makeDeployment, type Deployment, type FitCheck } from './deployment.ts';
import type { ServingStackId } from './serving-stack.ts';
import {
  DEEPSEEK_V3,
  GPT_OSS_120B,
  GPT_OSS_20B,
  LLAMA_3_1_405B,
  LLAMA_3_1_70B,
  LLAMA_3_1_8B,
  LLAMA_4_MAVERICK,
  LLAMA_4_SCOUT,
  MIXTRAL_8X7B,
  QWEN3_235B_A22B,
  QWEN3_32B,
  type ModelArchitecture,
} from './model-architectures.ts';
import { observedSpeedsFor, type ObservedSpeed } from './observed-speeds.ts';
import { decodeStepSeconds } from './roofline.ts';
import { CALIBRATION_LOAD, sizeClassById, type SizeClassId } from './size-classes.ts';

export type SpeedBasis =
  /** Open weights: published architecture, speed from the roofline. */
  | 'modelled'
  /** Stand-in shape, speed set equal to this model's observed speed. */
  | 'calibrated'
  /** Stand-in shape, speed set equal to a sibling model's observed speed (same vendor and tier). */
  | 'calibrated-sibling'
  /** Stand-in shape, no observed speed: the speed is the stand-in's. */
  | 'assumption';

export type ServingProfile = {
  catalogId: string;
  weights: 'open' | 'closed';
  architecture: ModelArchitecture;
  /** "published architecture", "same shape as …" or "stand-in: … (assumption)". */
  architectureLabel: string;
  /** True when the architecture is exactly this model's published one. */
  exactArchitecture: boolean;
  sizeClass: SizeClassId | null;
  /** The server the numbers are for. Check `fit` before using it. */
  deployment: Deployment;
  /** The fit check; a model that does not fit is refused with these numbers, never moved elsewhere. */
  fit: FitCheck;
  basis: SpeedBasis;
  /** The short label every modelled speed of this model carries on screen. */
  label: string;
  /** The observation the speed is calibrated to, when basis is calibrated or calibrated-sibling. */
  calibratedTo: ObservedSpeed | null;
  /** Per-sequence decode speed at CALIBRATION_LOAD, tok/s (0 when it does not fit). */
  decodeTokensPerSecond: number;
  /** Observed time to first token (client side, network included), when observed for this model or its calibration sibling. */
  observedTtft: { seconds: number; observation: ObservedSpeed } | null;
  /** Every observation of this model (any route), for display beside the modelled figures. */
  observed: ObservedSpeed[];
};

export type ProfileOptions = {
  /** Run on this accelerator instead of the default server (the fit check may then refuse). */
  accelerator?: AcceleratorId;
  tensorParallel?: number;
  precision?: Precision;
  /** The serving software whose fitted efficiencies apply (default trtllm-bench; MLPerf validation runs use mlperf-trt). */
  stack?: ServingStackId;
};

type OpenEntry = { match: RegExp; architecture: ModelArchitecture; exact: boolean; note?: string };

/** A self-hostable preset: a catalog v2 id whose weights are published and whose shape is in the reference. */
export type OpenWeightPreset = { catalogId: string; architecture: ModelArchitecture; exact: boolean; note?: string };

const OPEN_WEIGHTS: readonly OpenEntry[] = [
  { match: /^llama-3-1-8b-instruct$/, architecture: LLAMA_3_1_8B, exact: true },
  { match: /^llama-3-8b-instruct$/, architecture: LLAMA_3_1_8B, exact: false, note: 'Llama 3 8B has the layer shape of Llama 3.1 8B' },
  { match: /^llama-3-1-70b-instruct$/, architecture: LLAMA_3_1_70B, exact: true },
  { match: /^llama-3-(3-)?70b-instruct$/, architecture: LLAMA_3_1_70B, exact: false, note: 'same layer shape as Llama 3.1 70B' },
  { match: /^llama-3-1-405b-instruct$/, architecture: LLAMA_3_1_405B, exact: true },
  { match: /^llama-4-scout-17b-instruct$/, architecture: LLAMA_4_SCOUT, exact: true },
  { match: /^llama-4-maverick-17b-instruct$/, architecture: LLAMA_4_MAVERICK, exact: true },
  { match: /^deepseek-r1$/, architecture: DEEPSEEK_V3, exact: true, note: 'DeepSeek-R1 shares the V3 architecture' },
  { match: /^deepseek-v3-1$/, architecture: DEEPSEEK_V3, exact: false, note: 'assumed to keep the V3 architecture' },
  { match: /^deepseek-v3-2$/, architecture: DEEPSEEK_V3, exact: false, note: 'V3 shape assumed; V3.2 adds sparse attention, which is not modelled' },
  { match: /^gpt-oss-120b$/, architecture: GPT_OSS_120B, exact: true },
  { match: /^gpt-oss-safeguard-120b$/, architecture: GPT_OSS_120B, exact: false, note: 'a fine-tune of gpt-oss-120b, assumed to keep its shape' },
  { match: /^gpt-oss-20b$/, architecture: GPT_OSS_20B, exact: true },
  { match: /^gpt-oss-safeguard-20b$/, architecture: GPT_OSS_20B, exact: false, note: 'a fine-tune of gpt-oss-20b, assumed to keep its shape' },
  { match: /^qwen3-32b$/, architecture: QWEN3_32B, exact: true },
  { match: /^qwen3-235b-a22b-2507$/, architecture: QWEN3_235B_A22B, exact: false, note: 'the 2507 update of Qwen3-235B-A22B, assumed to keep its shape' },
  { match: /^qwen3-vl-235b-a22b$/, architecture: QWEN3_235B_A22B, exact: false, note: 'text decoder assumed to be Qwen3-235B-A22B (vision encoder not counted)' },
  { match: /^mixtral-8x7b-instruct$/, architecture: MIXTRAL_8X7B, exact: true },
];

/**
 * Catalog v2 ids of open-weight models with a published shape (for self-hosting pickers). The id list
 * is the 2026-12-01 catalog's; servingProfileFor also accepts any id these patterns match.
 */
export const OPEN_WEIGHT_PRESETS: readonly OpenWeightPreset[] = [
  'llama-3-8b-instruct',
  'llama-3-1-8b-instruct',
  'llama-3-70b-instruct',
  'llama-3-1-70b-instruct',
  'llama-3-3-70b-instruct',
  'llama-3-1-405b-instruct',
  'llama-4-scout-17b-instruct',
  'llama-4-maverick-17b-instruct',
  'deepseek-r1',
  'deepseek-v3-1',
  'deepseek-v3-2',
  'gpt-oss-120b',
  'gpt-oss-20b',
  'gpt-oss-safeguard-120b',
  'gpt-oss-safeguard-20b',
  'qwen3-32b',
  'qwen3-235b-a22b-2507',
  'qwen3-vl-235b-a22b',
  'mixtral-8x7b-instruct',
].map((catalogId) => {
  const e = OPEN_WEIGHTS.find((x) => x.match.test(catalogId))!;
  return { catalogId, architecture: e.architecture, exact: e.exact, note: e.note };
});

/**
 * Closed models: the class (an assumption), the siblings whose observed speed may stand in (same vendor
 * and tier), and the vendor's anchors: models of another class whose observed speed gives the factor by
 * which the vendor's serving runs faster or slower than the stand-in roofline (timeScale), applied to a
 * model nobody has measured so its class still sets its speed relative to the anchor (an assumption).
 */
type ClosedEntry = { match: RegExp; sizeClass: SizeClassId; siblings: readonly string[]; anchors?: readonly string[] };

const CLAUDE_SONNET_SIBLINGS = ['claude-sonnet-4-6', 'claude-sonnet-4-5'];
const NOVA_LITE_SIBLINGS = ['nova-2-lite'];
const CLAUDE_3_SONNET_ANCHORS = ['claude-3-5-sonnet-v2-2024-10-22', 'claude-3-5-sonnet-v1-2024-06-20'];

const CLOSED: readonly ClosedEntry[] = [
  { match: /^nova-micro$/, sizeClass: 'small-dense', siblings: [] },
  { match: /^nova(-2)?-lite$/, sizeClass: 'small-moe', siblings: NOVA_LITE_SIBLINGS },
  { match: /^nova(-2)?-pro/, sizeClass: 'medium-moe', siblings: ['nova-pro'] },
  { match: /^nova-premier$/, sizeClass: 'large-moe', siblings: [], anchors: ['nova-pro'] },
  // Claude 3.x models anchor on Claude 3.5 Sonnet (observed on Bedrock), the 4.x ones on Sonnet 4.6/4.5.
  { match: /^claude-3-.*haiku/, sizeClass: 'small-moe', siblings: [], anchors: CLAUDE_3_SONNET_ANCHORS },
  { match: /^claude-.*haiku/, sizeClass: 'small-moe', siblings: [], anchors: CLAUDE_SONNET_SIBLINGS },
  { match: /^claude-(3-5-|3-7-)?sonnet|^claude-sonnet/, sizeClass: 'medium-moe', siblings: CLAUDE_SONNET_SIBLINGS },
  { match: /^claude-3-.*opus/, sizeClass: 'large-moe', siblings: [], anchors: CLAUDE_3_SONNET_ANCHORS },
  { match: /^claude-.*opus/, sizeClass: 'large-moe', siblings: [], anchors: CLAUDE_SONNET_SIBLINGS },
  { match: /^claude-instant/, sizeClass: 'small-dense', siblings: [] },
  { match: /^claude-/, sizeClass: 'medium-moe', siblings: [], anchors: CLAUDE_SONNET_SIBLINGS },
];

/** Words in a model id that name its tier; used only when no entry above matches (assumption). */
function guessClass(catalogId: string): SizeClassId {
  const moe = /-a\d+b\b|moe|-\d+x\d+b|kimi|minimax|glm-5|deepseek|qwen3-next|qwen3-coder/.test(catalogId);
  const size = /(\d+(?:\.\d+)?)b(?![a-z])/.exec(catalogId.replace(/-a\d+b/, ''));
  const billions = size ? Number(size[1]) : null;
  let tier: 'small' | 'medium' | 'large';
  if (billions !== null) tier = billions <= 15 ? 'small' : billions <= 100 ? 'medium' : 'large';
  else if (/(^|-)(micro|mini|nano|lite|light|small|flash|express|haiku|luna|e2b|e4b)(-|$)/.test(catalogId)) tier = 'small';
  else if (/(^|-)(large|premier|opus|ultra|max|astra|sol|grok|k2|k3)(-|$)/.test(catalogId)) tier = 'large';
  else tier = 'medium';
  return `${tier}-${moe ? 'moe' : 'dense'}` as SizeClassId;
}

function withSpeed(o: ObservedSpeed): boolean {
  return o.outputTokensPerSecond !== null && o.tier === 'standard';
}

/** Bedrock before other routes; a source's own median/P50 before a computed midpoint. */
function bestSpeedObservation(list: readonly ObservedSpeed[]): ObservedSpeed | null {
  const ranked = list.filter(withSpeed).sort((a, b) => {
    if (a.onBedrock !== b.onBedrock) return a.onBedrock ? -1 : 1;
    const ca = a.outputTokensPerSecond!.typicalIs === 'midpoint of range (computed)' ? 1 : 0;
    const cb = b.outputTokensPerSecond!.typicalIs === 'midpoint of range (computed)' ? 1 : 0;
    return ca - cb;
  });
  return ranked[0] ?? null;
}

function ttftOf(list: readonly ObservedSpeed[]): ServingProfile['observedTtft'] {
  const o = list.filter((x) => x.ttftSeconds !== null && x.tier === 'standard').sort((a, b) => Number(b.onBedrock) - Number(a.onBedrock))[0];
  return o ? { seconds: o.ttftSeconds!.typical, observation: o } : null;
}

function describe(o: ObservedSpeed): string {
  const s = o.outputTokensPerSecond!;
  const fig = s.min === s.max ? `${s.typical} tok/s` : `${Math.round(s.typical)} tok/s (${s.min}–${s.max})`;
  return `${o.model}, ${o.route}: ${fig}; ${o.source}, ${o.date}`;
}

function decodeSpeed(d: Deployment): number {
  return 1 / decodeStepSeconds(d, CALIBRATION_LOAD.batch, CALIBRATION_LOAD.meanContextTokens);
}

function deploymentFor(base: Deployment, options: ProfileOptions): Deployment {
  if (!options.accelerator && !options.tensorParallel && !options.precision && !options.stack) return base;
  const gpu = options.accelerator ? acceleratorById(options.accelerator) : base.gpu;
  if (!gpu) throw new RangeError(`unknown accelerator ${options.accelerator}`);
  const chosen = options.accelerator && !options.tensorParallel && !options.precision ? defaultDeployment(base.model, gpu) : null;
  return makeDeployment(base.model, options.tensorParallel ?? chosen?.tensorParallel ?? base.tensorParallel, options.precision ?? chosen?.weightPrecision ?? base.weightPrecision, {
    gpu,
    timeScale: base.timeScale,
    ...(options.stack ? { stack: options.stack } : {}),
  });
}

function openProfile(catalogId: string, entry: OpenEntry, options: ProfileOptions, observed: ObservedSpeed[]): ServingProfile {
  const deployment = deploymentFor(defaultDeployment(entry.architecture), options);
  const fit = checkFit(deployment);
  const architectureLabel = entry.exact
    ? `published architecture (${entry.architecture.name})`
    : `shape of ${entry.architecture.name}: ${entry.note ?? 'assumed the same'}`;
  return {
    catalogId,
    weights: 'open',
    architecture: entry.architecture,
    architectureLabel,
    exactArchitecture: entry.exact,
    sizeClass: null,
    deployment,
    fit,
    basis: 'modelled',
    label: `modelled by the roofline from the ${entry.exact ? 'published' : 'assumed'} architecture on ${deployment.tensorParallel} × ${deployment.gpu.name}`,
    calibratedTo: null,
    decodeTokensPerSecond: fit.fits ? decodeSpeed(deployment) : 0,
    observedTtft: ttftOf(observed),
    observed,
  };
}

/** Families whose weights are published, though their shapes are not in the reference (they get a stand-in too). */
const OPEN_FAMILIES = /^(llama|mistral|mixtral|pixtral|magistral|ministral|devstral|voxtral|gemma|qwen|deepseek|gpt-oss|nemotron|kimi|glm|minimax|jamba)/;

/** The vendor anchor: the first anchor model with an observed speed, and the timeScale its own profile gets. */
function vendorAnchor(anchors: readonly string[]): { catalogId: string; observation: ObservedSpeed; timeScale: number } | null {
  for (const id of anchors) {
    const entry = CLOSED.find((e) => e.match.test(id));
    const observation = bestSpeedObservation(observedSpeedsFor(id));
    if (!entry || !observation) continue;
    const cls = sizeClassById(entry.sizeClass);
    return { catalogId: id, observation, timeScale: decodeSpeed(cls.deployment(cls.template)) / observation.outputTokensPerSecond!.typical };
  }
  return null;
}

function closedProfile(catalogId: string, sizeClass: SizeClassId, siblings: readonly string[], options: ProfileOptions, observed: ObservedSpeed[], anchors: readonly string[] = []): ServingProfile {
  const weights = OPEN_FAMILIES.test(catalogId) ? 'open' : 'closed';
  const cls = sizeClassById(sizeClass);
  const standIn = cls.deployment(cls.template);
  const own = bestSpeedObservation(observed);
  const sibling = own ? null : bestSpeedObservation(siblings.filter((s) => s !== catalogId).flatMap((s) => observedSpeedsFor(s)));
  const target = own ?? sibling;
  const anchor = target ? null : vendorAnchor(anchors.filter((a) => a !== catalogId));
  const timeScale = target ? decodeSpeed(standIn) / target.outputTokensPerSecond!.typical : (anchor?.timeScale ?? 1);
  const deployment = deploymentFor({ ...standIn, timeScale }, options);
  const fit = checkFit(deployment);
  const basis: SpeedBasis = own ? 'calibrated' : sibling ? 'calibrated-sibling' : 'assumption';
  const label =
    basis === 'calibrated'
      ? `calibrated to observed speed: ${describe(own!)}`
      : basis === 'calibrated-sibling'
        ? `calibrated to a sibling's observed speed (no figure for this model): ${describe(sibling!)}`
        : anchor
          ? `assumption: no published speed; ${cls.name.toLowerCase()} stand-in on ${standIn.tensorParallel} × ${standIn.gpu.name}, run ${(1 / anchor.timeScale).toFixed(2)} × the roofline's speed as ${anchor.observation.model} is (observed ${describe(anchor.observation)})`
          : `assumption: no published speed; ${cls.name.toLowerCase()} stand-in on ${standIn.tensorParallel} × ${standIn.gpu.name}`;
  return {
    catalogId,
    weights,
    architecture: cls.template,
    architectureLabel: `stand-in: ${cls.template.name} (assumption: ${weights === 'open' ? 'the shape is not in the reference' : 'the architecture is not published'})`,
    exactArchitecture: false,
    sizeClass,
    deployment,
    fit,
    basis,
    label,
    calibratedTo: target,
    decodeTokensPerSecond: fit.fits ? decodeSpeed(deployment) : 0,
    observedTtft: ttftOf(observed) ?? (sibling ? ttftOf(observedSpeedsFor(siblings[0]!)) : null),
    observed,
  };
}

/**
 * The serving profile of a catalog v2 model id (e.g. `claude-sonnet-4-6`, `llama-3-3-70b-instruct`,
 * `gpt-oss-120b`, `nova-micro`). Unknown ids get a size class guessed from the id, labelled assumption.
 * With `options.accelerator` the model is placed on that accelerator; `fit` then says whether it fits.
 */
export function servingProfileFor(catalogId: string, options: ProfileOptions = {}): ServingProfile {
  const observed = observedSpeedsFor(catalogId);
  const open = OPEN_WEIGHTS.find((e) => e.match.test(catalogId));
  if (open) return openProfile(catalogId, open, options, observed);
  const closed = CLOSED.find((e) => e.match.test(catalogId));
  if (closed) return closedProfile(catalogId, closed.sizeClass, closed.siblings, options, observed, closed.anchors);
  return closedProfile(catalogId, guessClass(catalogId), [], options, observed);
}
