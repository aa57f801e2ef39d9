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
    id: 'canary-bad-version',
    name: 'Canary catches a bad model version',
    explanation:
      'At 10 minutes a new model version is rolled out as a canary: two extra servers boot — one with the new version, and a baseline with the old one that it is compared with — and once both are ready 5 % of requests go to each. The new version is broken — 5 % of its answers are server errors (500). The analysis looks every 30 s: after the first look it sees more than 1 % errors and rolls back on its own — traffic returns to the old version and both extra servers drain, long before the 25 % step. Watch the rollout marks on the time axis, the new version’s servers in their own colour, and how few requests ever saw the bad version (the SDK retries the 500s, so almost none fail). This is a common industry pattern shown for teaching, not AWS’s documented practice: how Bedrock itself updates a model is not published.',
    assumptions: ['Rollout steps 5 → 25 → 50 → 100 %, 10-minute analysis windows, rollback above 1 % server errors or 1.25× the baseline’s time per token over a window (assumptions: a common pattern, not AWS’s).', 'The injected regression (5 % server errors) is a teaching knob.', 'The model is the default, Claude Sonnet 4.6, served on a stand-in shape calibrated to its observed speed (assumption: Anthropic does not publish its architecture).'],
    values: { dur: 3600, pattern: 'flat', rate: 30, ro: 'canary', roAt: 600, roSteps: '5-25-50-100', roWin: 600, roErr: 5, speed: '60' },
  },
  {
    id: 'blue-green-switch',
    name: 'Blue-green switch',
    explanation:
      'At 10 minutes a full second fleet (green) with the new model version is launched beside the one serving (blue): the servers double and so does the cost per hour while green boots and loads its weights. When every green server is ready, all traffic switches at once; blue stays up, idle, for a 15-minute bake in case the new version has to be rolled back, then drains. Watch the cost chart’s plateau — the price of an instant, all-or-nothing switch — and that no request reaches blue after the switch. This is a common industry pattern shown for teaching, not AWS’s documented practice.',
    assumptions: ['A 15-minute bake with blue on standby (assumption).', 'Boot 2–5 min and weight load at 2 GB/s (assumptions).', 'The model is the default, Claude Sonnet 4.6, served on a stand-in shape calibrated to its observed speed (assumption: Anthropic does not publish its architecture).'],
    values: { dur: 3600, pattern: 'flat', rate: 30, ro: 'blue-green', roAt: 600, roWin: 900, speed: '60' },
  },
  {
    id: 'batch-fills-the-night',
    name: 'Batch fills the night',
    explanation:
      'A day of traffic with a deep night trough, and at midnight a batch job of 500,000 records is submitted with Bedrock’s 24-hour completion window. Its records run on spare capacity at the lowest priority: the feeder hands a server more records only while the fleet’s utilization is under 60 %, and any online request is admitted first. Watch the batch throughput fill the night, the fleet stay at its minimum instead of idling, and the job finish in the morning, well within its window, as the online curve climbs. Batch is priced at about half the on-demand rate; how Bedrock schedules batch work on its servers is not published, so this feeder is an assumption shown for teaching.',
    assumptions: ['24-hour window and ~50 % batch price: AWS capacity page (bedrock-2026-facts.md §5.4, marked weak there).', 'Records fed only below 60 % utilization, at most 64 per server (assumptions: Bedrock’s batch scheduling is not documented).', 'The model is the default, Claude Sonnet 4.6, served on a stand-in shape calibrated to its observed speed (assumption: Anthropic does not publish its architecture).'],
    values: { dur: 86_400, pattern: 'diurnal', rate: 60, amp: 60, peakH: 14, bj: true, bjAt: 0, bjRec: 500_000, bjPer: 64, bjWin: 24, speed: '1800' },
  },
  {
    id: 'reactive-vs-predictive',
    name: 'Reactive vs predictive scaling',
    explanation:
      'The same morning twice on the same axes: 20 requests per second, then eight times that from 1:00 to 2:30 — a working day that opens all at once. Run A scales only reactively: utilization must stay above 70 % for ten minutes before it adds servers, and each takes 5–10 minutes to boot plus its weight load. So for about 20 minutes its three servers refuse work: watch the errors chart fill with 503s, time to first token’s p99 climb to about 17 s and the “Server errors above 1 %” alarm fire; about 69,000 requests fail even after the SDK’s retries and A’s availability falls to about 95 %. Run B keeps the same reactive rules and adds a schedule — at least 9 servers from 0:45, as one would set from last week’s curve — so the servers are ready before the surge: no refusals, p99 time to first token about 0.1 s. B pays for it: about a fifth more server cost over the three hours.',
    assumptions: [
      'The surge (8× at 1:00 for 90 minutes) and the schedule (9 servers from 0:45 to 2:45) are illustrative choices.',
      'Boot 5–10 min and a 10-minute scale-out window (assumptions chosen to make the lag visible).',
      'The model is the default, Claude Sonnet 4.6, served on a stand-in shape calibrated to its observed speed (assumption: Anthropic does not publish its architecture).',
    ],
    values: {
      dur: 10_800,
      pattern: 'spike',
      rate: 20,
      spikeAt: 3600,
      spikeFor: 5400,
      spikeX: 8,
      bootLo: 300,
      bootHi: 600,
      upWin: 600,
      cmp: true,
      bMode: 'on-demand',
      bAuto: true,
      bMin: 3,
      bPred: true,
      predFrom: 0.75,
      predTo: 2.75,
      predMin: 9,
      speed: '300',
    },
  },
  {
    id: 'global-profile-regional-spike',
    name: 'Global profile absorbs a regional spike',
    explanation:
      'Three Regions, each with its own three servers, autoscaler and SLA; us-west-2 and eu-central-1 also serve 15 requests a second of other tenants’. Our clients call us-east-1, and their traffic jumps eight-fold at 15 minutes for 20 minutes. Run A calls the model in-Region: us-east-1’s servers saturate, the service refuses work (503) for about 11 minutes and time to first token’s p99 climbs to about 16 s while the autoscaler adds servers five minutes at a time; about 39,000 requests fail even after the SDK’s retries, and us-east-1’s availability falls to about 92 %. Run B sends the same requests through the global. cross-Region inference profile: each goes to the least-loaded Region, so the surge spreads over all nine servers — no refusals, no scale-out, p99 time to first token about 0.16 s. The per-Region table shows where the requests went; those served in eu-central-1 carry its longer (assumed) round trip.',
    assumptions: [
      'Round trips from us-east-1: 20 ms to us-west-2 and 80 ms to eu-central-1 (assumptions: not in our sources).',
      'Which Regions a profile may use is from the facts (AWS CDK’s profile list); the global. profile reaches every commercial Region, this run includes three. The quota binds in us-east-1 (none set here).',
      'Other tenants’ traffic per Region, and the profile choosing the least-loaded Region, are illustrative (AWS does not publish how it picks).',
      'An SDK retry goes back to the Region that answered (simplification).',
      'The model is the default, Claude Sonnet 4.6, served on a stand-in shape calibrated to its observed speed (assumption: Anthropic does not publish its architecture).',
    ],
    values: {
      dur: 3600,
      pattern: 'spike',
      rate: 20,
      spikeAt: 900,
      spikeFor: 1200,
      spikeX: 8,
      rg: 'us-east-1,us-west-2,eu-central-1',
      prof: 'global',
      rgBg: '0-15-15',
      xr: 0,
      cmp: true,
      bMode: 'on-demand',
      bAuto: true,
      bMin: 3,
      bXr: 100,
      speed: '60',
    },
  },
  {
    id: 'region-outage',
    name: 'Region outage',
    explanation:
      'Three US Regions behind the us. cross-Region inference profile, three servers each; all 60 requests a second go through the profile, so each goes to the least-loaded Region. At 20 minutes us-east-2 fails entirely for 15 minutes. The requests its servers held are answered 503 once the health checks notice (within 20 s) — about 200 refusals, 68 requests failed after the SDK’s retries — and from then on us-east-2 has no server, so the profile sends everything to us-east-1 and us-west-2: watch the per-Region table’s spilled counts and those two Regions’ requests rise, with no errors and no scale-out. When us-east-2 is back its new servers boot and load before it takes traffic again. Counted as if this hour were the month, us-east-2’s own availability is about 91.7 % — one 5-minute interval in twelve had its requests fail — while across the Regions it stays above 99.9 %.',
    assumptions: [
      'A Region outage is modelled as every zone of the Region failing at once; the source Region’s front door and the profile keep working.',
      'Round trips from us-east-1: 20 ms to us-east-2 and us-west-2 (assumptions: not in our sources).',
      'The SLA’s 5-minute interval and its request-based formula are assumptions (the SLA page does not give them in our sources).',
      'The model is the default, Claude Sonnet 4.6, served on a stand-in shape calibrated to its observed speed (assumption: Anthropic does not publish its architecture).',
    ],
    values: { dur: 3600, pattern: 'flat', rate: 60, rg: 'us-east-1,us-east-2,us-west-2', prof: 'us', xr: 100, rgOut: 2, rgOutAt: 1200, rgOutFor: 900, speed: '60' },
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
