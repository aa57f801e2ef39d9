/**
 * Throughput of one self-hosted (or operator's) server at a latency objective, from the app's one GPU
 * model (src/domain/gpu): the model's serving profile on the chosen accelerator and tensor-parallel
 * degree, as many replicas as the server's accelerators hold, each at the largest batch that meets
 * the TTFT and TPOT objectives (never the unconstrained maximum). A model that does not fit, or an
 * objective no batch meets, is refused with the numbers.
 */
import { acceleratorById, type AcceleratorId, type Precision } from '../gpu/accelerators.ts';
import { defaultLatencyObjective } from '../gpu/latency-objectives.ts';
import { servingProfileFor, type ServingProfile } from '../gpu/serving-profile.ts';
import { sloConstrainedThroughput, type SloThroughput } from '../gpu/slo-throughput.ts';

export type ServerThroughputInput = {
  /** Catalog v2 id of the model (open preset, or a closed model's calibrated stand-in). */
  catalogId: string;
  accelerator: AcceleratorId;
  acceleratorsPerServer: number;
  /** Tensor-parallel degree of one replica; null = the model's default on this accelerator. */
  tensorParallel: number | null;
  maxBatch: number;
  inputTokens: number;
  outputTokens: number;
  /** Objectives in seconds; null = MLPerf's server limits for the model's class. */
  ttftSeconds: number | null;
  tpotSeconds: number | null;
};

export type LatencyObjectiveView = {
  ttftSeconds: number;
  tpotSeconds: number;
  /** MLPerf's limits for the model's class, the defaults. */
  defaultTtftSeconds: number;
  defaultTpotSeconds: number;
  benchmark: string;
  /** "assumption: X is held to MLPerf's … limits (nearest benchmark class)". */
  mapping: string;
  source: string;
};

export type ServerThroughput = {
  profile: ServingProfile;
  /** The default TP degree for this model on this accelerator (capped at the server's accelerators). */
  defaultTensorParallel: number;
  tensorParallel: number;
  precision: Precision;
  replicas: number;
  objective: LatencyObjectiveView;
  /** One replica at the objective; null when refused before the search. */
  perReplica: SloThroughput | null;
  /** Whole server, input + output tokens/s at the objective; null when refused. */
  totalTokensPerSecond: number | null;
  outputTokensPerSecond: number | null;
  /** Whole server with no latency limit (for comparison: the objective never raises throughput). */
  unconstrainedTotalTokensPerSecond: number | null;
  /** Why there is no throughput, with the numbers; null when there is one. */
  refusal: string | null;
};

/** The largest power of two ≤ n (1, 2, 4, 8 …). */
function powerOfTwoAtMost(n: number): number {
  return 2 ** Math.floor(Math.log2(Math.max(1, n)));
}

export function serverThroughput(i: ServerThroughputInput): ServerThroughput {
  const gpu = acceleratorById(i.accelerator);
  if (!gpu) throw new RangeError(`unknown accelerator ${i.accelerator}`);
  const onGpu = servingProfileFor(i.catalogId, { accelerator: i.accelerator });
  const defaultTensorParallel = Math.min(onGpu.deployment.tensorParallel, powerOfTwoAtMost(i.acceleratorsPerServer));
  const tensorParallel = i.tensorParallel ?? defaultTensorParallel;
  const profile =
    tensorParallel === onGpu.deployment.tensorParallel
      ? onGpu
      : servingProfileFor(i.catalogId, { accelerator: i.accelerator, tensorParallel, precision: onGpu.deployment.weightPrecision });
  const d = profile.deployment;
  const limits = defaultLatencyObjective(profile.architecture);
  const objective: LatencyObjectiveView = {
    ttftSeconds: i.ttftSeconds ?? limits.ttftSeconds,
    tpotSeconds: i.tpotSeconds ?? limits.tpotSeconds,
    defaultTtftSeconds: limits.ttftSeconds,
    defaultTpotSeconds: limits.tpotSeconds,
    benchmark: limits.benchmark,
    mapping: limits.mapping,
    source: limits.source,
  };
  const replicas = Math.floor(i.acceleratorsPerServer / tensorParallel);
  const base = { profile, defaultTensorParallel, tensorParallel, precision: d.weightPrecision, replicas, objective };
  const refuse = (refusal: string, perReplica: SloThroughput | null = null): ServerThroughput => ({
    ...base,
    perReplica,
    totalTokensPerSecond: null,
    outputTokensPerSecond: null,
    unconstrainedTotalTokensPerSecond: perReplica ? perReplica.unconstrained.totalTokensPerSecond * Math.max(replicas, 0) : null,
    refusal,
  });
  if (replicas < 1) {
    return refuse(`A replica needs ${tensorParallel} × ${gpu.name} (tensor parallel), more than the ${i.acceleratorsPerServer} in a server.`);
  }
  if (!profile.fit.fits) return refuse(profile.fit.message);
  const slo = sloConstrainedThroughput(d, {
    inputTokens: i.inputTokens,
    outputTokens: i.outputTokens,
    maxBatch: i.maxBatch,
    ttftObjectiveSeconds: objective.ttftSeconds,
    tpotObjectiveSeconds: objective.tpotSeconds,
  });
  if (slo.batch < 1) return refuse(slo.message, slo);
  return {
    ...base,
    perReplica: slo,
    totalTokensPerSecond: slo.totalTokensPerSecond * replicas,
    outputTokensPerSecond: slo.outputTokensPerSecond * replicas,
    unconstrainedTotalTokensPerSecond: slo.unconstrained.totalTokensPerSecond * replicas,
    refusal: null,
  };
}
