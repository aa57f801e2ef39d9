import { ACCELERATORS, acceleratorById, pricePerAcceleratorHour, type AcceleratorId, type Precision } from '../gpu/accelerators.ts';
import { checkFit, defaultDeployment, makeDeployment } from '../gpu/deployment.ts';
import { MODEL_ARCHITECTURES } from '../gpu/model-architectures.ts';
import { servingProfileFor, type ProfileOptions, type ServingProfile } from '../gpu/serving-profile.ts';
import { CALIBRATION_LOAD } from '../gpu/size-classes.ts';
import { LEGACY_MODEL_IDS } from '../sim/legacy-model-ids.ts';
import { speedLabel, type SpeedLabel } from '../validation/speed-label.ts';
import type { SimParams } from './sim-params.ts';
import { enUs } from '../format/en-us-number.ts';

/** One accelerator in the picker: whether the model fits on it, and the server it would get. */
export type AcceleratorOption = {
  value: AcceleratorId | 'default';
  label: string;
  fits: boolean;
  /** "2 × NVIDIA H100 SXM5 80 GB, FP8", or the refusal with its numbers. */
  detail: string;
  /** On-demand EC2 price per accelerator-hour where sourced (src/domain/gpu/accelerators.ts), else null. */
  gpuHourUsd: number | null;
};

type Server = Pick<ServingProfile, 'deployment' | 'fit' | 'label' | 'basis'> & { decodeTokensPerSecond?: number };

export type ServingChoice = {
  /** The catalog id the simulator serves (older links name an architecture). */
  catalogId: string;
  profile: Server;
  fits: boolean;
  /** Empty when it fits; else the GPU module's refusal with its numbers (weights + KV vs usable memory). */
  refusal: string;
  /** "2 × NVIDIA H100 SXM5 80 GB, FP8 — modelled by the roofline …". */
  server: string;
  /** "Decodes about 95 tokens/s per request with 64 requests in a batch", where the GPU module gives it; else ''. */
  speed: string;
  /**
   * For a speed modelled from a published architecture: how close the GPU model came to the nearest
   * published measurement (src/domain/validation/speed-label.ts); null for calibrated stand-ins, whose
   * speed is set to an observed one.
   */
  validation: SpeedLabel | null;
};

type ServingKnobs = Pick<SimParams, 'model' | 'accel' | 'gpus' | 'precision'>;

function catalogIdOf(model: string): string {
  return Object.hasOwn(LEGACY_MODEL_IDS, model) ? LEGACY_MODEL_IDS[model]! : model;
}

function serverText(p: Server): string {
  const d = p.deployment;
  return `${d.tensorParallel} × ${d.gpu.name}, ${d.weightPrecision.toUpperCase()}`;
}

function optionsFor(k: ServingKnobs): ProfileOptions {
  const o: ProfileOptions = {};
  if (k.accel !== 'default') o.accelerator = k.accel;
  if (k.gpus > 0) o.tensorParallel = k.gpus;
  if (k.precision !== 'default') o.precision = k.precision as Precision;
  return o;
}

/** Older links that name an architecture the catalog lacks are served by that architecture, as the engine does. */
function serverFor(catalogId: string, o: ProfileOptions): Server {
  const legacy = MODEL_ARCHITECTURES.find((m) => m.id === catalogId);
  if (!legacy) return servingProfileFor(catalogId, o);
  const base = defaultDeployment(legacy);
  const gpu = o.accelerator ? acceleratorById(o.accelerator) : undefined;
  const deployment = makeDeployment(legacy, o.tensorParallel ?? base.tensorParallel, o.precision ?? base.weightPrecision, gpu ? { gpu } : {});
  return { deployment, fit: checkFit(deployment, 1), label: `modelled by the roofline from the published architecture (${legacy.name})`, basis: 'modelled' };
}

/**
 * The simulator's server for a catalog model, as the engine builds it (src/domain/sim/fleet/
 * fleet-deployment.ts calls servingProfileFor with the same options). A model that does not fit is
 * refused with the numbers, never moved to another server: the page shows the refusal beside the
 * accelerator (acceleratorOptions marks every accelerator) and does not run.
 */
export function servingChoice(k: ServingKnobs): ServingChoice {
  const catalogId = catalogIdOf(k.model);
  const profile = serverFor(catalogId, optionsFor(k));
  const fits = profile.fit.fits;
  return {
    catalogId,
    profile,
    fits,
    refusal: fits ? '' : profile.fit.message,
    server: fits ? `${serverText(profile)} — ${profile.label}` : '',
    speed:
      fits && profile.decodeTokensPerSecond !== undefined && profile.decodeTokensPerSecond > 0
        ? `Decodes about ${enUs(Math.round(profile.decodeTokensPerSecond))} tokens/s per request with ${CALIBRATION_LOAD.batch} requests in a batch of ${enUs(CALIBRATION_LOAD.meanContextTokens)}-token contexts`
        : '',
    validation:
      fits && profile.basis === 'modelled'
        ? speedLabel({ architectureId: profile.deployment.model.id, acceleratorId: profile.deployment.gpu.id, tensorParallel: profile.deployment.tensorParallel, precision: profile.deployment.weightPrecision })
        : null,
  };
}

/**
 * The accelerator picker: the default server, then every accelerator with the chosen GPU count and
 * weights (or its own smallest server that holds the model), each saying whether the model fits. A
 * server per accelerator is a dozen serving profiles, so this is its own call, made where the picker
 * is drawn, not with the page's served model.
 */
export function acceleratorOptions(k: ServingKnobs): AcceleratorOption[] {
  const catalogId = catalogIdOf(k.model);
  const base = serverFor(catalogId, {});
  return [
    {
      value: 'default',
      label: `Default server (${base.deployment.gpu.name})`,
      fits: base.fit.fits,
      detail: base.fit.fits ? serverText(base) : base.fit.message,
      gpuHourUsd: pricePerAcceleratorHour(base.deployment.gpu)?.usd ?? null,
    },
    ...ACCELERATORS.map((a) => {
      const opt = serverFor(catalogId, { ...optionsFor(k), accelerator: a.id });
      return {
        value: a.id,
        label: opt.fit.fits ? a.name : `${a.name} — does not fit`,
        fits: opt.fit.fits,
        detail: opt.fit.fits ? serverText(opt) : opt.fit.message,
        gpuHourUsd: pricePerAcceleratorHour(a)?.usd ?? null,
      };
    }),
  ];
}

/** GPUs-per-server choices (tensor-parallel degree). */
export const GPU_COUNT_OPTIONS: readonly { value: string; label: string }[] = [{ value: '0', label: 'Auto (fewest)' }, ...[1, 2, 4, 8].map((n) => ({ value: String(n), label: `${n} GPU${n === 1 ? '' : 's'}` }))];
