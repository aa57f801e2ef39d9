import { defaultsOf } from '../url/query-params.ts';
import { SIM_PARAMS, type SimParams } from './sim-params.ts';

/**
 * The scenarios a trainer runs after the journey. Each names what to watch in one paragraph and lists
 * the numbers it had to assume (every one of them is a knob in the controls).
 */
export type TrainingPreset = {
  id: string;
  name: string;
  explanation: string;
  assumptions: string[];
  values: Partial<SimParams>;
};

/**
 * Bedrock's current default TPM quotas are not published (they depend on account, Region and model).
 * 400,000 TPM is the Claude 3.5 Sonnet default quoted on AWS re:Post in mid-2024 (uncertain, historical).
 */
export const ASSUMED_DEFAULT_TPM = 400_000;

export const TRAINING_PRESETS: readonly TrainingPreset[] = [
  {
    id: 'steady-day',
    name: 'Steady day',
    explanation:
      'An ordinary hour: 50 requests per second on three Llama 3.1 70B servers, one per zone. Watch the batch slots fill and empty while the queue stays near zero, GPU utilization sits between the autoscaler’s thresholds so nothing scales, and time to first token stays far below the 2 s objective. This is the baseline to compare every other preset with.',
    assumptions: ['Traffic, token lengths and server counts are illustrative choices, not measurements of Bedrock.'],
    values: { dur: 3600, pattern: 'flat', rate: 50, speed: '60' },
  },
  {
    id: 'launch-spike',
    name: 'Launch spike',
    explanation:
      'Traffic jumps four-fold at 15 minutes for 10 minutes. Watch the gateway throttle with 429s as soon as the token quota runs out, the clients retry with back-off, and utilization cross the 70 % line. The autoscaler only acts after its 5-minute window, and the new servers then take minutes to boot and load weights, so help arrives late: the boot delay, not the GPU, is what users feel.',
    assumptions: ['Quota 10,000,000 tokens per minute (assumption: current defaults are not published).', 'Boot 2–5 min and weight load 30–60 s per server (assumption: no public Bedrock figure).'],
    values: { dur: 3600, pattern: 'spike', rate: 40, spikeAt: 900, spikeFor: 600, spikeX: 4, tpm: 10_000_000, retry: true, speed: '60' },
  },
  {
    id: 'az-outage',
    name: 'AZ outage',
    explanation:
      'Zone a fails at 20 minutes and stays down. Its servers are gone at once, but the load balancer only learns it after two failed health checks, so for a few seconds requests still go to dead servers and are retried elsewhere. Watch ready servers drop by a third, the two survivors’ queues grow into the thousands because 60 requests per second is more than two servers can take, and replacements plus an autoscaler scale-out boot in the remaining zones. Recovery takes minutes of boot and weight loading, so the queue built meanwhile drains slowly.',
    assumptions: ['Health check every 10 s, 2 failures to mark a server down (assumption).'],
    values: { dur: 3600, pattern: 'flat', rate: 60, outage: true, outAz: 0, outAt: 1200, outFor: 0, speed: '60' },
  },
  {
    id: 'throttled-default-quota',
    name: 'Throttled on default quota',
    explanation:
      'A team launches on its account’s default quota. Eight requests per second of about 1,300 tokens each need roughly 620,000 tokens per minute, more than the 400,000 allowed, so the gateway answers about one request in five with 429 (the large ones most often: the quota counts tokens, not requests) while the servers sit almost idle. Watch the red throttled line and the bouncing dots: the fix is a quota increase, not more servers.',
    assumptions: [
      'Default quota 400,000 TPM: a historical Claude 3.5 Sonnet default quoted on AWS re:Post (mid-2024, uncertain). Current defaults are not published and vary by account; set yours in “Mode”.',
    ],
    values: { dur: 1800, pattern: 'flat', rate: 8, tpm: ASSUMED_DEFAULT_TPM, retry: false, speed: '60' },
  },
  {
    id: 'retry-storm',
    name: 'Retry storm',
    explanation:
      'The same quota, traffic under it, then a 2.5× burst for 5 minutes. Every client retries up to 5 times with a short back-off, so each 429 comes back as more attempts: watch attempts per second climb to about two and a half times the new arrivals while served requests stay pinned at what the quota admits. The servers are nearly idle the whole time; the gateway does all the refusing, and the requests that exhaust their retries are the ones lost.',
    assumptions: ['Default quota 400,000 TPM (historical, uncertain; see “Throttled on default quota”).', 'Clients retry 5 times, back-off base 0.5 s, full jitter (assumption).'],
    values: { dur: 1800, pattern: 'spike', rate: 4, spikeAt: 600, spikeFor: 300, spikeX: 2.5, tpm: ASSUMED_DEFAULT_TPM, retry: true, retries: 5, backoff: 0.5, speed: '60' },
  },
  {
    id: 'provisioned-vs-on-demand',
    name: 'Provisioned vs on-demand at the same load',
    explanation:
      'Two runs on the same axes with identical traffic: 60 requests per second that double for 15 minutes. Run A is on-demand with autoscaling; run B is provisioned throughput with four model units and no scaling. Watch B’s queue and latency stay high for the whole surge because its capacity is fixed, while A scales out late, recovers, and pays for the extra servers: compare the cost per hour, the cost per million tokens and the share of requests within the latency objective.',
    assumptions: ['One model unit is modelled as one dedicated server (assumption: AWS does not publish model-unit throughput).', 'Server cost $6.88 per GPU-hour (p5.48xlarge on-demand ÷ 8) for both runs.'],
    values: { dur: 3600, pattern: 'spike', rate: 60, spikeAt: 1200, spikeFor: 900, spikeX: 2, cmp: true, bMode: 'provisioned', bUnits: 4, speed: '60' },
  },
  {
    id: 'mmc-erlang',
    name: 'M/M/c vs Erlang C',
    explanation:
      'The validation model: 8 servers, Poisson arrivals at 7 per second, exponential service at 1 per second (utilization 87.5 %). Erlang C gives the exact steady-state answers: P(wait) 0.635, mean wait 0.635 s, mean time in system 1.635 s. Watch the simulated values wander at first and then settle onto the dashed Erlang lines as customers accumulate: the same engine that runs the fleet reproduces queueing theory.',
    assumptions: [],
    values: { kind: 'mmc', servers: 8, lambda: 7, mu: 1, customers: 200_000, speed: '1800' },
  },
];

export function findTrainingPreset(id: string): TrainingPreset | undefined {
  return TRAINING_PRESETS.find((p) => p.id === id);
}

/** A preset's full settings: defaults, then the preset's values, so nothing from the previous scenario leaks in. */
export function presetParams(preset: TrainingPreset): SimParams {
  return { ...defaultsOf(SIM_PARAMS), ...preset.values, preset: preset.id };
}
