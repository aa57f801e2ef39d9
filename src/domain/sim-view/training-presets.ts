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
      'An ordinary hour: 50 requests per second on three servers, one per zone. Watch the batch slots fill and empty while the queue stays near zero, utilization — the share of the servers’ token capacity in use — sits near 50 %, between the autoscaler’s 30 % and 70 % lines, so nothing scales, and time to first token stays far below the 2 s objective. This is the baseline to compare every other preset with.',
    assumptions: ['Traffic, token lengths and server counts are illustrative choices, not measurements of Bedrock.', 'The model is the default, Claude Sonnet 4.6, served on a stand-in shape calibrated to its observed speed (assumption: Anthropic does not publish its architecture).'],
    values: { dur: 3600, pattern: 'flat', rate: 50, speed: '60' },
  },
  {
    id: 'launch-spike',
    name: 'Launch spike',
    explanation:
      'Traffic jumps four-fold at 15 minutes for 10 minutes. For the first minute the quota’s stored tokens absorb it and the servers saturate — their queues fill, and a few requests get 503 and wait seconds for a first token; then the 10,000,000-token-per-minute quota runs dry and the gateway answers about 100 attempts a second with 429. The SDK retries, but each client’s retry quota (500 tokens, 5 per throttled retry) empties within seconds, so most throttled requests fail at once: about one request in five of the whole hour ends in ThrottlingException. Utilization falls back to about 60 % while the quota refuses, so the autoscaler never scales out: the fix is a higher quota, not more servers.',
    assumptions: ['Quota 10,000,000 tokens per minute (assumption: current defaults are not published).', '10 SDK clients, each with its own retry quota (assumption).', 'The model is the default, Claude Sonnet 4.6, served on a stand-in shape calibrated to its observed speed (assumption: Anthropic does not publish its architecture).'],
    values: { dur: 3600, pattern: 'spike', rate: 40, spikeAt: 900, spikeFor: 600, spikeX: 4, tpm: 10_000_000, speed: '60' },
  },
  {
    id: 'az-outage',
    name: 'AZ outage',
    explanation:
      'Zone a fails at 20 minutes and stays down. Its server is gone at once, but the load balancer only learns it after two failed health checks (10 s), so its requests are re-dispatched to the two survivors, whose utilization climbs to about 90 %. After the autoscaler’s 5-minute window it adds a server in the remaining zones, which takes minutes to boot and load its weights; the queue hardly grows because the two survivors can just carry 60 requests per second.',
    assumptions: ['Health check every 10 s, 2 failures to mark a server down (assumption).', 'Boot 2–5 min (assumption); weight load = weight bytes ÷ 2 GB/s (assumption).', 'The model is the default, Claude Sonnet 4.6, served on a stand-in shape calibrated to its observed speed (assumption: Anthropic does not publish its architecture).'],
    values: { dur: 3600, pattern: 'flat', rate: 60, outage: true, outAz: 0, outAt: 1200, outFor: 0, speed: '60' },
  },
  {
    id: 'throttled-default-quota',
    name: 'Throttled on default quota',
    explanation:
      'A team launches on its account’s default quota. Four requests per second of about 1,000 input and 300 output tokens settle at 1,000 + 300 × 5 = 2,500 tokens each — Claude 4.x output counts five times against the quota — so they need about 600,000 tokens per minute against 400,000 allowed, and each reserves 1,000 + 2,048 max tokens on the way in. More than one request in four is answered 429 (SDK retries are off here, so every 429 is a failure) while the servers sit almost idle at 3 % utilization. The fix is a quota increase — or fewer output tokens — not more servers.',
    assumptions: ['Default quota 400,000 TPM: a historical Claude 3.5 Sonnet default quoted on AWS re:Post (mid-2024, uncertain). Current defaults are not published and vary by account.', 'The model is the default, Claude Sonnet 4.6, served on a stand-in shape calibrated to its observed speed (assumption: Anthropic does not publish its architecture).'],
    values: { dur: 1800, pattern: 'flat', rate: 4, tpm: ASSUMED_DEFAULT_TPM, sdk: 'off', speed: '60' },
  },
  {
    id: 'retry-storm',
    name: 'Retry storm',
    explanation:
      'The same 400,000-token quota, traffic under it, then a 2.5× burst for 5 minutes. Fifty application processes each run an SDK client configured for 5 attempts, so every 429 comes back as another attempt: watch attempts per second climb to three or four times the new arrivals while served requests stay pinned at what the quota admits, and the quota bucket sits empty. The servers are nearly idle the whole time; the gateway does all the refusing. Retries save most requests here — fewer than one in ten of the half hour still ends in ThrottlingException — because 50 clients’ retry quotas hold out; with fewer clients the storm would stop sooner and more would fail.',
    assumptions: ['Default quota 400,000 TPM (historical, uncertain; see “Throttled on default quota”).', '50 SDK clients with 5 attempts each (assumption: a common override of the default 3).', 'The model is the default, Claude Sonnet 4.6, served on a stand-in shape calibrated to its observed speed (assumption: Anthropic does not publish its architecture).'],
    values: { dur: 1800, pattern: 'spike', rate: 2, spikeAt: 600, spikeFor: 300, spikeX: 2.5, tpm: ASSUMED_DEFAULT_TPM, attempts: 5, clients: 50, speed: '60' },
  },
  {
    id: 'provisioned-vs-on-demand',
    name: 'Provisioned vs on-demand at the same load',
    explanation:
      'Two runs on the same axes with identical traffic: 60 requests per second that double for 15 minutes. Run A is on-demand with autoscaling from three servers; run B is provisioned throughput with four model units and no scaling. B’s four servers absorb the surge at about 90 % utilization. A’s three saturate: their queues fill, some requests get 503 and time to first token climbs to about 16 s at p99, until the autoscaler, 5 minutes later, adds servers — seven by the end, which stay for the rest of the hour because scale-in waits 30 minutes below 30 %. Compare the share of requests within the latency objective, the cost per hour and the server cost per million tokens: here the fixed fleet is both better and cheaper.',
    assumptions: ['One model unit is modelled as one dedicated server (assumption: AWS does not publish model-unit throughput).', 'Server cost $6.88 per GPU-hour (p5.48xlarge on-demand ÷ 8) for both runs.', 'The model is the default, Claude Sonnet 4.6, served on a stand-in shape calibrated to its observed speed (assumption: Anthropic does not publish its architecture).'],
    values: { dur: 3600, pattern: 'spike', rate: 60, spikeAt: 1200, spikeFor: 900, spikeX: 2, cmp: true, bMode: 'provisioned', bUnits: 4, speed: '60' },
  },
  {
    id: 'max-tokens-unset',
    name: 'Max tokens unset',
    explanation:
      'A client leaves max_tokens unset, so every request reserves the model’s whole maximum output — 64,000 tokens for Claude Sonnet 4.6 — plus its 1,000-token prompt when it starts, and settles to what it used when it ends. A 2,000,000-token-per-minute quota then holds only about 31 such reservations at once (AWS’s own example), while ten requests a second of three-second responses keep about 30 in flight: watch the quota bucket hover near empty and 429s come in bursts, although the tokens actually settled are about 1.2 million a minute. At 20 minutes the clients set max_tokens to 1,000: each reservation shrinks to 2,000 tokens, the bucket stays full and the 429s stop — with the same traffic and the same servers.',
    assumptions: ['Quota 2,000,000 TPM: the figure of AWS’s worked example.', 'The quota is metered as a bucket that refills a minute’s worth per minute and takes reservations back at settlement (assumption: AWS does not document the metering).', 'The model is the default, Claude Sonnet 4.6, served on a stand-in shape calibrated to its observed speed (assumption: Anthropic does not publish its architecture).'],
    values: { dur: 2400, pattern: 'flat', rate: 10, inTok: 1000, outTok: 400, cv: 0.5, maxTok: 0, fixAt: 1200, fixMaxTok: 1000, tpm: 2_000_000, auto: false, min: 1, speed: '60' },
  },
  {
    id: 'priority-flex-spike',
    name: 'Priority and Flex under a spike',
    explanation:
      'A fifth of the requests are sent as Priority, half as Standard and the rest as Flex; all share one on-demand quota and the same servers, and each server admits Priority before Standard before Flex. Traffic triples for 15 minutes. Watch the three waiting lines: Priority hardly waits (p99 about 0.3 s), Standard’s p99 wait reaches about 20 s and Flex’s about 50 s. When a server’s queue is full, a higher-tier request takes the place of the longest-waiting Flex request, so the 503s fall on Flex first. The autoscaler adds servers after its 5-minute window, and the queues drain only after they have booted.',
    assumptions: ['Tier shares are illustrative.', 'A higher tier displaces the longest-waiting lower-tier request from a full queue (assumption: how tiers share overload is not documented).', 'Waiting bounds 512 requests per server and 60 s (assumption).', 'The model is the default, Claude Sonnet 4.6, served on a stand-in shape calibrated to its observed speed (assumption: Anthropic does not publish its architecture).'],
    values: { dur: 2400, pattern: 'spike', rate: 60, spikeAt: 600, spikeFor: 900, spikeX: 3, pri: 20, flex: 30, speed: '60' },
  },
  {
    id: 'overloaded-no-autoscaling',
    name: 'Overloaded, no autoscaling',
    explanation:
      'Two hundred requests per second — about twice what three servers can serve — with autoscaling off. The queue does not grow without bound: each server holds at most 2,000 waiting requests (more are refused with 503 ServiceUnavailableException) and none waits more than 30 s (then 408 ModelTimeoutException, which the SDK does not retry). Watch time to first token flatten at about 30 s, the failure lines by exception, and the servers stay at 100 % — they complete about 95 requests a second whatever arrives.',
    assumptions: ['Waiting bounds 2,000 requests per server and 30 s (assumption: Bedrock’s bounds are not published).', 'The model is the default, Claude Sonnet 4.6, served on a stand-in shape calibrated to its observed speed (assumption: Anthropic does not publish its architecture).'],
    values: { dur: 1800, pattern: 'flat', rate: 200, auto: false, min: 3, qMax: 2000, qWait: 30, speed: '60' },
  },
  {
    id: 'daily',
    name: 'A day of traffic',
    explanation:
      'The benchmark day: 24 hours at 100 requests per second on average with a daily curve (±50 %, peak at 14:00), autoscaled. Watch the fleet follow the curve: servers are added in the morning after each 5-minute window above 70 % of token capacity and drained one at a time in the evening after 30 minutes below 30 %. Run it at 1800× or as fast as possible.',
    assumptions: ['Traffic, token lengths and server counts are illustrative choices, not measurements of Bedrock.', 'The model is the default, Claude Sonnet 4.6, served on a stand-in shape calibrated to its observed speed (assumption: Anthropic does not publish its architecture).'],
    values: { dur: 86_400, pattern: 'diurnal', rate: 100, amp: 50, peakH: 14, speed: '1800' },
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
