import { fleetScenarioSchema, mmcScenarioSchema, type FleetScenario, type FleetScenarioInput, type MmcScenario } from './scenario-schema.ts';

/** Ready-made scenarios for the view, the CLI and the benchmarks. */
export type Preset = { id: string; name: string; description: string; scenario: MmcScenario | FleetScenario };

function fleet(input: Omit<FleetScenarioInput, 'kind'>): FleetScenario {
  return fleetScenarioSchema.parse({ kind: 'fleet', ...input });
}

export function mmcPreset(servers: number, arrivalRate: number, serviceRate: number, customers: number, seed = 1): MmcScenario {
  return mmcScenarioSchema.parse({ kind: 'mmc', servers, arrivalRate, serviceRate, customers, seed });
}

/** The benchmark day: 24 h at 100 requests/s on average, daily curve, autoscaled Llama 3.1 70B servers. */
export const BENCH_DAY: FleetScenario = fleet({
  durationSeconds: 86_400,
  resolutionSeconds: 60,
  workload: { arrivalRate: 100, diurnalAmplitude: 0.5 },
  fleet: { model: 'llama-3.1-70b' },
});

export const PRESETS: readonly Preset[] = [
  {
    id: 'mmc',
    name: 'M/M/c validation',
    description: 'Eight servers, exponential service, Poisson arrivals at 7/s (ρ = 0.875): compare with Erlang C.',
    scenario: mmcPreset(8, 7, 1, 200_000),
  },
  {
    id: 'steady',
    name: 'Steady load',
    description: 'One hour at 20 requests/s on three Llama 3.1 70B servers, one per zone.',
    scenario: fleet({ durationSeconds: 3600, workload: { arrivalRate: 20 } }),
  },
  {
    id: 'launch-spike',
    name: 'Launch spike',
    description: 'Traffic jumps 5× for 10 minutes: the quota throttles, clients retry, the autoscaler reacts after its window.',
    scenario: fleet({
      durationSeconds: 3600,
      workload: { arrivalRate: 20, spikes: [{ startSeconds: 900, durationSeconds: 600, multiplier: 5 }] },
      gateway: { tokensPerMinute: 6_000_000, retries: { enabled: true } },
    }),
  },
  {
    id: 'az-outage',
    name: 'Zone outage',
    description: 'Zone a fails at 20 minutes: health checks notice, its requests are retried elsewhere, replacements boot.',
    scenario: fleet({ durationSeconds: 3600, workload: { arrivalRate: 25 }, faults: [{ kind: 'az-outage', az: 0, atSeconds: 1200 }] }),
  },
  {
    id: 'daily',
    name: 'A day of traffic',
    description: 'The benchmark day: 100 requests/s on average with a daily curve, autoscaled Llama 3.1 70B fleet.',
    scenario: BENCH_DAY,
  },
  {
    id: 'provisioned',
    name: 'Provisioned throughput',
    description: 'Four dedicated servers (model units), no autoscaling, no other tenants.',
    scenario: fleet({ durationSeconds: 3600, workload: { arrivalRate: 20 }, gateway: { mode: 'provisioned', modelUnits: 4 } }),
  },
];

export function findPreset(id: string): Preset | undefined {
  return PRESETS.find((p) => p.id === id);
}
