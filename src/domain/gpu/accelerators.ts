/**
 * Accelerators the GPU model can serve on, with the constants the reference has for each
 * (gpu-models-benchmarks-2026.md §1, queueing-and-gpu.md §3, tco-facts.md). Values are per device.
 * Where sources disagree, the value used is the one named in the configurations we validate against,
 * and `conflicts` lists the other value with its source so a view can show both.
 * Equations that use these: docs/gpu-roofline.md.
 */
export type Precision = 'bf16' | 'fp8' | 'fp4';

export type AcceleratorConflict = {
  field: 'memory' | 'bandwidth' | 'price';
  used: string;
  other: string;
  note: string;
};

export type Ec2Offer = {
  instance: string;
  accelerators: number;
  /** On-demand USD per instance-hour, us-east-1, Linux. */
  onDemandPerHour: number;
  asOf: string;
  source: string;
  confidence: 'confirmed' | 'single-source';
};

export type AcceleratorSpec = {
  id: AcceleratorId;
  name: string;
  vendor: 'NVIDIA' | 'AWS';
  memoryBytes: number;
  /** Device memory bandwidth, bytes/s. */
  memoryBandwidth: number;
  /** Dense tensor throughput (no 2:4 sparsity), FLOP/s; null where the part has no such unit or no figure was found. */
  denseFlops: Record<Precision, number | null>;
  interconnect: {
    name: string;
    /** Per-device scale-up bandwidth, bytes/s; null when not published in the pages found. */
    bytesPerSecond: number | null;
  };
  /** Board power, W; null when not published in the pages found. */
  tdpWatts: number | null;
  /** EC2 instances carrying this accelerator, with sourced prices; empty where none was found. */
  ec2: readonly Ec2Offer[];
  /** What the reference could not find (shown on screen as gaps). */
  gaps: readonly string[];
  conflicts: readonly AcceleratorConflict[];
  /** One line naming the sources of the constants. */
  source: string;
};

export type AcceleratorId = 'h100-sxm' | 'h200' | 'b200' | 'gb200' | 'a100-80gb' | 'l40s' | 'l4' | 'trainium2' | 'inferentia2';

const GIB = 2 ** 30;
const TERA = 1e12;

const MARCH_2026_TABLE = 'EC2 instance catalog (us-east-1 pricing, March 2026) in a hybrid-cost repository, via gpu-models-benchmarks-2026.md §1.2';
const VANTAGE_FIXTURE = 'Vantage-format test fixture in a GPU-price collector repository (fixture values, not a dated snapshot), via gpu-models-benchmarks-2026.md §1.2';

export const H100_SXM: AcceleratorSpec = {
  id: 'h100-sxm',
  name: 'NVIDIA H100 SXM5 80 GB',
  vendor: 'NVIDIA',
  memoryBytes: 80e9,
  memoryBandwidth: 3.35 * TERA,
  // The datasheet headline (1,979 / 3,958 TFLOPS) is with 2:4 sparsity; dense is half.
  denseFlops: { bf16: 989.4 * TERA, fp8: 1978.9 * TERA, fp4: null },
  interconnect: { name: 'NVLink 4', bytesPerSecond: 900e9 },
  tdpWatts: 700,
  ec2: [
    {
      instance: 'p5.48xlarge',
      accelerators: 8,
      onDemandPerHour: 55.04,
      asOf: '2026-11-09',
      source: 'datareceipts 109-gpu-pricing/hyperscalers.json (after the June 2025 cut), via tco-facts.md',
      confidence: 'confirmed',
    },
  ],
  gaps: [],
  conflicts: [],
  source: 'NVIDIA H100 datasheet (hpctech mirror); glennklockwood.com/garden/processors/h100 (queueing-and-gpu.md §3)',
};

export const H200: AcceleratorSpec = {
  id: 'h200',
  name: 'NVIDIA H200 SXM 141 GB',
  vendor: 'NVIDIA',
  memoryBytes: 141e9,
  memoryBandwidth: 4.8 * TERA,
  denseFlops: { bf16: 989 * TERA, fp8: 1979 * TERA, fp4: null },
  interconnect: { name: 'NVLink 4', bytesPerSecond: 900e9 },
  tdpWatts: 700,
  ec2: [{ instance: 'p5en.48xlarge', accelerators: 8, onDemandPerHour: 63.296, asOf: 'undated fixture', source: VANTAGE_FIXTURE, confidence: 'single-source' }],
  gaps: ['p5e.48xlarge has no current on-demand price in the sources found'],
  conflicts: [
    {
      field: 'price',
      used: 'p5en.48xlarge $63.296/h',
      other: '$84.80/h',
      note: 'An older roofline repository lists $84.80 for p5e/p5en (a table from before the June 2025 price cut).',
    },
  ],
  source: 'llmbook appendix G.1; inferenceengineering.tech cheat sheet; kunwar.page appendix D (all three agree) [secondary]',
};

