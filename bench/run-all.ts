/** `npm run bench`: prints the benchmark figures and ratios (not a test; figures depend on the machine). */
import { spawnSync } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import { benchMmc } from './mmc-vs-simpy.ts';

console.log(`Node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}; load average ${loadavg().map((x) => x.toFixed(1)).join(' ')}`);
console.log('Wall time suffers when other processes share the CPUs; CPU time much less so.\n');
console.log('1. M/M/c preset against SimPy');
benchMmc();

console.log('\n2. A simulated day of LLM serving (own process, for its peak memory)');
const day = spawnSync(process.execPath, ['--import', 'tsx', 'bench/llm-day.ts'], { encoding: 'utf8' });
if (day.status !== 0) {
  console.log(`  failed: ${day.stderr}`);
  process.exitCode = 1;
} else {
  const r = JSON.parse(day.stdout) as Record<string, number>;
  console.log(
    `  ${r.requests!.toLocaleString('en-US')} requests, ${(r.events! / 1e6).toFixed(1)} M events in ${r.wallSeconds!.toFixed(1)} s wall, ${r.cpuSeconds!.toFixed(1)} s CPU (${(r.eventsPerSecond! / 1e6).toFixed(2)} M events/s; goal < 20 s), peak RSS ${r.peakRssMb!.toFixed(0)} MB (goal < 300 MB)`,
  );
  console.log(
    `  fleet: ${r.meanReplicas!.toFixed(2)} servers on average, peak ${r.peakReplicas}; TTFT p99 ${r.ttftP99!.toFixed(3)} s, TPOT p50 ${(1000 * r.tpotP50!).toFixed(1)} ms, end-to-end p99 ${r.e2eP99!.toFixed(1)} s; $${r.cost!.toFixed(0)} for the day, $${r.costPerMillionTokens!.toFixed(3)} per 1M tokens`,
  );
}
