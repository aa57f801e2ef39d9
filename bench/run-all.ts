/** `npm run bench`: prints the benchmark figures and ratios (not a test; figures depend on the machine). */
import { spawnSync } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import { benchMmc } from './mmc-vs-simpy.ts';

console.log(`Node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}; load average ${loadavg().map((x) => x.toFixed(1)).join(' ')}`);
console.log('Wall time suffers when other processes share the CPUs; CPU time much less so.\n');
console.log('1. M/M/c preset against SimPy');
benchMmc();

/** The gateway on the path with work to do: a quota that throttles at the peak, SDK retries, three tiers and prompt caching. */
const GATEWAY = ['tpm=20000000', 'pri=20', 'flex=20', 'cacheRd=30'];

for (const [n, title, args] of [
  [2, 'A simulated day of LLM serving: the daily preset (own process, for its peak memory)', []],
  [3, `The same day with the gateway busy (${GATEWAY.join(' ')})`, GATEWAY],
] as const) {
  console.log(`\n${n}. ${title}`);
  const day = spawnSync(process.execPath, ['--import', 'tsx', 'bench/llm-day.ts', ...args], { encoding: 'utf8' });
  if (day.status !== 0) {
    console.log(`  failed: ${day.stderr}`);
    process.exitCode = 1;
    continue;
  }
  const r = JSON.parse(day.stdout) as Record<string, number>;
  console.log(
    `  ${r.requests!.toLocaleString('en-US')} requests (${r.attempts!.toLocaleString('en-US')} attempts, ${(100 * r.throttleRate!).toFixed(2)} % throttled), ${(r.events! / 1e6).toFixed(1)} M events in ${r.wallSeconds!.toFixed(1)} s wall, ${r.cpuSeconds!.toFixed(1)} s CPU (${(r.eventsPerSecond! / 1e6).toFixed(2)} M events/s; goal < 20 s wall: ${(20 / r.wallSeconds!).toFixed(1)}× margin), peak RSS ${r.peakRssMb!.toFixed(0)} MB (goal < 300 MB: ${(300 / r.peakRssMb!).toFixed(1)}× margin)`,
  );
  console.log(
    `  fleet: ${r.meanReplicas!.toFixed(2)} servers on average, peak ${r.peakReplicas}; TTFT p99 ${r.ttftP99!.toFixed(3)} s, TPOT p50 ${(1000 * r.tpotP50!).toFixed(1)} ms, end-to-end p99 ${r.e2eP99!.toFixed(1)} s; server cost $${r.cost!.toFixed(0)} for the day, $${r.costPerMillionTokens!.toFixed(3)} per 1M tokens`,
  );
}

console.log('\n4. Events per second before and after the engine split (bench/engine-split.ts)');
const split = spawnSync(process.execPath, ['--import', 'tsx', 'bench/engine-split.ts'], { encoding: 'utf8' });
console.log(split.status === 0 ? split.stdout.trimEnd().replace(/^/gm, '  ') : `  failed: ${split.stderr}`);
if (split.status !== 0) process.exitCode = 1;
