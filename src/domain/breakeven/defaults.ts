/**
 * Default inputs of the break-even view, copied with their sources from the project's TCO reference
 * (compiled 2026-11-21). Each carries a plausible range for the sensitivity chart, also sourced.
 */

export type SourcedValue = {
  value: number;
  source: string;
  asOf: string;
  assumption?: boolean;
  /** Plausible low and high for the sensitivity chart. */
  range?: { low: number; high: number; source: string };
};

const REF_DATE = '2026-11-21';

export const DEFAULTS = {
  hoursPerMonth: {
    value: 730,
    source: '8,760 hours a year ÷ 12. AWS worked examples use 744 (24 × 31 days).',
    asOf: REF_DATE,
  },
  gpuPricePerHour: {
    value: 6.88,
    source: 'AWS p5.48xlarge (8×H100) us-east-1 on-demand after the June 2025 cut: $55.04/h = $6.88 per GPU-hour (datareceipts 109-gpu-pricing/hyperscalers.json).',
    asOf: '2026-11-09',
    range: { low: 2.69, high: 12.29, source: 'Same H100 SXM, RunPod Community $2.69 to Azure ND96isr_H100_v5 $12.29 per GPU-hour (datareceipts README, 2026-11).' },
  },
  gpusPerServer: {
    value: 8,
    source: 'An HGX/DGX H100 server and AWS p5.48xlarge hold 8 GPUs.',
    asOf: REF_DATE,
  },
  instancePricePerHour: {
    value: 55.04,
    source: 'AWS p5.48xlarge us-east-1 on-demand after the June 2025 cut (datareceipts, retrieved 2026-11-09); $98.32/h at launch (NextPlatform 2023-07-27).',
    asOf: '2026-11-09',
  },
  serverPrice: {
    value: 310_000,
    source: '8×H100 HGX node with InfiniBand NICs: Thinkmate quote $317k archived 2024-08-22; the public cluster-cost sheet assumes $310k (Aug 2024).',
    asOf: '2024-08-22',
    range: { low: 270_000, high: 317_000, source: 'DGX H100 ~$270k (SemiAnalysis May 2023, via Epoch) to the $317k Thinkmate quote (2024-08-22).' },
  },
  amortizationYears: {
    value: 5,
    source: 'Server life for hardware bought 2023 or later (Epoch get_server_lifetime); AWS moved some AI servers from 6 to 5 years from 2025-01-01.',
    asOf: REF_DATE,
    range: { low: 4, high: 6, source: 'Depreciation schedules: Nebius 4, Lambda and AWS 5, CoreWeave, Microsoft and Google 6 years (10-K compilations, 2025).' },
  },
  powerKw: {
    value: 10.2,
    source: 'DGX H100 maximum draw: 6 PSUs × 3.3 kW, 4+2 redundant (NVIDIA datasheet, via Epoch energy.py).',
    asOf: REF_DATE,
  },
  powerDrawShare: {
    value: 0.75,
    source: 'Epoch models typical draw as 75 % of TDP (server_TDP_fraction).',
    asOf: REF_DATE,
  },
  pue: {
    value: 1.25,
    source: 'Epoch energy.py for AI-built data centres (quoting SemiAnalysis).',
    asOf: REF_DATE,
    range: { low: 1.1, high: 1.58, source: 'Hyperscaler 1.1 (Epoch) to the 2023 industry average 1.58 (Uptime Institute, 2023-11-23).' },
  },
  electricityPerKwh: {
    value: 0.0826,
    source: 'US industrial electricity 2025, EIA via Epoch hardware.py energy_price().',
    asOf: '2025-12-31',
    range: { low: 0.0783, high: 0.2921, source: 'State spread, all sectors: North Dakota 7.83¢ to California 29.21¢ (EIA Electricity Monthly Update).' },
  },
  coloPerKwMonth: {
    value: 184.06,
    source: 'North America colocation, 250–500 kW deals in primary markets, H2 2024 (CBRE Data Center Trends, 2025-02-26).',
    asOf: '2025-02-26',
    range: { low: 163.44, high: 217.3, source: 'CBRE North America H2 2023 ($163.44) to the global average Q1 2025 ($217.30, via DataX Connect).' },
  },
  throughputPerGpuOutput: {
    value: 1000,
    source: 'Tool default for a 70B model on one H100: 1,000 output tokens/s, plausible range 300–3,000 (between vLLM benchmarks and MLPerf).',
    asOf: REF_DATE,
    assumption: true,
    range: { low: 0.3, high: 3, source: 'Throughput varies ~10× with the serving stack: 322 (vLLM 0.5.4) to 3,066 (MLPerf) output tok/s per H100; the chart varies yours ×0.3 to ×3.' },
  },
  maxLoad: {
    value: 0.75,
    source: 'Safe load 0.7–0.8 so latency holds at the peak (TCO reference §6); midpoint.',
    asOf: REF_DATE,
    assumption: true,
    range: { low: 0.7, high: 0.8, source: 'Safe load 0.7–0.8 (TCO reference §6).' },
  },
  peakToAverage: {
    value: 1.5,
    source:
      'Assumption: a working day whose busiest hour is 1.5× the average (traffic swinging ±50 % around its mean, the simulator’s diurnal pattern). The fleet is sized for the busiest hour; enter yours (busiest hour ÷ average hour).',
    asOf: REF_DATE,
    assumption: true,
    range: {
      low: 1,
      high: 4.2,
      source: 'From flat traffic around the clock (1) to all traffic in office hours, 40 of the 168 hours in a week (168 ÷ 40 = 4.2, computed). No published figure found: an assumption.',
    },
  },
  redundantServers: {
    value: 1,
    source: 'N+1: one spare server for failover (TCO reference §6, R = 1; N+1 is what published analyses leave out, forg.pro, braincuber).',
    asOf: REF_DATE,
    range: { low: 0, high: 2, source: 'Assumption: from no spare (an outage stops service) to N+2 (a spare while another is in maintenance).' },
  },
  staffFte: {
    value: 1,
    source:
      'Assumption: one engineer’s time for on-call, upgrades, evaluation and security patches, as in the reference’s own-vs-rent example (2b, 1 FTE per 8 GPUs). Its example 2 uses 0.5 FTE; a 24/7 rotation spreads over several people.',
    asOf: REF_DATE,
    assumption: true,
    range: { low: 0.5, high: 2, source: 'Assumption: from half an engineer (reference worked example 2) to two (a part of a 24/7 on-call rotation plus model upgrades).' },
  },
  costPerFtePerYear: {
    value: 200_000,
    source: 'Loaded cost: BLS median salary $145,080 (computer and information research scientists, May 2023) × ~1.3–1.4 overhead.',
    asOf: '2023-05-31',
    assumption: true,
    range: { low: 145_080, high: 203_112, source: 'BLS median salary $145,080 without overhead, to ×1.4 loaded ($203,112).' },
  },
  otherMonthly: {
    value: 0,
    source: 'Licences, support, storage and egress are yours to enter; none by default.',
    asOf: REF_DATE,
    assumption: true,
  },
  apiPriceFactor: {
    value: 1,
    source: 'The catalog price for your mix.',
    asOf: REF_DATE,
    range: { low: 0.5, high: 1.1, source: 'Batch at 50 % of on-demand; in-Region/geo profiles 10 % above global for Claude 4.5+ (AWS docs, Price List API 2026-09-23).' },
  },
  /** vLLM's default cap on concurrent sequences (max_num_seqs), used for the roofline's saturated batch. */
  maxConcurrentSequences: {
    value: 256,
    source: 'vLLM default max_num_seqs (e.g. 256), per the project’s GPU serving reference §4.',
    asOf: REF_DATE,
  },
} satisfies Record<string, SourcedValue>;

