/**
 * What fits where: for a model, each accelerator's smallest server that holds it, or the refusal with
 * its numbers. For pickers that list accelerators and models with "what fits".
 */
import { ACCELERATORS, supportedPrecisions, type AcceleratorSpec, type Precision } from './accelerators.ts';
import { checkFit, makeDeployment, smallestServer, type Deployment, type FitCheck } from './deployment.ts';
import type { ModelArchitecture } from './model-architectures.ts';

export type FitOption = {
  accelerator: AcceleratorSpec;
  precision: Precision;
  /** The smallest server (1, 2, 4 or 8 devices) that fits; null when 8 devices do not. */
  deployment: Deployment | null;
  /** For a refusal: the check at 8 devices, with its numbers. */
  fit: FitCheck;
};

/** Preferred precision per accelerator: FP8 where it has FP8 units, else BF16 (FP4 only on request). */
export function preferredPrecision(a: AcceleratorSpec): Precision {
  return supportedPrecisions(a).includes('fp8') ? 'fp8' : 'bf16';
}

export function fitOptions(model: ModelArchitecture, precision?: Precision): FitOption[] {
  return ACCELERATORS.map((accelerator) => {
    const p = precision && accelerator.denseFlops[precision] !== null ? precision : preferredPrecision(accelerator);
    const deployment = smallestServer(model, accelerator, p);
    return { accelerator, precision: p, deployment, fit: checkFit(deployment ?? makeDeployment(model, 8, p, { gpu: accelerator })) };
  });
}