export const B200: AcceleratorSpec = {
  id: 'b200',
  name: 'NVIDIA B200 (HGX, 1,000 W)',
  vendor: 'NVIDIA',
  memoryBytes: 180e9,
  memoryBandwidth: 8 * TERA,
  denseFlops: { bf16: 2250 * TERA, fp8: 4500 * TERA, fp4: 9000 * TERA },
  interconnect: { name: 'NVLink 5', bytesPerSecond: 1800e9 },
  tdpWatts: 1000,
  ec2: [{ instance: 'p6-b200.48xlarge', accelerators: 8, onDemandPerHour: 113.9328, asOf: 'undated fixture', source: VANTAGE_FIXTURE, confidence: 'single-source' }],
  gaps: [],
  conflicts: [
    {
      field: 'memory',
      used: '180 GB',
      other: '192 GB',
      note: 'MLPerf and TensorRT-LLM name the system "B200-SXM-180GB"; spec pages say 192 GB.',
    },
    { field: 'bandwidth', used: '8 TB/s', other: '7.7 TB/s', note: 'hmc-tech lists 7.7 TB/s; glennklockwood and others 8 TB/s.' },
  ],
  source: 'glennklockwood.com/garden/processors/B200 (HGX at 1,000 W); hmc-tech; fridayswithfaraday [secondary]; MLPerf v5.1 B200-SXM-180GBx8_TRT system description',
};

export const GB200: AcceleratorSpec = {
  id: 'gb200',
  name: 'NVIDIA GB200 (per Blackwell GPU, NVL72)',
  vendor: 'NVIDIA',
  memoryBytes: 186e9,
  memoryBandwidth: 8 * TERA,
  denseFlops: { bf16: 2500 * TERA, fp8: 5000 * TERA, fp4: 10000 * TERA },
  interconnect: { name: 'NVLink 5 (72 GPUs in one NVLink domain)', bytesPerSecond: 1800e9 },
  tdpWatts: 1200,
  ec2: [],
  gaps: ['p6e-gb200.36xlarge (4 GPUs) has no price in the sources found'],
  conflicts: [
    { field: 'memory', used: '186 GB', other: '192 GB', note: 'MLPerf names "GB200-186GB"; TensorRT-LLM and spec pages say 192 GB.' },
  ],
  source: 'glennklockwood.com B200 page (GB200 table, up to 1,200 W per GPU); hmc-tech B200 vs GB200 [secondary]',
};

export const A100_80GB: AcceleratorSpec = {
  id: 'a100-80gb',
  name: 'NVIDIA A100 SXM 80 GB',
  vendor: 'NVIDIA',
  memoryBytes: 80e9,
  memoryBandwidth: 2.039 * TERA,
  denseFlops: { bf16: 312 * TERA, fp8: null, fp4: null },
  interconnect: { name: 'NVLink 3', bytesPerSecond: 600e9 },
  tdpWatts: 400,
  ec2: [{ instance: 'p4de.24xlarge', accelerators: 8, onDemandPerHour: 27.45, asOf: '2026-03', source: MARCH_2026_TABLE, confidence: 'single-source' }],
  gaps: ['no FP8 tensor cores: FP8 weights are not offered on this part'],
  conflicts: [
    { field: 'price', used: 'p4de.24xlarge $27.45/h', other: '$40.966/h', note: 'An older repository lists the price from before the June 2025 cut.' },
  ],
  source: 'llmbook table; a Qwen3 roofline script (A100SXM4 hbm_bw_gb_s 2039, tdp_w 400) [secondary]',
};

export const L40S: AcceleratorSpec = {
  id: 'l40s',
  name: 'NVIDIA L40S 48 GB',
  vendor: 'NVIDIA',
  memoryBytes: 48e9,
  memoryBandwidth: 864e9,
  // NVIDIA's headline 733 / 1,466 TF are the sparse FP8 figures; the dense split follows llmbook (one source).
  denseFlops: { bf16: 362 * TERA, fp8: 733 * TERA, fp4: null },
  interconnect: { name: 'PCIe 4.0 x16 (no NVLink)', bytesPerSecond: 64e9 },
  tdpWatts: 350,
  ec2: [
    { instance: 'g6e.xlarge', accelerators: 1, onDemandPerHour: 1.862, asOf: '2026-03', source: MARCH_2026_TABLE, confidence: 'confirmed' },
    { instance: 'g6e.12xlarge', accelerators: 4, onDemandPerHour: 10.493, asOf: '2026-03', source: MARCH_2026_TABLE, confidence: 'confirmed' },
    { instance: 'g6e.48xlarge', accelerators: 8, onDemandPerHour: 30.13, asOf: '2026-03', source: MARCH_2026_TABLE, confidence: 'confirmed' },
  ],
  gaps: ['the dense BF16/FP8 split has one source'],
  conflicts: [],
  source: 'llmbook table [secondary]; EC2 prices agree in two repositories',
};