export type DefaultKey = keyof typeof DEFAULTS;

/** Rental offers for an H100 SXM GPU-hour, for the preset picker. */
export const GPU_RENT_OFFERS = [
  { id: 'aws-p5', label: 'AWS p5.48xlarge on-demand (after June 2025 cut)', perGpuHour: 6.88, gpus: 8, source: 'datareceipts hyperscalers.json', asOf: '2026-11-09' },
  { id: 'aws-p5-cb', label: 'AWS p5 Capacity Block', perGpuHour: 4.916, gpus: 8, source: 'aws.amazon.com/ec2/capacityblocks/pricing mirror (us-east-1, pre-2025-01-01 table)', asOf: '2024-12-31' },
  { id: 'coreweave', label: 'CoreWeave HGX H100 on-demand', perGpuHour: 6.155, gpus: 8, source: 'coreweave.com/pricing ($49.24/h for 8 GPUs)', asOf: '2026-09-20' },
  { id: 'lambda', label: 'Lambda H100 SXM (8× nodes)', perGpuHour: 3.99, gpus: 8, source: 'lambda.ai/pricing', asOf: '2026-09-25' },
  { id: 'nebius', label: 'Nebius HGX H100', perGpuHour: 3.85, gpus: 8, source: 'nebius.com/prices', asOf: '2026-09-25' },
  { id: 'runpod', label: 'RunPod H100 SXM Community', perGpuHour: 2.69, gpus: 8, source: 'runpod.io/pricing', asOf: '2026-11-09' },
  { id: 'gcp-a3', label: 'GCP a3-highgpu on-demand-equivalent', perGpuHour: 10.98, gpus: 8, source: 'GCP billing catalog', asOf: '2026-09-26' },
  { id: 'azure', label: 'Azure ND96isr_H100_v5', perGpuHour: 12.29, gpus: 8, source: 'datareceipts', asOf: '2026-11-09' },
] as const;
