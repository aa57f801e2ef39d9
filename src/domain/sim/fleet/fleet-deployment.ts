import { acceleratorById } from '../../gpu/accelerators.ts';
import { checkFit, defaultDeployment, makeDeployment, withServingOptions, type Deployment, type ServingOptions } from '../../gpu/deployment.ts';
import { weightLoadSeconds as gpuWeightLoadSeconds } from '../../gpu/request-latency.ts';
import { MODEL_ARCHITECTURES } from '../../gpu/model-architectures.ts';
import { kvLimitedBatch, steadyStateThroughput } from '../../gpu/roofline.ts';
import { servingProfileFor } from '../../gpu/serving-profile.ts';
import type { Distribution, FleetScenario } from '../scenario-schema.ts';

export type FleetServer = {
  deployment: Deployment;
  /** How the model's speed is known (the serving profile's label). */
  label: string;
};

/**
 * The scenario's server: the served model's serving profile (src/domain/gpu/serving-profile.ts: its
 * published architecture, or a size class calibrated to observed speed), on the chosen accelerator,
 * GPU count and precision. Older scenarios name an architecture, served as before. A model that does
 * not fit is refused with the fit check's numbers.
 */
export function fleetServer(s: FleetScenario): FleetServer {
  const f = s.fleet;
  const cpu = f.cpuOverheadSeconds === undefined ? {} : { cpuOverheadSeconds: f.cpuOverheadSeconds };
  const legacy = MODEL_ARCHITECTURES.find((m) => m.id === f.model);
  if (legacy) {
    const base = defaultDeployment(legacy);
    const gpu = f.accelerator ? acceleratorById(f.accelerator) : undefined;
    const stack = f.servingStack ? { stack: f.servingStack } : {};
    const d = withServingOptions(makeDeployment(legacy, f.tensorParallel ?? base.tensorParallel, f.precision ?? base.weightPrecision, { ...cpu, ...(gpu ? { gpu } : {}), ...stack }), servingOptions(f));
    const fit = checkFit(d, 1);
    if (!fit.fits) throw new RangeError(fit.message);
    return { deployment: d, label: `modelled by the roofline from the published architecture (${legacy.name})` };
  }
  const profile = servingProfileFor(f.model, { accelerator: f.accelerator, tensorParallel: f.tensorParallel, precision: f.precision, ...(f.servingStack ? { stack: f.servingStack } : {}) });
  if (!profile.fit.fits) throw new RangeError(`${f.model}: ${profile.fit.message}`);
  return { deployment: withServingOptions({ ...profile.deployment, ...cpu }, servingOptions(f)), label: profile.label };
}

function servingOptions(f: FleetScenario['fleet']): ServingOptions {
  return {
    ...(f.pipelineParallel !== undefined ? { pipelineParallel: f.pipelineParallel } : {}),
    ...(f.weightBits !== undefined ? { weightBits: f.weightBits } : {}),
    ...(f.attentionDataParallel !== undefined ? { attentionDataParallel: f.attentionDataParallel } : {}),
    ...(f.kvFreeFraction !== undefined ? { kvFreeFraction: f.kvFreeFraction } : {}),
  };
}

/** Weight-load time of one server: the GPU model's weight bytes ÷ storage bandwidth (an assumption knob, GB/s). */
export function weightLoadSeconds(d: Deployment, gigabytesPerSecond: number): number {
  return gpuWeightLoadSeconds(d, gigabytesPerSecond * 1e9);
}

export function meanOf(d: Distribution): number {
  return d.kind === 'fixed' ? d.value : d.mean;
}

/**
 * One server's token capacity: input + output tokens per second at saturation for the workload's
 * mean prompt (the part not read from the prompt cache) and mean output, with continuous batching up
 * to the batch cap and the KV the policy allows (steadyStateThroughput of the shared roofline).
 */
export function tokenCapacity(d: Deployment, meanPrompt: number, meanOutput: number, maxBatch: number, reserveTokens: number | null): number {
  const batch = reserveTokens === null ? maxBatch : Math.min(maxBatch, kvLimitedBatch(d, meanPrompt + reserveTokens));
  const s = steadyStateThroughput(d, { inputTokens: Math.max(1, meanPrompt), outputTokens: Math.max(1, meanOutput), maxBatch: Math.max(1, batch) });
  return s.totalTokensPerSecond;
}