export const L4: AcceleratorSpec = {
  id: 'l4',
  name: 'NVIDIA L4 24 GB',
  vendor: 'NVIDIA',
  memoryBytes: 24e9,
  memoryBandwidth: 300e9,
  denseFlops: { bf16: 121 * TERA, fp8: null, fp4: null },
  interconnect: { name: 'PCIe only', bytesPerSecond: null },
  tdpWatts: 72,
  ec2: [
    { instance: 'g6.xlarge', accelerators: 1, onDemandPerHour: 0.805, asOf: '2026-03', source: MARCH_2026_TABLE, confidence: 'confirmed' },
    { instance: 'g6.12xlarge', accelerators: 4, onDemandPerHour: 4.602, asOf: '2026-03', source: MARCH_2026_TABLE, confidence: 'confirmed' },
    { instance: 'g6.48xlarge', accelerators: 8, onDemandPerHour: 13.35, asOf: '2026-03', source: MARCH_2026_TABLE, confidence: 'confirmed' },
  ],
  gaps: ['dense FP8 figure not found', 'PCIe link bandwidth not given in the sources found', 'all constants from one source'],
  conflicts: [],
  source: 'inferenceengineering.tech cheat sheet [secondary, single source]',
};

export const TRAINIUM2: AcceleratorSpec = {
  id: 'trainium2',
  name: 'AWS Trainium2 (per chip)',
  vendor: 'AWS',
  memoryBytes: 96 * GIB,
  memoryBandwidth: 2.9 * TERA,
  // 8 NeuronCore-v3 per chip: 79 BF16 / 158 FP8 TF each.
  denseFlops: { bf16: 667 * TERA, fp8: 1299 * TERA, fp4: null },
  interconnect: { name: '4× NeuronLink-v3 (4×4 2D torus in trn2.48xlarge)', bytesPerSecond: null },
  tdpWatts: null,
  ec2: [],
  gaps: ['trn2.48xlarge (16 chips) price not found', 'power not published in the pages found', 'NeuronLink-v3 bandwidth not given'],
  conflicts: [{ field: 'bandwidth', used: '2.9 TB/s', other: '3 TB/s', note: 'One copy of the NKI guide says "3TB/s".' }],
  source: 'AWS Neuron docs: "Trainium2 Architecture" (v2.29.0 sources), "Trainium2 Architecture Guide for NKI", "Amazon EC2 Trn2 Architecture"',
};

export const INFERENTIA2: AcceleratorSpec = {
  id: 'inferentia2',
  name: 'AWS Inferentia2 (per chip)',
  vendor: 'AWS',
  memoryBytes: 32 * GIB,
  memoryBandwidth: 820 * GIB,
  // One number for FP16/BF16/cFP8/TF32.
  denseFlops: { bf16: 190 * TERA, fp8: 190 * TERA, fp4: null },
  interconnect: { name: 'NeuronLink-v2 (2 links on Inf2)', bytesPerSecond: null },
  tdpWatts: null,
  ec2: [],
  gaps: ['inf2 instance prices not found', 'power not published in the pages found', 'NeuronLink-v2 bandwidth not given'],
  conflicts: [{ field: 'bandwidth', used: '820 GiB/s', other: '820 GB/s', note: 'One copy of the Neuron docs says "820 GB/sec".' }],
  source: 'AWS Neuron docs "Inferentia2 Architecture" and "Trainium/Inferentia2 Architecture Guide for NKI"',
};

export const ACCELERATORS: readonly AcceleratorSpec[] = [H100_SXM, H200, B200, GB200, A100_80GB, L40S, L4, TRAINIUM2, INFERENTIA2];

export function acceleratorById(id: string): AcceleratorSpec | undefined {
  return ACCELERATORS.find((a) => a.id === id);
}

/** The precisions this accelerator has tensor units for. */
export function supportedPrecisions(a: AcceleratorSpec): Precision[] {
  return (['bf16', 'fp8', 'fp4'] as const).filter((p) => a.denseFlops[p] !== null);
}

/**
 * Sourced on-demand price per accelerator-hour from the largest EC2 instance carrying it (the one a
 * tensor-parallel server uses), or null where the reference found none (Trainium2, Inferentia2, GB200).
 */
export function pricePerAcceleratorHour(a: AcceleratorSpec): { usd: number; offer: Ec2Offer } | null {
  const offer = [...a.ec2].sort((x, y) => y.accelerators - x.accelerators)[0];
  return offer ? { usd: offer.onDemandPerHour / offer.accelerators, offer } : null;
}
